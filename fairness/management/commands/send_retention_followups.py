from django.core.management.base import BaseCommand

from fairness.services import send_retention_followups


class Command(BaseCommand):
    help = (
        "Ask hired people, 6 and 12 months after the hire, whether they are still in the job. "
        "Idempotent: run it daily (cron); each question is sent once."
    )

    def handle(self, *args, **options):
        sent = send_retention_followups()
        self.stdout.write(f"{sent} follow-up email(s) sent.")
