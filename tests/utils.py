"""Helpers shared by the tests."""

import time

from allauth.account.internal.flows.login import record_authentication
from allauth.mfa import app_settings as mfa_settings
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.http import HttpRequest
from django.urls import reverse

from tests.accounts.factories import PASSWORD

# The backend allauth's sign-in form records in the session.
ALLAUTH_BACKEND = "accounts.backends.AuthenticationBackend"


def totp_code(secret: str) -> str:
    counter = int(time.time()) // mfa_settings.TOTP_PERIOD
    return format_hotp_value(hotp_value(secret, counter))


def login_with_password(client, user, password=PASSWORD):
    return client.post(reverse("account_login"), {"login": user.email, "password": password})


def full_login(client, user):
    """Log in through allauth like a person would, second factor included when enrolled.
    Only the tests of the sign-in flow need this; every other test uses `signed_in`."""
    response = login_with_password(client, user)
    if getattr(user, "totp_secret", None):
        assert response.url == reverse("mfa_authenticate")
        response = client.post(reverse("mfa_authenticate"), {"code": totp_code(user.totp_secret)})
    return response


def signed_in(client, user):
    """`client`, signed in as `user` without the sign-in forms and in the session `full_login`
    leaves: Django's force_login through allauth's backend, plus allauth's record of how the
    session was authenticated (the password, then the TOTP code when the user is enrolled),
    which allauth's own views read. Returns the client."""
    client.force_login(user, backend=ALLAUTH_BACKEND)
    request = HttpRequest()
    request.session = client.session
    record_authentication(request, user, method="password", email=user.email)
    totp = Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).first()
    if totp is not None:
        record_authentication(request, user, method="mfa", id=totp.pk, type=totp.type)
    request.session.save()
    return client
