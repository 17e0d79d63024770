"""The adviser's list of offers to pass on: every publicly visible offer, filtered with the
shared search form, paginated, each with its assessment format."""

import pytest
from django.urls import reverse
from django.utils import timezone

from assessments.models import Campaign
from employers.enums import ContractType, RemotePolicy
from tests.advisers.factories import AdviserMembershipFactory
from tests.assessments.factories import CampaignFactory
from tests.employers.factories import OfferFactory
from tests.interviews.factories import GridVersionFactory

pytestmark = pytest.mark.django_db

URL = reverse("advisers:dashboard")


@pytest.fixture
def adviser_client(client, force_login):
    force_login(AdviserMembershipFactory().user)
    return client


def titles(response) -> list[str]:
    return [offer.title for offer, _format, _closed in response.context["cards"]]


def test_every_publicly_visible_offer_is_listed_and_nothing_else(adviser_client):
    OfferFactory(published=True, title="Publiée")
    OfferFactory(justified=True, title="Justifiée")
    OfferFactory(title="Brouillon")
    OfferFactory(closed=True, title="Close")
    OfferFactory(published=True, illegal_wording_at_publication=True, title="Illégale")
    assert sorted(titles(adviser_client.get(URL))) == ["Justifiée", "Publiée"]


def test_offers_are_filtered_by_department(adviser_client):
    OfferFactory(published=True, postcode="91000", title="Évry")
    OfferFactory(published=True, postcode="93270", commune="Sevran", title="Sevran")
    assert titles(adviser_client.get(URL, {"department": "93"})) == ["Sevran"]


def test_offers_are_filtered_by_contract_remote_and_rome_code(adviser_client):
    OfferFactory(published=True, cdd=True, title="CDD")
    OfferFactory(
        published=True, remote_policy=RemotePolicy.FULL, rome_code="M1805", title="Distance"
    )
    assert titles(adviser_client.get(URL, {"contract_type": ContractType.CDD})) == ["CDD"]
    assert titles(adviser_client.get(URL, {"remote_policy": RemotePolicy.FULL})) == ["Distance"]
    assert titles(adviser_client.get(URL, {"rome_code": "m1805"})) == ["Distance"]


def test_offers_are_filtered_by_distance_around_a_postcode(adviser_client):
    OfferFactory(published=True, postcode="91000", title="Évry")
    OfferFactory(published=True, postcode="13001", commune="Marseille", title="Marseille")
    response = adviser_client.get(URL, {"postcode": "91080", "distance_km": "20"})
    assert titles(response) == ["Évry"]


def test_a_bad_filter_is_a_form_error_not_a_crash(adviser_client):
    OfferFactory(published=True)
    response = adviser_client.get(URL, {"department": "99", "distance_km": "abc"})
    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"department", "distance_km"}
    assert titles(response) == []
    assert "Le formulaire contient des erreurs" in response.content.decode()


def test_the_list_is_paginated(adviser_client):
    for number in range(23):
        OfferFactory(published=True, title=f"Offre {number:02d}")
    first = adviser_client.get(URL, {"contract_type": "cdi"})
    second = adviser_client.get(URL, {"contract_type": "cdi", "page": "2"})
    assert len(titles(first)) == 20
    assert len(titles(second)) == 3
    assert "contract_type=cdi&amp;page=2" in first.content.decode()
    assert set(titles(first)).isdisjoint(titles(second))


def test_a_page_out_of_range_shows_the_last_page(adviser_client):
    OfferFactory(published=True)
    assert len(titles(adviser_client.get(URL, {"page": "999"}))) == 1
    assert len(titles(adviser_client.get(URL, {"page": "abc"}))) == 1


def test_each_offer_comes_with_its_assessment_format(adviser_client):
    grid = GridVersionFactory()
    page = adviser_client.get(URL).content.decode()
    assert grid.offer.title in page
    assert "Sans CV" in page
    assert "sur 3 compétences" in page


def test_an_offer_whose_assessment_is_closed_says_so_before_inviting(adviser_client):
    closed = CampaignFactory(offer=OfferFactory(published=True, title="Close"))
    Campaign.objects.filter(pk=closed.pk).update(closed_at=timezone.now())
    CampaignFactory(offer=OfferFactory(published=True, title="Ouverte"))
    cards = {offer.title: shut for offer, _format, shut in adviser_client.get(URL).context["cards"]}
    assert cards == {"Close": True, "Ouverte": False}
    assert "une personne invitée maintenant pourra postuler, mais plus la passer" in (
        adviser_client.get(URL).content.decode()
    )


def test_the_query_count_does_not_grow_with_the_offers(
    adviser_client, django_assert_max_num_queries
):
    for _ in range(3):
        GridVersionFactory()
    with django_assert_max_num_queries(14) as first:
        adviser_client.get(URL)
    for _ in range(10):
        GridVersionFactory()
    with django_assert_max_num_queries(len(first.captured_queries)):
        adviser_client.get(URL)


def test_the_offer_page_shows_the_format_and_the_legal_justification(adviser_client):
    offer = OfferFactory(justified=True)
    page = adviser_client.get(reverse("advisers:offer", args=[offer.pk])).content.decode()
    assert "Poste de la défense" in page
    assert "Sans CV" in page
