"""Run hourly: remind the candidate and the panel of each interview starting within a day.

Each chosen slot is reminded once (a slot chosen again after a move is reminded again).
Idempotent: a second run sends nothing more."""

from django.core.management.base import BaseCommand

from interviews.scheduling import send_reminders


class Command(BaseCommand):
    help = "Remind both sides of the interviews that start within a day."

    def handle(self, *args, **options):
        reminded = send_reminders()
        self.stdout.write(f"{len(reminded)} interview(s) reminded.")
