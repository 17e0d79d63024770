import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from accounts.models import User
from demo.data import current_totp_code

# What the demo holds once loaded, and its output: tests/demo/test_demo_content.py (one load
# for the module). Here: when the command refuses, and the codes.
pytestmark = pytest.mark.django_db

TOTP_COMMAND = "DJANGO_DEBUG=1 .venv/bin/python manage.py demo_totp recruteuse@vivier.demo"


def test_seed_demo_refuses_to_run_outside_debug(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DJANGO_DEBUG is off"):
        call_command("seed_demo")
    assert User.objects.count() == 0


def test_seed_demo_can_be_forced(settings):
    settings.DEBUG = False
    call_command("seed_demo", "--force")
    assert User.objects.filter(email="recruteuse@vivier.demo").exists()


def test_demo_totp_is_refused_outside_debug_with_the_command_that_works(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match=re.escape(TOTP_COMMAND)):
        call_command("demo_totp", "recruteuse@vivier.demo")


def test_demo_totp_only_knows_demo_accounts(settings):
    settings.DEBUG = True
    with pytest.raises(CommandError, match="not a demo account"):
        call_command("demo_totp", "quelquun@example.org")


def test_demo_code_changes_with_time():
    assert current_totp_code("recruteuse@vivier.demo", at=0) != current_totp_code(
        "recruteuse@vivier.demo", at=3600
    )


def test_demo_totp_typed_without_debug_says_how_instead_of_a_traceback():
    root = Path(__file__).resolve().parents[2]
    env = {"PATH": os.environ["PATH"], "LANG": "C.UTF-8"}  # a fresh shell: no DJANGO_DEBUG
    done = subprocess.run(
        [sys.executable, "manage.py", "demo_totp", "recruteuse@vivier.demo"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert "Traceback" not in done.stderr
    assert "DJANGO_SECRET_KEY is required when DJANGO_DEBUG is off" in done.stderr
    assert TOTP_COMMAND in done.stderr
