"""Closing an offer takes a confirmation: « Clôturer l'offre… » leads to a page that says the
offer leaves the public pages and takes no new application, and how many applications stay; «
Clôturer l'offre » closes it, « Annuler » goes back. A POST without the confirmation's field
closes nothing."""

import html

import pytest
from django.urls import reverse

from accounts.models import AuditEntry
from employers.enums import OfferStatus
from tests.candidates.factories import ApplicationFactory
from tests.employers.factories import EmployerMembershipFactory, OfferFactory

pytestmark = pytest.mark.django_db

CONFIRMED = {"confirm": "1"}


@pytest.fixture
def admin():
    return EmployerMembershipFactory(admin=True)


@pytest.fixture
def offer(admin):
    return OfferFactory(employer=admin.employer, published=True, title="Technicien·ne support")


def close_url(offer):
    return reverse("employers:offer_close", args=[offer.pk])


def detail_url(offer):
    return reverse("employers:offer_detail", args=[offer.pk])


def status_of(offer):
    offer.refresh_from_db()
    return offer.status


def test_the_offer_page_leads_to_the_confirmation_instead_of_closing(
    client, force_login, admin, offer
):
    force_login(admin.user)

    page = client.get(detail_url(offer)).text

    assert (
        f'<a class="button button-danger" href="{close_url(offer)}">Clôturer l\'offre…</a>'
        in html.unescape(page)
    )
    assert f'action="{close_url(offer)}"' not in page


def test_the_confirmation_says_what_closing_does_and_counts_the_applications(
    client, force_login, admin, offer
):
    ApplicationFactory.create_batch(3, offer=offer)
    force_login(admin.user)

    response = client.get(close_url(offer))

    page = html.unescape(response.text)
    assert response.status_code == 200
    assert "Clôturer l'offre « Technicien·ne support » ?" in page
    assert "L'offre quitte aussitôt les pages publiques, les flux et l'API de Vivier" in page
    assert "Plus aucune candidature n'est acceptée" in page
    assert "Les 3 candidatures déjà reçues restent dans votre espace." in page
    assert '<input type="hidden" name="confirm" value="1">' in page
    assert f'<a href="{detail_url(offer)}">Annuler</a>' in page
    assert status_of(offer) == OfferStatus.PUBLISHED


def test_the_confirmation_of_an_offer_without_applications_says_so(
    client, force_login, admin, offer
):
    force_login(admin.user)

    page = html.unescape(client.get(close_url(offer)).text)

    assert "Aucune candidature n'a été reçue." in page


def test_confirming_closes_the_offer_with_an_audit_entry(client, force_login, admin, offer):
    force_login(admin.user)

    response = client.post(close_url(offer), CONFIRMED)

    assert response.url == detail_url(offer)
    assert status_of(offer) == OfferStatus.CLOSED
    assert AuditEntry.objects.get(action="offer.closed").actor == admin.user


def test_confirming_twice_lands_on_the_closed_offer_without_an_error(
    client, force_login, admin, offer
):
    force_login(admin.user)
    client.post(close_url(offer), CONFIRMED)
    client.get(detail_url(offer))  # the first answer's message, read

    again = client.post(close_url(offer), CONFIRMED, follow=True)

    page = html.unescape(again.text)
    assert again.redirect_chain == [(detail_url(offer), 302)]
    assert '<p class="message message-info">Offre clôturée.</p>' in page
    assert "message-error" not in page
    assert AuditEntry.objects.filter(action="offer.closed").count() == 1


def test_a_post_without_the_confirmation_closes_nothing(client, force_login, admin, offer):
    force_login(admin.user)

    response = client.post(close_url(offer))

    assert response.url == close_url(offer)
    assert status_of(offer) == OfferStatus.PUBLISHED
    assert not AuditEntry.objects.filter(action="offer.closed").exists()


def test_an_offer_that_is_not_published_has_nothing_to_confirm(client, force_login, admin):
    draft = OfferFactory(employer=admin.employer)
    force_login(admin.user)

    response = client.get(close_url(draft), follow=True)

    assert response.redirect_chain == [(detail_url(draft), 302)]
    assert "Seule une offre publiée peut être clôturée." in html.unescape(response.text)
    assert status_of(draft) == OfferStatus.DRAFT


def test_a_member_who_is_not_admin_gets_a_403(client, force_login, offer):
    force_login(EmployerMembershipFactory(employer=offer.employer).user)

    assert client.get(close_url(offer)).status_code == 403
    assert client.post(close_url(offer), CONFIRMED).status_code == 403
    assert status_of(offer) == OfferStatus.PUBLISHED


def test_another_employers_admin_gets_a_404(client, force_login, offer):
    force_login(EmployerMembershipFactory(admin=True).user)

    assert client.get(close_url(offer)).status_code == 404
    assert client.post(close_url(offer), CONFIRMED).status_code == 404
    assert status_of(offer) == OfferStatus.PUBLISHED


def test_the_confirmation_is_translated(client, force_login, admin, offer):
    force_login(admin.user)
    client.cookies.load({"django_language": "en"})

    page = html.unescape(client.get(close_url(offer)).text)

    assert "Close the offer “Technicien·ne support”?" in page
    assert "No new application is accepted" in page
    assert ">Close the offer</button>" in page and ">Cancel</a>" in page
