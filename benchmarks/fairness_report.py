"""How the fairness figures grow with the number of applications: the funnel (one grouped query
and the statistics engine, Fisher's test included), the diversity index and the retention
figures for the whole platform, each timed as a ratio to reading the ids of every application
(`list(Application.objects.values_list("id", flat=True))`) on the same database in the same run.

Run from the repository root (a temporary SQLite database is created and removed)::

    .venv/bin/python benchmarks/fairness_report.py [--sizes 1000 10000 100000] [--repeat 5]
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def setup_django(database: Path):
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.test_settings"
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def drawn_stages(rng: random.Random) -> tuple[str, str]:
    """(furthest stage, stage) as a real funnel spreads them: fewer at each step, and two in
    three of those who stop at a step rejected there (the hired stay hired)."""
    from candidates.enums import FUNNEL, ApplicationStage

    furthest = FUNNEL[min(int(rng.expovariate(0.9)), len(FUNNEL) - 1)]
    if furthest == ApplicationStage.HIRED:
        return furthest, furthest
    return furthest, rng.choice([furthest, ApplicationStage.REJECTED, ApplicationStage.REJECTED])


def fill(total: int, rng: random.Random) -> None:
    """Top the database up to `total` applications over 20 offers, 60 % of candidates with a
    self-declaration, stages spread along the funnel, a follow-up for every hire."""
    from django.utils import timezone

    from candidates.enums import ApplicationStage
    from candidates.models import Application, Candidate
    from employers.enums import OfferStatus
    from employers.models import Employer, Offer
    from fairness.enums import ATTRIBUTE_CHOICES, FollowUpAnswer, Milestone
    from fairness.models import RetentionFollowUp, SelfDeclaration

    employer, _ = Employer.objects.get_or_create(name="Mesure et Cie")
    offers = list(Offer.objects.filter(employer=employer))
    for n in range(20 - len(offers)):
        offers.append(
            Offer.objects.create(
                employer=employer, title=f"Offre {n}", status=OfferStatus.PUBLISHED
            )
        )
    missing = total - Application.objects.count()
    if missing <= 0:
        return
    now = timezone.now()
    candidates = Candidate.objects.bulk_create(
        [Candidate(skills=["Python"]) for _ in range(missing)], batch_size=2000
    )
    declarations = []
    for candidate in candidates:
        if rng.random() < 0.6:
            values = {
                attribute.value: rng.choice([""] + list(choices.values))
                for attribute, choices in ATTRIBUTE_CHOICES.items()
            }
            declarations.append(
                SelfDeclaration(
                    candidate=candidate, consented_at=now, consent_version="bench", **values
                )
            )
    SelfDeclaration.objects.bulk_create(declarations, batch_size=2000)
    applications = []
    for candidate in candidates:
        furthest, stage = drawn_stages(rng)
        applications.append(
            Application(
                offer=rng.choice(offers),
                candidate=candidate,
                pseudonym=f"bench-{candidate.pk}",
                furthest_stage=furthest,
                stage=stage,
            )
        )
    Application.objects.bulk_create(applications, batch_size=2000)
    hires = Application.objects.filter(stage=ApplicationStage.HIRED, retention_followups=None)
    RetentionFollowUp.objects.bulk_create(
        [
            RetentionFollowUp(
                application=application,
                milestone=Milestone.SIX_MONTHS,
                nonce="",
                answer=rng.choice(FollowUpAnswer.values),
                answered_at=now,
            )
            for application in hires
        ],
        batch_size=2000,
    )


def timed(function, repeat: int) -> float:
    """Median wall time of `repeat` runs, after one warm-up."""
    function()
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    rng = random.Random(8)
    with tempfile.TemporaryDirectory() as directory:
        setup_django(Path(directory) / "bench.sqlite3")
        from candidates.enums import ApplicationStage
        from candidates.models import Application
        from fairness import services

        rows = []
        for size in sorted(args.sizes):
            fill(size, rng)
            everything = Application.objects.all()
            baseline = timed(lambda: list(everything.values_list("id", flat=True)), args.repeat)
            funnel = timed(lambda: services.funnel_report(everything), args.repeat)
            diversity = timed(lambda: services.diversity_report(everything), args.repeat)
            hired = everything.filter(stage=ApplicationStage.HIRED)
            retention = timed(lambda: services.retention_report(hired), args.repeat)
            groups = len(services.funnel_records(everything))
            rows.append((size, groups, baseline, funnel, diversity, retention))

    print(
        f"Date: {date.today().isoformat()} — host: {platform.platform()}, "
        f"{os.cpu_count()} CPU, Python {platform.python_version()}, SQLite"
    )
    print()
    print("| applications | grouped rows | read ids (baseline) | funnel | diversity | retention |")
    print("|---:|---:|---:|---:|---:|---:|")
    for size, groups, baseline, funnel, diversity, retention in rows:
        print(
            f"| {size:,} | {groups:,} | 1× ({baseline * 1000:.1f} ms) | {funnel / baseline:.1f}× "
            f"| {diversity / baseline:.1f}× | {retention / baseline:.1f}× |"
        )


if __name__ == "__main__":
    main()
