"""Settings for the test suite: production settings with test-only secrets and fast hashing."""

import os

os.environ.setdefault(
    "DJANGO_SECRET_KEY", "test-only-secret-key-0123456789-abcdefghijklmnopqrstuvwxyz"
)
os.environ.setdefault("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
os.environ.setdefault("EMAIL_HOST", "localhost")
os.environ.setdefault("DJANGO_SECURE_SSL_REDIRECT", "false")
os.environ.setdefault("DJANGO_SECURE_COOKIES", "false")
# Tests never ask the real company registry: nothing listens on port 9 (discard), so an
# unreachable registry is the default; tests/employers/registry.py serves recorded answers.
os.environ.setdefault("VIVIER_COMPANY_REGISTRY_URL", "http://127.0.0.1:9")
os.environ.setdefault("VIVIER_COMPANY_REGISTRY_TIMEOUT", "2")

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


class UndefinedTemplateVariable(Exception):
    """A template of ours used a variable that does not exist."""


class FailOnUndefinedVariable(str):
    """`string_if_invalid` of the tests: a variable missing from the context, or a lookup that
    fails silently (a related object that does not exist, a method that needs arguments), raises
    UndefinedTemplateVariable instead of rendering as an empty string, so the test that rendered
    the page fails. Only templates of this project are held to it: the node being rendered is
    found on the stack, and Django's and allauth's own templates (under site-packages), which
    rely on missing variables rendering empty, render "" as in production.

    Django looks for "%s" in `string_if_invalid` and then formats it with the variable's name
    (`__mod__`); the value it hands back for silent failures is rendered through `__str__`. In
    `{% if %}` and `{% for %}`, a missing variable is None, as in production."""

    def __new__(cls):
        return super().__new__(cls, "%s")

    def __mod__(self, name):
        return self._fail(f"{{{{ {name} }}}} does not exist")

    def __str__(self):
        return self._fail("a lookup failed silently (a missing related object, a method call)")

    @staticmethod
    def _fail(what: str) -> str:
        import sys

        frame = sys._getframe(2)
        while frame is not None:
            origin = getattr(frame.f_locals.get("self"), "origin", None)
            if origin is not None and hasattr(origin, "name"):
                break
            frame = frame.f_back
        name = str(origin.name) if frame is not None else ""
        if not name.startswith(str(BASE_DIR)) or "site-packages" in name:  # noqa: F405
            return ""
        raise UndefinedTemplateVariable(f"{what} in {origin.template_name} ({name})")


TEMPLATES[0]["OPTIONS"]["string_if_invalid"] = FailOnUndefinedVariable()  # noqa: F405
