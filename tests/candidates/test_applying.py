import pytest
from django.urls import reverse

from candidates.models import Application
from candidates.pseudonyms import new_pseudonym
from candidates.services import ApplicationRefused, apply_to_offer
from tests.candidates.factories import CandidateFactory
from tests.employers.factories import OfferFactory

pytestmark = pytest.mark.django_db


def test_applying_creates_an_application_under_a_pseudonym(client, force_login):
    candidate = CandidateFactory()
    offer = OfferFactory(published=True)
    force_login(candidate.user)
    client.post(reverse("candidates:apply", args=[offer.pk]))
    application = Application.objects.get(candidate=candidate, offer=offer)
    assert application.pseudonym
    assert candidate.identity.last_name not in application.pseudonym


def test_the_same_person_gets_a_different_pseudonym_on_each_offer():
    candidate = CandidateFactory()
    pseudonyms = {
        apply_to_offer(candidate, OfferFactory(published=True)).pseudonym for _ in range(5)
    }
    assert len(pseudonyms) == 5


def test_pseudonyms_are_random_not_sequential():
    drawn = [new_pseudonym() for _ in range(200)]
    assert len(set(drawn)) > 190
    assert drawn != sorted(drawn)


def test_applying_twice_to_the_same_offer_is_refused():
    candidate = CandidateFactory()
    offer = OfferFactory(published=True)
    apply_to_offer(candidate, offer)
    with pytest.raises(ApplicationRefused):
        apply_to_offer(candidate, offer)
    assert Application.objects.count() == 1


def test_a_draft_offer_cannot_be_applied_to(client, force_login):
    candidate = CandidateFactory()
    draft = OfferFactory()
    force_login(candidate.user)
    assert client.post(reverse("candidates:apply", args=[draft.pk])).status_code == 404


def test_applying_needs_a_post(client, force_login):
    candidate = CandidateFactory()
    force_login(candidate.user)
    offer = OfferFactory(published=True)
    client.get(reverse("candidates:apply", args=[offer.pk]))
    assert not Application.objects.exists()


def test_open_offers_list_only_published_offers(client, force_login):
    candidate = CandidateFactory()
    OfferFactory(published=True, title="Offre publiée")
    OfferFactory(title="Brouillon secret")
    force_login(candidate.user)
    page = client.get(reverse("candidates:open_offers")).content.decode()
    assert "Offre publiée" in page
    assert "Brouillon secret" not in page


def test_dashboard_lists_only_my_applications(client, force_login):
    mine = CandidateFactory()
    apply_to_offer(mine, OfferFactory(published=True, title="Mon offre"))
    apply_to_offer(CandidateFactory(), OfferFactory(published=True, title="Offre d'une autre"))
    force_login(mine.user)
    page = client.get(reverse("candidates:dashboard")).content.decode()
    assert "Mon offre" in page
    assert "Offre d'une autre" not in page


def test_open_offers_link_each_offer_public_page(client, force_login):
    candidate = CandidateFactory()
    offer = OfferFactory(published=True)
    force_login(candidate.user)
    page = client.get(reverse("candidates:open_offers")).content.decode()
    assert f'href="{reverse("broadcasting:offer_detail", args=[offer.pk])}"' in page


def test_open_offers_show_where_each_offer_is(client, force_login):
    candidate = CandidateFactory()
    OfferFactory(published=True, commune="Roubaix", postcode="59100", remote_policy="partial")
    force_login(candidate.user)
    page = client.get(reverse("candidates:open_offers")).content.decode()
    assert "Roubaix (59100) · Télétravail partiel" in page
