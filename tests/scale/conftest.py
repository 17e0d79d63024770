"""Tests of Vivier on several processes: three daphne processes (and nginx in front of them),
several `db_worker` processes, one PostgreSQL and one Redis, as in production.

They only mean something on PostgreSQL and Redis, so they carry the marker `scale`: `make test`
leaves them out (by selection, on SQLite as on PostgreSQL), and `.ci/run` runs them in its
PostgreSQL + Redis phase (`pytest -m scale`). Run by hand elsewhere, they fail and say why
rather than pass on a single process."""

import os
from contextlib import ExitStack

import pytest
from django.conf import settings

from tests.scale.cluster import daphnes

HERE = os.path.dirname(__file__)


def pytest_collection_modifyitems(config, items):
    unmarked = [
        item.nodeid
        for item in items
        if str(item.path).startswith(HERE) and item.get_closest_marker("scale") is None
    ]
    if unmarked:
        raise pytest.UsageError(
            "Tests under tests/scale need PostgreSQL and Redis: mark them `scale`.\n"
            + "\n".join(unmarked)
        )


@pytest.fixture(scope="session", autouse=True)
def _postgresql_and_redis():
    engine = settings.DATABASES["default"]["ENGINE"]
    if engine != "django.db.backends.postgresql" or not os.environ.get("REDIS_URL"):
        pytest.fail(
            "tests/scale run on PostgreSQL and Redis only (DATABASE_URL and REDIS_URL): "
            f"here the database is {engine} and REDIS_URL is "
            f"{os.environ.get('REDIS_URL') or 'unset'}. `.ci/run` starts both and runs them."
        )


@pytest.fixture(scope="session")
def three_daphnes(django_db_setup):
    """Three daphne processes sharing the test database, the database cache and Redis; their
    base URLs. Started once for the session: they hold no state a test leaves behind, except
    what the shared cache says (and each test starts with it cleared)."""
    with ExitStack() as stack:
        yield stack.enter_context(daphnes(3))
