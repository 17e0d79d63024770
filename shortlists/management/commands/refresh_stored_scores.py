"""Store every application's scores again (`shortlists.stored_scores`): once after deploying
the stored scores (the ranking also fills an offer's missing rows on its first visit), and after
any change in how a score is computed. Idempotent; one offer at a time."""

from django.core.management.base import BaseCommand

from shortlists.stored_scores import refresh_all


class Command(BaseCommand):
    help = "Store every application's component scores and total under its offer's rules."

    def add_arguments(self, parser):
        parser.add_argument("--offer", type=int, action="append", help="only this offer (repeat)")

    def handle(self, *args, offer=None, **options):
        count = refresh_all(offer)
        self.stdout.write(f"{count} application(s) stored.")
