"""Settings for the test suite: production settings with test-only secrets and fast hashing."""

import os

os.environ.setdefault(
    "DJANGO_SECRET_KEY", "test-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz"
)
os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
os.environ.setdefault("EMAIL_HOST", "localhost")
os.environ.setdefault("DJANGO_SECURE_SSL_REDIRECT", "false")
os.environ.setdefault("DJANGO_SECURE_COOKIES", "false")

from config.settings import *  # noqa: E402, F403
from config.settings import STORAGES, VAR_DIR  # noqa: E402

# Tasks run at once, in the test's own process, unless a test starts a real worker.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Browser tests run daphne in another process: the SQLite test database must be a file, one per
# test run so that two runs on one machine do not share it.
DATABASES["default"].setdefault("TEST", {})  # noqa: F405
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"]["TEST"]["NAME"] = str(VAR_DIR / f"test-vivier-{os.getpid()}.sqlite3")  # noqa: F405
# A TOTP code computed just before a 30 s boundary is still accepted just after it.
MFA_TOTP_TOLERANCE = 1
# Tests clear the cache around each test, database or not: a per-process memory cache. The
# production cache (the database) is what tests/faults/test_redis_down.py runs daphne with.
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
