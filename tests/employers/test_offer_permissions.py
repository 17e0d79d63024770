"""Every offer URL × every kind of user: members edit, admins publish and close, other
organisations get a 404, other roles a 403, anonymous visitors the login page."""

import pytest
from django.urls import reverse

from tests.accounts.factories import UserFactory
from tests.advisers.factories import AdviserMembershipFactory
from tests.candidates.factories import CandidateFactory
from tests.employers.factories import EmployerMembershipFactory, OfferFactory

pytestmark = pytest.mark.django_db

CHECK_DATA = {"title": "Développeur·se (H/F)", "description": "Vous codez."}
# What each POST sends: closing is the confirmation page's POST.
POSTED = {"check": CHECK_DATA, "close": {"confirm": "1"}}

# (url name, method, takes the offer id)
URLS = {
    "create": ("employers:offer_create", "get", False),
    "detail": ("employers:offer_detail", "get", True),
    "edit": ("employers:offer_edit", "get", True),
    "check": ("employers:offer_check", "post", True),
    "publish": ("employers:offer_publish", "get", True),
    "close": ("employers:offer_close", "post", True),
}
MATRIX = {
    "member": {
        "create": 200,
        "detail": 200,
        "edit": 200,
        "check": 200,
        "publish": 403,
        "close": 403,
    },
    "admin": {
        "create": 200,
        "detail": 200,
        "edit": 200,
        "check": 200,
        "publish": 200,
        "close": 302,
    },
    "other_organisation_admin": {
        "create": 200,
        "detail": 404,
        "edit": 404,
        "check": 404,
        "publish": 404,
        "close": 404,
    },
    "candidate": {
        "create": 403,
        "detail": 403,
        "edit": 403,
        "check": 403,
        "publish": 403,
        "close": 403,
    },
    "adviser": {
        "create": 403,
        "detail": 403,
        "edit": 403,
        "check": 403,
        "publish": 403,
        "close": 403,
    },
}


def make_user(kind, offer):
    if kind == "member":
        return EmployerMembershipFactory(employer=offer.employer).user
    if kind == "admin":
        return EmployerMembershipFactory(employer=offer.employer, admin=True).user
    if kind == "other_organisation_admin":
        return EmployerMembershipFactory(admin=True).user
    if kind == "candidate":
        return CandidateFactory().user
    return AdviserMembershipFactory().user


def request(client, url, offer):
    name, method, with_offer = URLS[url]
    path = reverse(name, args=[offer.pk] if with_offer else [])
    if method == "post":
        return client.post(path, POSTED[url])
    return client.get(path)


@pytest.mark.parametrize("kind", list(MATRIX))
@pytest.mark.parametrize("url", list(URLS))
def test_permission_matrix(client, force_login, kind, url):
    offer = OfferFactory()
    force_login(make_user(kind, offer))
    assert request(client, url, offer).status_code == MATRIX[kind][url]


@pytest.mark.parametrize("url", list(URLS))
def test_anonymous_visitors_are_sent_to_the_login_page(client, url):
    response = request(client, url, OfferFactory())
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


def test_recruiter_without_an_organisation_cannot_create_offers(client, force_login):
    force_login(UserFactory(recruiter=True, mfa=True))
    assert client.get(reverse("employers:offer_create")).status_code == 403


def test_recruiter_without_mfa_is_sent_to_enrol(client, force_login):
    membership = EmployerMembershipFactory(user=UserFactory(recruiter=True))
    force_login(membership.user)
    response = client.get(reverse("employers:offer_create"))
    assert response.url == reverse("mfa_activate_totp")


@pytest.mark.parametrize("url", ["employers:offer_check"])
def test_post_only_urls_refuse_get(client, force_login, url):
    offer = OfferFactory()
    force_login(EmployerMembershipFactory(employer=offer.employer, admin=True).user)
    assert client.get(reverse(url, args=[offer.pk])).status_code == 405
