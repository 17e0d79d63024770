"""Certificates of results: a candidate makes a link to a page that shows only items, scores and
dates (no name, no email, no offer, no employer), lists their links and revokes them; a revoked
link answers 410 with a page that says so, a tampered one 404."""

import html
import re

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from accounts.models import AuditEntry
from assessments import certificates
from assessments.models import Certificate
from candidates.services import delete_candidate_account
from tests.assessments.factories import ExerciseFactory, SjtScenarioFactory
from tests.assessments.test_reuse import taken
from tests.candidates.factories import CandidateFactory

pytestmark = pytest.mark.django_db


def visible_text(response) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", response.content.decode())).split())


@pytest.fixture
def candidate():
    return CandidateFactory()


@pytest.fixture
def results(candidate):
    """An exercise and a scenario the candidate took for an offer whose results are out."""
    exercise, scenario = ExerciseFactory(), SjtScenarioFactory()
    source = taken(candidate, exercise=exercise, scenario=scenario, score=0.8)
    return {"exercise": exercise, "scenario": scenario, "source": source}


@pytest.fixture
def certificate(candidate, results):
    keys = [f"exercise-{results['exercise'].pk}", f"scenario-{results['scenario'].pk}"]
    return certificates.create_certificate(candidate, keys, by=candidate.user)


def test_a_candidate_creates_a_certificate_from_their_space(
    client, force_login, candidate, results
):
    force_login(candidate.user)
    page = client.get(reverse("assessments:certificate_list"))
    assert "Somme de deux entiers — 80 / 100, passé le" in visible_text(page)
    response = client.post(
        reverse("assessments:certificate_list"),
        {"results": [f"exercise-{results['exercise'].pk}"]},
    )
    assert response.status_code == 302
    certificate = Certificate.objects.get(candidate=candidate)
    listed = client.get(reverse("assessments:certificate_list")).content.decode()
    assert reverse("assessments:certificate_public", args=[certificate.token]) in listed
    assert AuditEntry.objects.get(action="certificate.created").employer is None


def test_the_link_shows_items_scores_and_dates_and_nothing_that_identifies(
    client, candidate, results, certificate
):
    response = client.get(reverse("assessments:certificate_public", args=[certificate.token]))
    assert response.status_code == 200
    text = visible_text(response)
    assert "Exercice de code : Somme de deux entiers 80 / 100" in text
    assert "Mise en situation : " in text
    offer, user = results["source"].offer, candidate.user
    for secret in (
        candidate.identity.first_name,
        candidate.identity.last_name,
        user.email,
        offer.title,
        offer.employer.name,
        results["source"].pseudonym,
    ):
        assert secret not in text
    assert '<meta name="robots" content="noindex">' in response.content.decode()


def test_the_link_opens_without_an_account_in_english_too(client, certificate):
    with translation.override("en"):
        response = client.get(
            reverse("assessments:certificate_public", args=[certificate.token]),
            headers={"accept-language": "en"},
        )
    assert "Certificate of results" in visible_text(response)


def test_a_revoked_link_answers_410_with_a_page_that_says_so(
    client, force_login, candidate, certificate
):
    force_login(candidate.user)
    url = reverse("assessments:certificate_revoke", args=[certificate.pk])
    assert "Révoquer ce certificat ?" in visible_text(client.get(url))
    assert client.post(url, {"confirm": "1"}).status_code == 302
    client.logout()
    response = client.get(reverse("assessments:certificate_public", args=[certificate.token]))
    assert response.status_code == 410
    assert "Ce certificat a été révoqué" in visible_text(response)
    assert "80 / 100" not in visible_text(response)
    assert AuditEntry.objects.filter(action="certificate.revoked").count() == 1


def test_revoking_asks_first_a_post_without_confirmation_changes_nothing(
    client, force_login, candidate, certificate
):
    force_login(candidate.user)
    url = reverse("assessments:certificate_revoke", args=[certificate.pk])
    assert client.post(url).status_code == 302
    certificate.refresh_from_db()
    assert not certificate.is_revoked


@pytest.mark.parametrize(
    "tamper",
    [
        lambda token: token[:-1] + ("A" if token[-1] != "A" else "B"),
        lambda token: token[:-3],
        lambda token: token + "x",
        lambda token: token.replace(token[0], "%", 1),
        lambda token: "x" * 500,
        lambda token: "..%2F..%2Fetc",
    ],
    ids=["one-character", "shortened", "longer", "odd-character", "very-long", "path"],
)
def test_a_tampered_link_is_a_404_never_a_500(client, certificate, tamper):
    response = client.get(f"/evaluations/certificats/{tamper(certificate.token)}/")
    assert response.status_code == 404


def test_a_candidate_cannot_revoke_another_candidates_certificate(client, force_login, certificate):
    force_login(CandidateFactory().user)
    url = reverse("assessments:certificate_revoke", args=[certificate.pk])
    assert client.get(url).status_code == 404
    assert client.post(url, {"confirm": "1"}).status_code == 404
    certificate.refresh_from_db()
    assert not certificate.is_revoked


def test_a_certificate_cannot_hold_another_candidates_result(client, force_login, results):
    someone_else = CandidateFactory()
    force_login(someone_else.user)
    response = client.post(
        reverse("assessments:certificate_list"),
        {"results": [f"exercise-{results['exercise'].pk}"]},
    )
    assert response.status_code == 400
    assert not Certificate.objects.exists()
    with pytest.raises(certificates.CertificateRefused):
        certificates.create_certificate(
            someone_else, [f"exercise-{results['exercise'].pk}"], by=someone_else.user
        )


def test_a_result_not_out_yet_cannot_be_certified(candidate):
    exercise = ExerciseFactory()
    taken(candidate, exercise=exercise, closed=False, finished_at=timezone.now())
    with pytest.raises(certificates.CertificateRefused):
        certificates.create_certificate(candidate, [f"exercise-{exercise.pk}"], by=None)


def test_deleting_ones_account_withdraws_every_certificate(client, candidate, certificate):
    delete_candidate_account(candidate)
    response = client.get(reverse("assessments:certificate_public", args=[certificate.token]))
    assert response.status_code == 410
    assert "80 / 100" not in visible_text(response)
