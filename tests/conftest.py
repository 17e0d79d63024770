import os

import pytest
from django.core.cache import cache

from assessments import sandbox as sandbox_module
from broadcasting import cache as broadcasting_cache
from tests.processes import zombie_children


@pytest.fixture(autouse=True)
def _fresh_cache():
    # Rate limits and used TOTP codes live in the cache, fragments are cached: every
    # test starts clean.
    cache.clear()
    broadcasting_cache.forget_all()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def _own_default_sandbox(monkeypatch):
    """Each test gets a fresh process-wide sandbox, closed at the end. Slots belong to the test
    suite's sandbox instance (not to the machine), and a Sandbox keeps a slot it is done with,
    warm, for ``idle_release_s``: a lingering one would make the next test's runs in that
    instance wait. Closing gives its slots back at once and releases its claims on the
    instance's uids, which another instance may then use."""
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
