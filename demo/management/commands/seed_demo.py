from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from demo.data import DEMO_PASSWORD, seed_demo, totp_command


class Command(BaseCommand):
    help = "Load the demo accounts and data (idempotent). Development machines only."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force", action="store_true", help="Run even though DJANGO_DEBUG is off."
        )

    def handle(self, *args, force=False, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "seed_demo creates accounts with a known password: it refuses to run when "
                "DJANGO_DEBUG is off. Use --force if you really mean it (never in production)."
            )
        accounts = seed_demo()
        self.stdout.write(self.style.SUCCESS("Données de démonstration prêtes."))
        self.stdout.write(f"Mot de passe de tous les comptes : {DEMO_PASSWORD}")
        for account in accounts:
            self.stdout.write(f"  {account.email:<30} {account.label}")
            if account.needs_mfa:
                self.stdout.write(f"  {'':<30} code MFA : {totp_command(account.email)}")
