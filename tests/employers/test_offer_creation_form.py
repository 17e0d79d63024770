"""Creating an offer from what the editor's page sends, as a browser would: a recruiter of one
employer (the employer field is hidden) and of two (it is a choice)."""

import pytest
from django.urls import reverse

from employers.models import Offer
from tests.employers.factories import EmployerFactory, EmployerMembershipFactory
from tests.employers.test_offer_editor import form_data
from tests.utils import form_values, full_login

pytestmark = pytest.mark.django_db

EDITOR = "data-vivier-offer-editor"


@pytest.fixture
def one_employer(client):
    membership = EmployerMembershipFactory()
    full_login(client, membership.user)
    return membership


@pytest.fixture
def two_employers(client):
    first = EmployerMembershipFactory(employer=EmployerFactory(name="A Première"))
    EmployerMembershipFactory(user=first.user, employer=EmployerFactory(name="B Seconde"))
    full_login(client, first.user)
    return first.user


def sent_by_the_editor(client, **typed):
    """The editor's values as the page renders them, with what the recruiter typed."""
    page = client.get(reverse("employers:offer_create")).content.decode()
    return {**form_values(page, EDITOR), **typed}


def test_one_employer_recruiter_saves_a_new_offer(client, one_employer):
    client.post(reverse("employers:offer_create"), sent_by_the_editor(client, **form_data()))
    assert Offer.objects.get().employer == one_employer.employer


def test_one_employer_recruiter_gets_the_live_check(client, one_employer):
    data = sent_by_the_editor(client, **form_data())
    response = client.post(reverse("employers:offer_check_new"), data)
    assert response.status_code == 200


def test_live_check_of_a_one_employer_recruiter_needs_no_employer_field(client, one_employer):
    data = {"title": "Développeur·se Python (H/F)", "description": "Vous codez."}
    response = client.post(reverse("employers:offer_check_new"), data)
    assert response.status_code == 200


def test_two_employer_recruiter_chooses_the_employer(client, two_employers):
    second = two_employers.employer_memberships.get(employer__name="B Seconde").employer
    data = sent_by_the_editor(client, **form_data(employer=second.pk))
    client.post(reverse("employers:offer_create"), data)
    assert Offer.objects.get().employer == second


def test_two_employer_recruiter_saves_with_the_preselected_employer(client, two_employers):
    client.post(reverse("employers:offer_create"), sent_by_the_editor(client, **form_data()))
    assert Offer.objects.get().employer.name == "A Première"


def test_two_employer_recruiter_gets_the_live_check(client, two_employers):
    data = sent_by_the_editor(client, **form_data())
    response = client.post(reverse("employers:offer_check_new"), data)
    assert response.status_code == 200


def test_live_check_of_a_two_employer_recruiter_asks_which_employer(client, two_employers):
    data = {"title": "Développeur·se Python (H/F)", "description": "Vous codez."}
    response = client.post(reverse("employers:offer_check_new"), data)
    assert response.status_code == 400
