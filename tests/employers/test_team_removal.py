"""Removing a colleague from an employer's team takes a confirmation: « Retirer … » leads to a
page that says who loses access to what, « Retirer … de l'équipe » removes, « Annuler » goes
back. A POST without the confirmation's field removes nobody."""

import html

import pytest
from django.urls import reverse

from accounts.models import AuditEntry
from employers.models import EmployerMembership
from tests.employers.factories import EmployerMembershipFactory

pytestmark = pytest.mark.django_db

CONFIRMED = {"confirm": "1"}


@pytest.fixture
def admin():
    return EmployerMembershipFactory(admin=True, employer__name="Atelier du Val")


@pytest.fixture
def member(admin):
    return EmployerMembershipFactory(
        employer=admin.employer, user__display_name="Bruno Binet", user__email="bruno@example.org"
    )


def remove_url(membership):
    return reverse("employers:team_member_remove", args=[membership.employer_id, membership.pk])


def team_url(membership):
    return reverse("employers:team", args=[membership.employer_id])


def test_the_team_page_leads_to_the_confirmation_instead_of_removing(
    client, force_login, admin, member
):
    force_login(admin.user)

    page = html.unescape(client.get(team_url(admin)).text)

    link = f'<a class="button button-danger" href="{remove_url(member)}">'
    assert f"{link}Retirer Bruno Binet de l'équipe…</a>" in page
    assert f'action="{remove_url(member)}"' not in page


def test_a_name_ending_with_an_initial_is_not_followed_by_an_ellipsis(client, force_login, admin):
    EmployerMembershipFactory(employer=admin.employer, user__display_name="Lou I.")
    force_login(admin.user)

    page = html.unescape(client.get(team_url(admin)).text)

    assert "Retirer Lou I. de l'équipe…" in page
    assert ".…" not in page


def test_the_confirmation_says_who_loses_access_to_what(client, force_login, admin, member):
    force_login(admin.user)

    response = client.get(remove_url(member))

    page = html.unescape(response.text)
    assert response.status_code == 200
    assert "Retirer Bruno Binet de l'équipe d'Atelier du Val ?" in page
    assert (
        "Bruno Binet (bruno@example.org) perd aussitôt l'accès aux offres, aux candidatures et "
        "aux entretiens d'Atelier du Val" in page
    )
    assert "il lui faudra une nouvelle invitation" in page
    assert "journal d'audit" in page
    assert '<input type="hidden" name="confirm" value="1">' in page
    assert f'<a href="{team_url(admin)}">Annuler</a>' in page
    assert EmployerMembership.objects.filter(pk=member.pk).exists()


def test_confirming_removes_the_member_with_an_audit_entry(client, force_login, admin, member):
    force_login(admin.user)

    response = client.post(remove_url(member), CONFIRMED)

    assert response.url == team_url(admin)
    assert not EmployerMembership.objects.filter(pk=member.pk).exists()
    assert AuditEntry.objects.get(action="membership.removed").actor == admin.user


def test_a_post_without_the_confirmation_removes_nobody(client, force_login, admin, member):
    force_login(admin.user)

    response = client.post(remove_url(member))

    assert response.status_code == 302 and response.url == remove_url(member)
    assert EmployerMembership.objects.filter(pk=member.pk).exists()
    assert not AuditEntry.objects.filter(action="membership.removed").exists()


def test_a_member_gets_a_403_on_the_confirmation(client, force_login, admin, member):
    force_login(member.user)

    assert client.get(remove_url(admin)).status_code == 403
    assert client.post(remove_url(admin), CONFIRMED).status_code == 403
    assert EmployerMembership.objects.filter(pk=admin.pk).exists()


def test_another_employers_admin_gets_a_404(client, force_login, member):
    force_login(EmployerMembershipFactory(admin=True).user)

    assert client.get(remove_url(member)).status_code == 404
    assert client.post(remove_url(member), CONFIRMED).status_code == 404
    assert EmployerMembership.objects.filter(pk=member.pk).exists()


def test_an_admin_is_sent_to_leaving_when_they_open_their_own_removal(client, force_login, admin):
    force_login(admin.user)

    response = client.get(remove_url(admin), follow=True)

    assert response.redirect_chain == [(team_url(admin), 302)]
    assert "utilisez « Quitter l'organisation »" in html.unescape(response.text)
