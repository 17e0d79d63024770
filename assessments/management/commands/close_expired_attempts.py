"""``manage.py close_expired_attempts``: hand in every sitting whose time is over. Pages also
close an expired sitting when they read it; run this from cron every minute so that results
and stages do not wait for a visit."""

from django.core.management.base import BaseCommand

from assessments.campaigns import close_expired_attempts


class Command(BaseCommand):
    help = "Hand in the assessment attempts whose time (or deadline) is over."

    def handle(self, *args, **options):
        ids = close_expired_attempts()
        self.stdout.write(f"{len(ids)} attempt(s) handed in: {ids}")
