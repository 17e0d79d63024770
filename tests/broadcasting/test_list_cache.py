"""The public list, an offer's page and the API list are rendered once and kept
(broadcasting.cache): any change to an offer or an employer shows at once, each language keeps
its own, and nothing that depends on the visitor is kept."""

import re

import pytest
from django.core.cache import cache

from broadcasting import cache as broadcasting_cache
from broadcasting.cache import VERSION_KEY
from employers.services import close_offer, publish_offer, update_offer
from tests.accounts.factories import UserFactory
from tests.employers.factories import EmployerMembershipFactory, OfferFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin():
    return EmployerMembershipFactory(admin=True)


def seen(client, offer) -> dict[str, bool]:
    """Whether the offer's title appears on the list, in the API list and on its own page."""
    api = client.get("/api/v1/offers/").json()
    page = client.get(f"/offres/{offer.pk}/")
    return {
        "list": offer.title in client.get("/offres/").content.decode(),
        "api": offer.title in [result["title"] for result in api["results"]],
        "page": page.status_code == 200 and offer.title in page.content.decode(),
    }


def test_a_published_offer_shows_at_once(client, admin):
    offer = OfferFactory(employer=admin.employer, title="Soudeur·se TIG")
    assert seen(client, offer) == {"list": False, "api": False, "page": False}
    publish_offer(offer, by=admin.user)
    assert seen(client, offer) == {"list": True, "api": True, "page": True}


def test_a_closed_offer_leaves_at_once(client, admin):
    offer = OfferFactory(employer=admin.employer, published=True, title="Chaudronnier·ère")
    assert seen(client, offer) == {"list": True, "api": True, "page": True}
    close_offer(offer, by=admin.user)
    assert seen(client, offer) == {"list": False, "api": False, "page": False}
    assert client.get(f"/offres/{offer.pk}/").status_code == 410


def test_an_edited_offer_shows_its_new_title_at_once(client, admin):
    offer = OfferFactory(employer=admin.employer, published=True, title="Tourneur·se")
    assert seen(client, offer)["list"]
    offer.title = "Tourneur·se fraiseur·se"
    update_offer(offer, by=admin.user)
    assert seen(client, offer) == {"list": True, "api": True, "page": True}


def test_a_renamed_employer_shows_at_once(client, admin):
    OfferFactory(employer=admin.employer, published=True)
    client.get("/offres/")
    admin.employer.name = "Ateliers Renommés"
    admin.employer.save()
    assert "Ateliers Renommés" in client.get("/offres/").content.decode()
    assert client.get("/api/v1/offers/").json()["results"][0]["employer"] == "Ateliers Renommés"


def test_a_deleted_offer_leaves_at_once(client, admin):
    offer = OfferFactory(employer=admin.employer, published=True)
    assert seen(client, offer)["api"]
    offer.delete()
    assert client.get("/api/v1/offers/").json()["count"] == 0


def test_each_language_has_its_own_list(client, admin):
    OfferFactory(employer=admin.employer, published=True)
    french = client.get("/offres/", HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    english = client.get("/offres/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Chercher une offre" in french and "Search offers" not in french
    assert "Search offers" in english and "Chercher une offre" not in english
    assert (
        "Chercher une offre" in client.get("/offres/", HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    )


def test_each_query_string_has_its_own_list(client, admin):
    OfferFactory(employer=admin.employer, published=True, department="91", postcode="91000")
    assert "1 offre" in client.get("/offres/?department=91").content.decode()
    assert "0 offre" in client.get("/offres/?department=75").content.decode()


def test_the_navigation_is_never_kept_from_one_visitor_to_another(client, force_login, admin):
    OfferFactory(employer=admin.employer, published=True)
    assert "Se connecter" in client.get("/offres/").content.decode()
    force_login(UserFactory())
    signed_in = client.get("/offres/").content.decode()
    assert "Se déconnecter" in signed_in and "Se connecter" not in signed_in
    client.logout()
    assert "Se connecter" in client.get("/offres/").content.decode()


def test_the_offer_page_has_a_new_csp_nonce_on_every_visit(client, admin):
    offer = OfferFactory(employer=admin.employer, published=True)
    nonces = []
    for _ in range(2):
        response = client.get(f"/offres/{offer.pk}/")
        (nonce,) = re.findall(r'<script type="application/ld\+json" nonce="([^"]+)"', response.text)
        assert f"'nonce-{nonce}'" in response["Content-Security-Policy"]
        nonces.append(nonce)
    assert nonces[0] != nonces[1]


def test_a_change_is_announced_again_when_its_transaction_commits(
    admin, django_capture_on_commit_callbacks
):
    offer = OfferFactory(employer=admin.employer, published=True)
    with django_capture_on_commit_callbacks() as callbacks:
        offer.save()
        during = cache.get(VERSION_KEY)
    for callback in callbacks:
        callback()
    assert cache.get(VERSION_KEY) != during


def test_a_lost_version_renders_everything_anew(client, admin, monkeypatch):
    """The shared cache may be cleared or evicted: once a process reads the version again (at
    most VERSION_TTL seconds later), what was kept is never used again."""
    offer = OfferFactory(employer=admin.employer, published=True, title="Menuisier·ère")
    assert seen(client, offer)["list"]
    type(offer).objects.filter(pk=offer.pk).update(title="Ébéniste")  # no signal
    cache.clear()
    monkeypatch.setattr(broadcasting_cache, "VERSION_TTL", 0)  # the second has passed
    assert "Ébéniste" in client.get("/offres/").content.decode()


def test_another_process_change_is_seen_within_a_second(client, admin, monkeypatch):
    """A change made by another process replaces the token in the shared cache only: this
    process serves what it kept for at most VERSION_TTL seconds, then renders anew."""
    monkeypatch.setattr(broadcasting_cache, "VERSION_TTL", 3600)  # however slow this machine
    offer = OfferFactory(employer=admin.employer, published=True, title="Menuisier·ère")
    assert seen(client, offer)["list"]
    type(offer).objects.filter(pk=offer.pk).update(title="Ébéniste")  # no signal here
    cache.set(broadcasting_cache.VERSION_KEY, "from-another-process", timeout=None)
    assert "Ébéniste" not in client.get("/offres/").content.decode()  # within the TTL
    monkeypatch.setattr(broadcasting_cache, "VERSION_TTL", 0)
    assert "Ébéniste" in client.get("/offres/").content.decode()
