"""Locking the selection rules is an explicit, confirmed action: opening the ranking shows what
to do and locks nothing; the shares of the weights shown add up to 100 %."""

import pytest
from django.urls import reverse

from accounts.models import AuditEntry
from shortlists import ranking
from shortlists.models import SelectionPolicy
from tests.shortlists.conftest import logged_in, scored
from tests.shortlists.factories import SelectionPolicyFactory

pytestmark = pytest.mark.django_db


def url(name, offer):
    return reverse(f"shortlists:{name}", args=[offer.pk])


def test_opening_the_ranking_does_not_lock_the_rules(team):
    policy = SelectionPolicyFactory(offer=team.offer)
    logged_in(team.member).get(url("ranking", team.offer))
    policy.refresh_from_db()
    assert not policy.is_locked
    assert not AuditEntry.objects.filter(action="selection_policy.locked").exists()


def test_the_ranking_without_a_lock_shows_no_result_and_what_to_do(team):
    SelectionPolicyFactory(offer=team.offer)
    scored(team.offer, coding=0.9, pseudonym="Orme-Vert")
    page = logged_in(team.member).get(url("ranking", team.offer)).content.decode()
    assert "Orme-Vert" not in page
    assert f'action="{url("lock", team.offer)}"' in page
    assert "Verrouiller les règles" in page
    for frozen in ("poids", "seuils", "identité"):
        assert frozen in page


def test_locking_needs_the_confirmation_box(team):
    policy = SelectionPolicyFactory(offer=team.offer)
    response = logged_in(team.member).post(url("lock", team.offer), {})
    assert response.status_code == 400
    policy.refresh_from_db()
    assert not policy.is_locked


def test_confirmed_locking_locks_audits_and_shows_the_ranking(team):
    policy = SelectionPolicyFactory(offer=team.offer)
    scored(team.offer, coding=0.9, pseudonym="Orme-Vert")
    client = logged_in(team.member)
    response = client.post(url("lock", team.offer), {"confirm": "on"})
    assert response.url == url("ranking", team.offer)
    policy.refresh_from_db()
    assert policy.is_locked
    assert AuditEntry.objects.filter(action="selection_policy.locked", actor=team.member).exists()
    assert "Orme-Vert" in client.get(url("ranking", team.offer)).content.decode()


def test_locking_twice_writes_one_entry(team):
    SelectionPolicyFactory(offer=team.offer)
    client = logged_in(team.member)
    client.post(url("lock", team.offer), {"confirm": "on"})
    client.post(url("lock", team.offer), {"confirm": "on"})
    assert AuditEntry.objects.filter(action="selection_policy.locked").count() == 1
    assert SelectionPolicy.objects.get(offer=team.offer).number == 1


def test_locking_without_rules_leads_to_the_rules(team):
    response = logged_in(team.member).post(url("lock", team.offer), {"confirm": "on"})
    assert response.url == url("policy", team.offer)


def test_locking_needs_a_post(team):
    SelectionPolicyFactory(offer=team.offer)
    assert logged_in(team.member).get(url("lock", team.offer)).status_code == 405


def test_another_employers_offer_cannot_be_locked(team):
    SelectionPolicyFactory(offer=team.offer)
    response = logged_in(team.stranger).post(url("lock", team.offer), {"confirm": "on"})
    assert response.status_code == 404


def test_the_export_does_not_lock_the_rules(team):
    policy = SelectionPolicyFactory(offer=team.offer)
    response = logged_in(team.member).get(url("export_results", team.offer))
    assert response.url == url("ranking", team.offer)
    policy.refresh_from_db()
    assert not policy.is_locked


def test_the_decision_page_does_not_lock_the_rules(team):
    policy = SelectionPolicyFactory(offer=team.offer)
    application = scored(team.offer, coding=0.9)
    response = logged_in(team.member).get(reverse("shortlists:decide", args=[application.pk]))
    assert response.url == url("ranking", team.offer)
    policy.refresh_from_db()
    assert not policy.is_locked


@pytest.mark.parametrize(
    "weights",
    [(1, 1, 4, 0), (1, 1, 1, 0), (1, 1, 1, 1), (2, 3, 3, 3), (40, 20, 20, 20), (0, 0, 0, 7)],
)
def test_shares_add_up_to_100(weights):
    shares = ranking.shares(dict(zip(ranking.COMPONENTS, weights, strict=True)))
    assert sum(shares.values()) == 100
    total = sum(weights)
    for component, weight in zip(ranking.COMPONENTS, weights, strict=True):
        assert abs(shares[component] - 100 * weight / total) < 1


def test_the_rules_summary_shows_shares_adding_up_to_100(team):
    policy = SelectionPolicyFactory(
        offer=team.offer,
        locked=True,
        weight_coding=1,
        weight_sjt=1,
        weight_written=4,
        weight_interview=0,
    )
    assert sum(component["share"] for component in policy.components()) == 100
