"""200 candidates submit code within one minute: every submission is graded by the sandbox,
none is lost, and how long each waited for its result (submission saved → graded).

Run as root from the repository root (the sandbox uses one uid per slot)::

    .venv/bin/python benchmarks/submission_burst.py [--candidates 200] [--seconds 60] [--workers 2]

It migrates a throwaway SQLite database (or uses DATABASE_URL, e.g. PostgreSQL), loads the
exercise library, starts `--workers` real `manage.py db_worker` processes, then submits through
the same service as the submit button (`assessments.submissions.submit`: saved first, then a
grading task enqueued), at random moments spread over `--seconds`. Half the candidates submit
the exercise's reference solution, half a wrong one, so that both verdicts are exercised.
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--candidates", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--exercise", default="")
    args = parser.parse_args()

    workdir = tempfile.mkdtemp(prefix="vivier-burst-")
    os.environ.setdefault("DATABASE_URL", f"sqlite:///{workdir}/burst.sqlite3")
    os.environ["DJANGO_SETTINGS_MODULE"] = "benchmarks.burst_settings"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)

    from assessments.library import get_exercise
    from assessments.library_sync import sync_library
    from assessments.models import Exercise, Submission
    from assessments.submissions import submit
    from tests.candidates.factories import ApplicationFactory
    from tests.employers.factories import OfferFactory

    sync_library()
    exercise = (
        Exercise.objects.current().filter(slug=args.exercise).first()
        if args.exercise
        else Exercise.objects.current().filter(level="beginner").order_by("slug").first()
    )
    spec = get_exercise(exercise.slug)
    offer = OfferFactory(published=True)
    applications = [ApplicationFactory(offer=offer) for _ in range(args.candidates)]

    workers = [
        subprocess.Popen(
            [sys.executable, "manage.py", "db_worker", "--interval", "0.1", "--no-reload"],
            cwd=ROOT,
            env=dict(os.environ),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for _ in range(args.workers)
    ]
    rng = random.Random(2026)
    moments = sorted(rng.uniform(0, args.seconds) for _ in applications)
    try:
        time.sleep(3)  # the workers start
        start = time.monotonic()
        ids = []
        for n, (application, moment) in enumerate(zip(applications, moments, strict=True)):
            delay = start + moment - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            code = spec.reference_solution if n % 2 == 0 else "print(0)\n"
            ids.append(submit(application, exercise, code, user=None).pk)
        submitted_in = time.monotonic() - start
        deadline = time.monotonic() + 600
        while time.monotonic() < deadline:
            left = Submission.objects.filter(pk__in=ids).exclude(status="graded").count()
            if left == 0:
                break
            time.sleep(0.5)
        all_done = time.monotonic() - start
    finally:
        for worker in workers:
            worker.terminate()
        for worker in workers:
            try:
                worker.wait(timeout=30)
            except subprocess.TimeoutExpired:
                worker.kill()

    submissions = list(Submission.objects.filter(pk__in=ids))
    graded = [s for s in submissions if s.status == "graded"]
    waits = sorted((s.graded_at - s.created_at).total_seconds() for s in graded)
    full_marks = sum(1 for s in graded if s.score == 1.0)
    hidden = len(exercise.hidden_tests)
    print(
        f"Measured {date.today()} on {platform.platform()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}, "
        f"{'PostgreSQL' if 'postgres' in os.environ['DATABASE_URL'] else 'SQLite'}, "
        f"{args.workers} db_worker processes, exercise `{exercise.slug}` ({hidden} hidden tests).\n"
    )
    print("| measure | value |\n|---|---|")
    print(
        f"| submissions made within {args.seconds:.0f} s | {len(ids)} (in {submitted_in:.1f} s) |"
    )
    print(f"| saved (rows in the database) | {len(submissions)} |")
    print(f"| graded | {len(graded)} ({full_marks} with full marks, as submitted) |")
    print(f"| lost or failed | {len(ids) - len(graded)} |")
    if waits:
        print(f"| wait for the result, median | {statistics.median(waits):.1f} s |")
        print(f"| wait for the result, p95 | {waits[int(0.95 * (len(waits) - 1))]:.1f} s |")
        print(f"| wait for the result, max | {waits[-1]:.1f} s |")
    print(f"| from the first submission to the last result | {all_done:.1f} s |")
    if len(graded) != len(ids) or full_marks != (len(ids) + 1) // 2:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
