"""Helpers shared by the tests."""

import time
from html.parser import HTMLParser

from allauth.account.internal.flows.login import record_authentication
from allauth.mfa import app_settings as mfa_settings
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value
from django.http import HttpRequest
from django.urls import reverse

from tests.accounts.factories import PASSWORD

# The backend allauth's sign-in form records in the session.
ALLAUTH_BACKEND = "config.auth_backends.AuthenticationBackend"


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


class _FormValues(HTMLParser):
    """What a browser would submit from the first form of a page carrying the attribute `marker`
    (every form when None): inputs with their value, checked boxes, each select's selected
    option (or its first one), textareas."""

    def __init__(self, marker: str | None):
        super().__init__()
        self.marker = marker
        self.in_form = False
        self.done = False
        self.values: dict[str, str] = {}
        self._select: str | None = None
        self._select_first: str | None = None
        self._textarea: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and not self.done and (self.marker is None or self.marker in attrs):
            self.in_form = True
        if not self.in_form:
            return
        name = attrs.get("name")
        if tag == "input" and name and attrs.get("type") not in {"submit", "button", "file"}:
            if attrs.get("type") in {"checkbox", "radio"}:
                if "checked" in attrs:
                    # As a browser: the value as written, even empty; "on" without one.
                    value = attrs.get("value")
                    self.values[name] = "on" if value is None else value
            else:
                self.values[name] = attrs.get("value") or ""
        elif tag == "select" and name:
            self._select, self._select_first = name, None
        elif tag == "option" and self._select:
            value = attrs.get("value") or ""
            if self._select_first is None:
                self._select_first = value
            if "selected" in attrs:
                self.values[self._select] = value
        elif tag == "textarea" and name:
            self._textarea = name
            self.values[name] = ""

    def handle_data(self, data):
        if self._textarea:
            self.values[self._textarea] += data.removeprefix("\n")

    def handle_endtag(self, tag):
        if tag == "select" and self._select:
            if self._select not in self.values and self._select_first is not None:
                self.values[self._select] = self._select_first
            self._select = None
        elif tag == "textarea":
            self._textarea = None
        elif tag == "form" and self.in_form:
            self.in_form, self.done = False, self.marker is not None


def form_values(html: str, marker: str | None = None) -> dict[str, str]:
    """The values a browser would send from the page's first form carrying the attribute
    `marker` (from all its forms by default), before the person types anything."""
    parser = _FormValues(marker)
    parser.feed(html)
    return parser.values
