"""Names composed into French sentences take « d' » before a vowel sound (core.elision):
« Équipe d'Atelier Numérique », never « Équipe de Atelier Numérique »; English unchanged."""

import html

import pytest
from django.urls import reverse

from employers import team as team_services
from employers.onboarding import employer_team
from tests.employers.factories import EmployerMembershipFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin():
    return EmployerMembershipFactory(admin=True, employer__name="Atelier Numérique du Val")


def test_the_team_page_says_equipe_d_atelier(client, force_login, admin):
    force_login(admin.user)
    page = html.unescape(client.get(reverse("employers:team", args=[admin.employer_id])).text)
    assert "Équipe d'Atelier Numérique du Val" in page
    assert "de Atelier" not in page
    dashboard = html.unescape(client.get(reverse("employers:dashboard")).text)
    assert "Équipe d'Atelier Numérique du Val" in dashboard


def test_a_consonant_keeps_de(client, force_login):
    admin = EmployerMembershipFactory(admin=True, employer__name="Lille Numérique")
    force_login(admin.user)
    page = html.unescape(client.get(reverse("employers:team", args=[admin.employer_id])).text)
    assert "Équipe de Lille Numérique" in page


def test_the_revocation_message_elides_before_an_address(client, force_login, admin):
    invitation = team_services.invite_colleague(
        employer_team(admin.employer), "alice@example.org", "member", by=admin.user
    )
    force_login(admin.user)
    url = reverse("employers:team_invitation_revoke", args=[admin.employer_id, invitation.pk])
    response = client.post(url, {"confirm": "1"}, follow=True)
    assert "Invitation d'alice@example.org révoquée." in html.unescape(response.text)


def test_english_reads_as_before(client, force_login, admin):
    force_login(admin.user)
    client.post(reverse("set_language"), {"language": "en", "next": "/"})
    page = html.unescape(client.get(reverse("employers:team", args=[admin.employer_id])).text)
    assert "Team of Atelier Numérique du Val" in page
