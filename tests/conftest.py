import functools
import os
import re
import string
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache
from django.utils import translation

from assessments import sandbox as sandbox_module
from assessments.sandbox.config import default_instance, derived_base_uid
from broadcasting import cache as broadcasting_cache
from tests.processes import zombie_children
from tests.utils import signed_in

# `make test` runs the suite in three passes (see the Makefile):
# - the parallel pass, over several processes (pytest-xdist, each with its own test database):
#   everything but the sandbox and serial tests. Browser tests run there on BROWSER_WORKERS
#   workers, one test at a time on each (the xdist groups "browser-0", "browser-1"…,
#   alternately in the order of their names: about the same time each), beside the others;
# - the sandbox pass, over two processes (one per core: sandbox tests judge CPU time against
#   wall-clock limits), each with its own sandbox instance (`worker_instances`); the fault tests
#   one after the other on one of them (they start grading workers on fixed uids);
# - the serial pass, one test at a time with no other test running: the `serial` tests, which
#   start servers or processes other tests could meet.
SERIAL_PASS = ("sandbox", "serial")
# One browser test at a time. Two groups (two chromium and two daphne at once beside a third
# worker) took the browser tests from 720 s to 556 s at load 6–9, but at load 11 five of them
# timed out loading a page (BENCHMARKS.md, "Test suite wall time"): raise it only where the
# cores are free.
BROWSER_WORKERS = 1
# Fixtures that need a marker: a test using one must carry one of the markers named.
MARKED_FIXTURES = {
    "live_daphne": ("browser", *SERIAL_PASS),
    "browser": ("browser", *SERIAL_PASS),
    "page": ("browser", *SERIAL_PASS),
    "sandbox": SERIAL_PASS,
    "cold_sandbox": SERIAL_PASS,
    "real_sandbox": SERIAL_PASS,
}
# Fault tests stop and start servers (Redis, grading workers) under live pages.
SERIAL_FOLDERS = ("faults",)
# What tells that a test can reach the database (pytest-django refuses it to any other test).
DATABASE_FIXTURES = {"db", "transactional_db", "django_db_setup", "live_server", "live_daphne"}


def worker_instances(base: str) -> list[str]:
    """The sandbox instance of each pytest-xdist worker (gw0, gw1…): the suite's own instance
    `base` with the worker's number, each in a uid block no other worker has (a letter moves a
    worker whose derived block an earlier one took), as two deployments on one host are."""
    names: list[str] = []
    blocks: set[int] = set()
    for index in range(int(os.environ.get("PYTEST_XDIST_WORKER_COUNT", "1"))):
        for letter in ("", *string.ascii_lowercase):
            name = f"{base[:40]}-{index}{letter}"
            if derived_base_uid(name) not in blocks:
                break
        names.append(name)
        blocks.add(derived_base_uid(name))
    return names


# Every worker's sandbox instance, for test instances to keep clear of (tests/sandbox).
WORKER_INSTANCES: list[str] = []


def pytest_configure(config):
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if worker and not os.environ.get("VIVIER_SANDBOX_INSTANCE"):
        WORKER_INSTANCES[:] = worker_instances(default_instance())
        # Read when each Sandbox is built, and by the processes the tests start.
        os.environ["VIVIER_SANDBOX_INSTANCE"] = WORKER_INSTANCES[int(worker.removeprefix("gw"))]


def pytest_addoption(parser):
    parser.addoption(
        "--database-phase",
        action="store_true",
        help="CI's second phase, on PostgreSQL and Redis: leave out the tests that cannot reach "
        "the database nor depend on what the phase changes (they ran in the first phase and "
        "cannot behave differently).",
    )


# What a test's module names when it may depend on what CI's PostgreSQL phase changes: the
# database and Redis settings, the channel layer (Redis there), or a process of its own that
# would start Django with them.
PHASE_SENSITIVE = re.compile(
    r"DATABASE|REDIS|CHANNEL_LAYER|channel_layer|channels\.|connection|subprocess|manage\.py"
)


@functools.cache
def _names_what_the_phase_changes(path) -> bool:
    return PHASE_SENSITIVE.search(Path(path).read_text(encoding="utf-8")) is not None


def runs_the_same_on_any_database(item) -> bool:
    """A test that cannot reach the database (pytest-django refuses it to a test without the
    marker or a database fixture) and either runs programs in the sandbox, or is no serial test
    and lives in a module that names nothing the phase changes (the checkers, the redactor, the
    exercise library, the engines): the same code on the same input, whatever the database.
    The PostgreSQL phase leaves it out."""
    if item.get_closest_marker("django_db") is not None or DATABASE_FIXTURES & set(
        item.fixturenames
    ):
        return False
    if item.get_closest_marker("sandbox") is not None:
        return True
    return item.get_closest_marker("serial") is None and not _names_what_the_phase_changes(
        item.path
    )


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist reads the groups
def pytest_collection_modifyitems(config, items):
    browser_tests = sorted(
        (item for item in items if item.get_closest_marker("browser")), key=lambda i: i.nodeid
    )
    for index, item in enumerate(browser_tests):
        item.add_marker(pytest.mark.xdist_group(f"browser-{index % BROWSER_WORKERS}"))
    unmarked = []
    for item in items:
        marks = {mark.name for mark in item.iter_markers()}
        folder = item.path.relative_to(config.rootpath / "tests").parts[0]
        if folder in SERIAL_FOLDERS:
            item.add_marker(pytest.mark.xdist_group("faults"))
        # A parameter may share a fixture's name (`page`): it is no fixture then.
        parameters = set(item.callspec.params) if hasattr(item, "callspec") else set()
        for fixture in (set(item.fixturenames) - parameters) & MARKED_FIXTURES.keys():
            if not marks & set(MARKED_FIXTURES[fixture]):
                unmarked.append(f"{item.nodeid}: {' or '.join(MARKED_FIXTURES[fixture])}")
        if folder in SERIAL_FOLDERS and not marks & set(SERIAL_PASS):
            unmarked.append(f"{item.nodeid}: {' or '.join(SERIAL_PASS)}")
    if unmarked:
        raise pytest.UsageError(
            "These tests start servers, browsers or sandboxes: mark them so that they run in "
            "the right pass (tests/conftest.py).\n" + "\n".join(unmarked)
        )
    if settings.DATABASES["default"]["ENGINE"] != "django.db.backends.postgresql":
        deselect(config, items, lambda item: item.get_closest_marker("postgresql"))
    if config.getoption("database_phase"):
        deselect(config, items, runs_the_same_on_any_database)


def deselect(config, items, leave_out) -> None:
    """Leave out the items `leave_out` picks, counted as deselected in pytest's summary."""
    left_out = [item for item in items if leave_out(item)]
    if left_out:
        config.hook.pytest_deselected(items=left_out)
        items[:] = [item for item in items if not leave_out(item)]


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


@pytest.fixture(autouse=True)
def default_language():
    """Every test starts in the site's default language: a request in English leaves English
    active in the thread (tests/config/test_language_isolation.py)."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()
