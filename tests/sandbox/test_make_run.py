"""`make run` grades code submissions, so it installs bubblewrap as `make test` does, and says
what it cannot install."""

import os
import shutil
import subprocess
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
MAKE = shutil.which("make")


def test_make_run_checks_for_bubblewrap_before_starting():
    plan = subprocess.run(
        [MAKE, "-n", "run"], cwd=PROJECT, capture_output=True, text=True, check=True
    ).stdout
    assert "dpkg -s" in plan
    assert plan.index("for pkg in bubblewrap;") < plan.index("manage.py migrate")


def test_make_run_says_what_it_cannot_install(tmp_path):
    """Not root, no sudo and bubblewrap missing: the packages step stops with what to run."""
    for name, script in {"dpkg": "exit 1", "id": "echo 1000"}.items():
        stub = tmp_path / name
        stub.write_text(f"#!/bin/sh\n{script}\n")
        stub.chmod(0o755)
    for tool in ("cat", "sha1sum", "cut"):  # the Makefile's own start-up
        (tmp_path / tool).symlink_to(shutil.which(tool))
    done = subprocess.run(
        [MAKE, "run-packages"],
        cwd=PROJECT,
        env={**os.environ, "PATH": str(tmp_path)},
        capture_output=True,
        text=True,
    )
    assert done.returncode != 0
    assert "Cannot install bubblewrap: run 'apt-get install bubblewrap' as root." in done.stderr


def test_a_language_toolchain_that_cannot_be_installed_is_reported_not_fatal(tmp_path):
    """bubblewrap is there, the languages' toolchains are not and cannot be installed: each is
    named, and `make run` goes on (those languages answer "not installed on this server")."""
    stubs = {"dpkg": '[ "$2" = bubblewrap ] && exit 0; exit 1', "id": "echo 1000"}
    for name, script in stubs.items():
        stub = tmp_path / name
        stub.write_text(f"#!/bin/sh\n{script}\n")
        stub.chmod(0o755)
    for tool in ("cat", "sha1sum", "cut"):
        (tmp_path / tool).symlink_to(shutil.which(tool))
    done = subprocess.run(
        [MAKE, "run-packages"],
        cwd=PROJECT,
        env={**os.environ, "PATH": str(tmp_path)},
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
    for package in ("nodejs", "openjdk-17-jdk-headless", "php-cli", "golang-go", "sqlite3"):
        assert f"Cannot install {package}: run 'apt-get install {package}' as root." in done.stderr
        assert f"Warning: could not install {package}" in done.stderr
    assert "bubblewrap" not in done.stderr
