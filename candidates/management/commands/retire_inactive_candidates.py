"""``python manage.py retire_inactive_candidates``, run daily: see candidates.retention."""

from django.core.management.base import BaseCommand

from candidates.retention import apply_retention


class Command(BaseCommand):
    help = (
        "Warn candidates inactive for two years, and anonymise those still inactive 30 days "
        "after the warning. Safe to run several times a day."
    )

    def handle(self, *args, **options):
        report = apply_retention()
        self.stdout.write(
            f"warned: {report.warned}, anonymised: {report.anonymised}, came back: {report.kept}"
        )
