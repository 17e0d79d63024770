import os

import pytest
from django.core.cache import cache

from assessments import sandbox as sandbox_module
from broadcasting import cache as broadcasting_cache
from config import kept_pages
from tests.processes import zombie_children
from tests.utils import signed_in


@pytest.fixture
def force_login(client):
    """`force_login(user)` signs the test's `client` in as `user`, second factor included, and
    returns it; `force_login(user, client=other)` signs in another client. Only the tests of
    the sign-in flow (tests/accounts) go through the real forms (tests.utils.full_login)."""

    def login(user, *, client=client):
        return signed_in(client, user)

    return login


@pytest.fixture(autouse=True)
def _fresh_cache():
    # Rate limits and used TOTP codes live in the cache, pages are kept per process: every
    # test starts clean.
    cache.clear()
    broadcasting_cache.forget_all()
    kept_pages.forget_all()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _own_default_sandbox(monkeypatch):
    """Each test gets a fresh process-wide sandbox, closed at the end: an idle sandbox keeps its
    slots leased (warm instances), and slots are machine-wide, so a lingering one would starve
    the next test's Sandbox objects."""
    monkeypatch.setattr(sandbox_module, "_default", None)
    yield
    if sandbox_module._default is not None:
        sandbox_module._default.close()


@pytest.fixture(autouse=True)
def _reap_orphans():
    """The sandbox makes this process a child subreaper, so processes orphaned by earlier tests
    (daphne's and chromium's children) are handed to us: reap them, or they stay zombies and
    tests/sandbox, which checks that a run leaves no zombie behind, would count them."""
    yield
    for pid in zombie_children(os.getpid()):
        try:
            os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            pass
