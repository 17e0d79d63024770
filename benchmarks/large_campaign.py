"""A large campaign on PostgreSQL (issue 22): the recruiter's ranking page and the CSV export of
one offer with 5,000 applications whose assessments are complete, and the fairness report page
of an employer with 50,000 applications over 20 offers.

Each page is requested in this process through Django's test client (the whole middleware
stack, signed in as the offer's recruiter, the employer's admin), after warm-up requests, N
times; the script prints p50 and p95 of the wall time, the part of it spent inside the database
calls (connection.execute_wrapper: sending the query, PostgreSQL's work, reading the rows), the
rest (Python: views, ORM, templates), the process's CPU time (less sensitive than wall time to
other jobs on a shared machine) and the number of queries.

Run from the repository root, against a PostgreSQL database (created if missing, filled once
and left in place; the script tops nothing up: drop the database to rebuild it)::

    DATABASE_URL=postgres://vivier:vivier@127.0.0.1:54339/vivier_bench \\
        .venv/bin/python benchmarks/large_campaign.py [--applications 5000] \\
        [--fairness-applications 50000] [--offers 20] [--repeat 30] [--only ranking]

The data are built in bulk (bulk_create through the models), shaped like what the services
write: three applications of the campaign are first taken through the real services (apply,
sit the assessment, hand in graded code, two blind reviews, decisions, an interview up to its
consensus), and every other row is a copy of the matching row of one of them, with its own
answers, levels and scores. Not copied: the audit entries and the emails, which no page
measured here reads.
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import os
import platform
import pstats
import random
import statistics
import subprocess
import sys
import time
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

from fairness_report import drawn_stages  # a script beside this one

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ["DJANGO_SETTINGS_MODULE"] = "benchmarks.load_settings"

CAMPAIGN_EMPLOYER = "Grande Campagne et Cie"
FAIRNESS_EMPLOYER = "Mesure Nationale SA"
BATCH = 2000


# -- set-up ----------------------------------------------------------------------------------


def ensure_database(url: str) -> None:
    """Create the database of DATABASE_URL when it does not exist (never a test_* one)."""
    import psycopg
    from psycopg import sql

    name = url.rsplit("/", 1)[1].split("?")[0]
    if name.startswith("test_"):
        raise SystemExit("test_* databases belong to the test suite: choose another name")
    with psycopg.connect(url.rsplit("/", 1)[0] + "/postgres", autocommit=True) as connection:
        exists = connection.execute(
            "SELECT 1 FROM pg_database WHERE datname = %s", [name]
        ).fetchone()
        if not exists:
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def setup_django() -> None:
    import django

    django.setup()
    from django.template import engines

    # Production renders a missing variable as "" (the test settings raise on one, which costs
    # a look at the stack each time); measure what production runs.
    engines["django"].engine.string_if_invalid = ""
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("createcachetable", verbosity=0)


def clone(row, **changes):
    """A new, unsaved row with every field of `row` (as the services wrote it) but its key,
    and `changes`."""
    values = {
        field.attname: getattr(row, field.attname)
        for field in row._meta.concrete_fields
        if not field.primary_key
    }
    values.update(changes)
    return type(row)(**values)


class Pseudonyms:
    """Pseudonyms as `candidates.pseudonyms.new_pseudonym` draws them, unique per offer."""

    def __init__(self):
        self.taken: dict[int, set[str]] = {}

    def draw(self, offer_id: int) -> str:
        from candidates.pseudonyms import new_pseudonym

        taken = self.taken.setdefault(offer_id, set())
        while (pseudonym := new_pseudonym()) in taken:
            pass
        taken.add(pseudonym)
        return pseudonym


def staff_user(email: str, employer, role):
    """An employer member with their second factor enrolled (recruiters must have it)."""
    import base64

    from allauth.mfa.totp.internal.auth import TOTP
    from allauth.mfa.utils import is_mfa_enabled

    from accounts.enums import Role
    from accounts.models import User
    from employers.models import EmployerMembership

    user, _ = User.objects.get_or_create(email=email, defaults={"role": Role.RECRUITER})
    EmployerMembership.objects.get_or_create(user=user, employer=employer, defaults={"role": role})
    if not is_mfa_enabled(user):
        TOTP.activate(user, base64.b32encode(os.urandom(20)).decode())
    return user


def published_offer(employer, title: str, admin):
    from django.utils import timezone

    from employers.enums import ContractType, OfferStatus, RemotePolicy
    from employers.models import Offer

    return Offer.objects.create(
        employer=employer,
        title=title,
        description="<p>Vous développez des services numériques en Python.</p>" * 4,
        skills=["Python", "Django", "SQL"],
        contract_type=ContractType.CDI,
        commune="Évry-Courcouronnes",
        postcode="91000",
        department="91",
        remote_policy=RemotePolicy.PARTIAL,
        salary_min=32000,
        salary_max=40000,
        rome_code="M1805",
        status=OfferStatus.PUBLISHED,
        published_at=timezone.now(),
    )


def candidates_in_bulk(count: int, prefix: str):
    """`count` candidates as sign-up and `create_candidate_profile` make them: an account, a
    profile and an empty identity."""
    from django.contrib.auth.hashers import make_password

    from accounts.enums import Role
    from accounts.models import User
    from candidates.models import Candidate, Identity

    users = User.objects.bulk_create(
        [
            User(
                email=f"{prefix}-{n}@vivier.bench",
                role=Role.CANDIDATE,
                password=make_password(None),
            )
            for n in range(count)
        ],
        batch_size=BATCH,
    )
    candidates = Candidate.objects.bulk_create(
        [Candidate(user=user, skills=["Python", "SQL", "Git"]) for user in users],
        batch_size=BATCH,
    )
    Identity.objects.bulk_create([Identity(candidate=c) for c in candidates], batch_size=BATCH)
    return candidates


# -- the campaign: prototypes through the services ---------------------------------------------


def code_variants(exercise):
    """(code, verdict rows, score) of each demo sample of `exercise`, stored as the grader
    stores them (`Submission.mark_graded`)."""
    from assessments.grading import GradeReport, TestVerdict
    from demo.population import _code

    variants = []
    for variant in range(10):
        sample = _code(exercise, variant)
        if sample is None:
            break
        code, failures = sample
        tests = [
            TestVerdict(
                name=test.name,
                verdict=failures.get(test.name, "AC"),
                time_s=0.1,
                stdout="",
                stderr="",
                weight=test.weight,
            )
            for test in exercise.hidden_cases()
        ]
        report = GradeReport(tests)
        verdicts = [
            {"name": t.name, "verdict": t.verdict, "time_s": t.time_s, "weight": t.weight}
            for t in report.tests
        ]
        variants.append((code, verdicts, report.score))
    return variants


def sit_through_services(application, user, campaign, rng, *, variant: int, levels, reviewers):
    from assessments import campaigns
    from assessments.models import WrittenAnswer
    from assessments.reviews import submit_review
    from demo.people import WRITTEN_ANSWERS
    from demo.population import hand_in_code

    attempt = campaigns.start_attempt(application, user=user)
    picks = {}
    for scenario in campaign.scenarios.all():
        ids = [response["id"] for response in scenario.responses]
        most, least = rng.sample(ids, 2)
        picks[scenario.pk] = (most, least)
    written = {
        question.pk: WRITTEN_ANSWERS.get(question.slug, ["Réponse."])[-1]
        for question in campaign.questions.all()
    }
    campaigns.save_answers(attempt, sjt=picks, written=written, user=user)
    for exercise in campaign.exercises.all():
        hand_in_code(application, exercise, variant, rng)
    campaigns.submit_attempt(attempt, user=user)
    for answer in WrittenAnswer.objects.filter(attempt=attempt):
        for level, reviewer in zip(levels, reviewers, strict=True):
            submit_review(answer, level=level, user=reviewer)
    return attempt


def interview_through_services(application, panel, lead, admin, rng):
    from demo.people import EVIDENCE
    from interviews.sessions import (
        create_interview,
        record_consensus,
        start_scoring,
        submit_scores,
    )

    interview = create_interview(application, panel=panel, lead=lead, by=admin)
    start_scoring(interview, by=lead)
    competencies = list(interview.grid_version.competencies.all())
    given = {c.pk: [] for c in competencies}
    for member in panel:
        ratings = {}
        for competency in competencies:
            level = rng.randint(2, 5)
            given[competency.pk].append(level)
            ratings[competency.pk] = (level, EVIDENCE[level])
        submit_scores(interview, ratings, by=member)
    agreed = {
        pk: (round(statistics.median(levels)), f"Niveau retenu par le jury : {EVIDENCE[3]}")
        for pk, levels in given.items()
    }
    return record_consensus(interview, agreed, by=lead)


def build_campaign(total: int, rng: random.Random) -> None:
    """One offer of CAMPAIGN_EMPLOYER with `total` applications, every assessment complete."""
    from django.db import transaction
    from django.test import override_settings
    from django.utils import timezone

    from assessments.campaigns import CampaignData, close_campaign, save_campaign
    from assessments.library import get_exercise
    from assessments.library_sync import (
        sync_exercises,
        sync_scenarios,
        sync_written_questions,
    )
    from assessments.models import (
        Attempt,
        Exercise,
        SjtAnswer,
        SjtScenario,
        Submission,
        WrittenAnswer,
        WrittenQuestion,
        WrittenReview,
    )
    from candidates.enums import ApplicationStage
    from candidates.models import Application
    from candidates.services import apply_to_offer
    from demo.data import WEB_ASSESSMENT
    from employers.enums import MemberRole
    from employers.models import Employer
    from interviews import scoring as interview_scoring
    from interviews.grids import copy_library_grid
    from interviews.models import ConsensusRating, Interview, PanelMember, Score
    from shortlists.decisions import decide
    from shortlists.enums import DecisionKind, DecisionReason
    from shortlists.models import Decision
    from shortlists.policies import POLICY_FIELDS, lock_policy, save_policy, suggested_policy
    from shortlists.scores import scores_by_application

    employer = Employer.objects.create(name=CAMPAIGN_EMPLOYER)
    admin = staff_user("campagne@vivier.bench", employer, MemberRole.ADMIN)
    panel = [
        admin,
        staff_user("jury1@vivier.bench", employer, MemberRole.MEMBER),
        staff_user("jury2@vivier.bench", employer, MemberRole.MEMBER),
    ]
    offer = published_offer(employer, "Développeur·se Python (H/F), campagne nationale", admin)
    sync_exercises([get_exercise(slug) for slug in WEB_ASSESSMENT.exercises])
    sync_scenarios()
    sync_written_questions()
    copy_library_grid(offer, "web-developer", language="fr", by=admin)

    def current(model, slugs):
        return [model.objects.current().get(slug=slug) for slug in slugs]

    coding, sjt, written = WEB_ASSESSMENT.weights
    campaign = save_campaign(
        offer,
        CampaignData(
            exercises=current(Exercise, WEB_ASSESSMENT.exercises),
            scenarios=current(SjtScenario, WEB_ASSESSMENT.scenarios),
            questions=current(WrittenQuestion, WEB_ASSESSMENT.questions),
            weight_coding=coding,
            weight_sjt=sjt,
            weight_written=written,
            duration_minutes=WEB_ASSESSMENT.duration_minutes,
            deadline=timezone.now() + timedelta(days=30),
        ),
        user=admin,
    )
    values = {name: getattr(suggested_policy(offer), name) for name in POLICY_FIELDS}
    policy = save_policy(offer, {**values, "weight_interview": 25, "min_total": 60}, by=admin)
    exercises = list(campaign.exercises.all())
    scenarios = list(campaign.scenarios.all())
    questions = list(campaign.questions.all())
    variants = {exercise.pk: code_variants(exercise) for exercise in exercises}

    # Three applications through the services: the prototypes of every row copied below.
    print("prototypes through the services", file=sys.stderr)
    protos = {}
    with override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"):
        for path in ("assessed", "rejected", "interview"):
            (candidate,) = candidates_in_bulk(1, f"campagne-{path}")
            application = apply_to_offer(candidate, offer)
            protos[path] = application
            with transaction.atomic():
                sit_through_services(
                    application,
                    candidate.user,
                    campaign,
                    rng,
                    variant=0,
                    levels=(4, 3),
                    reviewers=panel[:2],
                )
            if path == "rejected":
                decide(
                    application,
                    kind=DecisionKind.REJECT,
                    reason=DecisionReason.STRONGER_RESULTS,
                    by=admin,
                )
            if path == "interview":
                decide(
                    application,
                    kind=DecisionKind.ADVANCE,
                    reason=DecisionReason.SKILLS_SHOWN,
                    by=admin,
                )
                with transaction.atomic():
                    interview_through_services(application, panel, panel[1], admin, rng)
    for path, application in protos.items():
        application.refresh_from_db()
    proto = protos["interview"]
    attempt0 = Attempt.objects.get(application=proto)
    sjt0 = {a.scenario_id: a for a in SjtAnswer.objects.filter(attempt=attempt0)}
    written0 = {a.question_id: a for a in WrittenAnswer.objects.filter(attempt=attempt0)}
    reviews0 = list(WrittenReview.objects.filter(answer__attempt=attempt0).order_by("pk"))
    submissions0 = {s.exercise_id: s for s in Submission.objects.filter(application=proto)}
    interview0 = Interview.objects.get(application=proto)
    members0 = list(PanelMember.objects.filter(interview=interview0).order_by("pk"))
    scores0 = list(Score.objects.filter(panel_member__interview=interview0).order_by("pk"))
    consensus0 = list(ConsensusRating.objects.filter(interview=interview0).order_by("pk"))
    competencies = [rating.competency for rating in consensus0]
    advance0 = Decision.objects.get(application=proto)
    reject0 = Decision.objects.get(application=protos["rejected"])

    # Everybody else, in bulk.
    count = total - len(protos)
    print(f"{count} more applications in bulk", file=sys.stderr)
    pseudonyms = Pseudonyms()
    pseudonyms.taken[offer.pk] = {a.pseudonym for a in protos.values()}
    candidates = candidates_in_bulk(count, "campagne")
    now = timezone.now()
    paths = rng.choices(
        ["assessed", "rejected", "interview", "shortlisted", "withdrawn"],
        weights=[55, 28, 12, 3, 2],
        k=count,
    )
    furthest = {
        "assessed": ApplicationStage.ASSESSED,
        "rejected": ApplicationStage.ASSESSED,
        "interview": ApplicationStage.INTERVIEW,
        "shortlisted": ApplicationStage.SHORTLISTED,
        "withdrawn": ApplicationStage.ASSESSED,
    }
    stage = {**furthest, "rejected": ApplicationStage.REJECTED}
    stage["withdrawn"] = ApplicationStage.WITHDRAWN
    applications = []
    for candidate, path in zip(candidates, paths, strict=True):
        applied = now - timedelta(days=20, minutes=rng.randint(0, 20000))
        applications.append(
            clone(
                protos["assessed"],
                candidate_id=candidate.pk,
                pseudonym=pseudonyms.draw(offer.pk),
                stage=stage[path],
                furthest_stage=furthest[path],
                created_at=applied,
                stage_changed_at=applied + timedelta(days=3),
            )
        )
    applications = Application.objects.bulk_create(applications, batch_size=BATCH)

    attempts = Attempt.objects.bulk_create(
        [
            clone(
                attempt0,
                application_id=a.pk,
                started_at=a.created_at + timedelta(hours=1),
                ends_at=a.created_at + timedelta(hours=2),
                finished_at=a.created_at + timedelta(hours=1, minutes=40),
            )
            for a in applications
        ],
        batch_size=BATCH,
    )
    answers = []
    for attempt in attempts:
        for scenario in scenarios:
            most, least = rng.sample([r["id"] for r in scenario.responses], 2)
            answers.append(clone(sjt0[scenario.pk], attempt_id=attempt.pk, most=most, least=least))
    SjtAnswer.objects.bulk_create(answers, batch_size=BATCH)
    written_rows = WrittenAnswer.objects.bulk_create(
        [
            clone(written0[question.pk], attempt_id=attempt.pk)
            for attempt in attempts
            for question in questions
        ],
        batch_size=BATCH,
    )
    WrittenReview.objects.bulk_create(
        [
            clone(review, answer_id=answer.pk, level=rng.randint(1, 5))
            for answer in written_rows
            for review in reviews0
        ],
        batch_size=BATCH,
    )
    submissions = []
    for application in applications:
        for exercise in exercises:
            code, verdicts, score = rng.choice(variants[exercise.pk])
            submissions.append(
                clone(
                    submissions0[exercise.pk],
                    application_id=application.pk,
                    code=code,
                    verdicts=verdicts,
                    score=score,
                    created_at=application.created_at + timedelta(hours=1, minutes=30),
                )
            )
    Submission.objects.bulk_create(submissions, batch_size=BATCH)

    interviewed = [
        a
        for a, path in zip(applications, paths, strict=True)
        if path in ("interview", "shortlisted")
    ]
    interviews = []
    levels_of = []
    for application in interviewed:
        given = [[rng.randint(1, 5) for _ in competencies] for _ in members0]
        agreed = [round(statistics.median(column)) for column in zip(*given, strict=True)]
        levels_of.append((given, agreed))
        interviews.append(
            clone(
                interview0,
                application_id=application.pk,
                stage=ApplicationStage.INTERVIEW,
                consensus_score=interview_scoring.weighted_score(
                    [(c.weight, level) for c, level in zip(competencies, agreed, strict=True)]
                ),
            )
        )
    interviews = Interview.objects.bulk_create(interviews, batch_size=BATCH)
    members = PanelMember.objects.bulk_create(
        [clone(member, interview_id=i.pk) for i in interviews for member in members0],
        batch_size=BATCH,
    )
    by_member = {m0.pk: i for i, m0 in enumerate(members0)}
    by_competency = {c.pk: i for i, c in enumerate(competencies)}
    score_rows, consensus_rows = [], []
    for index, (interview, (given, agreed)) in enumerate(zip(interviews, levels_of, strict=True)):
        mine = members[index * len(members0) : (index + 1) * len(members0)]
        for score in scores0:
            m, c = by_member[score.panel_member_id], by_competency[score.competency_id]
            score_rows.append(clone(score, panel_member_id=mine[m].pk, level=given[m][c]))
        for rating in consensus0:
            c = by_competency[rating.competency_id]
            consensus_rows.append(clone(rating, interview_id=interview.pk, level=agreed[c]))
    Score.objects.bulk_create(score_rows, batch_size=BATCH)
    ConsensusRating.objects.bulk_create(consensus_rows, batch_size=BATCH)

    # Decisions, with the scores the candidate was sent, read as `scores_with_total` reads them.
    decided = [(a, p) for a, p in zip(applications, paths, strict=True) if p != "assessed"]
    decided = [(a, p) for a, p in decided if p != "withdrawn"]
    scores = scores_by_application([a for a, _ in decided])
    from shortlists import ranking

    decisions = []
    for application, path in decided:
        points = {c: ranking.points(s) for c, s in scores[application.pk].items()}
        told = {
            k: None if v is None else str(v)
            for k, v in {**points, "total": policy.rules.total(points)}.items()
        }
        if path == "rejected":
            told["interview"] = None
            decisions.append(clone(reject0, application_id=application.pk, scores=told))
        else:
            first = {**told, "interview": None, "total": None}
            decisions.append(clone(advance0, application_id=application.pk, scores=first))
            if path == "shortlisted":
                decisions.append(
                    clone(
                        advance0,
                        application_id=application.pk,
                        kind=DecisionKind.SHORTLIST,
                        reason=DecisionReason.INTERVIEW_SHOWN,
                        from_stage=ApplicationStage.INTERVIEW,
                        to_stage=ApplicationStage.SHORTLISTED,
                        scores=told,
                    )
                )
    Decision.objects.bulk_create(decisions, batch_size=BATCH)
    close_campaign(offer, user=admin)
    lock_policy(policy, by=admin)


# -- the employer's fairness figures -----------------------------------------------------------


def build_fairness(total: int, offers: int, rng: random.Random) -> None:
    """FAIRNESS_EMPLOYER with `total` applications over `offers` offers, 60 % of candidates
    with a self-declaration (a third of them with where they live), stages along the funnel,
    the 6- and 12-month follow-ups of hires (most answered)."""
    from django.utils import timezone

    from candidates.enums import ApplicationStage
    from candidates.models import Application
    from employers.enums import MemberRole
    from employers.models import Employer
    from fairness.enums import (
        AgeBand,
        FollowUpAnswer,
        Gender,
        Milestone,
        Residence,
        TerritorySource,
        YesNo,
    )
    from fairness.models import CONSENT_VERSION, RetentionFollowUp, SelfDeclaration, new_nonce

    employer = Employer.objects.create(name=FAIRNESS_EMPLOYER)
    admin = staff_user("mesure@vivier.bench", employer, MemberRole.ADMIN)
    offer_rows = [
        published_offer(employer, f"Offre nationale n° {n}", admin) for n in range(offers)
    ]
    print(f"{total} applications over {offers} offers in bulk", file=sys.stderr)
    candidates = candidates_in_bulk(total, "mesure")
    now = timezone.now()
    declarations = []
    for candidate in candidates:
        if rng.random() >= 0.6:
            continue
        values = {
            "gender": rng.choice(["", *Gender.values]),
            "age_band": rng.choice(["", *AgeBand.values]),
            "rqth": rng.choice(["", *YesNo.values]),
            "career_change": rng.choice(["", *YesNo.values]),
            "qpv": rng.choice(["", Residence.YES, Residence.NO]),
            "zrr": rng.choice(["", Residence.YES, Residence.NO]),
        }
        if rng.random() < 0.35:  # « where I live » (save_territory), from an address
            in_qpv = rng.random() < 0.2
            values.update(
                insee_code="91228",
                qpv_code="QN09101M" if in_qpv else "",
                territory_source=TerritorySource.ADDRESS,
                qpv=Residence.YES_VERIFIED if in_qpv else Residence.NO_VERIFIED,
                zrr=Residence.NO_VERIFIED,
            )
        declarations.append(
            SelfDeclaration(
                candidate=candidate,
                consented_at=now,
                consent_version=CONSENT_VERSION,
                **values,
            )
        )
    SelfDeclaration.objects.bulk_create(declarations, batch_size=BATCH)
    pseudonyms = Pseudonyms()
    applications = []
    for candidate in candidates:
        furthest, stage = drawn_stages(rng)
        offer = rng.choice(offer_rows)
        applied = now - timedelta(days=rng.randint(30, 600))
        applications.append(
            Application(
                offer=offer,
                candidate=candidate,
                pseudonym=pseudonyms.draw(offer.pk),
                furthest_stage=furthest,
                stage=stage,
                created_at=applied,
                stage_changed_at=applied + timedelta(days=rng.randint(1, 30)),
            )
        )
    applications = Application.objects.bulk_create(applications, batch_size=BATCH)
    followups = []
    for application in applications:
        if application.stage != ApplicationStage.HIRED:
            continue
        for milestone in Milestone:
            if rng.random() < 0.8:
                followups.append(
                    RetentionFollowUp(
                        application=application,
                        milestone=milestone.value,
                        nonce="",
                        answer=rng.choice(FollowUpAnswer.values),
                        answered_at=now,
                    )
                )
            else:
                followups.append(
                    RetentionFollowUp(
                        application=application, milestone=milestone.value, nonce=new_nonce()
                    )
                )
    RetentionFollowUp.objects.bulk_create(followups, batch_size=BATCH)


# -- measuring ---------------------------------------------------------------------------------


@contextmanager
def database_clock():
    """Every query's count and the time spent inside the database calls."""
    from django.db import connection

    spent = {"seconds": 0.0, "queries": 0}

    def wrapper(execute, sql, params, many, context):
        start = time.perf_counter()
        try:
            return execute(sql, params, many, context)
        finally:
            spent["seconds"] += time.perf_counter() - start
            spent["queries"] += 1

    with connection.execute_wrapper(wrapper):
        yield spent


def percentile(values, q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def measure(client, url: str, *, warmup: int, repeat: int) -> dict:
    for _ in range(warmup):
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
    # As the server does once warmed up (config/asgi.py): what is loaded stays out of the
    # collector's full passes.
    gc.freeze()
    walls, dbs, cpus, queries = [], [], [], set()
    for _ in range(repeat):
        with database_clock() as spent:
            cpu = time.process_time()
            start = time.perf_counter()
            response = client.get(url)
            if response.streaming:
                b"".join(response.streaming_content)
            wall = time.perf_counter() - start
            cpu = time.process_time() - cpu
        assert response.status_code == 200, (url, response.status_code)
        walls.append(wall)
        dbs.append(spent["seconds"])
        cpus.append(cpu)
        queries.add(spent["queries"])
    pythons = [w - d for w, d in zip(walls, dbs, strict=True)]
    return {
        "wall": (statistics.median(walls), percentile(walls, 0.95)),
        "db": (statistics.median(dbs), percentile(dbs, 0.95)),
        "python": (statistics.median(pythons), percentile(pythons, 0.95)),
        "cpu": (statistics.median(cpus), percentile(cpus, 0.95)),
        "queries": sorted(queries),
        "bytes": len(response.content),
    }


def profile(client, url: str, lines: int) -> None:
    profiler = cProfile.Profile()
    profiler.enable()
    client.get(url)
    profiler.disable()
    for order in ("cumulative", "tottime"):
        pstats.Stats(profiler, stream=sys.stderr).sort_stats(order).print_stats(lines)


def load() -> str:
    return " / ".join(f"{v:.2f}" for v in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--applications", type=int, default=5_000)
    parser.add_argument("--fairness-applications", type=int, default=50_000)
    parser.add_argument("--offers", type=int, default=20)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--warmup", type=int, default=3)
    parser.add_argument("--only", default="", help="measure only the pages whose name has this")
    parser.add_argument("--profile", action="store_true", help="cProfile one request per page")
    args = parser.parse_args()
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        raise SystemExit("Set DATABASE_URL to a PostgreSQL database (see the docstring).")
    ensure_database(url)
    setup_django()

    from django.db import connection
    from django.test import Client

    from accounts.models import User
    from candidates.models import Application
    from employers.models import Employer

    rng = random.Random(22)
    start = time.perf_counter()
    if not Employer.objects.filter(name=CAMPAIGN_EMPLOYER).exists():
        build_campaign(args.applications, rng)
    if not Employer.objects.filter(name=FAIRNESS_EMPLOYER).exists():
        build_fairness(args.fairness_applications, args.offers, rng)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    print(f"data ready in {time.perf_counter() - start:.0f} s", file=sys.stderr)

    campaign = Employer.objects.get(name=CAMPAIGN_EMPLOYER)
    offer = campaign.offers.get()
    # The stored scores (bulk-built rows send no signal): filled once, as the command or the
    # ranking's first visit does after a deploy; the measured requests read them.
    from shortlists.models import StoredScore
    from shortlists.stored_scores import refresh_offer

    fill = time.perf_counter()
    if StoredScore.objects.filter(application__offer=offer).count() < args.applications:
        refresh_offer(offer)
    print(f"stored scores ready in {time.perf_counter() - fill:.1f} s", file=sys.stderr)
    fairness = Employer.objects.get(name=FAIRNESS_EMPLOYER)
    recruiter = User.objects.get(email="campagne@vivier.bench")
    admin = User.objects.get(email="mesure@vivier.bench")
    pages = {
        "ranking page": (recruiter, f"/entreprise/selection/offres/{offer.pk}/"),
        "CSV export": (recruiter, f"/entreprise/selection/offres/{offer.pk}/resultats.csv"),
        "fairness report": (admin, f"/equite/entreprise/{fairness.pk}/"),
    }
    pages = {name: page for name, page in pages.items() if args.only in name}
    sizes = {
        "ranking page": Application.objects.filter(offer=offer).count(),
        "CSV export": Application.objects.filter(offer=offer).count(),
        "fairness report": Application.objects.filter(offer__employer=fairness).count(),
    }
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT
    ).stdout.strip()
    print(
        f"{time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}, {platform.system()} "
        f"{platform.release()} {platform.machine()}, nproc {os.cpu_count()}, Python "
        f"{platform.python_version()}, PostgreSQL {connection.pg_version // 10000}, "
        f"commit {commit}; load average at the start {load()}"
    )
    print()
    print(
        "| page | applications | queries | wall p50 / p95 | database p50 / p95 "
        "| Python p50 / p95 | CPU p50 / p95 | load average after |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---|")
    for name, (user, path) in pages.items():
        client = Client()
        client.force_login(user)
        m = measure(client, path, warmup=args.warmup, repeat=args.repeat)
        ms = lambda pair: f"{pair[0] * 1000:.0f} / {pair[1] * 1000:.0f} ms"  # noqa: E731
        print(
            f"| {name} | {sizes[name]:,} | {', '.join(map(str, m['queries']))} | {ms(m['wall'])} "
            f"| {ms(m['db'])} | {ms(m['python'])} | {ms(m['cpu'])} | {load()} |",
            flush=True,
        )
        if args.profile:  # once warm
            profile(client, path, 45)


if __name__ == "__main__":
    main()
