"""``manage.py send_recruiter_digests``: each recruiter's digest of the day, new applications
and answers waiting for their review (`shortlists.recruiter_digest`). Once per recruiter and
day however often it runs (deploy/systemd/vivier-send-recruiter-digests.timer: each morning)."""

from django.core.management.base import BaseCommand

from shortlists.recruiter_digest import send_recruiter_digests


class Command(BaseCommand):
    help = "Send recruiters their daily digest of new applications and pending reviews."

    def handle(self, *args, **options):
        run = send_recruiter_digests()
        self.stdout.write(
            f"{len(run.sent)} digest(s) sent, {run.recorded} recruiter(s) done, "
            f"{run.failures} failure(s)."
        )
