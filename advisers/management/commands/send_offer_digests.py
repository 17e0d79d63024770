from django.core.management.base import BaseCommand

from advisers.digests import send_offer_digests


class Command(BaseCommand):
    help = (
        "Email each adviser subscription the offers of its territory published since it began "
        "and not sent yet. Idempotent: run it as often as you like (cron, e.g. every morning)."
    )

    def handle(self, *args, **options):
        report = send_offer_digests()
        self.stdout.write(
            f"{report.emails} email(s) sent, {report.offers} offer(s), "
            f"{report.failures} failure(s)."
        )
        if report.failures:
            raise SystemExit(1)
