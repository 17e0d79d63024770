"""Run daily: no candidate is left without an answer.

Reminds each employer of the applications waiting for a decision past the offer's delay, then
closes those still waiting a grace period after the reminder, with a respectful message and the
candidate's scores. Idempotent: a second run the same day sends nothing more."""

from django.core.management.base import BaseCommand

from shortlists.reminders import remind_and_close_undecided


class Command(BaseCommand):
    help = "Remind employers of undecided applications, then close them after a grace period."

    def handle(self, *args, **options):
        run = remind_and_close_undecided()
        self.stdout.write(f"{len(run.reminded)} application(s) reminded, {len(run.closed)} closed.")
