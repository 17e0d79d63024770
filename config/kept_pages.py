"""Whole pages kept in the memory of the process, with holes for what belongs to one request.

A signed-in page that many requests show alike (a recruiter's page of an offer) is rendered once
per key. What must differ from one response to the next, the CSRF token and the CSP nonce, is
rendered as a hole: a marker drawn at random when the process starts, so no text of a page can
contain it. Each response fills the holes with its own token and nonce.

The key is the caller's business: it must hold everything the page shows, the signed-in user
included. A request with messages to show is rendered in full and not kept.
"""

import hashlib
import secrets
from collections.abc import Callable

from django.contrib.messages import get_messages
from django.core.cache.backends.locmem import LocMemCache
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.translation import get_language

CSRF_HOLE = f"kept-csrf-{secrets.token_hex(16)}"
NONCE_HOLE = f"kept-nonce-{secrets.token_hex(16)}"

_pages = LocMemCache("kept-pages", {"TIMEOUT": 600, "OPTIONS": {"MAX_ENTRIES": 1000}})


class _RequestWithHoles:
    """The request as the template sees it while a kept page renders: its nonce is a hole."""

    csp_nonce = NONCE_HOLE

    def __init__(self, request):
        self._request = request

    def __getattr__(self, name):
        return getattr(self._request, name)


def kept_page(
    request, template_name: str, key_parts: tuple, build_context: Callable[[], dict]
) -> HttpResponse:
    """The page `template_name` renders with `build_context()`, rendered once per `key_parts`
    (and language, and full path) in this process; `build_context` is only called to render."""
    if len(get_messages(request)):
        return render(request, template_name, build_context())
    raw = "\x1f".join([template_name, get_language() or "", request.get_full_path()])
    raw += "\x1f" + "\x1f".join(map(str, key_parts))
    key = hashlib.sha256(raw.encode()).hexdigest()
    html = _pages.get(key)
    if html is None:
        context = {**build_context(), "csrf_token": CSRF_HOLE}
        context["request"] = _RequestWithHoles(request)
        html = render_to_string(template_name, context, request=request)
        _pages.set(key, html)
    html = html.replace(CSRF_HOLE, get_token(request)).replace(NONCE_HOLE, str(request.csp_nonce))
    return HttpResponse(html)


def forget_all() -> None:
    """Drop every kept page of this process (tests start from nothing)."""
    _pages.clear()
