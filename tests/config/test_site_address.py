"""Vivier's own name and address: the sign-up email greets from « Vivier »; absolute links
(API, feeds, invitations) follow the address a request came to in development and
VIVIER_SITE_URL otherwise; the site has a favicon."""

import pytest
from django.core import mail
from django.urls import reverse

from advisers.invitations import invitation_link
from tests.advisers.factories import AdviserMembershipFactory, InvitationFactory
from tests.employers.factories import OfferFactory
from tests.utils import full_login

pytestmark = pytest.mark.django_db

DEV_HOST = "127.0.0.1:8765"


@pytest.fixture
def offer():
    return OfferFactory(published=True)


def api_url_of(client, offer):
    (item,) = client.get("/api/v1/offers/", HTTP_HOST=DEV_HOST).json()["results"]
    return item["url"]


def test_the_sign_up_email_greets_from_vivier(client):
    passwords = {"password1": "Tr3s-long-secret", "password2": "Tr3s-long-secret"}
    data = {"email": "nouvelle@example.org", **passwords}
    client.post(reverse("account_signup"), data, HTTP_HOST=DEV_HOST)
    body = mail.outbox[0].body
    assert "Bonjour, c'est Vivier !" in body
    assert f"c'est {DEV_HOST}" not in body


def test_api_urls_follow_the_request_in_development(client, settings, offer):
    settings.DEBUG = True
    assert api_url_of(client, offer) == f"http://{DEV_HOST}/offres/{offer.pk}/"


def test_api_urls_are_vivier_site_url_in_production(client, settings, offer):
    assert api_url_of(client, offer) == f"{settings.SITE_URL}/offres/{offer.pk}/"


def test_feed_links_follow_the_request_in_development(client, settings, offer):
    settings.DEBUG = True
    feed = client.get(reverse("broadcasting:feed"), HTTP_HOST=DEV_HOST).content.decode()
    assert f"http://{DEV_HOST}/offres/{offer.pk}/" in feed
    assert "127.0.0.1:8000" not in feed


def test_kept_public_pages_follow_each_request_in_development(client, settings, offer):
    settings.DEBUG = True
    url = reverse("broadcasting:offer_detail", args=[offer.pk])
    client.get(url, HTTP_HOST="localhost:8001")
    page = client.get(url, HTTP_HOST=DEV_HOST).content.decode()
    assert f'href="http://{DEV_HOST}/offres/{offer.pk}/"' in page


def test_invitation_links_follow_the_request_in_development(client, settings):
    settings.DEBUG = True
    membership = AdviserMembershipFactory()
    full_login(client, membership.user)
    invitation = InvitationFactory(adviser=membership.user, organisation=membership.organisation)
    url = reverse("advisers:invitation_detail", args=[invitation.pk])
    page = client.get(url, HTTP_HOST=DEV_HOST).content.decode()
    assert f"http://{DEV_HOST}/conseil/invitation/{invitation.code}/" in page


def test_links_made_without_a_request_are_vivier_site_url(settings):
    settings.DEBUG = True
    invitation = InvitationFactory()
    assert invitation_link(invitation).startswith(f"{settings.SITE_URL}/conseil/invitation/")


def test_every_page_links_the_favicon(client):
    page = client.get(reverse("home")).content.decode()
    assert '<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">' in page


def test_favicon_ico_leads_to_the_favicon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 302
    assert response.url == "/static/favicon.svg"


def test_the_favicon_is_served(client):
    response = client.get("/static/favicon.svg")
    assert response.status_code == 200
    assert b"<svg" in b"".join(response.streaming_content)
