"""An employer's team: admins invite colleagues by email with a role, resend, revoke, remove,
hand over the admin role; invitation links are signed, single-use and expire."""

import html
import re
from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from accounts.enums import Role
from accounts.models import AuditEntry, User
from employers import team as team_services
from employers.enums import EmployerRole, InvitationState
from employers.models import EmployerInvitation, EmployerMembership
from employers.onboarding import employer_team
from tests.accounts.factories import UserFactory
from tests.employers.factories import EmployerMembershipFactory

pytestmark = pytest.mark.django_db

CONFIRMED = {"confirm": "1"}  # what a confirmation page posts (removal, revocation, leaving…)


@pytest.fixture
def admin():
    return EmployerMembershipFactory(admin=True, user__display_name="Ada Admin")


def team_url(membership):
    return reverse("employers:team", args=[membership.employer_id])


def invite(client, membership, email="bob@example.org", role=EmployerRole.MEMBER):
    return client.post(team_url(membership), {"email": email, "role": role})


def link_in(message) -> str:
    return re.search(r"http://\S+/entreprise/rejoindre/\S+/", message.body).group(0)


def path_of(link: str) -> str:
    return link.split("://", 1)[1].split("/", 1)[1].join(["/", ""])


def sent_invitation(admin, email="bob@example.org", role=EmployerRole.MEMBER):
    with_mail = team_services.invite_colleague(
        employer_team(admin.employer), email, role, by=admin.user
    )
    return with_mail


# -- inviting ---------------------------------------------------------------------------------


def test_an_admin_invites_a_colleague_by_email_with_a_role(
    client, force_login, admin, django_capture_on_commit_callbacks
):
    force_login(admin.user)

    with django_capture_on_commit_callbacks(execute=True):
        response = invite(client, admin, role=EmployerRole.INTERVIEWER)

    assert response.status_code == 302
    invitation = EmployerInvitation.objects.get()
    assert (invitation.email, invitation.role) == ("bob@example.org", EmployerRole.INTERVIEWER)
    assert mail.outbox[0].to == ["bob@example.org"]
    assert admin.employer.name in mail.outbox[0].subject
    assert "Intervieweur·euse" in mail.outbox[0].body
    assert "Ada Admin" in mail.outbox[0].body
    assert link_in(mail.outbox[0])


def test_the_admin_sees_pending_invitations(client, force_login, admin):
    sent_invitation(admin, "carol@example.org")
    force_login(admin.user)

    page = client.get(team_url(admin)).content.decode()

    assert "carol@example.org" in page
    assert "Renvoyer à carol@example.org" in page


def test_a_member_cannot_invite(client, force_login, admin):
    member = EmployerMembershipFactory(employer=admin.employer)
    force_login(member.user)

    assert invite(client, admin).status_code == 403
    assert not EmployerInvitation.objects.exists()


def test_a_member_sees_the_team_but_no_invitation(client, force_login, admin):
    sent_invitation(admin, "carol@example.org")
    member = EmployerMembershipFactory(employer=admin.employer)
    force_login(member.user)

    response = client.get(team_url(admin))

    assert response.status_code == 200
    assert "carol@example.org" not in response.content.decode()


def test_an_admin_of_another_employer_gets_a_404(client, force_login, admin):
    invitation = sent_invitation(admin)
    stranger = EmployerMembershipFactory(admin=True)
    force_login(stranger.user)
    employer_id = admin.employer_id

    assert client.get(team_url(admin)).status_code == 404
    assert invite(client, admin).status_code == 404
    revoke = reverse("employers:team_invitation_revoke", args=[employer_id, invitation.pk])
    assert client.post(revoke).status_code == 404
    remove = reverse("employers:team_member_remove", args=[employer_id, admin.pk])
    assert client.get(remove).status_code == 404
    assert client.post(remove, CONFIRMED).status_code == 404
    assert EmployerMembership.objects.filter(pk=admin.pk).exists()


def test_an_admin_cannot_reach_another_employers_invitation_through_their_own(
    client, force_login, admin
):
    other = EmployerMembershipFactory(admin=True)
    invitation = sent_invitation(other)
    force_login(admin.user)

    url = reverse("employers:team_invitation_revoke", args=[admin.employer_id, invitation.pk])

    assert client.post(url).status_code == 404


@pytest.mark.parametrize("email", ["", "pas-une-adresse"])
def test_a_bad_address_is_a_form_error(client, force_login, admin, email):
    force_login(admin.user)

    response = invite(client, admin, email=email)

    assert response.status_code == 400
    assert response.context["invite_form"].errors["email"]


def test_an_unknown_role_is_a_form_error(client, force_login, admin):
    force_login(admin.user)

    response = invite(client, admin, role="owner")

    assert response.status_code == 400
    assert response.context["invite_form"].errors["role"]


def test_inviting_a_member_again_is_a_form_error(client, force_login, admin):
    member = EmployerMembershipFactory(employer=admin.employer)
    force_login(admin.user)

    response = invite(client, admin, email=member.user.email.upper())

    assert "fait déjà partie" in response.context["invite_form"].errors["email"][0]


def test_inviting_an_address_already_invited_is_a_form_error(client, force_login, admin):
    sent_invitation(admin)
    force_login(admin.user)

    response = invite(client, admin)

    assert "attend déjà" in response.context["invite_form"].errors["email"][0]


# -- resending, revoking ----------------------------------------------------------------------


def test_resending_sends_a_new_link_and_the_former_one_stops_working(
    client, force_login, admin, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        invitation = sent_invitation(admin)
    former = path_of(link_in(mail.outbox[0]))
    force_login(admin.user)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("employers:team_invitation_resend", args=[admin.employer_id, invitation.pk])
        )

    assert len(mail.outbox) == 2
    latest = path_of(link_in(mail.outbox[1]))
    assert latest != former
    client.logout()
    assert client.get(former).status_code == 410
    assert client.get(latest).status_code == 200


def test_a_revoked_invitation_link_is_refused(client, force_login, admin):
    invitation = sent_invitation(admin)
    token = team_services.invitation_token(employer_team(admin.employer), invitation)
    force_login(admin.user)

    client.post(
        reverse("employers:team_invitation_revoke", args=[admin.employer_id, invitation.pk]),
        CONFIRMED,
    )
    client.logout()

    invitation.refresh_from_db()
    assert invitation.state == InvitationState.REVOKED
    response = client.get(reverse("employers:join", args=[token]))
    assert response.status_code == 410
    assert "révoquée" in response.content.decode()


def test_a_member_cannot_revoke(client, force_login, admin):
    invitation = sent_invitation(admin)
    member = EmployerMembershipFactory(employer=admin.employer)
    force_login(member.user)

    client.post(
        reverse("employers:team_invitation_revoke", args=[admin.employer_id, invitation.pk])
    )

    invitation.refresh_from_db()
    assert invitation.state == InvitationState.PENDING


# -- accepting --------------------------------------------------------------------------------


def join_url(admin, invitation):
    token = team_services.invitation_token(employer_team(admin.employer), invitation)
    return reverse("employers:join", args=[token])


def new_account(client, url, name="Bob Collègue"):
    return client.post(
        url,
        {
            "display_name": name,
            "password1": "un mot de passe 1234",
            "password2": "un mot de passe 1234",
        },
    )


def test_an_invitee_without_an_account_creates_one_from_the_link(client, admin):
    invitation = sent_invitation(admin, role=EmployerRole.INTERVIEWER)

    response = new_account(client, join_url(admin, invitation))

    user = User.objects.get(email="bob@example.org")
    assert user.role == Role.RECRUITER
    assert user.display_name == "Bob Collègue"
    membership = EmployerMembership.objects.get(user=user)
    assert (membership.employer, membership.role) == (admin.employer, EmployerRole.INTERVIEWER)
    assert response.status_code == 302
    # Signed in, the second factor comes first.
    assert client.get(reverse("employers:dashboard")).url == reverse("mfa_activate_totp")


def test_a_used_invitation_link_is_refused(client, admin):
    invitation = sent_invitation(admin)
    url = join_url(admin, invitation)
    new_account(client, url)
    client.logout()

    response = client.get(url)

    assert response.status_code == 410
    assert "déjà été acceptée" in response.content.decode()


def test_an_expired_invitation_link_is_refused(client, admin, settings):
    settings.TEAM_INVITATION_DAYS = 7
    invitation = sent_invitation(admin)
    url = join_url(admin, invitation)
    EmployerInvitation.objects.filter(pk=invitation.pk).update(
        sent_at=timezone.now() - timedelta(days=7, minutes=1)
    )

    response = client.get(url)

    assert response.status_code == 410
    assert "expiré" in response.content.decode()
    assert not User.objects.filter(email="bob@example.org").exists()


def test_a_tampered_link_is_unknown(client, admin):
    invitation = sent_invitation(admin)

    response = client.get(join_url(admin, invitation)[:-3] + "xx/")

    assert response.status_code == 404


def test_mismatched_passwords_are_a_form_error(client, admin):
    invitation = sent_invitation(admin)

    response = client.post(
        join_url(admin, invitation),
        {"display_name": "Bob", "password1": "un mot de passe 1234", "password2": "autre"},
    )

    assert response.status_code == 400
    assert response.context["form"].errors["password2"]
    assert not User.objects.filter(email="bob@example.org").exists()


def test_an_invitee_with_an_account_signs_in_then_accepts(client, force_login, admin):
    bob = UserFactory(email="bob@example.org", recruiter=True, mfa=True)
    invitation = sent_invitation(admin)
    url = join_url(admin, invitation)

    assert "Me connecter" in client.get(url).content.decode()
    force_login(bob)
    response = client.post(url)

    assert response.status_code == 302
    assert EmployerMembership.objects.filter(user=bob, employer=admin.employer).exists()


def test_a_candidate_account_cannot_join_an_employer(client, force_login, admin):
    candidate = UserFactory(email="bob@example.org")
    invitation = sent_invitation(admin)
    force_login(candidate)

    response = client.post(join_url(admin, invitation))

    assert response.status_code == 400
    candidate.refresh_from_db()
    assert candidate.role == Role.CANDIDATE
    assert not EmployerMembership.objects.filter(user=candidate).exists()


def test_someone_signed_in_with_another_address_cannot_accept(client, force_login, admin):
    invitation = sent_invitation(admin)
    force_login(UserFactory(recruiter=True, mfa=True))

    assert client.post(join_url(admin, invitation)).status_code == 403
    assert EmployerMembership.objects.filter(employer=admin.employer).count() == 1


# -- members ----------------------------------------------------------------------------------


def post_as(client, force_login, user, name, employer_id, *args, data=None):
    force_login(user)
    return client.post(reverse(f"employers:{name}", args=[employer_id, *args]), data or {})


def test_an_admin_removes_a_member(client, force_login, admin):
    member = EmployerMembershipFactory(employer=admin.employer)

    post_as(
        client,
        force_login,
        admin.user,
        "team_member_remove",
        admin.employer_id,
        member.pk,
        data=CONFIRMED,
    )

    assert not EmployerMembership.objects.filter(pk=member.pk).exists()
    assert AuditEntry.objects.filter(action="membership.removed", employer=admin.employer)


def test_confirming_a_removal_twice_lands_on_the_team_page_with_the_removal(
    client, force_login, admin
):
    member = EmployerMembershipFactory(employer=admin.employer, user__display_name="Lou Icare")
    url = reverse("employers:team_member_remove", args=[admin.employer_id, member.pk])
    force_login(admin.user)
    client.post(url, CONFIRMED)

    again = client.post(url, CONFIRMED, follow=True)

    assert again.redirect_chain[-1][0] == team_url(admin)
    assert "Lou Icare a été retiré·e de l'équipe." in html.unescape(again.content.decode())
    assert AuditEntry.objects.filter(action="membership.removed").count() == 1


def test_removing_a_member_who_never_was_is_a_404(client, force_login, admin):
    other = EmployerMembershipFactory()  # another employer's member, never removed from ours
    force_login(admin.user)

    url = reverse("employers:team_member_remove", args=[admin.employer_id, other.pk])
    assert client.post(url, CONFIRMED).status_code == 404
    assert client.get(url).status_code == 404


def test_a_member_cannot_remove_anyone(client, force_login, admin):
    member = EmployerMembershipFactory(employer=admin.employer)

    response = post_as(
        client,
        force_login,
        member.user,
        "team_member_remove",
        admin.employer_id,
        admin.pk,
        data=CONFIRMED,
    )

    assert response.status_code == 403
    assert EmployerMembership.objects.filter(pk=admin.pk).exists()


def test_the_admin_hands_over_the_admin_role(client, force_login, admin):
    member = EmployerMembershipFactory(employer=admin.employer)

    post_as(
        client,
        force_login,
        admin.user,
        "team_member_hand_over",
        admin.employer_id,
        member.pk,
        data=CONFIRMED,
    )

    admin.refresh_from_db()
    member.refresh_from_db()
    assert (admin.role, member.role) == (EmployerRole.MEMBER, EmployerRole.ADMIN)


def test_an_admin_changes_a_members_role(client, force_login, admin):
    member = EmployerMembershipFactory(employer=admin.employer)
    force_login(admin.user)

    client.post(
        reverse("employers:team_member_role", args=[admin.employer_id, member.pk]),
        {"role": EmployerRole.INTERVIEWER},
    )

    member.refresh_from_db()
    assert member.role == EmployerRole.INTERVIEWER


def test_the_last_admin_cannot_leave(client, force_login, admin):
    EmployerMembershipFactory(employer=admin.employer)

    response = post_as(
        client, force_login, admin.user, "team_leave", admin.employer_id, data=CONFIRMED
    )

    assert EmployerMembership.objects.filter(pk=admin.pk).exists()
    messages = [str(m) for m in response.wsgi_request._messages]
    assert any("au moins un·e administrateur·rice" in m for m in messages)


def test_the_last_admin_cannot_be_removed_nor_step_down(admin):
    other_admin_user = UserFactory(recruiter=True)
    team = employer_team(admin.employer)
    with pytest.raises(team_services.TeamError):
        team_services.change_member_role(team, admin, EmployerRole.MEMBER, by=admin.user)
    with pytest.raises(team_services.TeamError):
        team_services.remove_member(team, admin, by=admin.user)
    assert other_admin_user.role == Role.RECRUITER


def test_a_member_leaves(client, force_login, admin):
    member = EmployerMembershipFactory(employer=admin.employer)

    post_as(client, force_login, member.user, "team_leave", admin.employer_id, data=CONFIRMED)

    assert not EmployerMembership.objects.filter(pk=member.pk).exists()
    assert AuditEntry.objects.get(action="membership.left").actor == member.user


def test_every_change_is_audited_in_the_employers_log(admin):
    team = employer_team(admin.employer)
    invitation = sent_invitation(admin)
    team_services.resend_invitation(team, invitation, by=admin.user)
    bob = UserFactory(email="bob@example.org", recruiter=True)
    membership = team_services.accept_invitation(team, invitation, user=bob)
    carol_invitation = sent_invitation(admin, "carol@example.org")
    team_services.revoke_invitation(team, carol_invitation, by=admin.user)
    team_services.change_member_role(team, membership, EmployerRole.ADMIN, by=admin.user)
    team_services.remove_member(team, membership, by=admin.user)

    actions = list(
        AuditEntry.objects.filter(employer=admin.employer)
        .order_by("id")
        .values_list("action", flat=True)
    )
    assert actions == [
        "team.invitation_sent",
        "team.invitation_resent",
        "team.invitation_accepted",
        "team.invitation_sent",
        "team.invitation_revoked",
        "membership.role_changed",
        "membership.removed",
    ]


def test_the_audit_log_shows_human_labels(client, force_login, admin):
    sent_invitation(admin)
    force_login(admin.user)

    page = client.get(reverse("employers:audit_log")).content.decode()

    assert "Invitation envoyée" in page


def test_an_invitation_resent_after_expiry_works_again(client, admin):
    invitation = sent_invitation(admin)
    EmployerInvitation.objects.filter(pk=invitation.pk).update(
        sent_at=timezone.now() - timedelta(days=30)
    )
    invitation.refresh_from_db()
    team_services.resend_invitation(employer_team(admin.employer), invitation, by=admin.user)

    assert client.get(join_url(admin, invitation)).status_code == 200


def test_invitations_end_when_accepted(admin):
    invitation = sent_invitation(admin)
    bob = UserFactory(email="bob@example.org", recruiter=True)
    team_services.accept_invitation(employer_team(admin.employer), invitation, user=bob)

    invitation.refresh_from_db()
    assert invitation.state == InvitationState.ACCEPTED
    assert invitation.ended_at <= timezone.now()


def test_a_member_posting_a_role_change_without_a_role_is_refused(client, force_login, admin):
    member = EmployerMembershipFactory(employer=admin.employer)
    force_login(member.user)

    response = client.post(
        reverse("employers:team_member_role", args=[admin.employer_id, admin.pk])
    )

    assert response.status_code == 403
