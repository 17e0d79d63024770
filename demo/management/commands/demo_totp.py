from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from demo.data import ACCOUNTS, current_totp_code, totp_command


class Command(BaseCommand):
    help = "Print the current MFA (TOTP) code of a demo account. Development machines only."

    def add_arguments(self, parser):
        parser.add_argument("email", help="Email of a demo account, e.g. recruteuse@vivier.demo")

    def handle(self, *args, email, **options):
        if not settings.DEBUG:
            raise CommandError(
                "demo_totp only works on a development machine (DJANGO_DEBUG on). From the "
                f"repository root: {totp_command(email)}"
            )
        known = {account.email for account in ACCOUNTS if account.needs_mfa}
        if email not in known:
            raise CommandError(
                f"{email} is not a demo account with MFA: {', '.join(sorted(known))}"
            )
        self.stdout.write(current_totp_code(email))
