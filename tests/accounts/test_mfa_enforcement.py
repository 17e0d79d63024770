import pytest
from django.urls import reverse

from tests.accounts.factories import PASSWORD, UserFactory
from tests.advisers.factories import AdviserMembershipFactory, AdviserOrganisationFactory
from tests.employers.factories import EmployerFactory, EmployerMembershipFactory
from tests.utils import login_with_password

pytestmark = pytest.mark.django_db


def test_recruiter_without_mfa_is_sent_to_enrol_before_any_candidate_data(client):
    user = UserFactory(recruiter=True)
    EmployerMembershipFactory(user=user, employer=EmployerFactory())
    login_with_password(client, user)
    response = client.get(reverse("employers:dashboard"))
    assert response.status_code == 302
    assert response.url == reverse("mfa_activate_totp")


def test_adviser_without_mfa_is_sent_to_enrol(client):
    user = UserFactory(adviser=True)
    AdviserMembershipFactory(user=user, organisation=AdviserOrganisationFactory())
    login_with_password(client, user)
    assert client.get(reverse("advisers:dashboard")).url == reverse("mfa_activate_totp")


def open_enrolment_page(client, user):
    login_with_password(client, user)
    response = client.get(reverse("mfa_activate_totp"))
    # allauth asks for the password again before a security change.
    assert response.url.startswith(reverse("account_reauthenticate"))
    client.post(response.url, {"password": PASSWORD})
    return client.get(reverse("mfa_activate_totp"))


def test_recruiter_can_open_the_enrolment_page(client):
    user = UserFactory(recruiter=True)
    assert open_enrolment_page(client, user).status_code == 200


def test_candidate_without_mfa_is_not_forced_to_enrol(client):
    user = UserFactory()
    login_with_password(client, user)
    assert client.get(reverse("candidates:dashboard")).status_code == 200


def test_mfa_is_available_to_candidates_too(client):
    assert open_enrolment_page(client, UserFactory()).status_code == 200
