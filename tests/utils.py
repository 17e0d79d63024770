"""Helpers shared by the tests."""

import time
from html.parser import HTMLParser

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
                    self.values[name] = attrs.get("value") or "on"
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
