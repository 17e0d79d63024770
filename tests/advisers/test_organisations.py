"""Adviser structures sign up on their own, staff validate them before their advisers see any
candidate data, and their admins manage their team as an employer's do."""

import pytest
from django.core import mail
from django.urls import reverse

from accounts.enums import Role
from accounts.models import AuditEntry, User
from advisers import onboarding
from advisers.enums import AdviserOrganisationKind, AdviserOrganisationStatus
from advisers.models import AdviserMembership, AdviserOrganisation, AdviserTeamInvitation
from employers import team as team_services
from employers.enums import MemberRole
from tests.accounts.factories import UserFactory
from tests.advisers.factories import AdviserMembershipFactory

pytestmark = pytest.mark.django_db
SIGNUP = reverse("advisers:signup")


def sign_up(client, **overrides):
    return client.post(
        SIGNUP,
        {
            "organisation_name": "Mission locale de Melun",
            "kind": AdviserOrganisationKind.MISSION_LOCALE,
            "department": "77",
            "display_name": "Paul Conseil",
            "email": "paul@ml-melun.example",
            "password1": "un mot de passe solide 42",
            "password2": "un mot de passe solide 42",
            **overrides,
        },
    )


def test_a_structure_signs_up_pending_with_the_signer_as_admin(client):
    response = sign_up(client)

    organisation = AdviserOrganisation.objects.get()
    assert organisation.status == AdviserOrganisationStatus.PENDING
    assert organisation.kind == AdviserOrganisationKind.MISSION_LOCALE
    user = User.objects.get(email="paul@ml-melun.example")
    assert user.role == Role.ADVISER
    assert AdviserMembership.objects.get(user=user).role == MemberRole.ADMIN
    assert response.status_code == 302
    assert AuditEntry.objects.filter(action="adviser_organisation.signed_up").exists()
    assert mail.outbox[0].to == ["paul@ml-melun.example"]  # the address to confirm


@pytest.mark.parametrize("department", ["", "00", "99", "7", "abc"])
def test_a_bad_department_is_a_form_error(client, department):
    response = sign_up(client, department=department)

    assert response.status_code == 200
    assert response.context["form"].errors["department"]
    assert not AdviserOrganisation.objects.exists()


def test_an_unknown_kind_is_a_form_error(client):
    response = sign_up(client, kind="cabinet")

    assert response.context["form"].errors["kind"]


@pytest.fixture
def pending_admin():
    return AdviserMembershipFactory(
        role=MemberRole.ADMIN, organisation__status=AdviserOrganisationStatus.PENDING
    )


@pytest.mark.parametrize("name", ["advisers:dashboard", "advisers:follow_up"])
def test_advisers_of_a_pending_structure_see_no_candidate_data(
    client, force_login, pending_admin, name
):
    force_login(pending_admin.user)

    response = client.get(reverse(name))

    assert response.status_code == 403
    assert "attend la validation" in response.content.decode()


def test_advisers_of_a_pending_structure_cannot_invite_people_to_apply(pending_admin):
    from advisers import invitations
    from tests.employers.factories import OfferFactory

    offer = OfferFactory(published=True)
    with pytest.raises(invitations.InvitationError):
        invitations.create_invitation(
            offer, organisation=pending_admin.organisation, user=pending_admin.user
        )


def test_staff_validate_a_structure_and_its_advisers_see_their_pages(
    client, force_login, pending_admin
):
    staff = UserFactory(staff=True, mfa=True)
    force_login(staff)
    client.post(
        reverse("admin:advisers_adviserorganisation_changelist"),
        {"action": "validate", "_selected_action": [pending_admin.organisation_id]},
    )

    pending_admin.organisation.refresh_from_db()
    assert pending_admin.organisation.status == AdviserOrganisationStatus.VALIDATED
    assert AuditEntry.objects.filter(action="adviser_organisation.validated").exists()
    force_login(pending_admin.user)
    assert client.get(reverse("advisers:follow_up")).status_code == 200


def test_an_admin_of_a_pending_structure_already_invites_colleagues(
    client, force_login, pending_admin, django_capture_on_commit_callbacks
):
    force_login(pending_admin.user)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("advisers:team", args=[pending_admin.organisation_id]),
            {"email": "lea@ml-melun.example", "role": MemberRole.MEMBER},
        )

    assert AdviserTeamInvitation.objects.get().email == "lea@ml-melun.example"
    assert "/conseil/rejoindre/" in mail.outbox[0].body


def test_an_invited_adviser_creates_an_account_from_the_link(client, pending_admin):
    team = onboarding.adviser_team(pending_admin.organisation)
    invitation = team_services.invite_colleague(
        team, "lea@ml-melun.example", MemberRole.MEMBER, by=pending_admin.user
    )
    url = reverse("advisers:join", args=[team_services.invitation_token(team, invitation)])

    client.post(
        url,
        {
            "display_name": "Léa",
            "password1": "un mot de passe 1234",
            "password2": "un mot de passe 1234",
        },
    )

    user = User.objects.get(email="lea@ml-melun.example")
    assert user.role == Role.ADVISER
    assert AdviserMembership.objects.get(user=user).organisation == pending_admin.organisation
    assert client.get(url).status_code == 410  # single use


def test_a_member_cannot_invite_and_another_structure_gets_a_404(
    client, force_login, pending_admin
):
    member = AdviserMembershipFactory(organisation=pending_admin.organisation)
    url = reverse("advisers:team", args=[pending_admin.organisation_id])
    force_login(member.user)
    assert client.post(url, {"email": "x@example.org", "role": "member"}).status_code == 403

    stranger = AdviserMembershipFactory(role=MemberRole.ADMIN)
    force_login(stranger.user)
    assert client.get(url).status_code == 404


def test_an_employer_invitation_link_does_not_open_a_structure(client, pending_admin):
    from employers.onboarding import employer_team
    from tests.employers.factories import EmployerMembershipFactory

    admin = EmployerMembershipFactory(admin=True)
    team = employer_team(admin.employer)
    invitation = team_services.invite_colleague(team, "x@example.org", "member", by=admin.user)
    token = team_services.invitation_token(team, invitation)

    assert client.get(reverse("advisers:join", args=[token])).status_code == 404


def test_the_last_admin_of_a_structure_cannot_leave(client, force_login, pending_admin):
    force_login(pending_admin.user)

    client.post(
        reverse("advisers:team_leave", args=[pending_admin.organisation_id]), {"confirm": "1"}
    )

    assert AdviserMembership.objects.filter(pk=pending_admin.pk).exists()
