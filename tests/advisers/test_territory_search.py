"""Advisers reach out to priority territories: offers in a commune with a QPV, or rural."""

import pytest
from django.urls import reverse

from tests.advisers.factories import AdviserMembershipFactory
from tests.employers.factories import OfferFactory

pytestmark = pytest.mark.django_db
URL = reverse("advisers:dashboard")


@pytest.fixture
def adviser_client(client, force_login):
    force_login(AdviserMembershipFactory().user)
    return client


@pytest.fixture
def offers():
    OfferFactory(published=True, commune="Évry-Courcouronnes", postcode="91000", title="Évry")
    OfferFactory(published=True, commune="Lille", postcode="59000", title="Lille")
    # Saint-Flour (Cantal) is classified in the 2022 ZRR list.
    OfferFactory(published=True, commune="Saint-Flour", postcode="15100", title="Saint-Flour")
    OfferFactory(published=True, commune="", postcode="", title="Sans lieu")


def titles(response) -> list[str]:
    return sorted(offer.title for offer, _format, _closed in response.context["cards"])


def test_offers_in_a_commune_with_a_qpv(adviser_client, offers, perimeters):
    assert titles(adviser_client.get(URL, {"territory": "qpv"})) == ["Évry"]


def test_offers_in_a_rural_commune(adviser_client, offers):
    assert titles(adviser_client.get(URL, {"territory": "rural"})) == ["Saint-Flour"]


def test_without_perimeters_the_qpv_filter_is_a_form_error(
    adviser_client, offers, settings, tmp_path
):
    settings.VIVIER_QPV_PERIMETERS = tmp_path / "absent.geojson"
    response = adviser_client.get(URL, {"territory": "qpv"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "Le filtre « quartier prioritaire » n&#x27;est pas disponible sur ce serveur" in page
    assert titles(response) == []
    # A notice, not a count of results that were never searched.
    assert 'id="resultats"' not in page and "0 offre" not in page
    assert "Aucune recherche n'a été faite" in page


def test_without_perimeters_the_qpv_choice_says_it_is_unavailable(
    adviser_client, offers, settings, tmp_path
):
    settings.VIVIER_QPV_PERIMETERS = tmp_path / "absent.geojson"
    choices = dict(adviser_client.get(URL).context["form"].fields["territory"].choices)
    assert "indisponible sur ce serveur" in str(choices["qpv"])


def test_with_perimeters_the_qpv_choice_is_plain(adviser_client, offers, perimeters):
    choices = dict(adviser_client.get(URL).context["form"].fields["territory"].choices)
    assert "indisponible" not in str(choices["qpv"])
