"""Rendered public pages of offers, kept in each process until an offer or an employer changes.

The public list, an offer's page and the API list are the same for every visitor: they depend
only on the query string, the language and the offers. What they render is kept in a memory
cache of the process, under a key that includes the "published offers version", a token in the
shared cache (`django.core.cache.cache`, the database in production), read at most once a
second per process.
Saving or deleting any offer or employer replaces the token (at once, and again when the
transaction commits), so every process stops using what it rendered before. What is kept
expires after FRAGMENT_TIMEOUT seconds anyway, for filters that depend on the date.

Nothing that depends on the visitor (navigation, CSRF token, CSP nonce) is ever kept here.
"""

import hashlib
import time
import uuid
from collections.abc import Callable
from typing import TypedDict

from django.core.cache import cache
from django.core.cache.backends.locmem import LocMemCache
from django.db import transaction
from django.utils.translation import get_language

from core.site import site_url

VERSION_KEY = "broadcasting:published-offers-version"
FRAGMENT_TIMEOUT = 60
MAX_FRAGMENTS = 500

_fragments = LocMemCache(
    "broadcasting-fragments",
    {"TIMEOUT": FRAGMENT_TIMEOUT, "OPTIONS": {"MAX_ENTRIES": MAX_FRAGMENTS}},
)


# The token as this process last read or wrote it. Reading the shared cache costs a database
# query, as much as the rest of a kept page: another process's change is seen within
# VERSION_TTL seconds, this process's own changes at once.
VERSION_TTL = 1.0


class _Seen(TypedDict):
    version: str | None
    at: float


_seen: _Seen = {"version": None, "at": 0.0}


def published_version() -> str:
    """The current token; a missing one (first use, cache cleared) is replaced by a new one,
    so nothing rendered before can match it."""
    now = time.monotonic()
    if _seen["version"] is not None and now - _seen["at"] < VERSION_TTL:
        return _seen["version"]
    version = cache.get(VERSION_KEY)
    if version is None:
        version = uuid.uuid4().hex
        if not cache.add(VERSION_KEY, version, timeout=None):
            version = cache.get(VERSION_KEY) or version
    _seen.update({"version": version, "at": now})
    return version


def bump_published_version() -> None:
    """Forget, in every process, what was rendered from the offers as they were (at once in
    this one, within VERSION_TTL seconds in the others)."""
    version = uuid.uuid4().hex
    cache.set(VERSION_KEY, version, timeout=None)
    _seen.update({"version": version, "at": time.monotonic()})


def offers_changed(**kwargs) -> None:
    """Receiver of post_save and post_delete on Offer and Employer.

    The version changes at once (the change is visible to the request that made it) and again
    after the commit: a request of another process that read the offers before the commit and
    kept its page under the version of the moment cannot serve it after the commit.
    """
    bump_published_version()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(bump_published_version)


def _key(kind: str, parts: tuple, version: str) -> str:
    # The site's address is part of what is kept (canonical links, API urls): it only varies
    # in development (core.site).
    raw = "\x1f".join([kind, version, get_language() or "", site_url(), *map(str, parts)])
    return f"{kind}:{hashlib.sha256(raw.encode()).hexdigest()}"


def kept_fragment(kind: str, parts: tuple, version: str):
    """What was kept for (kind, parts) in the current language and `version`, or None."""
    return _fragments.get(_key(kind, parts, version))


def keep_fragment(kind: str, parts: tuple, version: str, value) -> None:
    _fragments.set(_key(kind, parts, version), value)


def fragment(kind: str, parts: tuple, version: str, build: Callable[[], object]):
    """What `build()` returns for (kind, parts) in the current language, computed once per
    published offers `version` in this process. `build` may return None: nothing is kept."""
    value = kept_fragment(kind, parts, version)
    if value is None:
        value = build()
        if value is not None:
            keep_fragment(kind, parts, version, value)
    return value


def forget_all() -> None:
    """Drop what this process kept and the token it last saw (tests start from nothing)."""
    _fragments.clear()
    _seen.update({"version": None, "at": 0.0})
