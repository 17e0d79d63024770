"""The employer's audit log speaks words, not codes: every action code written by `log_action`
has a French label (and an English one), the object is named by kind and pseudonym, and the
log can be filtered by action and by date (bad dates are a form error, not a 500)."""

import html
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from accounts.audit import log_action
from accounts.audit_labels import ACTION_LABELS
from accounts.models import AuditEntry
from core.elision import de
from tests.candidates.factories import ApplicationFactory
from tests.employers.factories import EmployerMembershipFactory
from tests.test_anonymity_leaks import audited_actions
from tests.utils import signed_in

pytestmark = pytest.mark.django_db


def test_every_action_code_has_a_label_in_both_languages():
    assert audited_actions() <= set(ACTION_LABELS)
    for code, label in ACTION_LABELS.items():
        with translation.override("en"):
            english = str(label)
        with translation.override("fr"):
            assert english != str(label), f"{code} has no English label"


@pytest.fixture
def log(db):
    admin = EmployerMembershipFactory(admin=True)
    application = ApplicationFactory(offer__employer=admin.employer)
    data = {"pseudonym": application.pseudonym}
    AuditEntry.objects.create(  # ten days ago (the log is append-only: made so at once)
        action="identity.revealed",
        actor=admin.user,
        employer=admin.employer,
        target_type="candidates.application",
        target_id=str(application.pk),
        data=data,
        created_at=timezone.now() - timedelta(days=10),
    )
    log_action(
        "application.decided",
        actor=admin.user,
        employer=admin.employer,
        target=application,
        data=data,
    )
    return admin.user, application


def test_the_log_shows_labels_and_pseudonyms_not_codes_and_ids(client, log):
    admin, application = log
    signed_in(client, admin)
    page = html.unescape(client.get(reverse("employers:audit_log")).content.decode())
    assert "Identité consultée" in page and "Décision sur une candidature" in page
    assert ">identity.revealed<" not in page and "candidates.application" not in page
    assert f"Candidature {de(application.pseudonym)} à l'offre" in page


def test_the_log_filters_by_action_and_date(client, log):
    admin, _application = log
    signed_in(client, admin)
    url = reverse("employers:audit_log")
    by_action = client.get(url, {"action": "identity.revealed"}).content.decode()
    assert 'data-vivier-action="identity.revealed"' in by_action
    assert 'data-vivier-action="application.decided"' not in by_action
    since = (timezone.localdate() - timedelta(days=2)).isoformat()
    recent = client.get(url, {"start": since}).content.decode()
    assert 'data-vivier-action="application.decided"' in recent
    assert 'data-vivier-action="identity.revealed"' not in recent


def test_bad_filter_dates_are_a_form_error(client, log):
    admin, _application = log
    signed_in(client, admin)
    url = reverse("employers:audit_log")
    assert client.get(url, {"start": "pas une date"}).status_code == 400
    reversed_range = client.get(url, {"start": "2026-05-02", "end": "2026-05-01"})
    assert reversed_range.status_code == 400
    assert "La date de fin doit suivre la date de début" in reversed_range.content.decode()
