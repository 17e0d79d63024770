"""Typed readers for the environment: every setting comes through here and fails loudly.

Any variable NAME can instead be given as NAME_FILE, the path of a file holding the value (its
trailing newline dropped): secrets then stay out of the environment and the unit files, in a
file only the service can read (see README.md, "Secrets in files").
"""

import os

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off", ""}


def env_raw(name: str) -> str | None:
    """NAME's value, or the contents of the file NAME_FILE names; None when neither is set.

    A blank NAME_FILE counts as unset. The file must be readable UTF-8 text with something in it
    besides its trailing newline, and NAME may not be set too: a value silently taken from the
    wrong place is worse than a refusal to start.
    """
    value = os.environ.get(name)
    path = os.environ.get(f"{name}_FILE", "").strip()
    if not path:
        return value
    if value is not None and value.strip():
        raise ImproperlyConfigured(f"Set {name} or {name}_FILE, not both.")
    try:
        with open(path, encoding="utf-8") as file:
            content = file.read().rstrip("\r\n")
    except OSError as exc:
        raise ImproperlyConfigured(
            f"{name}_FILE: cannot read {path} ({exc.strerror or exc})."
        ) from None
    except UnicodeDecodeError:
        raise ImproperlyConfigured(f"{name}_FILE: {path} is not UTF-8 text.") from None
    if not content.strip():
        raise ImproperlyConfigured(f"{name}_FILE: {path} is empty.")
    return content


def env_str(name: str, default: str = "") -> str:
    raw = env_raw(name)
    return (default if raw is None else raw).strip()


def env_bool(name: str, default: bool = False) -> bool:
    raw = env_raw(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in TRUE_WORDS:
        return True
    if value in FALSE_WORDS:
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (true/false), not {raw!r}.")


def env_int(name: str, default: int) -> int:
    raw = env_raw(name)
    if raw is None or not raw.strip():
        return default
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be an integer, not {raw!r}.") from None


def env_list(name: str, default: list[str]) -> list[str]:
    raw = env_raw(name)
    if raw is None:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


def env_secret(name: str, *, required: bool, dev_default: str) -> str:
    """A secret is mandatory outside development; the development default is refused there."""
    value = env_str(name)
    if value:
        if required and (value == dev_default or len(value) < 32):
            raise ImproperlyConfigured(f"{name} must be a random value of at least 32 characters.")
        return value
    if required:
        raise ImproperlyConfigured(f"{name} is required when DJANGO_DEBUG is off.")
    return dev_default


def database(default_url: str) -> dict:
    """The default database, from DATABASE_URL (SQLite at `default_url` when unset).

    PostgreSQL goes through a pool of connections (psycopg-pool) unless DATABASE_POOL is off:
    a request borrows an open connection instead of opening one. A connection found dead (after
    a restart of PostgreSQL) is checked and replaced before it is handed out; when no connection
    can be had within DATABASE_POOL_TIMEOUT seconds, the request fails with a database error,
    which the error handler answers with a 503.
    """
    config = dj_database_url.parse(env_str("DATABASE_URL") or default_url, conn_max_age=0)
    if config["ENGINE"] != "django.db.backends.postgresql":
        if env_bool("DATABASE_POOL", False):
            raise ImproperlyConfigured("DATABASE_POOL needs a PostgreSQL DATABASE_URL.")
        return config
    if env_bool("DATABASE_POOL", True):
        config.setdefault("OPTIONS", {})["pool"] = pool_options()
        # With a pool, Django passes ConnectionPool.check_connection to it: every connection
        # is tried (an empty query) before it is handed out.
        config["CONN_HEALTH_CHECKS"] = True
    return config


def pool_options() -> dict:
    """psycopg-pool's ConnectionPool arguments, from DATABASE_POOL_MIN_SIZE, _MAX_SIZE and
    _TIMEOUT (seconds)."""
    min_size = env_int("DATABASE_POOL_MIN_SIZE", 2)
    max_size = env_int("DATABASE_POOL_MAX_SIZE", 10)
    timeout = env_int("DATABASE_POOL_TIMEOUT", 3)
    if min_size < 1 or max_size < min_size:
        raise ImproperlyConfigured(
            "DATABASE_POOL_MIN_SIZE must be at least 1 and DATABASE_POOL_MAX_SIZE at least "
            f"DATABASE_POOL_MIN_SIZE (got {min_size} and {max_size})."
        )
    if timeout < 1:
        raise ImproperlyConfigured(f"DATABASE_POOL_TIMEOUT must be at least 1, not {timeout}.")
    return {
        "min_size": min_size,
        "max_size": max_size,
        "timeout": timeout,
    }
