"""Every change of a team that cannot be undone from the team page asks for a confirmation
first (core.confirmation), for employers and adviser organisations alike: leaving, handing over
the admin role, revoking an invitation, as removing a member already did. The link opens a page
that says what will happen; only its confirmation's POST acts, any other POST does nothing."""

import html
from dataclasses import dataclass

import pytest
from django.urls import reverse

from accounts.models import AuditEntry
from advisers import onboarding as adviser_onboarding
from employers import onboarding as employer_onboarding
from employers import team as team_services
from employers.enums import InvitationState, MemberRole
from tests.advisers.factories import AdviserMembershipFactory
from tests.employers.factories import EmployerMembershipFactory

pytestmark = pytest.mark.django_db

CONFIRMED = {"confirm": "1"}


@dataclass
class Kind:
    namespace: str
    argument: str
    membership_factory: type
    team_of: object
    organisation_field: str


KINDS = {
    "employer": Kind(
        "employers",
        "employer_id",
        EmployerMembershipFactory,
        lambda m: employer_onboarding.employer_team(m.employer),
        "employer",
    ),
    "adviser": Kind(
        "advisers",
        "organisation_id",
        AdviserMembershipFactory,
        lambda m: adviser_onboarding.adviser_team(m.organisation),
        "organisation",
    ),
}


@pytest.fixture(params=KINDS)
def kind(request):
    return KINDS[request.param]


@pytest.fixture
def admin(kind):
    return kind.membership_factory(role=MemberRole.ADMIN, user__display_name="Ada Admin")


@pytest.fixture
def member(kind, admin):
    return kind.membership_factory(
        **{kind.organisation_field: getattr(admin, kind.organisation_field)},
        role=MemberRole.MEMBER,
        user__display_name="Basile Membre",
    )


def url(kind, admin, name, *args):
    organisation_id = getattr(admin, f"{kind.organisation_field}_id")
    return reverse(f"{kind.namespace}:{name}", args=[organisation_id, *args])


def invitation_of(kind, admin):
    return team_services.invite_colleague(
        kind.team_of(admin), "carla@example.org", MemberRole.MEMBER, by=admin.user
    )


def test_the_team_page_links_to_each_confirmation(client, force_login, kind, admin, member):
    invitation = invitation_of(kind, admin)
    kind.membership_factory(  # another admin: this one may leave
        **{kind.organisation_field: getattr(admin, kind.organisation_field)},
        role=MemberRole.ADMIN,
    )
    force_login(admin.user)
    page = client.get(url(kind, admin, "team")).content.decode()
    for link in (
        url(kind, admin, "team_leave"),
        url(kind, admin, "team_member_hand_over", member.pk),
        url(kind, admin, "team_invitation_revoke", invitation.pk),
    ):
        assert f'href="{link}"' in page
        assert f'action="{link}"' not in page  # no one-click form any more


def test_handing_over_asks_first(client, force_login, kind, admin, member):
    force_login(admin.user)
    hand_over = url(kind, admin, "team_member_hand_over", member.pk)
    page = client.get(hand_over).content.decode()
    assert "Basile Membre" in page and "Votre rôle devient" in page
    assert 'name="confirm"' in page
    assert client.post(hand_over).url == hand_over
    member.refresh_from_db()
    assert member.role == MemberRole.MEMBER
    client.post(hand_over, CONFIRMED)
    admin.refresh_from_db()
    member.refresh_from_db()
    assert (admin.role, member.role) == (MemberRole.MEMBER, MemberRole.ADMIN)


RESULTING_ROLE = {"employer": "Recruteur·euse", "adviser": "Membre"}


def test_handing_over_names_the_role_one_gets_afterwards(client, force_login, kind, admin, member):
    """An employer's former admin becomes « Recruteur·euse », a structure's « Membre »: the
    page and the message after it name that role, as the team table will show it."""
    role = RESULTING_ROLE[kind.namespace.removesuffix("s")]
    force_login(admin.user)
    hand_over = url(kind, admin, "team_member_hand_over", member.pk)
    page = html.unescape(client.get(hand_over).content.decode())
    assert f"Votre rôle devient « {role} »" in page
    assert "Vous devenez membre" not in page
    response = client.post(hand_over, CONFIRMED, follow=True)
    said = [str(message) for message in response.context["messages"]]
    assert said == [
        f"Basile Membre administre désormais l'organisation ; votre rôle devient « {role} »."
    ]
    admin.refresh_from_db()
    assert admin.get_role_display() == role


def test_revoking_an_invitation_asks_first(client, force_login, kind, admin):
    invitation = invitation_of(kind, admin)
    force_login(admin.user)
    revoke = url(kind, admin, "team_invitation_revoke", invitation.pk)
    page = client.get(revoke).content.decode()
    assert "carla@example.org" in page and "ne fonctionne plus" in page
    assert client.post(revoke).url == revoke
    invitation.refresh_from_db()
    assert invitation.state == InvitationState.PENDING
    client.post(revoke, CONFIRMED)
    invitation.refresh_from_db()
    assert invitation.state == InvitationState.REVOKED


def test_leaving_asks_first(client, force_login, kind, admin, member):
    force_login(member.user)
    leave = url(kind, admin, "team_leave")
    page = client.get(leave).content.decode()
    assert "Votre compte Vivier reste ouvert" in page and 'name="confirm"' in page
    assert client.post(leave).url == leave
    assert type(member).objects.filter(pk=member.pk).exists()
    assert client.post(leave, CONFIRMED).url == reverse("home")
    assert not type(member).objects.filter(pk=member.pk).exists()
    assert AuditEntry.objects.filter(action="membership.left").exists()


def test_members_cannot_open_the_admins_confirmations(client, force_login, kind, admin, member):
    invitation = invitation_of(kind, admin)
    force_login(member.user)
    for link in (
        url(kind, admin, "team_member_hand_over", admin.pk),
        url(kind, admin, "team_invitation_revoke", invitation.pk),
    ):
        assert client.get(link).status_code == 403
        assert client.post(link, CONFIRMED).status_code == 403
    invitation.refresh_from_db()
    assert invitation.state == InvitationState.PENDING


def test_another_organisations_confirmations_are_404(client, force_login, kind, admin):
    invitation = invitation_of(kind, admin)
    stranger = kind.membership_factory(role=MemberRole.ADMIN)
    force_login(stranger.user)
    for link in (
        url(kind, admin, "team_leave"),
        url(kind, admin, "team_member_hand_over", admin.pk),
        url(kind, admin, "team_invitation_revoke", invitation.pk),
    ):
        assert client.get(link).status_code == 404
        assert client.post(link, CONFIRMED).status_code == 404


# -- what the last admin is offered ----------------------------------------------------------
# The last admin cannot leave (employers.team.leave refuses): the pages do not offer it, they
# say why and link to handing the admin role over instead.

LAST_ADMIN = "Vous êtes le·la seul·e administrateur·rice"


def page_of(client, link) -> str:
    return html.unescape(client.get(link).content.decode())


def test_the_last_admin_is_not_offered_to_leave_but_to_hand_over(
    client, force_login, kind, admin, member
):
    force_login(admin.user)
    page = page_of(client, url(kind, admin, "team"))
    assert f'href="{url(kind, admin, "team_leave")}"' not in page
    assert LAST_ADMIN in page
    hand_over = url(kind, admin, "team_member_hand_over", member.pk)
    assert f'<a href="{hand_over}">Confier à Basile Membre l\'administration…</a>' in page


def test_the_last_admin_with_several_colleagues_is_sent_to_the_members_list(
    client, force_login, kind, admin, member
):
    kind.membership_factory(
        **{kind.organisation_field: getattr(admin, kind.organisation_field)},
        role=MemberRole.MEMBER,
    )
    force_login(admin.user)
    page = page_of(client, url(kind, admin, "team"))
    assert LAST_ADMIN in page and 'href="#members-title"' in page


def test_the_last_admin_alone_is_told_to_invite_a_colleague_first(client, force_login, kind, admin):
    force_login(admin.user)
    page = page_of(client, url(kind, admin, "team"))
    assert f'href="{url(kind, admin, "team_leave")}"' not in page
    assert LAST_ADMIN in page and 'href="#invite-title"' in page
    assert 'id="invite-title"' in page


def test_a_member_and_an_admin_among_admins_are_offered_to_leave(
    client, force_login, kind, admin, member
):
    second = kind.membership_factory(
        **{kind.organisation_field: getattr(admin, kind.organisation_field)},
        role=MemberRole.ADMIN,
    )
    for who in (member, second, admin):
        force_login(who.user)
        page = page_of(client, url(kind, admin, "team"))
        assert f'href="{url(kind, admin, "team_leave")}"' in page
        assert LAST_ADMIN not in page


def test_the_last_admins_leave_page_says_why_and_asks_nothing(
    client, force_login, kind, admin, member
):
    force_login(admin.user)
    page = page_of(client, url(kind, admin, "team_leave"))
    assert LAST_ADMIN in page
    assert 'name="confirm"' not in page
    assert f'href="{url(kind, admin, "team_member_hand_over", member.pk)}"' in page
    # Posted anyway (a page from before): refused, the admin stays.
    client.post(url(kind, admin, "team_leave"), CONFIRMED)
    assert type(admin).objects.filter(pk=admin.pk).exists()
