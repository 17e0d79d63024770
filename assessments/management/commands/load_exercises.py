"""``manage.py load_exercises``: sync the coding exercises of the library into the database."""

from django.core.management.base import BaseCommand

from assessments.library_sync import sync_exercises


class Command(BaseCommand):
    help = "Sync the library's coding exercises into the database (idempotent)."

    def handle(self, *args, **options):
        report = sync_exercises()
        for label, slugs in [
            ("created", report.created),
            ("updated in place", report.updated),
            ("new version", report.new_versions),
            ("retired", report.retired),
        ]:
            for slug in slugs:
                self.stdout.write(f"{label}: {slug}")
        self.stdout.write(
            self.style.SUCCESS(
                f"{len(report.created)} created, {len(report.updated)} updated, "
                f"{len(report.new_versions)} new versions, {len(report.unchanged)} unchanged, "
                f"{len(report.retired)} retired."
            )
        )
