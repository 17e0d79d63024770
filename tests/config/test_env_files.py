"""Secrets (and any other variable) can be given as NAME_FILE, the path of a file holding them."""

import re

import pytest
from django.core.exceptions import ImproperlyConfigured

from config.env import database, env_int, env_secret, env_str

SECRET = "k" * 50


@pytest.fixture
def secret_file(tmp_path):
    path = tmp_path / "secret"
    path.write_text(SECRET + "\n")
    return path


@pytest.fixture(autouse=True)
def _no_inherited_values(monkeypatch):
    for name in ("DJANGO_SECRET_KEY", "DATABASE_URL", "DATABASE_POOL", "EMAIL_HOST_PASSWORD"):
        monkeypatch.delenv(name, raising=False)
        monkeypatch.delenv(f"{name}_FILE", raising=False)


def test_a_secret_is_read_from_its_file_without_the_trailing_newline(monkeypatch, secret_file):
    monkeypatch.setenv("EMAIL_HOST_PASSWORD_FILE", str(secret_file))
    assert env_str("EMAIL_HOST_PASSWORD") == SECRET


def test_the_secret_key_from_a_file_passes_the_production_checks(monkeypatch, secret_file):
    monkeypatch.setenv("DJANGO_SECRET_KEY_FILE", str(secret_file))
    assert env_secret("DJANGO_SECRET_KEY", required=True, dev_default="dev") == SECRET


def test_a_short_secret_key_in_a_file_is_still_refused(monkeypatch, tmp_path):
    short = tmp_path / "secret_key"
    short.write_text("trop-court\n")
    monkeypatch.setenv("DJANGO_SECRET_KEY_FILE", str(short))
    with pytest.raises(ImproperlyConfigured, match="at least 32 characters"):
        env_secret("DJANGO_SECRET_KEY", required=True, dev_default="dev")


def test_the_database_url_with_its_password_comes_from_a_file(monkeypatch, tmp_path):
    url = tmp_path / "database_url"
    url.write_text("postgres://vivier:s3cr%40t@db.internal:5432/vivier\n")
    monkeypatch.setenv("DATABASE_URL_FILE", str(url))
    config = database("sqlite:///unused.sqlite3")
    assert config["HOST"] == "db.internal"
    assert config["PASSWORD"] == "s3cr@t"


def test_any_variable_may_come_from_a_file(monkeypatch, tmp_path):
    size = tmp_path / "pool_size"
    size.write_text("7\n")
    monkeypatch.setenv("DATABASE_POOL_MAX_SIZE_FILE", str(size))
    assert env_int("DATABASE_POOL_MAX_SIZE", 10) == 7


def test_setting_both_the_value_and_the_file_is_refused(monkeypatch, secret_file):
    monkeypatch.setenv("EMAIL_HOST_PASSWORD", "from-the-environment")
    monkeypatch.setenv("EMAIL_HOST_PASSWORD_FILE", str(secret_file))
    with pytest.raises(
        ImproperlyConfigured, match="EMAIL_HOST_PASSWORD or EMAIL_HOST_PASSWORD_FILE"
    ):
        env_str("EMAIL_HOST_PASSWORD")


def test_a_blank_file_variable_counts_as_unset(monkeypatch):
    monkeypatch.setenv("EMAIL_HOST_PASSWORD", "from-the-environment")
    monkeypatch.setenv("EMAIL_HOST_PASSWORD_FILE", " ")
    assert env_str("EMAIL_HOST_PASSWORD") == "from-the-environment"


def test_a_missing_file_is_refused_with_its_path(monkeypatch, tmp_path):
    missing = tmp_path / "absent"
    monkeypatch.setenv("DJANGO_SECRET_KEY_FILE", str(missing))
    with pytest.raises(
        ImproperlyConfigured, match=re.escape(f"cannot read {missing} (No such file")
    ):
        env_str("DJANGO_SECRET_KEY")


def test_an_unreadable_path_is_refused(monkeypatch, tmp_path):
    # A directory: unreadable as a file even by root (CI runs as root, which ignores modes).
    monkeypatch.setenv("DJANGO_SECRET_KEY_FILE", str(tmp_path))
    with pytest.raises(ImproperlyConfigured, match="DJANGO_SECRET_KEY_FILE: cannot read"):
        env_str("DJANGO_SECRET_KEY")


def test_a_file_that_is_not_text_is_refused(monkeypatch, tmp_path):
    binary = tmp_path / "secret"
    binary.write_bytes(b"\xff\xfe\x00secret")
    monkeypatch.setenv("EMAIL_HOST_PASSWORD_FILE", str(binary))
    with pytest.raises(ImproperlyConfigured, match="not UTF-8 text"):
        env_str("EMAIL_HOST_PASSWORD")


@pytest.mark.parametrize("content", ["", "\n", "  \n\n"])
def test_an_empty_file_is_refused(monkeypatch, tmp_path, content):
    empty = tmp_path / "secret"
    empty.write_text(content)
    monkeypatch.setenv("EMAIL_HOST_PASSWORD_FILE", str(empty))
    with pytest.raises(
        ImproperlyConfigured, match=re.escape(f"EMAIL_HOST_PASSWORD_FILE: {empty} is empty")
    ):
        env_str("EMAIL_HOST_PASSWORD")
