"""Every page of the app × every role: members of the offer's employer only; another employer's
member gets a 404, candidates and advisers a 403, visitors the login page."""

import pytest
from django.urls import reverse

from candidates.models import Application
from shortlists.models import Decision, SelectionPolicy
from tests.accounts.factories import UserFactory
from tests.advisers.factories import AdviserMembershipFactory
from tests.shortlists.conftest import logged_in, scored
from tests.shortlists.factories import SelectionPolicyFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(team):
    SelectionPolicyFactory(offer=team.offer, locked=True)
    team.application = scored(team.offer, coding=0.5)
    team.candidate = team.application.candidate.user
    team.adviser = AdviserMembershipFactory().user
    return team


def urls(world):
    return {
        "ranking": reverse("shortlists:ranking", args=[world.offer.pk]),
        "policy": reverse("shortlists:policy", args=[world.offer.pk]),
        "decide": reverse("shortlists:decide", args=[world.application.pk]),
    }


EXPECTED = {"member": 200, "admin": 200, "stranger": 404, "candidate": 403, "adviser": 403}


@pytest.mark.parametrize("page", ["ranking", "policy", "decide"])
@pytest.mark.parametrize("role", list(EXPECTED))
def test_get(world, page, role):
    response = logged_in(getattr(world, role)).get(urls(world)[page])
    assert response.status_code == EXPECTED[role]


@pytest.mark.parametrize("page", ["policy", "decide"])
@pytest.mark.parametrize("role", ["stranger", "candidate", "adviser"])
def test_post_is_refused_and_changes_nothing(world, page, role):
    data = {"kind": "reject", "reason": "positions_filled", "weight_coding": "90"}
    response = logged_in(getattr(world, role)).post(urls(world)[page], data)
    assert response.status_code == EXPECTED[role]
    assert not Decision.objects.exists()
    assert SelectionPolicy.objects.get().weight_coding == 50
    assert Application.objects.get().stage == "assessed"


@pytest.mark.parametrize("page", ["ranking", "policy", "decide"])
def test_visitors_are_sent_to_the_login_page(client, world, page):
    response = client.get(urls(world)[page])
    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


def test_a_recruiter_without_a_second_factor_is_sent_to_enrol(world):
    from tests.employers.factories import EmployerMembershipFactory

    user = EmployerMembershipFactory(employer=world.employer, user=UserFactory(recruiter=True)).user
    response = logged_in(user).get(urls(world)["ranking"])
    assert response.url == reverse("mfa_activate_totp")


def test_a_member_signed_in_with_the_second_factor_opens_the_ranking(client, force_login, world):
    force_login(world.member)
    assert client.get(urls(world)["ranking"]).status_code == 200


def test_an_unknown_offer_or_application_is_a_404(world):
    client = logged_in(world.member)
    assert client.get(reverse("shortlists:ranking", args=[999999])).status_code == 404
    assert client.get(reverse("shortlists:decide", args=[999999])).status_code == 404
