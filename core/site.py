"""Vivier's own name and address, for absolute links: feeds, the API, invitation and follow-up
links, emails.

The address is VIVIER_SITE_URL. In development (DEBUG), a link made while serving a request uses
the address that request came to instead, so that links work wherever the site is served
(another port, another machine); `RequestOriginMiddleware` records it. Without a request (a
management command, a background task) and in production, it is always VIVIER_SITE_URL.
"""

from contextvars import ContextVar

from django.conf import settings

SITE_NAME = "Vivier"

_request_origin: ContextVar[str | None] = ContextVar("vivier_request_origin", default=None)


def site_url() -> str:
    """The address absolute links start with (no trailing slash)."""
    origin = _request_origin.get()
    if origin is not None and settings.DEBUG:
        return origin
    return settings.SITE_URL


def absolute_url(path: str) -> str:
    """`path` (starting with /) as an absolute address."""
    return f"{site_url()}{path}"


class RequestOriginMiddleware:
    """In development, makes the current request's scheme and host the site's address for the
    links made while serving it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.DEBUG:
            return self.get_response(request)
        token = _request_origin.set(f"{request.scheme}://{request.get_host()}")
        try:
            return self.get_response(request)
        finally:
            _request_origin.reset(token)
