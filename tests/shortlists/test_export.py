"""The employer downloads an offer's anonymous results as CSV: pseudonyms and scores, never an
identity, with an audit record; not before the selection rules are fixed."""

import csv
import io

import pytest
from django.urls import reverse

from accounts.models import AuditEntry
from tests.assessments.factories import SubmissionFactory
from tests.candidates.factories import ApplicationFactory
from tests.employers.factories import EmployerMembershipFactory, OfferFactory
from tests.shortlists.factories import SelectionPolicyFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def offer_with_results():
    membership = EmployerMembershipFactory()
    offer = OfferFactory(employer=membership.employer, published=True)
    applications = [ApplicationFactory(offer=offer) for _ in range(2)]
    SubmissionFactory(application=applications[0], graded=True, score=0.5)
    return membership.user, offer, applications


def test_the_csv_lists_pseudonyms_and_scores_and_is_audited(
    client, force_login, offer_with_results
):
    recruiter, offer, applications = offer_with_results
    SelectionPolicyFactory(offer=offer, locked=True)
    force_login(recruiter)

    response = client.get(reverse("shortlists:export_results", args=[offer.pk]))

    assert response["Content-Type"].startswith("text/csv")
    body = response.content.decode()
    rows = list(csv.DictReader(io.StringIO(body)))
    assert {row["pseudonym"] for row in rows} == {a.pseudonym for a in applications}
    scored = next(row for row in rows if row["pseudonym"] == applications[0].pseudonym)
    assert scored["coding"] == "50.0"
    assert "Traoré" not in body and "Aminata" not in body  # the factories' identity
    assert AuditEntry.objects.filter(action="offer.results_exported").count() == 1


def test_no_export_before_the_rules_are_fixed(client, force_login, offer_with_results):
    recruiter, offer, _ = offer_with_results
    force_login(recruiter)
    response = client.get(reverse("shortlists:export_results", args=[offer.pk]))
    assert response.status_code == 302
    assert response["Location"] == reverse("shortlists:policy", args=[offer.pk])


def test_another_employer_gets_404(client, force_login, offer_with_results):
    _, offer, _ = offer_with_results
    SelectionPolicyFactory(offer=offer, locked=True)
    force_login(EmployerMembershipFactory().user)
    assert client.get(reverse("shortlists:export_results", args=[offer.pk])).status_code == 404
