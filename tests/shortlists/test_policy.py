"""The selection policy: fixed before results are shown, locked once they are, and changed
only as a new, audited version."""

import pytest
from django.urls import reverse

from accounts.models import AuditEntry
from shortlists import policies
from shortlists.models import SelectionPolicy
from tests.shortlists.conftest import logged_in
from tests.shortlists.factories import SelectionPolicyFactory

pytestmark = pytest.mark.django_db

FORM = {
    "weight_coding": "40",
    "weight_sjt": "20",
    "weight_written": "20",
    "weight_interview": "20",
    "min_coding": "50",
    "min_sjt": "",
    "min_written": "",
    "min_interview": "",
    "min_total": "",
    "missing_scores": "exclude",
    "reveal_stage": "interview",
    "no_answer_days": "30",
    "grace_days": "14",
}


def test_the_ranking_asks_for_the_rules_before_showing_any_result(team):
    response = logged_in(team.member).get(reverse("shortlists:ranking", args=[team.offer.pk]))
    assert response.url == reverse("shortlists:policy", args=[team.offer.pk])


def test_fixing_the_rules_creates_version_one_with_an_audit_entry(team):
    response = logged_in(team.member).post(reverse("shortlists:policy", args=[team.offer.pk]), FORM)
    assert response.status_code == 302
    policy = SelectionPolicy.objects.get(offer=team.offer)
    assert (policy.number, policy.weight_coding, policy.min_coding) == (1, 40, 50)
    assert not policy.is_locked
    entry = AuditEntry.objects.get(action="selection_policy.fixed")
    assert entry.actor == team.member
    assert entry.data["rules"]["weights"]["coding"] == 40


def test_rules_not_yet_used_are_changed_in_place(team):
    SelectionPolicyFactory(offer=team.offer)
    logged_in(team.member).post(
        reverse("shortlists:policy", args=[team.offer.pk]), {**FORM, "weight_coding": "70"}
    )
    assert list(team.offer.selection_policies.values_list("number", "weight_coding")) == [(1, 70)]
    assert AuditEntry.objects.filter(action="selection_policy.updated").count() == 1


def test_changing_locked_rules_makes_a_new_locked_version_with_its_reason(team):
    SelectionPolicyFactory(offer=team.offer, locked=True)
    logged_in(team.member).post(
        reverse("shortlists:policy", args=[team.offer.pk]),
        {**FORM, "change_reason": "Les entretiens comptent davantage pour ce poste."},
    )
    versions = list(team.offer.selection_policies.order_by("number"))
    assert [(v.number, v.weight_coding) for v in versions] == [(1, 50), (2, 40)]
    assert versions[1].is_locked
    entry = AuditEntry.objects.get(action="selection_policy.changed")
    assert entry.data["before"]["weights"]["coding"] == 50
    assert entry.data["rules"]["weights"]["coding"] == 40
    assert entry.data["reason"] == "Les entretiens comptent davantage pour ce poste."


def test_changing_locked_rules_without_a_reason_is_a_form_error(team):
    SelectionPolicyFactory(offer=team.offer, locked=True)
    response = logged_in(team.member).post(reverse("shortlists:policy", args=[team.offer.pk]), FORM)
    assert response.status_code == 200
    assert "change_reason" in response.context["form"].errors
    assert team.offer.selection_policies.count() == 1


def test_saving_the_same_rules_is_refused(team):
    policy = SelectionPolicyFactory(offer=team.offer, locked=True)
    values = {name: getattr(policy, name) for name in policies.POLICY_FIELDS}
    with pytest.raises(policies.SelectionError):
        policies.save_policy(team.offer, values, change_reason="Rien", by=team.member)


def test_the_ranking_shows_the_version_in_force(team):
    SelectionPolicyFactory(offer=team.offer, locked=True)
    SelectionPolicyFactory(offer=team.offer, locked=True, weight_coding=80, weight_interview=20)
    page = logged_in(team.member).get(reverse("shortlists:ranking", args=[team.offer.pk]))
    assert page.context["policy"].number == 2
    assert "Règles de sélection, version 2" in page.content.decode()


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("weight_coding", "-1"),
        ("weight_coding", "101"),
        ("min_total", "abc"),
        ("no_answer_days", "2"),
    ],
)
def test_bad_values_are_form_errors(team, field, value):
    response = logged_in(team.member).post(
        reverse("shortlists:policy", args=[team.offer.pk]), {**FORM, field: value}
    )
    assert response.status_code == 200
    assert field in response.context["form"].errors
    assert not SelectionPolicy.objects.exists()


def test_all_weights_at_zero_is_a_form_error(team):
    zero = {f"weight_{c}": "0" for c in ("coding", "sjt", "written", "interview")}
    response = logged_in(team.member).post(
        reverse("shortlists:policy", args=[team.offer.pk]), {**FORM, **zero}
    )
    assert response.status_code == 200
    assert "Donnez un poids à au moins une composante." in response.content.decode()
    assert not SelectionPolicy.objects.exists()


def test_an_unknown_reveal_stage_is_a_form_error(team):
    response = logged_in(team.member).post(
        reverse("shortlists:policy", args=[team.offer.pk]), {**FORM, "reveal_stage": "applied"}
    )
    assert "reveal_stage" in response.context["form"].errors


def test_the_first_version_starts_from_the_campaign_weights(team):
    from django.utils import timezone

    from assessments.models import Campaign

    Campaign.objects.create(
        offer=team.offer,
        duration_minutes=60,
        deadline=timezone.now(),
        weight_coding=60,
        weight_sjt=10,
        weight_written=30,
    )
    form = logged_in(team.member).get(reverse("shortlists:policy", args=[team.offer.pk]))
    initial = form.context["form"].initial
    assert (initial["weight_coding"], initial["weight_sjt"], initial["weight_written"]) == (
        60,
        10,
        30,
    )
    assert initial["weight_interview"] == 20
