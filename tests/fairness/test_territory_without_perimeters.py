"""« Where I live » on a server without the QPV perimeter file (the ANCT file is not shipped):
Vivier never claims a commune has no QPV, says it cannot check, and lets the person declare
whether they live in one; the self-declared question stays wherever the answer is unknown."""

import pytest
from django.urls import reverse

from fairness import services
from fairness.models import SelfDeclaration
from tests.candidates.factories import CandidateFactory
from tests.employers.factories import OfferFactory
from tests.fairness.population import first_stage

pytestmark = pytest.mark.django_db
URL = reverse("fairness:territory")
DECLARATION = reverse("fairness:declaration")
PYRAMIDES = "12 rue des Pyramides 91000 Évry-Courcouronnes"


@pytest.fixture
def no_perimeters(settings, tmp_path):
    settings.VIVIER_QPV_PERIMETERS = tmp_path / "absent.geojson"


@pytest.fixture
def candidate(client, force_login):
    candidate = CandidateFactory()
    force_login(candidate.user)
    return candidate


def kept(candidate) -> SelfDeclaration:
    return SelfDeclaration.objects.get(candidate=candidate)


@pytest.mark.parametrize("search", ["evry courcouronnes", "Roubaix", "Grigny"])
def test_without_perimeters_no_commune_is_said_to_have_no_qpv(
    client, candidate, no_perimeters, search
):
    response = client.post(URL, {"step": "commune", "commune": search})
    if response.context["step"] == "pick":  # Grigny: in the Essonne and in the Rhône
        code = next(iter(dict(response.context["form"].fields["insee_code"].choices)))
        response = client.post(URL, {"step": "pick", "insee_code": code})
    page = response.content.decode()
    assert response.context["step"] == "residence"
    assert "aucun quartier prioritaire" not in page
    assert "ne peut pas vérifier les quartiers prioritaires sur ce serveur" in page
    choices = dict(response.context["form"].fields["qpv"].choices)
    assert list(choices) == ["yes", "no", "unknown"]


@pytest.mark.parametrize(("answer", "stored"), [("yes", "yes"), ("no", "no"), ("unknown", "")])
def test_without_perimeters_the_person_declares_their_qpv(
    client, candidate, no_perimeters, answer, stored
):
    response = client.post(
        URL, {"step": "residence", "insee_code": "91228", "qpv": answer, "consent": "on"}
    )
    assert response.status_code == 302
    assert (kept(candidate).qpv, kept(candidate).qpv_code) == (stored, "")
    assert kept(candidate).zrr == "no"  # the ZRR list is shipped: known, declared by commune


def test_without_perimeters_the_qpv_answer_is_required(client, candidate, no_perimeters):
    response = client.post(URL, {"step": "residence", "insee_code": "91228", "consent": "on"})
    assert response.status_code == 200
    assert response.context["form"].errors["qpv"]
    assert not SelfDeclaration.objects.exists()


def test_with_perimeters_a_commune_without_qpv_is_still_said_so(client, candidate, perimeters):
    response = client.post(URL, {"step": "commune", "commune": "01001"})
    page = response.content.decode()
    assert "aucun quartier prioritaire" in page and "sur ce serveur" not in page


def test_an_unknown_qpv_answer_keeps_the_self_declared_question(
    client, candidate, no_perimeters, fake_geocoder
):
    client.post(URL, {"step": "address", "address": PYRAMIDES, "consent": "on"})
    assert (kept(candidate).qpv, kept(candidate).zrr) == ("", "no_verified")
    fields = set(client.get(DECLARATION).context["form"].fields)
    assert "qpv" in fields  # unknown: the person may say
    assert "zrr" not in fields  # verified from the address: not asked again

    client.post(DECLARATION, {"qpv": "yes", "consent": "on"})
    declaration = kept(candidate)
    assert (declaration.qpv, declaration.zrr) == ("yes", "no_verified")
    assert (declaration.insee_code, declaration.territory_source) == ("91228", "address")


def test_i_dont_know_with_perimeters_keeps_the_self_declared_question(
    client, candidate, perimeters
):
    client.post(
        URL, {"step": "residence", "insee_code": "91228", "qpv": "unknown", "consent": "on"}
    )
    assert kept(candidate).qpv == ""
    assert "qpv" in client.get(DECLARATION).context["form"].fields


def test_a_known_answer_is_not_overwritten_by_the_declaration_form(
    client, candidate, perimeters, fake_geocoder
):
    client.post(URL, {"step": "address", "address": PYRAMIDES, "consent": "on"})
    client.post(DECLARATION, {"qpv": "no", "zrr": "yes", "gender": "woman", "consent": "on"})
    assert (kept(candidate).qpv, kept(candidate).zrr) == ("yes_verified", "no_verified")


def test_the_figures_count_declared_answers_when_perimeters_are_missing(
    client, candidate, no_perimeters
):
    offer = OfferFactory()
    first_stage(offer, advanced=10, rejected=10, qpv="yes")
    first_stage(offer, advanced=10, rejected=10, qpv="")
    rows = services.territory_shares(offer.applications.all())
    assert rows[0]["qpv"]["count"] == 20 and rows[0]["qpv"]["verified"] == 0


def test_when_the_geocoder_is_down_the_commune_search_is_prefilled_with_the_postcode(
    client, candidate, perimeters, fake_geocoder
):
    fake_geocoder.mode = "error"
    response = client.post(URL, {"step": "address", "address": PYRAMIDES, "consent": "on"})
    assert response.context["step"] == "commune"
    assert response.context["form"]["commune"].value() == "91000"
    assert "Pyramides" not in response.content.decode()  # only the postcode is kept


def test_consent_given_with_the_address_is_not_asked_again_in_the_fallback(
    client, candidate, perimeters, fake_geocoder
):
    fake_geocoder.mode = "error"
    client.post(URL, {"step": "address", "address": PYRAMIDES, "consent": "on"})
    response = client.post(URL, {"step": "commune", "commune": "91000"})
    if response.context["step"] == "pick":
        response = client.post(URL, {"step": "pick", "insee_code": "91228"})
    assert "consent" not in response.context["form"].fields
    response = client.post(URL, {"step": "residence", "insee_code": "91228", "qpv": "none"})
    assert response.status_code == 302
    assert kept(candidate).qpv == "no"


def test_the_fallback_without_prior_consent_still_asks_for_it(client, candidate, perimeters):
    response = client.post(URL, {"step": "residence", "insee_code": "91228", "qpv": "none"})
    assert response.status_code == 200
    assert response.context["form"].errors["consent"]
    assert not SelfDeclaration.objects.exists()
