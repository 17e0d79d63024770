"""The demo's candidates and their stories, played through the same services as the pages (apply,
sit the assessment, blind reviews, decisions, interviews, follow-ups, referrals), so that every
page of every role has something real to show. Run once, inside seed_demo's transaction.

Code submissions are stored graded as the grading task would store them (``demo.code_samples``
gives the verdicts); nothing runs in the sandbox. Answers are drawn from a random generator
seeded by the person, so two runs on two machines give the same results.
"""

import random
import statistics
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.utils import timezone

from accounts.models import User
from advisers.digests import create_subscription
from advisers.enums import ConsentMethod
from advisers.invitations import create_invitation, record_referral
from advisers.models import AdviserOrganisation
from advisers.on_behalf import Consent, apply_on_behalf
from advisers.on_behalf import Person as PersonHelped
from assessments import campaigns
from assessments.enums import SubmissionStatus
from assessments.grading import GradeReport, TestVerdict
from assessments.library import get_exercise
from assessments.library.sjt import score_ranking, score_sjt
from assessments.models import Attempt, Submission
from assessments.reviews import submit_review
from candidates.enums import ApplicationStage
from candidates.models import Application, Candidate
from candidates.services import apply_to_offer
from candidates.stages import move_application
from demo import code_samples
from demo.people import (
    ADVANCED,
    APPLIED,
    ASSESSED,
    CANDIDAT4,
    EVIDENCE,
    HIRED,
    LEFT_AFTER_SIX_MONTHS,
    PLANNED,
    REJECTED,
    REJECTED_AFTER_INTERVIEW,
    REVEALED,
    SCORING,
    SHORTLISTED,
    WITHDRAWN,
    WRITTEN_ANSWERS,
    Person,
)
from employers.models import Offer
from employers.services import close_offer
from fairness.enums import FollowUpAnswer
from fairness.models import RetentionFollowUp
from fairness.services import (
    followup_token,
    record_answer,
    send_retention_followups,
)
from interviews.models import Interview, InterviewSlot
from interviews.scheduling import SlotData, choose_slot, propose_slots
from interviews.sessions import create_interview, record_consensus, start_scoring, submit_scores
from shortlists.decisions import decide
from shortlists.enums import DecisionKind, DecisionReason
from shortlists.reveal import reveal_identity
from shortlists.threads import send_candidate_message, send_employer_message


@dataclass
class Staff:
    admin: User  # the recruiter who administers the employer
    panel: list[User]  # admin first, then the two interviewers
    adviser: User
    organisation: AdviserOrganisation


@dataclass
class Profile:
    """How well a person did: a code sample (None: nothing handed in), offsets from the best
    (and worst) response per scenario, the two reviewers' levels, the interview's level."""

    code: int | None
    picks: list[tuple[int, int]]
    written: tuple[int, int]
    interview: int


# Pools by outcome: who went on did better than who waits, who waits better than who was not
# retained (the ranking explains the decisions). (code samples, offsets, written levels)
POOLS = {
    HIRED: ([0], [0], [4, 5]),
    SHORTLISTED: ([0, 1], [0, 0, 1], [4, 5]),
    "advanced": ([0, 0, 1], [0, 0, 1], [3, 4, 4, 5]),
    ASSESSED: ([1, 1, 2], [0, 1, 1, 2], [2, 3, 3, 4]),
    REJECTED: ([2, 3, 3, None], [1, 1, 2, 2, 3], [1, 2, 2, 3]),
}


class Draws:
    """Profiles of one offer's candidates: drawn again while somebody already has the same
    results, so that ties in the ranking are the ones meant (`Person.twin`), not accidents of
    small pools. `results(profile)` gives what the ranking will see."""

    def __init__(self):
        self.taken: set = set()
        self.twins: dict[str, Profile] = {}

    def profile(self, person: Person, path: str, scenarios: int, results=None) -> Profile:
        if person.twin in self.twins:
            return self.twins[person.twin]
        rng = random.Random(f"vivier-demo:{person.twin or person.address}")
        pool = POOLS.get(path) or POOLS["advanced" if path in ADVANCED else REJECTED]
        code, pick, levels = pool
        base = {HIRED: 5, SHORTLISTED: 4, REJECTED_AFTER_INTERVIEW: 2}.get(path) or rng.choice(
            [3, 4]
        )
        for _draw in range(50):
            drawn = Profile(
                code=rng.choice(code),
                picks=[(rng.choice(pick), rng.choice(pick)) for _ in range(scenarios)],
                written=tuple(sorted((rng.choice(levels), rng.choice(levels)))),
                interview=base,
            )
            signature = results(drawn) if results else (drawn.code, tuple(drawn.picks))
            if signature not in self.taken:
                break
        self.taken.add(signature)
        if person.twin:
            self.twins[person.twin] = drawn
        return drawn


# -- people ------------------------------------------------------------------------------


def apply(person: Person, candidate: Candidate, offer: Offer, staff: Staff, *, key: str):
    """Apply, through the demo adviser's invitation for those they referred to the Python
    offer (with the person's answer about being followed)."""
    invitation = None
    if key == "web" and person.referred is not None:
        invitation = create_invitation(
            offer,
            organisation=staff.organisation,
            email=person.address,
            note=f"{person.first_name} {person.last_name[0]}. (atelier numérique du jeudi)",
            user=staff.adviser,
        )
    application = apply_to_offer(candidate, offer)
    if invitation is not None:
        record_referral(invitation, application, consent=person.referred, user=candidate.user)
    return application


# -- the assessment ----------------------------------------------------------------------


def _code(exercise, variant: int | None):
    """(code, failures) of a sample for `exercise`: the reference solution for variant 0."""
    samples = code_samples.BRACKETS if exercise.slug == "brackets" else [None]
    if variant is None or variant >= len(samples):
        return None
    if samples[variant] is None:
        return get_exercise(exercise.slug).reference_solution, {}
    return samples[variant]


def hand_in_code(application: Application, exercise, variant: int | None, rng) -> None:
    """A graded submission, stored through the model's own transitions as the grader does."""
    sample = _code(exercise, variant)
    if sample is None:
        return
    code, failures = sample
    submission = Submission.objects.create(application=application, exercise=exercise, code=code)
    submission.transition(SubmissionStatus.RUNNING)
    submission.attempts = 1
    tests = [
        TestVerdict(
            name=test.name,
            verdict=failures.get(test.name, "AC"),
            time_s=exercise.time_limit_s
            if failures.get(test.name) == "TLE"
            else round(rng.uniform(0.02, 0.4), 3),
            stdout="",
            stderr="",
            weight=test.weight,
        )
        for test in exercise.hidden_cases()
    ]
    submission.mark_graded(GradeReport(tests))
    submission.save()


def _answer_text(question, level: float) -> str:
    texts = WRITTEN_ANSWERS.get(question.slug, WRITTEN_ANSWERS["written-explain-technical"])
    return texts[min(len(texts) - 1, max(0, round(level) - 1))]


def answers(campaign, scenarios, mine: Profile) -> tuple[dict, dict]:
    """The picks (or, in ranking mode, the ranks) the profile gives, per scenario id."""
    picks, ranks = {}, {}
    for scenario, (best_offset, worst_offset) in zip(scenarios, mine.picks, strict=True):
        ordered = sorted(scenario.responses, key=lambda r: -r["rating"])
        if campaign.ranks_responses:
            ranking = [response["id"] for response in ordered]
            for swap in range(best_offset + worst_offset):
                at = (best_offset + swap) % (len(ranking) - 1)
                ranking[at], ranking[at + 1] = ranking[at + 1], ranking[at]
            ranks[scenario.pk] = {rid: rank for rank, rid in enumerate(ranking, start=1)}
            continue
        most = ordered[best_offset]["id"]
        worst_first = ordered[::-1]
        least = worst_first[worst_offset]["id"]
        if least == most:
            least = worst_first[0]["id"] if most != worst_first[0]["id"] else worst_first[1]["id"]
        picks[scenario.pk] = (most, least)
    return picks, ranks


def results_of(campaign, scenarios):
    """What the ranking sees of a profile: code sample, SJT score, written levels."""
    specs = {scenario.pk: scenario.to_spec() for scenario in scenarios}

    def results(mine: Profile) -> tuple:
        picks, ranks = answers(campaign, scenarios, mine)
        sjt = [score_sjt(specs[pk], most, least) for pk, (most, least) in picks.items()]
        sjt += [
            score_ranking(specs[pk], sorted(given, key=given.__getitem__))
            for pk, given in ranks.items()
        ]
        return (mine.code, round(statistics.mean(sjt), 3) if sjt else None, sum(mine.written))

    return results


def sit(application: Application, person: Person, path: str, user: User, draws: Draws) -> Profile:
    """Start, answer everything, hand in code, hand in the attempt."""
    attempt = campaigns.start_attempt(application, user=user)
    campaign = attempt.campaign
    scenarios = list(campaign.scenarios.order_by("pk"))
    mine = draws.profile(person, path, len(scenarios), results_of(campaign, scenarios))
    picks, ranks = answers(campaign, scenarios, mine)
    written = {
        question.pk: _answer_text(question, statistics.mean(mine.written))
        for question in campaign.questions.all()
    }
    campaigns.save_answers(attempt, sjt=picks, written=written, ranks=ranks, user=user)
    rng = random.Random(f"vivier-demo-code:{person.address}")
    for exercise in campaign.exercises.all():
        hand_in_code(application, exercise, mine.code, rng)
    campaigns.submit_attempt(attempt, user=user)
    return mine


def review(application: Application, levels: tuple[int, ...], reviewers: list[User]) -> None:
    attempt = Attempt.objects.get(application=application)
    for answer in attempt.written_answers.exclude(text=""):
        for level, reviewer in zip(levels, reviewers, strict=False):
            submit_review(answer, level=level, user=reviewer)


# -- interviews --------------------------------------------------------------------------


PARIS = ZoneInfo("Europe/Paris")
INTERVIEW_PLACE = "Atelier Numérique Essonne, 12 boulevard de France, 91000 Évry-Courcouronnes"


def _at(day, hour: int) -> datetime:
    return datetime.combine(day, time(hour), tzinfo=PARIS)


def schedule(interview: Interview, path: str, *, lead: User, candidate: User) -> None:
    """The lead proposes three dates next week. A planned interview waits for the candidate to
    choose; any other took place: the candidate chose the first date, which is then moved into
    the past (two hours ago for an interview being scored, last week otherwise)."""
    next_week = timezone.localdate() + timedelta(days=7)
    slots = [
        SlotData(
            _at(next_week + timedelta(days=day), hour),
            _at(next_week + timedelta(days=day), hour + 1),
        )
        for day, hour in ((0, 10), (1, 14), (2, 9))
    ]
    panel = list(interview.panel.values_list("user", flat=True))
    meeting = propose_slots(
        interview,
        slots=slots,
        place=INTERVIEW_PLACE,
        attendees=User.objects.filter(pk__in=panel),
        by=lead,
    )
    if path == PLANNED:
        return
    chosen = choose_slot(interview, meeting.open_slots.first().pk, by=candidate)
    if path in (SCORING, REVEALED):
        # being scored: it began within the last hours, whatever the time the demo is loaded
        # (« today at 9:00 » was still to come between midnight and 9:00, Paris time)
        now = timezone.localtime(timezone.now(), PARIS)
        starts_at = now.replace(minute=0, second=0, microsecond=0) - timedelta(hours=2)
    else:
        starts_at = _at(timezone.localdate() - timedelta(days=7), 10)
    InterviewSlot.objects.filter(pk=chosen.chosen_slot_id).update(
        starts_at=starts_at, ends_at=starts_at + timedelta(hours=1)
    )
    meeting.slots.exclude(pk=chosen.chosen_slot_id).update(withdrawn=True)


def interview(
    application: Application, path: str, base: int, staff: Staff, *, lead: User, candidate: User
):
    """Plan the interview, agree on a date with `candidate` (their account) and take it as far
    as `path` says."""
    planned = create_interview(application, panel=staff.panel, lead=lead, by=staff.admin)
    schedule(planned, path, lead=lead, candidate=candidate)
    if path == PLANNED:
        return planned
    start_scoring(planned, by=lead)
    competencies = list(planned.grid_version.competencies.all())
    rng = random.Random(f"vivier-demo-interview:{application.offer_id}:{application.candidate_id}")
    given: dict[int, list[int]] = {c.pk: [] for c in competencies}
    members = [lead] + [member for member in staff.panel if member != lead]
    if path == SCORING:
        members = members[:1]
    for position, member in enumerate(members):
        # The last interviewer of the panel tends to mark a little lower (their drift shows).
        jitter = [-1, -1, 0, 0, 1] if member == staff.panel[-1] else [-1, 0, 0, 0, 1]
        ratings = {}
        for competency in competencies:
            level = min(5, max(1, base + rng.choice(jitter)))
            given[competency.pk].append(level)
            ratings[competency.pk] = (level, EVIDENCE[level])
        submit_scores(planned, ratings, by=member)
    if path in (SCORING, REVEALED):
        return planned
    agreed = {}
    for competency in competencies:
        level = round(statistics.median(given[competency.pk]))
        agreed[competency.pk] = (level, f"Niveau {level} retenu par le jury : {EVIDENCE[level]}")
    return record_consensus(planned, agreed, by=lead)


def after_interview(application: Application, path: str, staff: Staff) -> None:
    if path in (HIRED, SHORTLISTED):
        decide(
            application,
            kind=DecisionKind.SHORTLIST,
            reason=DecisionReason.INTERVIEW_SHOWN,
            by=staff.admin,
        )
    if path == HIRED:
        decide(
            application,
            kind=DecisionKind.HIRE,
            reason=DecisionReason.INTERVIEW_SHOWN,
            by=staff.admin,
        )
    if path == REJECTED_AFTER_INTERVIEW:
        decide(
            application,
            kind=DecisionKind.REJECT,
            reason=DecisionReason.STRONGER_RESULTS,
            by=staff.admin,
        )
    if path in (HIRED, SHORTLISTED):
        reveal_identity(application, by=staff.admin)  # to call them: audited


# -- the offers --------------------------------------------------------------------------


def play_offer(key: str, offer: Offer, cast: list[tuple[Person, Candidate]], staff: Staff):
    """Every person of `cast` who applied to `offer` (their path is `getattr(person, key)`)."""
    entrants = [(p, c, getattr(p, key)) for p, c in cast if getattr(p, key)]
    has_assessment = campaigns.current_campaign(offer) is not None
    applications, profiles, draws = {}, {}, Draws()
    for person, candidate, path in entrants:
        application = apply(person, candidate, offer, staff, key=key)
        applications[person.address] = application
        if path == WITHDRAWN:
            move_application(application, ApplicationStage.WITHDRAWN, by=candidate.user)
        elif has_assessment and path != APPLIED:
            profiles[person.address] = sit(application, person, path, candidate.user, draws)
    reviewers = staff.panel[:2]
    for person, _candidate, path in entrants:
        mine = profiles.get(person.address)
        if mine is None:
            continue
        # Waiting ones keep answers for the second reviewer; the data offer's are all waiting.
        pending = path == ASSESSED and (key == "data" or person.last_name == "Marchand")
        review(
            applications[person.address], mine.written[:1] if pending else mine.written, reviewers
        )
    for index, (person, candidate, path) in enumerate(entrants):
        application = applications[person.address]
        if path == REJECTED:
            mine = profiles.get(person.address)
            if not has_assessment:
                reason = DecisionReason.CONDITIONS_MISMATCH
            elif mine is None or mine.code is None:
                reason = DecisionReason.REQUIRED_SKILL_MISSING
            else:
                reason = DecisionReason.STRONGER_RESULTS
            decide(application, kind=DecisionKind.REJECT, reason=reason, by=staff.admin)
        elif path in ADVANCED:
            decide(
                application,
                kind=DecisionKind.ADVANCE,
                reason=DecisionReason.SKILLS_SHOWN,
                by=staff.admin,
            )
            mine = profiles.get(person.address)
            base = (mine or draws.profile(person, path, 0)).interview
            lead = staff.panel[1] if path == PLANNED else staff.panel[index % 3]
            if path in (SCORING, REVEALED):
                lead = staff.admin
            interview(application, path, base, staff, lead=lead, candidate=candidate.user)
            after_interview(application, path, staff)
    return applications


def spread_dates(applications: dict[str, Application], *, days: int) -> None:
    """Applications arrived over the last `days` days, not all this instant."""
    now = timezone.now()
    for index, application in enumerate(applications.values()):
        arrived = (
            now - timedelta(days=days) + timedelta(hours=index * days * 24 // len(applications))
        )
        Application.objects.filter(pk=application.pk).update(created_at=arrived)


def age_past_offer(offer: Offer, applications: dict[str, Application]) -> None:
    """Last spring's cohort: published ten months ago, hired seven months ago. The audit log,
    append-only, keeps today's date for what was done today."""
    now = timezone.now()
    hired_at = now - timedelta(days=215)
    Offer.objects.filter(pk=offer.pk).update(
        created_at=now - timedelta(days=305),
        published_at=now - timedelta(days=300),
        closed_at=now - timedelta(days=200),
    )
    ids = [application.pk for application in applications.values()]
    for index, pk in enumerate(ids):
        Application.objects.filter(pk=pk).update(
            created_at=now - timedelta(days=290 - index), stage_changed_at=hired_at
        )
    Interview.objects.filter(application_id__in=ids).update(
        created_at=hired_at - timedelta(days=20),
        scoring_started_at=hired_at - timedelta(days=14),
        revealed_at=hired_at - timedelta(days=14),
        consensus_recorded_at=hired_at - timedelta(days=14),
    )
    for application in applications.values():
        application.decisions.update(decided_at=hired_at)
    met_on = hired_at - timedelta(days=15)
    InterviewSlot.objects.filter(meeting__interview__application_id__in=ids).update(
        starts_at=met_on, ends_at=met_on + timedelta(hours=1)
    )


def follow_up_cohort(applications: dict[str, Application], people: list[Person]) -> None:
    """Six months after the hire the questions go out, and everybody answers through the link
    of their email."""
    now = timezone.now()
    send_retention_followups(now=now)
    left = {
        applications[person.address].pk
        for person in people
        if person.address in applications and person.last_name in LEFT_AFTER_SIX_MONTHS
    }
    followups = RetentionFollowUp.objects.filter(application__in=list(applications.values()))
    for followup in followups:
        answer = (
            FollowUpAnswer.LEFT
            if followup.application_id in left
            else FollowUpAnswer.STILL_EMPLOYED
        )
        record_answer(followup_token(followup), answer)
    followups.update(sent_at=now - timedelta(days=31), answered_at=now - timedelta(days=29))


def converse(application: Application, staff: Staff, *, candidate: User) -> None:
    """A thread between the recruiter and `candidate` (their account) after the interview."""
    send_employer_message(
        application,
        "Bonjour, merci pour l'entretien de la semaine dernière. L'équipe aimerait vous "
        "présenter le projet plus en détail : seriez-vous disponible pour un échange d'une "
        "demi-heure en visioconférence ?",
        by=staff.admin,
    )
    send_candidate_message(
        application,
        "Bonjour, merci pour votre message. Oui, avec plaisir : je suis disponible les matins "
        "de la semaine prochaine.",
        by=candidate,
    )


def populate(offers: dict[str, Offer], cast: list[tuple[Person, Candidate]], staff: Staff):
    """Play every story. `offers`: web, support and data (published), past (published, then
    closed once its cohort is hired); `cast`: each person with their candidate profile."""
    played = {}
    for key in ("web", "support", "data"):
        played[key] = play_offer(key, offers[key], cast, staff)
        spread_dates(played[key], days=24 if key == "web" else 12)
    web = played["web"]
    past = play_offer("past", offers["past"], cast, staff)
    close_offer(offers["past"], by=staff.admin)
    age_past_offer(offers["past"], past)
    follow_up_cohort(past, [person for person, _candidate in cast])
    create_invitation(
        offers["data"],
        organisation=staff.organisation,
        note="Jeune suivi en CEJ, à relancer la semaine prochaine",
        user=staff.adviser,
    )
    create_invitation(
        offers["support"],
        organisation=staff.organisation,
        email="personne.accompagnee@example.org",
        note="Rencontrée au forum emploi de Lille",
        user=staff.adviser,
    )
    create_subscription(departments=["91"], rome_prefix="", by_email=True, user=staff.adviser)
    demo_candidate = next(c for person, c in cast if person is CANDIDAT4)
    converse(web[CANDIDAT4.address], staff, candidate=demo_candidate.user)
    apply_on_behalf(
        offers["support"],
        organisation=staff.organisation,
        person=PersonHelped(
            email="personne.aidee@example.org", first_name="Nadia", last_name="Benkacem"
        ),
        consent=Consent(
            method=ConsentMethod.IN_PERSON,
            given_on=timezone.localdate() - timedelta(days=2),
            obtained=True,
        ),
        note="Rencontrée en atelier numérique : à l'aise avec le support aux utilisateurs, "
        "disponible dès le mois prochain.",
        by=staff.adviser,
    )
    create_subscription(departments=["59"], rome_prefix="M18", by_email=False, user=staff.adviser)
