"""``manage.py send_assessment_reminders``: remind the candidates who have not started an
assessment, 48 h and 24 h before its deadline (`assessments.deadline_reminders`). Each
reminder is sent once: run it every 10 minutes (deploy/systemd/vivier-send-assessment-reminders
.timer)."""

from django.core.management.base import BaseCommand

from assessments.deadline_reminders import send_deadline_reminders


class Command(BaseCommand):
    help = "Remind candidates of an assessment's deadline, 48 h and 24 h before (each once)."

    def handle(self, *args, **options):
        run = send_deadline_reminders()
        self.stdout.write(f"{len(run.sent)} reminder(s) sent.")
