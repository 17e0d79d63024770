"""The employer downloads an offer's anonymous results as CSV: pseudonyms and scores, never an
identity, with an audit record; not before the selection rules are fixed. In French it opens in
a French spreadsheet as it is (French headers, « ; », decimal commas, a byte order mark); in
English, « , »; no cell can start a formula."""

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
    body = response.content.decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(body), delimiter=";"))
    assert {row["pseudonyme"] for row in rows} == {a.pseudonym for a in applications}
    scored = next(row for row in rows if row["pseudonyme"] == applications[0].pseudonym)
    assert scored["Exercices de code"] == "50,0"
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


def test_in_french_the_csv_opens_in_a_french_spreadsheet(client, force_login, offer_with_results):
    recruiter, offer, applications = offer_with_results
    SelectionPolicyFactory(offer=offer, locked=True)
    force_login(recruiter)
    response = client.get(
        reverse("shortlists:export_results", args=[offer.pk]), HTTP_ACCEPT_LANGUAGE="fr"
    )
    assert response.content.startswith("\ufeff".encode())  # UTF-8 byte order mark
    lines = response.content.decode("utf-8-sig").splitlines()
    assert lines[0] == (
        "pseudonyme;étape;Exercices de code;Mises en situation;Réponses écrites;"
        "Entretien (consensus);total pondéré (sur 100);rang;ex æquo;seuils;version des règles"
    )
    assert (
        f"{applications[0].pseudonym};Candidature envoyée;50,0;;;;50,0;1;non;Aucun seuil;1" in lines
    )


def test_in_english_the_csv_keeps_commas(client, force_login, offer_with_results):
    recruiter, offer, applications = offer_with_results
    SelectionPolicyFactory(offer=offer, locked=True)
    force_login(recruiter)
    client.cookies.load({"django_language": "en"})
    response = client.get(reverse("shortlists:export_results", args=[offer.pk]))
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    scored = next(row for row in rows if row["pseudonym"] == applications[0].pseudonym)
    assert scored["Coding exercises"] == "50.0"
    assert scored["weighted total (out of 100)"] == "50.0"


@pytest.mark.parametrize("start", ["=", "+", "-", "@"])
def test_no_cell_starts_a_formula(client, force_login, offer_with_results, start):
    recruiter, offer, applications = offer_with_results
    SelectionPolicyFactory(offer=offer, locked=True)
    applications[1].pseudonym = f'{start}HYPERLINK("http://x.test","1")'
    applications[1].save(update_fields=["pseudonym"])
    force_login(recruiter)
    body = client.get(reverse("shortlists:export_results", args=[offer.pk])).content
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig")), delimiter=";"))
    cells = [cell for row in rows for cell in row]
    assert f'\'{start}HYPERLINK("http://x.test","1")' in cells
    assert not any(cell.startswith(("=", "+", "-", "@")) for cell in cells)
