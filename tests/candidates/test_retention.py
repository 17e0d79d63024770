"""Data retention: two years without activity bring a warning, and 30 more days without a
sign-in anonymise the account; anonymous applications stay for the statistics."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from accounts.models import AuditEntry, User
from candidates.models import Application, Candidate, Identity
from candidates.retention import GRACE, INACTIVITY, apply_retention
from tests.candidates.factories import ApplicationFactory, CandidateFactory

pytestmark = pytest.mark.django_db

NOW = timezone.now()


def inactive_candidate(days_ago: int) -> Candidate:
    when = NOW - timedelta(days=days_ago)
    candidate = CandidateFactory(user__date_joined=when, path_text="Mon parcours.")
    User.objects.filter(pk=candidate.user.pk).update(last_login=when, date_joined=when)
    ApplicationFactory(candidate=candidate, created_at=when)
    return candidate


def test_a_candidate_inactive_for_two_years_is_warned_once():
    candidate = inactive_candidate(INACTIVITY.days + 1)
    recent = inactive_candidate(INACTIVITY.days - 10)

    assert apply_retention(now=NOW).warned == 1
    assert apply_retention(now=NOW).warned == 0  # idempotent

    candidate.refresh_from_db()
    recent.refresh_from_db()
    assert candidate.inactivity_warned_at == NOW
    assert recent.inactivity_warned_at is None
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [candidate.user.email]
    assert "anonymisé" in mail.outbox[0].subject


def test_a_recent_application_counts_as_activity():
    candidate = inactive_candidate(INACTIVITY.days + 100)
    ApplicationFactory(candidate=candidate, created_at=NOW - timedelta(days=3))
    assert apply_retention(now=NOW).warned == 0


def test_thirty_days_after_the_warning_the_account_is_anonymised_and_statistics_stay():
    candidate = inactive_candidate(INACTIVITY.days + 1)
    apply_retention(now=NOW)
    user_id = candidate.user_id

    assert apply_retention(now=NOW + GRACE - timedelta(hours=1)).anonymised == 0
    report = apply_retention(now=NOW + GRACE)

    assert report.anonymised == 1
    candidate.refresh_from_db()
    assert candidate.user is None and candidate.deleted_at is not None
    assert candidate.path_text == ""
    assert not Identity.objects.filter(candidate=candidate).exists()
    assert not User.objects.filter(pk=user_id).exists()
    assert Application.objects.filter(candidate=candidate).count() == 1
    assert AuditEntry.objects.filter(action="candidate.anonymised_for_inactivity").count() == 1


def test_signing_in_after_the_warning_keeps_the_account():
    candidate = inactive_candidate(INACTIVITY.days + 1)
    apply_retention(now=NOW)
    User.objects.filter(pk=candidate.user_id).update(last_login=NOW + timedelta(days=2))

    report = apply_retention(now=NOW + GRACE)

    assert report.anonymised == 0 and report.kept == 1
    candidate.refresh_from_db()
    assert candidate.user is not None and candidate.inactivity_warned_at is None


def test_the_daily_command_reports_what_it_did():
    inactive_candidate(INACTIVITY.days + 1)
    out = StringIO()
    call_command("retire_inactive_candidates", stdout=out)
    assert out.getvalue().strip() == "warned: 1, anonymised: 0, came back: 0"
