from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Comptes et journal d'audit")

    def ready(self):
        from allauth.account.signals import password_reset

        password_reset.connect(verify_address_on_reset, dispatch_uid="verify-address-on-reset")


def verify_address_on_reset(request, user, **kwargs):
    """Receiver: a password chosen through a link sent to the account's address proves that
    address, so signing in next asks for no confirmation. The person an adviser applied for
    (advisers.on_behalf) sets their first password this way."""
    from allauth.account.models import EmailAddress

    EmailAddress.objects.filter(user=user, email__iexact=user.email, verified=False).update(
        verified=True
    )
