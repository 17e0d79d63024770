"""PostgreSQL connections come from a pool (config.env.database): its settings from the
environment, and a real PostgreSQL restarted under it, from which the pool recovers by itself."""

import tempfile
import time
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.db import OperationalError
from django.db.utils import ConnectionHandler

from benchmarks.fault_postgres_restart import Cluster
from config.env import database

POSTGRES = "postgres://vivier:secret@127.0.0.1:5432/vivier"
SQLITE = "sqlite:////tmp/vivier-pool-test.sqlite3"
POOL_VARIABLES = [
    "DATABASE_URL",
    "DATABASE_POOL",
    "DATABASE_POOL_MIN_SIZE",
    "DATABASE_POOL_MAX_SIZE",
    "DATABASE_POOL_TIMEOUT",
]


@pytest.fixture
def env(monkeypatch):
    for name in POOL_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    return monkeypatch


def test_postgresql_is_pooled_by_default(env):
    env.setenv("DATABASE_URL", POSTGRES)
    config = database(SQLITE)
    assert config["OPTIONS"]["pool"] == {"min_size": 2, "max_size": 10, "timeout": 3}
    # Dead connections are checked out of the pool; the pool, not Django, keeps them open.
    assert config["CONN_HEALTH_CHECKS"] is True
    assert config["CONN_MAX_AGE"] == 0


def test_the_pool_sizes_and_timeout_come_from_the_environment(env):
    env.setenv("DATABASE_URL", POSTGRES)
    env.setenv("DATABASE_POOL_MIN_SIZE", "4")
    env.setenv("DATABASE_POOL_MAX_SIZE", "20")
    env.setenv("DATABASE_POOL_TIMEOUT", "7")
    assert database(SQLITE)["OPTIONS"]["pool"] == {"min_size": 4, "max_size": 20, "timeout": 7}


def test_the_pool_can_be_turned_off(env):
    env.setenv("DATABASE_URL", POSTGRES)
    env.setenv("DATABASE_POOL", "false")
    config = database(SQLITE)
    assert "pool" not in config.get("OPTIONS", {})
    assert config["CONN_MAX_AGE"] == 0


def test_sqlite_is_never_pooled(env):
    assert "pool" not in database(SQLITE).get("OPTIONS", {})
    env.setenv("DATABASE_POOL", "true")
    with pytest.raises(ImproperlyConfigured, match="PostgreSQL"):
        database(SQLITE)


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("DATABASE_POOL_MIN_SIZE", "0"),
        ("DATABASE_POOL_MAX_SIZE", "1"),
        ("DATABASE_POOL_TIMEOUT", "0"),
        ("DATABASE_POOL_TIMEOUT", "soon"),
    ],
)
def test_bad_pool_settings_are_refused(env, name, value):
    env.setenv("DATABASE_URL", POSTGRES)
    env.setenv(name, value)
    with pytest.raises(ImproperlyConfigured, match=name):
        database(SQLITE)


@pytest.fixture
def cluster():
    """A throwaway PostgreSQL server of our own, which the test stops and starts (in a folder
    directly under /tmp: the postgres user cannot reach pytest's, when the tests run as root)."""
    with tempfile.TemporaryDirectory(prefix="vivier-pool-") as workdir:
        cluster = Cluster(Path(workdir))
        cluster.init()
        cluster.start()
        yield cluster
        cluster.stop()


def one(connection) -> int:
    """What a request does: borrow a connection, query, give the connection back."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone()[0]
    finally:
        connection.close()


@pytest.mark.serial  # a PostgreSQL server of its own, stopped and started on a timer
def test_a_restart_of_postgresql_gives_errors_then_recovers(env, cluster, django_db_blocker):
    env.setenv("DATABASE_URL", cluster.url)
    env.setenv("DATABASE_POOL_MIN_SIZE", "1")
    env.setenv("DATABASE_POOL_TIMEOUT", "2")
    handler = ConnectionHandler({"default": {}, "pool_test": database(SQLITE)})
    connection = handler["pool_test"]
    with django_db_blocker.unblock():  # our own server, not the test database
        restart_under_the_pool(connection, cluster)


def restart_under_the_pool(connection, cluster) -> None:
    try:
        assert one(connection) == 1
        cluster.stop()
        started = time.monotonic()
        # A database error (the error handler's 503), within the pool's timeout: no hang.
        with pytest.raises(OperationalError):
            one(connection)
        assert time.monotonic() - started < 2 + 1
        cluster.start()
        # The connection that died with the server is never handed out again.
        assert one(connection) == 1
    finally:
        connection.close_pool()
