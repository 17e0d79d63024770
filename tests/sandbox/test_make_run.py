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
