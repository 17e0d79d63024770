"""Results that travel: a graded result on a library exercise or scenario, taken in a sitting
for one offer, counts for another offer whose campaign asks for the same item, if the candidate
consents, instead of being taken again (README, « Results that travel »).

The rules, each tested in ``tests/assessments/test_reuse.py``:

- **What travels**: the counted submission of a coding exercise and the answer to a scenario,
  from a sitting handed in (or ended by the clock) whose results are out (its campaign closed:
  the candidate has seen them, and the candidates of that offer all got theirs at the same
  time). Written answers do not travel: they are reviewed by the other employer's people, for
  that offer, and the text would reach a new reader.
- **The same item**: the same version of the exercise or scenario (the same tests, the same
  expert key), as grading compares them. An exercise's result travels if the new campaign
  allows the language it was written in; it keeps the variant it was graded on (variants are
  built comparable: same test names, weights and sizes). A scenario's result travels when both
  campaigns ask for the same kind of answer (best and worst, or a full ranking).
- **The latest result only**: whoever took an item several times cannot pick their best one.
  The latest sitting that presented the item decides, whatever it holds; if it is not
  reusable (nothing handed in, results not out yet, withdrawn, too old), no older one is.
- **12 months**: reusable until the same moment a year after the sitting ended, excluded.
- **Withdrawn**: never from an application the candidate withdrew.
- **Another employer only**: the date and the score shown next to a reused result would let an
  employer link a person's two pseudonyms, and an identity revealed on one offer would reach
  the other before its own reveal.
- **Extra time**: a result obtained with extra time travels like any other, and nobody learns
  that it was: the time was granted to make the sitting fair for that person, so the result
  is worth the same; refusing it, or flagging it, would single them out.
- **It counts like a fresh one**: the result is copied into the new application (a graded
  submission, or an answer of its sitting) with a ``ReusedResult`` saying where it comes from
  and when it was taken, so rankings, exports and decisions read it as any other score.
  The sitting's duration stays the campaign's.
"""

import calendar
from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.audit import log_action
from assessments import results
from assessments.enums import SubmissionStatus
from assessments.models import (
    Attempt,
    Campaign,
    Exercise,
    ReusedResult,
    SjtAnswer,
    SjtScenario,
    Submission,
)
from candidates.enums import ApplicationStage

REUSE_MONTHS = 12


class ReuseRefused(Exception):
    """Reuse asked without consent, or of a result that cannot travel here."""


def months_later(moment: datetime, months: int) -> datetime:
    """The same moment ``months`` calendar months later (31 January + 1 → 28 or 29 February)."""
    month_index = moment.month - 1 + months
    year, month = moment.year + month_index // 12, month_index % 12 + 1
    day = min(moment.day, calendar.monthrange(year, month)[1])
    return moment.replace(year=year, month=month, day=day)


@dataclass(frozen=True)
class TakenResult:
    """The latest result of one item in one of the candidate's sittings."""

    key: str  # "exercise-<id>" or "scenario-<id>": the item's version
    exercise: Exercise | None
    scenario: SjtScenario | None
    score: float | None  # None: nothing handed in for it, or not graded
    taken_at: datetime  # the end of the sitting
    application_id: int
    employer_id: int
    released: bool  # the sitting's results are out
    withdrawn: bool
    language: str = ""
    sjt_mode: str = ""
    submission_id: int | None = None
    answer_id: int | None = None

    @property
    def reusable_until(self) -> datetime:
        return months_later(self.taken_at, REUSE_MONTHS)

    @property
    def score_percent(self) -> int | None:
        return None if self.score is None else round(self.score * 100)

    @property
    def title(self) -> str:
        if self.exercise is not None:
            return self.exercise.title
        assert self.scenario is not None
        return _("Mise en situation : %(competency)s") % {
            "competency": self.scenario.get_competency_display()
        }

    @property
    def has_result(self) -> bool:
        return self.released and not self.withdrawn and self.score is not None


def _sitting_results(attempt: Attempt, now) -> list[TakenResult]:
    campaign, application = attempt.campaign, attempt.application
    common = {
        "taken_at": attempt.finished_at,
        "application_id": application.pk,
        "employer_id": application.offer.employer_id,
        "released": results.withheld_until(application, campaign=campaign, now=now) is None,
        "withdrawn": application.stage == ApplicationStage.WITHDRAWN,
    }
    found = []
    counted = Submission.objects.filter(
        pk__in=results.counted_submission_ids([application.pk]),
        status=SubmissionStatus.GRADED,
        score__isnull=False,
    ).only("pk", "exercise_id", "language", "score")
    by_exercise = {submission.exercise_id: submission for submission in counted}
    for exercise in campaign.exercises.without_tests().defer("samples", "variants"):
        submission = by_exercise.get(exercise.pk)
        found.append(
            TakenResult(
                key=f"exercise-{exercise.pk}",
                exercise=exercise,
                scenario=None,
                score=submission.score if submission else None,
                language=submission.language if submission else "",
                submission_id=submission.pk if submission else None,
                **common,
            )
        )
    answers = {a.scenario_id: a for a in attempt.sjt_answers.select_related("scenario")}
    ranking = campaign.ranks_responses
    for scenario in campaign.scenarios.all():
        answer = answers.get(scenario.pk)
        whole = answer is not None and results.sjt_answer_complete(answer, ranking_mode=ranking)
        found.append(
            TakenResult(
                key=f"scenario-{scenario.pk}",
                exercise=None,
                scenario=scenario,
                score=results.sjt_answer_score(answer, ranking_mode=ranking) if whole else None,
                sjt_mode=campaign.sjt_mode,
                answer_id=answer.pk if whole else None,
                **common,
            )
        )
    return found


def taken_results(candidate_id: int, *, now=None) -> list[TakenResult]:
    """The latest result of each item the candidate was presented in a finished sitting, the
    sittings whose results are not out yet included (they are the latest, and block older
    ones). Results that were themselves reused are not sittings: the original stands."""
    attempts = (
        Attempt.objects.finished()
        .filter(application__candidate_id=candidate_id)
        .select_related("campaign", "application__offer")
        .order_by("finished_at", "pk")
    )
    latest: dict[str, TakenResult] = {}
    for attempt in attempts:
        reused = {
            f"exercise-{r.exercise_id}" if r.exercise_id else f"scenario-{r.scenario_id}"
            for r in ReusedResult.objects.filter(application_id=attempt.application_id)
        }
        for taken in _sitting_results(attempt, now or timezone.now()):
            if taken.key not in reused:
                latest[taken.key] = taken
    return sorted(latest.values(), key=lambda taken: (taken.taken_at, taken.key))


def certifiable_results(candidate_id: int, *, now=None) -> list[TakenResult]:
    """The results a candidate may put on a certificate: those out, not withdrawn, with a
    score (the certificate shows the date: whoever reads it judges its age). Not an
    employer's own exercise: a certificate names no employer, and that exercise's title
    could (nor could anyone else compare the result with theirs)."""
    return [
        taken
        for taken in taken_results(candidate_id, now=now)
        if taken.has_result and (taken.exercise is None or taken.exercise.employer_id is None)
    ]


def reusable_results(application, campaign: Campaign, *, now=None) -> list[TakenResult]:
    """The results the candidate may reuse for ``application``, whose sitting is ``campaign``
    (see the module's rules)."""
    now = now or timezone.now()
    exercises = {exercise.pk: exercise for exercise in campaign.exercises.without_tests()}
    scenarios = set(campaign.scenarios.values_list("pk", flat=True))
    found = []
    for taken in taken_results(application.candidate_id, now=now):
        if (
            not taken.has_result
            or taken.application_id == application.pk
            or taken.employer_id == application.offer.employer_id
            or now >= taken.reusable_until
        ):
            continue
        if taken.exercise is not None:
            exercise = exercises.get(taken.exercise.pk)
            if exercise is None or taken.language not in campaign.allowed_languages(exercise):
                continue
        elif taken.scenario is None or taken.scenario.pk not in scenarios:
            continue
        elif taken.sjt_mode != campaign.sjt_mode:
            continue
        found.append(taken)
    return found


def reuse_results(attempt: Attempt, keys: Collection[str], *, consent: bool, user, now=None):
    """Copy the chosen results (``TakenResult.key``) into the attempt's application, in the
    transaction that starts the attempt. Refused (``ReuseRefused``) without consent or for a
    result that cannot travel here. Each reuse writes an audit entry, outside the employer's
    log: it happens when the sitting starts, and the start is not theirs to know."""
    if not keys:
        return []
    if not consent:
        raise ReuseRefused(
            _("Pour réutiliser un résultat, cochez la case qui autorise sa transmission.")
        )
    now = now or timezone.now()
    application = attempt.application
    available = {
        taken.key: taken for taken in reusable_results(application, attempt.campaign, now=now)
    }
    if set(keys) - set(available):
        raise ReuseRefused(_("Ce résultat ne peut pas être réutilisé pour cette offre."))
    reused = []
    for key in sorted(set(keys)):
        taken = available[key]
        row = ReusedResult(application=application, taken_at=taken.taken_at, consented_at=now)
        if taken.exercise is not None:
            source = Submission.objects.get(pk=taken.submission_id)
            row.exercise, row.source_submission = taken.exercise, source
            row.submission = Submission.objects.create(
                application=application,
                exercise=taken.exercise,
                language=source.language,
                variant=source.variant,
                code=source.code,
                created_at=now,
                status=SubmissionStatus.GRADED,
                status_changed_at=now,
                score=source.score,
                verdicts=source.verdicts,
                attempts=source.attempts,
                graded_at=source.graded_at,
            )
            item = taken.exercise
        else:
            assert taken.scenario is not None
            source_answer = SjtAnswer.objects.get(pk=taken.answer_id)
            row.scenario, row.source_answer = taken.scenario, source_answer
            row.answer = SjtAnswer.objects.create(
                attempt=attempt,
                scenario=taken.scenario,
                most=source_answer.most,
                least=source_answer.least,
                ranks=source_answer.ranks,
            )
            item = taken.scenario
        row.save()
        log_action(
            "assessment_result.reused",
            actor=user,
            target=row,
            data={
                "offer": application.offer_id,
                "item": item.slug,
                "version": item.version,
                "taken_on": timezone.localdate(taken.taken_at).isoformat(),
            },
        )
        reused.append(row)
    return reused


@dataclass(frozen=True)
class ReuseNote:
    """What an employer (or the candidate) reads of a reused result."""

    title: str
    score: float | None
    taken_at: datetime

    @property
    def score_percent(self) -> int | None:
        return None if self.score is None else round(self.score * 100)


def reuse_notes(application, *, finished_only=False) -> list[ReuseNote]:
    """The application's reused results with their score here and the date they were taken;
    none while the sitting is in progress if ``finished_only`` (an employer's page)."""
    if finished_only and Attempt.objects.in_progress().filter(application=application).exists():
        return []
    notes = []
    ranking = None
    for row in (
        ReusedResult.objects.filter(application=application)
        .select_related("exercise", "scenario", "submission", "answer__scenario")
        .defer("exercise__hidden_tests", "exercise__variants", "exercise__samples")
        .order_by("taken_at", "pk")
    ):
        if row.exercise is not None:
            title = row.exercise.title
            score = row.submission.score if row.submission else None
        else:
            assert row.scenario is not None
            title = _("Mise en situation : %(competency)s") % {
                "competency": row.scenario.get_competency_display()
            }
            if ranking is None:
                attempt = Attempt.objects.select_related("campaign").get(application=application)
                ranking = attempt.campaign.ranks_responses
            score = (
                results.sjt_answer_score(row.answer, ranking_mode=ranking) if row.answer else None
            )
        notes.append(ReuseNote(title, score, row.taken_at))
    return notes
