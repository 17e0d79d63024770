"""The production settings refuse an insecure configuration and pass Django's deploy checks."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PRODUCTION = {
    "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
    "ALLOWED_HOSTS": "vivier.example.org",
    "EMAIL_HOST": "smtp.example.org",
}


def run_django(args, **env):
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "ALLOWED_"))}
    clean.pop("EMAIL_HOST", None)
    # A variable given here as NAME_FILE must not also arrive as NAME from the caller's shell
    # (CI exports DATABASE_URL): the settings rightly refuse both.
    for name in env:
        if name.endswith("_FILE"):
            clean.pop(name.removesuffix("_FILE"), None)
    clean.update(env, DJANGO_SETTINGS_MODULE="config.settings")
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=clean, capture_output=True, text=True
    )


def test_debug_is_off_unless_asked_and_then_a_secret_key_is_required():
    result = run_django(
        ["check"], ALLOWED_HOSTS="vivier.example.org", EMAIL_HOST="smtp.example.org"
    )
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY is required" in result.stderr


def test_a_short_secret_key_is_refused():
    result = run_django(["check"], **{**PRODUCTION, "DJANGO_SECRET_KEY": "trop-court"})
    assert result.returncode != 0
    assert "at least 32 characters" in result.stderr


def test_the_development_secret_key_is_refused_in_production():
    from config import settings

    dev_key = "django-insecure-vivier-development-only-never-in-production"
    assert settings.SECRET_KEY != dev_key
    result = run_django(["check"], **{**PRODUCTION, "DJANGO_SECRET_KEY": dev_key})
    assert result.returncode != 0


def test_allowed_hosts_are_required_in_production():
    result = run_django(["check"], **{**PRODUCTION, "ALLOWED_HOSTS": ""})
    assert "ALLOWED_HOSTS is required" in result.stderr


def test_a_malformed_boolean_is_an_error_not_a_guess():
    result = run_django(["check"], **{**PRODUCTION, "DJANGO_DEBUG": "peut-être"})
    assert "DJANGO_DEBUG must be a boolean" in result.stderr


def test_deploy_check_is_clean_with_production_variables(tmp_path):
    result = run_django(
        ["check", "--deploy", "--fail-level", "WARNING"],
        **PRODUCTION,
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_development_mode_needs_nothing():
    result = run_django(["check"], DJANGO_DEBUG="1")
    assert result.returncode == 0, result.stderr


PRODUCTION_RESPONSE = """
from django.core.management import call_command
from django.test import Client

call_command("migrate", verbosity=0)
call_command("collectstatic", interactive=False, verbosity=0)
client = Client(HTTP_HOST="vivier.example.org")
plain = client.get("/")
secure = client.get("/comptes/login/", secure=True)
print("redirect", plain.status_code, plain["Location"])
print("hsts", secure["Strict-Transport-Security"])
print("csp", secure["Content-Security-Policy"])
cookie = secure.cookies["csrftoken"]
print("csrf-cookie", bool(cookie["secure"]), cookie["samesite"])
from django.conf import settings
print("session-cookie", settings.SESSION_COOKIE_SECURE, settings.SESSION_COOKIE_HTTPONLY)
"""


def test_production_answers_carry_hsts_and_secure_cookies(tmp_path):
    result = run_django(
        ["shell", "-c", PRODUCTION_RESPONSE],
        **PRODUCTION,
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        VIVIER_VAR_DIR=str(tmp_path),
    )
    assert result.returncode == 0, result.stderr
    lines = dict(line.split(" ", 1) for line in result.stdout.splitlines() if " " in line)
    assert lines["redirect"] == "301 https://vivier.example.org/"
    assert "max-age=31536000" in lines["hsts"] and "includeSubDomains" in lines["hsts"]
    assert "script-src 'self' 'nonce-" in lines["csp"] and "unsafe-inline" not in lines["csp"]
    assert "frame-ancestors 'none'" in lines["csp"]
    assert lines["csrf-cookie"].startswith("True")
    assert lines["session-cookie"] == "True True"


def test_deploy_check_is_clean_with_the_secrets_in_files(tmp_path):
    secret_key = tmp_path / "django_secret_key"
    secret_key.write_text(PRODUCTION["DJANGO_SECRET_KEY"] + "\n")
    database_url = tmp_path / "database_url"
    database_url.write_text(f"sqlite:///{tmp_path / 'db.sqlite3'}\n")
    result = run_django(
        ["check", "--deploy", "--fail-level", "WARNING"],
        **{**PRODUCTION, "DJANGO_SECRET_KEY": ""},
        DJANGO_SECRET_KEY_FILE=str(secret_key),
        DATABASE_URL_FILE=str(database_url),
    )
    assert result.returncode == 0, result.stderr


def test_a_missing_secret_file_stops_the_start_with_its_name(tmp_path):
    result = run_django(
        ["check"],
        **{**PRODUCTION, "DJANGO_SECRET_KEY": ""},
        DJANGO_SECRET_KEY_FILE=str(tmp_path / "absent"),
    )
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY_FILE: cannot read" in result.stderr
