"""``manage.py load_assessment_library``: sync exercises, SJT scenarios and written questions."""

from django.core.management.base import BaseCommand

from assessments.library_sync import sync_library


class Command(BaseCommand):
    help = (
        "Sync the library's coding exercises, situational judgement scenarios and written "
        "questions into the database (idempotent)."
    )

    def handle(self, *args, **options):
        for kind, report in sync_library().items():
            self.stdout.write(
                f"{kind}: {len(report.created)} created, {len(report.updated)} updated, "
                f"{len(report.new_versions)} new versions, {len(report.unchanged)} unchanged, "
                f"{len(report.retired)} retired."
            )
