"""``manage.py regrade_stuck``: re-enqueue submissions a crashed worker or a sandbox error left
behind, and postponed ones whose retry is due (or, with ``--minutes 0``, all of them at once).
Run it when the worker starts, and from cron every few minutes. Postponed grading does not
need it: the worker retries it by itself."""

from datetime import timedelta

from django.core.management.base import BaseCommand

from assessments.grading_runs import MAX_AUTOMATIC_ATTEMPTS
from assessments.tasks import retry_stale_submissions


class Command(BaseCommand):
    help = (
        "Re-enqueue submissions queued or running for more than N minutes, postponed ones "
        "that are due, and failed ones (sandbox errors) that have attempts left."
    )

    def add_arguments(self, parser):
        parser.add_argument("--minutes", type=float, default=10.0)
        parser.add_argument("--max-attempts", type=int, default=MAX_AUTOMATIC_ATTEMPTS)

    def handle(self, *args, **options):
        ids = retry_stale_submissions(
            timedelta(minutes=options["minutes"]), max_attempts=options["max_attempts"]
        )
        self.stdout.write(f"{len(ids)} submission(s) re-enqueued: {ids}")
