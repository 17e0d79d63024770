"""Removing a colleague from an adviser structure takes the same confirmation as an employer's
team: a page that says who loses what, « Retirer … de l'équipe » removes, « Annuler » goes back,
and a POST without the confirmation's field removes nobody."""

import html

import pytest
from django.urls import reverse

from accounts.models import AuditEntry
from advisers.models import AdviserMembership
from employers.enums import MemberRole
from tests.advisers.factories import AdviserMembershipFactory

pytestmark = pytest.mark.django_db

CONFIRMED = {"confirm": "1"}


@pytest.fixture
def admin():
    return AdviserMembershipFactory(
        role=MemberRole.ADMIN, organisation__name="Mission locale Melun"
    )


@pytest.fixture
def member(admin):
    return AdviserMembershipFactory(
        organisation=admin.organisation,
        user__display_name="Léa Lenoir",
        user__email="lea@ml-melun.example",
    )


def remove_url(membership):
    return reverse("advisers:team_member_remove", args=[membership.organisation_id, membership.pk])


def team_url(membership):
    return reverse("advisers:team", args=[membership.organisation_id])


def test_the_team_page_leads_to_the_confirmation(client, force_login, admin, member):
    force_login(admin.user)

    page = html.unescape(client.get(team_url(admin)).text)

    link = f'<a class="button button-danger" href="{remove_url(member)}">'
    assert f"{link}Retirer Léa Lenoir de l'équipe…</a>" in page


def test_the_confirmation_says_what_the_adviser_loses(client, force_login, admin, member):
    force_login(admin.user)

    response = client.get(remove_url(member))

    page = html.unescape(response.text)
    assert response.status_code == 200
    assert "Retirer Léa Lenoir de l'équipe de Mission locale Melun ?" in page
    assert "Léa Lenoir (lea@ml-melun.example) ne fait plus partie de Mission locale Melun" in page
    assert "invitations à candidater et au suivi des personnes accompagnées" in page
    assert f'<a href="{team_url(admin)}">Annuler</a>' in page
    assert AdviserMembership.objects.filter(pk=member.pk).exists()


def test_confirming_removes_the_adviser(client, force_login, admin, member):
    force_login(admin.user)

    response = client.post(remove_url(member), CONFIRMED)

    assert response.url == team_url(admin)
    assert not AdviserMembership.objects.filter(pk=member.pk).exists()
    assert AuditEntry.objects.filter(action="membership.removed", actor=admin.user).exists()


def test_a_post_without_the_confirmation_removes_nobody(client, force_login, admin, member):
    force_login(admin.user)

    response = client.post(remove_url(member))

    assert response.url == remove_url(member)
    assert AdviserMembership.objects.filter(pk=member.pk).exists()


def test_a_member_gets_a_403_and_another_structure_a_404(client, force_login, admin, member):
    force_login(member.user)
    assert client.get(remove_url(admin)).status_code == 403
    assert client.post(remove_url(admin), CONFIRMED).status_code == 403

    force_login(AdviserMembershipFactory(role=MemberRole.ADMIN).user)
    assert client.get(remove_url(member)).status_code == 404
    assert client.post(remove_url(member), CONFIRMED).status_code == 404
    assert AdviserMembership.objects.filter(pk__in=[admin.pk, member.pk]).count() == 2
