"""Helpers shared by the tests."""

import time

from allauth.mfa import app_settings as mfa_settings
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.urls import reverse

from tests.accounts.factories import PASSWORD


def totp_code(secret: str) -> str:
    counter = int(time.time()) // mfa_settings.TOTP_PERIOD
    return format_hotp_value(hotp_value(secret, counter))


def login_with_password(client, user, password=PASSWORD):
    return client.post(reverse("account_login"), {"login": user.email, "password": password})


def full_login(client, user):
    """Log in through allauth like a person would, second factor included when enrolled."""
    response = login_with_password(client, user)
    if getattr(user, "totp_secret", None):
        assert response.url == reverse("mfa_authenticate")
        response = client.post(reverse("mfa_authenticate"), {"code": totp_code(user.totp_secret)})
    return response
