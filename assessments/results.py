"""Scores of one application per assessment component, each in [0, 1] or None, and when the
candidate may see them (``withheld_until``: the one rule every candidate page, email and export
follows).

Other apps (shortlists) read ``component_scores(application)``; keep its signature.

- coding: per exercise, the score of the candidate's last submission (any version of the
  exercise; at most ``MAX_SUBMISSIONS_PER_EXERCISE``, none after the hand-in), pending (None)
  while it is being graded; the mean over the campaign's exercises once the attempt is handed
  in (an exercise never submitted counts 0). Without a campaign attempt, the mean over the
  exercises the candidate submitted to. Every page and export that shows a code score shows
  this one (``counted_submission_ids``).
- sjt: mean over the campaign's scenarios of ``library.sjt.score_sjt`` (best and worst picks)
  or, in ranking mode, ``library.sjt.score_ranking`` (formulas in ``SCORING_NOTE``); an
  unanswered scenario, or an incomplete ranking, counts 0. Known once the attempt is handed in.
- written: mean over the campaign's questions of the mean of reviewers' levels mapped to
  [0, 1] (level 1 → 0, 5 → 1); an empty answer counts 0. Known once every non-empty answer
  has at least two reviews.
"""

from dataclasses import dataclass, field
from datetime import datetime
from types import EllipsisType

from django.db.models import QuerySet
from django.utils import timezone

from assessments import scoring
from assessments.enums import Competency, SubmissionStatus
from assessments.library.sjt import score_ranking, score_sjt
from assessments.models import (
    Attempt,
    Campaign,
    SjtAnswer,
    Submission,
    WrittenAnswer,
    WrittenReview,
    complete_ranking,
)

COMPONENTS = ("coding", "sjt", "written")
# Submissions a candidate may make to one exercise of an application; the last one counts.
MAX_SUBMISSIONS_PER_EXERCISE = 5
PENDING = object()  # a counted submission not graded yet


@dataclass
class ItemResult:
    competency: str
    score: float | None  # None: waiting for reviews


@dataclass
class AttemptResults:
    scores: dict[str, float | None]
    overall: float | None
    by_competency: dict[str, float | None] = field(default_factory=dict)


def results_campaign(application) -> Campaign | None:
    """The campaign whose results the application's scores belong to: the one it sat (its
    attempt's), else the offer's current one (code submitted before starting, or never
    started)."""
    attempt = Attempt.objects.filter(application=application).select_related("campaign").first()
    if attempt is not None:
        return attempt.campaign
    return Campaign.objects.current().filter(offer_id=application.offer_id).first()


def withheld_until(
    application, *, campaign: Campaign | None | EllipsisType = ..., now=None
) -> datetime | None:
    """THE rule of « résultats à la clôture »: None when the candidate may see their assessment
    results (code scores and verdicts included), else the moment they will.

    Everybody who applies sits the same assessment, and every result shows at the same time,
    when the campaign closes (closed early by the employer, or at its deadline): candidate
    pages, the decision emails and the data export read this function. An offer without a
    campaign promises nothing: its exercises are practice, graded in front of the candidate."""
    if isinstance(campaign, EllipsisType):
        campaign = results_campaign(application)
    if campaign is None or campaign.is_closed(now or timezone.now()):
        return None
    return campaign.deadline


def _last_submissions(application_ids, among=None) -> dict[int, dict[str, tuple[int, object]]]:
    """{application id: {exercise slug: (submission id, score or PENDING)}}: the last
    submission of each application to each exercise, the one that counts. `among`: the same
    applications as a query, read as a subquery instead of a list of ids."""
    last: dict[int, dict[str, tuple[int, object]]] = {pk: {} for pk in application_ids}
    rows = (
        Submission.objects.filter(
            application_id__in=list(application_ids) if among is None else among
        )
        .order_by("created_at", "id")
        .values_list("application_id", "exercise__slug", "pk", "status", "score")
    )
    for application_id, slug, pk, status, score in rows:
        graded = status == SubmissionStatus.GRADED and score is not None
        last[application_id][slug] = (pk, score if graded else PENDING)
    return last


def counted_submission_ids(application_ids) -> set[int]:
    """The ids of the submissions that count (one per application and exercise)."""
    return {
        pk for by_slug in _last_submissions(application_ids).values() for pk, _ in by_slug.values()
    }


def _coding(counted: dict[str, tuple[int, object]], slugs=None) -> float | None:
    """The mean of the counted scores over `slugs` (an exercise never submitted counts 0), or
    over the exercises submitted to; None while one of them is being graded."""
    if slugs is None:
        slugs = list(counted)
    scores = [counted[slug][1] if slug in counted else 0.0 for slug in slugs]
    if any(score is PENDING for score in scores):
        return None
    return scoring.mean(float(score) for score in scores)  # type: ignore[arg-type]


def _finished_attempt(application) -> Attempt | None:
    return (
        Attempt.objects.finished()
        .filter(application=application)
        .select_related("campaign")
        .first()
    )


def coding_score(application, attempt: Attempt | None = None) -> float | None:
    counted = _last_submissions([application.pk])[application.pk]
    if attempt is None:
        return _coding(counted)
    return _coding(counted, list(attempt.campaign.exercises.values_list("slug", flat=True)))


def _sjt_score(scenario, spec, answer: tuple[str, str, dict] | None, ranking_mode: bool) -> float:
    """One scenario's score from the answer's (most, least, ranks), 0 without an answer."""
    if answer is None:
        return 0.0
    most, least, ranks = answer
    if ranking_mode:
        ranking = complete_ranking(ranks, scenario.response_ids())
        return 0.0 if ranking is None else score_ranking(spec, ranking)
    if most and least:
        return score_sjt(spec, most, least)
    return 0.0


def sjt_answer_score(answer: SjtAnswer, *, ranking_mode: bool) -> float:
    """One stored answer's score, as the campaign it was given in scores it."""
    picks = (answer.most, answer.least, answer.ranks)
    return _sjt_score(answer.scenario, answer.scenario.to_spec(), picks, ranking_mode)


def sjt_answer_complete(answer: SjtAnswer, *, ranking_mode: bool) -> bool:
    """Whether the answer was given whole: two different picks, or every response ranked."""
    if ranking_mode:
        return complete_ranking(answer.ranks, answer.scenario.response_ids()) is not None
    return bool(answer.most and answer.least) and answer.most != answer.least


def _written_score(answer: tuple[str, list[int]] | None) -> float | None:
    """One question's score from the answer's (text, reviewers' levels): 0 for no answer or an
    empty one, None while reviews are missing."""
    if answer is None or not answer[0].strip():
        return 0.0
    return scoring.written_answer_score(answer[1])


def sjt_items(attempt: Attempt) -> list[ItemResult]:
    answers = {a.scenario_id: (a.most, a.least, a.ranks) for a in attempt.sjt_answers.all()}
    ranking_mode = attempt.campaign.ranks_responses
    return [
        ItemResult(
            scenario.competency,
            _sjt_score(scenario, scenario.to_spec(), answers.get(scenario.pk), ranking_mode),
        )
        for scenario in attempt.campaign.scenarios.all()
    ]


def written_items(attempt: Attempt) -> list[ItemResult]:
    if "written_answers" in getattr(attempt, "_prefetched_objects_cache", {}):
        written = attempt.written_answers.all()  # prefetched with their reviews (a list page)
    else:
        written = attempt.written_answers.prefetch_related("reviews")
    answers = {a.question_id: (a.text, [r.level for r in a.reviews.all()]) for a in written}
    return [
        ItemResult(question.competency, _written_score(answers.get(question.pk)))
        for question in attempt.campaign.questions.all()
    ]


def _component(items: list[ItemResult]) -> float | None:
    scores = [item.score for item in items if item.score is not None]
    if not items or len(scores) < len(items):
        return None
    return scoring.mean(scores)


def attempt_results(attempt: Attempt) -> AttemptResults:
    """Scores per component, per competency (SJT and written items together) and overall
    (the campaign's weights over the components known so far)."""
    sjt, written = sjt_items(attempt), written_items(attempt)
    scores = {
        "coding": coding_score(attempt.application, attempt),
        "sjt": _component(sjt),
        "written": _component(written),
    }
    by_competency = {}
    for competency in Competency.values:
        mine = [item for item in sjt + written if item.competency == competency]
        if mine:
            known = [item.score for item in mine if item.score is not None]
            by_competency[competency] = scoring.mean(known) if len(known) == len(mine) else None
    pending = bool(written) and scores["written"] is None  # reviews still to come
    overall = None if pending else scoring.weighted_overall(scores, attempt.campaign.weights())
    return AttemptResults(scores, overall, by_competency)


def component_scores(application) -> dict[str, float | None]:
    """``{"coding": …, "sjt": …, "written": …}``, each in [0, 1], None without a result."""
    attempt = _finished_attempt(application)
    if attempt is None:
        return {"coding": coding_score(application), "sjt": None, "written": None}
    return attempt_results(attempt).scores


def component_scores_many(applications) -> dict[int, dict[str, float | None]]:
    """``component_scores`` of many applications in a fixed number of queries (a ranking page
    costs the same whatever its length): {application id: scores}.

    Answers and reviews are read as plain values and each campaign's content once (not one
    model instance per answer, nor a copy of the campaign per attempt): a campaign of thousands
    of candidates is scored in a few tens of milliseconds."""
    ids = [application.pk for application in applications]
    # Given a query (a ranking's), filter on it as a subquery: a list of thousands of ids
    # costs more to send and to plan than the subquery.
    among = applications.values("pk") if isinstance(applications, QuerySet) else ids
    counted = _last_submissions(ids, among)
    finished = Attempt.objects.finished().filter(application_id__in=among)
    attempts = {
        application_id: (attempt_id, campaign_id)
        for application_id, attempt_id, campaign_id in finished.values_list(
            "application_id", "pk", "campaign_id"
        )
    }
    campaigns = {
        campaign.pk: _CampaignContent(campaign)
        for campaign in Campaign.objects.filter(
            pk__in={campaign_id for _, campaign_id in attempts.values()}
        ).prefetch_related("exercises", "scenarios", "questions")
    }
    attempt_ids = [attempt_id for attempt_id, _ in attempts.values()]
    of_attempts = finished.values("pk")
    sjt: dict[int, dict[int, tuple[str, str, dict]]] = {pk: {} for pk in attempt_ids}
    for attempt_id, scenario_id, most, least, ranks in SjtAnswer.objects.filter(
        attempt_id__in=of_attempts
    ).values_list("attempt_id", "scenario_id", "most", "least", "ranks"):
        sjt[attempt_id][scenario_id] = (most, least, ranks)
    levels: dict[int, list[int]] = {}
    for answer_id, level in WrittenReview.objects.filter(
        answer__attempt_id__in=of_attempts
    ).values_list("answer_id", "level"):
        levels.setdefault(answer_id, []).append(level)
    written: dict[int, dict[int, tuple[str, list[int]]]] = {pk: {} for pk in attempt_ids}
    for answer_id, attempt_id, question_id, text in WrittenAnswer.objects.filter(
        attempt_id__in=of_attempts
    ).values_list("pk", "attempt_id", "question_id", "text"):
        written[attempt_id][question_id] = (text, levels.get(answer_id, []))
    scores = {}
    for pk in ids:
        if pk not in attempts:
            scores[pk] = {"coding": _coding(counted[pk]), "sjt": None, "written": None}
            continue
        attempt_id, campaign_id = attempts[pk]
        content = campaigns[campaign_id]
        answers, texts = sjt[attempt_id], written[attempt_id]
        scores[pk] = {
            "coding": _coding(counted[pk], content.slugs),
            "sjt": _component(
                [
                    ItemResult(s.competency, _sjt_score(s, spec, answers.get(s.pk), content.ranks))
                    for s, spec in content.scenarios
                ]
            ),
            "written": _component(
                [
                    ItemResult(q.competency, _written_score(texts.get(q.pk)))
                    for q in content.questions
                ]
            ),
        }
    return scores


class _CampaignContent:
    """What scoring reads of a campaign, read once for all its attempts."""

    def __init__(self, campaign: Campaign):
        self.slugs = [exercise.slug for exercise in campaign.exercises.all()]
        self.scenarios = [(s, s.to_spec()) for s in campaign.scenarios.all()]
        self.questions = list(campaign.questions.all())
        self.ranks = campaign.ranks_responses
