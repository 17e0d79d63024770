"""Every workspace URL × every role: a user sees only the pages of their role."""

import pytest
from django.urls import reverse

from tests.accounts.factories import UserFactory
from tests.advisers.factories import AdviserMembershipFactory
from tests.candidates.factories import CandidateFactory
from tests.employers.factories import EmployerMembershipFactory, OfferFactory
from tests.utils import full_login

pytestmark = pytest.mark.django_db


def make_candidate():
    return CandidateFactory().user


def make_recruiter():
    return EmployerMembershipFactory(admin=True).user


def make_adviser():
    return AdviserMembershipFactory().user


def make_staff():
    return UserFactory(staff=True, mfa=True)


MAKERS = {
    "candidate": make_candidate,
    "recruiter": make_recruiter,
    "adviser": make_adviser,
    "staff": make_staff,
}

# (url name, expected status per role); 302 for anonymous is the login redirect.
MATRIX = [
    ("candidates:dashboard", {"candidate": 200, "recruiter": 403, "adviser": 403, "staff": 403}),
    ("employers:dashboard", {"candidate": 403, "recruiter": 200, "adviser": 403, "staff": 403}),
    ("employers:audit_log", {"candidate": 403, "recruiter": 200, "adviser": 403, "staff": 403}),
    ("advisers:dashboard", {"candidate": 403, "recruiter": 403, "adviser": 200, "staff": 403}),
    # The admin sends non-staff users to its login, which refuses them (next test).
    ("admin:index", {"candidate": 302, "recruiter": 302, "adviser": 302, "staff": 200}),
]


@pytest.mark.parametrize("role", list(MAKERS))
@pytest.mark.parametrize(("url_name", "expected"), MATRIX, ids=[row[0] for row in MATRIX])
def test_permission_matrix(client, force_login, role, url_name, expected):
    user = MAKERS[role]()
    force_login(user)
    assert client.get(reverse(url_name)).status_code == expected[role]


@pytest.mark.parametrize(("url_name", "_expected"), MATRIX, ids=[row[0] for row in MATRIX])
def test_anonymous_visitors_are_sent_to_the_login_page(client, url_name, _expected):
    response = client.get(reverse(url_name), follow=True)
    assert response.redirect_chain[-1][0].startswith(reverse("account_login"))


def test_admin_login_refuses_signed_in_non_staff_users(client):
    full_login(client, make_recruiter())
    response = client.get(reverse("admin:index"), follow=True)
    assert response.status_code == 403


def test_admin_login_goes_through_allauth_and_its_second_factor(client):
    response = client.get(reverse("admin:login") + "?next=/admin/")
    assert response.url == reverse("account_login") + "?next=%2Fadmin%2F"


def test_menu_shows_only_the_pages_of_the_role(client, force_login):
    force_login(make_recruiter())
    page = client.get(reverse("employers:dashboard")).content.decode()
    assert reverse("employers:dashboard") in page
    assert reverse("advisers:dashboard") not in page
    assert reverse("candidates:dashboard") not in page


def test_home_sends_each_role_to_its_dashboard(client, force_login):
    force_login(make_adviser())
    assert client.get(reverse("home")).url == reverse("advisers:dashboard")


def test_public_home_page_needs_no_login(client):
    response = client.get(reverse("home"))
    assert response.status_code == 200
    assert b'<html lang="fr">' in response.content


def test_offer_detail_is_open_to_members_of_its_organisation(client, force_login):
    membership = EmployerMembershipFactory()
    offer = OfferFactory(employer=membership.employer)
    force_login(membership.user)
    assert client.get(reverse("employers:offer_detail", args=[offer.pk])).status_code == 200


def test_recruiter_gets_404_on_an_offer_of_another_organisation(client, force_login):
    membership = EmployerMembershipFactory()
    other_offer = OfferFactory()
    force_login(membership.user)
    response = client.get(reverse("employers:offer_detail", args=[other_offer.pk]))
    assert response.status_code == 404


def test_recruiter_dashboard_lists_only_their_organisation_offers(client, force_login):
    membership = EmployerMembershipFactory()
    own = OfferFactory(employer=membership.employer, title="Notre offre")
    OfferFactory(title="Offre d'une autre entreprise")
    force_login(membership.user)
    page = client.get(reverse("employers:dashboard")).content.decode()
    assert own.title in page
    assert "Offre d'une autre entreprise" not in page
