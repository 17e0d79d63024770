import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from allauth.mfa.utils import is_mfa_enabled
from django.core.management import CommandError, call_command
from django.urls import reverse

from accounts.models import User
from candidates.models import Identity
from demo.data import ACCOUNTS, DEMO_PASSWORD, current_totp_code
from employers.models import Employer, EmployerMembership, Offer
from interviews.grids import current_version

pytestmark = pytest.mark.django_db

TOTP_COMMAND = "DJANGO_DEBUG=1 .venv/bin/python manage.py demo_totp recruteuse@vivier.demo"


def counts():
    return [m.objects.count() for m in (User, Employer, EmployerMembership, Offer, Identity)]


def test_seed_demo_is_idempotent(settings):
    settings.DEBUG = True
    call_command("seed_demo")
    first = counts()
    call_command("seed_demo")
    assert counts() == first
    emails = [account.email for account in ACCOUNTS]
    assert User.objects.filter(email__in=emails).count() == len(ACCOUNTS)


def test_the_demo_has_published_offers_in_two_departments_and_a_draft(settings):
    settings.DEBUG = True
    call_command("seed_demo")
    published = Offer.objects.publicly_visible()
    assert published.count() >= 3
    assert len({offer.department for offer in published}) >= 2
    assert Offer.objects.filter(status="draft").count() == 2
    python_offer = published.get(title__startswith="Développeur·se web Python")
    assert python_offer.applications.count() >= 30
    assert current_version(python_offer) is not None


def test_seed_demo_refuses_to_run_outside_debug(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="DJANGO_DEBUG is off"):
        call_command("seed_demo")
    assert User.objects.count() == 0


def test_seed_demo_can_be_forced(settings):
    settings.DEBUG = False
    call_command("seed_demo", "--force")
    assert User.objects.filter(email="recruteuse@vivier.demo").exists()


def test_demo_recruiters_and_advisers_come_enrolled_in_mfa(settings):
    settings.DEBUG = True
    call_command("seed_demo")
    for email in ["recruteuse@vivier.demo", "conseiller@vivier.demo"]:
        assert is_mfa_enabled(User.objects.get(email=email))


def test_demo_recruiter_logs_in_with_the_printed_code(client, settings, capsys):
    settings.DEBUG = True
    call_command("seed_demo")
    call_command("demo_totp", "recruteuse@vivier.demo")
    code = capsys.readouterr().out.strip().splitlines()[-1]
    client.post(
        reverse("account_login"),
        {"login": "recruteuse@vivier.demo", "password": DEMO_PASSWORD},
    )
    client.post(reverse("mfa_authenticate"), {"code": code})
    assert client.get(reverse("employers:dashboard")).status_code == 200


def test_demo_totp_is_refused_outside_debug_with_the_command_that_works(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match=re.escape(TOTP_COMMAND)):
        call_command("demo_totp", "recruteuse@vivier.demo")


def test_seed_demo_prints_the_code_command_as_it_works(settings, capsys):
    settings.DEBUG = True
    call_command("seed_demo")
    assert TOTP_COMMAND in capsys.readouterr().out


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
