"""An organisation's team: invitations by email with a role, resending, revoking, removing a
member, handing over the admin role, leaving. Employers and advisers' organisations share these
rules; a `Team` says which models and which account role an organisation uses.

Every change writes an audit entry (in the employer's log for an employer). An organisation
always keeps one admin at least: the last admin can neither leave, be removed nor step down."""

from __future__ import annotations

import secrets
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.core.mail import send_mail
from django.db import models, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.audit import log_action
from accounts.models import AuditEntry
from core import site
from employers.enums import InvitationState, MemberRole

TOKEN_SALT = "vivier.team-invitation"


class TeamError(Exception):
    """A refused change; the message is for the user."""


@dataclass(frozen=True)
class Team:
    """One organisation and how its kind stores members and invitations."""

    organisation: models.Model
    kind: str  # "employer" or "adviser_organisation": in tokens and audit data
    organisation_field: str  # the foreign key of memberships and invitations
    membership_model: type[models.Model]
    invitation_model: type[models.Model]
    account_role: str  # the role of the accounts created or joined (accounts.enums.Role)
    join_url_name: str  # the page an invitation link opens, given the token
    role_choices: list[tuple[str, str]]

    @property
    def audit_employer(self):
        return self.organisation if self.kind == "employer" else None

    def audit_data(self, **data) -> dict:
        return {"organisation": self.kind, "organisation_id": self.organisation.pk, **data}

    def memberships(self):
        return self.membership_model.objects.filter(
            **{self.organisation_field: self.organisation}
        ).select_related("user")

    def invitations(self):
        return self.invitation_model.objects.filter(**{self.organisation_field: self.organisation})

    def role_label(self, role: str) -> str:
        """The role's name as this kind of organisation says it (an employer's member is
        « Recruteur·euse », a structure's « Membre »)."""
        return str(dict(self.role_choices).get(role, role))

    def is_admin(self, user) -> bool:
        return self.memberships().filter(user=user, role=MemberRole.ADMIN).exists()

    def require_admin(self, user) -> None:
        if not self.is_admin(user):
            raise PermissionDenied


# Tokens ---------------------------------------------------------------------------------------


class InvitationInvalid(Exception):
    """A link that cannot be used; `reason` says why (shown as a clear page)."""

    UNKNOWN = "unknown"
    EXPIRED = "expired"
    USED = "used"
    REVOKED = "revoked"

    def __init__(self, reason: str):
        self.reason = reason
        super().__init__(reason)

    @property
    def message(self) -> str:
        return {
            self.UNKNOWN: _("Ce lien d'invitation n'est pas valide. Vérifiez qu'il est complet."),
            self.EXPIRED: _(
                "Ce lien d'invitation a expiré. Demandez à l'administrateur·rice de votre "
                "organisation de vous la renvoyer."
            ),
            self.USED: _("Cette invitation a déjà été acceptée : connectez-vous."),
            self.REVOKED: _(
                "Cette invitation a été révoquée, ou un lien plus récent vous a été envoyé."
            ),
        }[self.reason]


def invitation_token(team: Team, invitation) -> str:
    return signing.dumps([team.kind, invitation.pk, invitation.nonce], salt=TOKEN_SALT)


def read_token(token: str, invitation_models: dict[str, type[models.Model]]):
    """The pending invitation `token` names, or InvitationInvalid. `invitation_models` maps
    each kind to its invitation model. The token is signed (SECRET_KEY), so nobody makes one
    up; it names the invitation's current nonce, so a resent or used link is dead."""
    try:
        kind, pk, nonce = signing.loads(token, salt=TOKEN_SALT)
    except (signing.BadSignature, ValueError, TypeError):
        raise InvitationInvalid(InvitationInvalid.UNKNOWN) from None
    model = invitation_models.get(kind)
    invitation = model.objects.filter(pk=pk).first() if model is not None else None
    if invitation is None:
        raise InvitationInvalid(InvitationInvalid.UNKNOWN)
    if invitation.state == InvitationState.ACCEPTED:
        raise InvitationInvalid(InvitationInvalid.USED)
    if invitation.state == InvitationState.REVOKED or invitation.nonce != nonce:
        raise InvitationInvalid(InvitationInvalid.REVOKED)
    # From the latest sending (resending restarts the delay), as stored: a link cannot outlive
    # its invitation whatever its signature says.
    if invitation.expires_at() <= timezone.now():
        raise InvitationInvalid(InvitationInvalid.EXPIRED)
    return invitation


# Invitations ----------------------------------------------------------------------------------


def _send_invitation_mail(team: Team, invitation) -> None:
    link = site.absolute_url(reverse(team.join_url_name, args=[invitation_token(team, invitation)]))
    context = {
        "organisation": team.organisation,
        "role": dict(team.role_choices).get(invitation.role, invitation.role),
        "invited_by": invitation.invited_by.name_for_colleagues if invitation.invited_by else "",
        "link": link,
        "days": settings.TEAM_INVITATION_DAYS,
    }
    subject = _("[Vivier] Invitation à rejoindre %(organisation)s") % {
        "organisation": team.organisation.name
    }
    body = render_to_string("employers/emails/team_invitation.txt", context)
    send_mail(subject, body, None, [invitation.email])


def _check_role(team: Team, role: str) -> None:
    if role not in dict(team.role_choices):
        raise TeamError(_("Ce rôle n'existe pas."))


@transaction.atomic
def invite_colleague(team: Team, email: str, role: str, *, by):
    """Invite `email` to join with `role`: an email with a personal link. Admins only."""
    team.require_admin(by)
    _check_role(team, role)
    email = email.strip().lower()
    if team.memberships().filter(user__email__iexact=email).exists():
        raise TeamError(_("Cette personne fait déjà partie de l'équipe."))
    if team.invitations().pending().filter(email__iexact=email).exists():
        raise TeamError(
            _("Une invitation attend déjà cette adresse : renvoyez-la depuis la liste.")
        )
    invitation = team.invitation_model.objects.create(
        **{team.organisation_field: team.organisation},
        email=email,
        role=role,
        nonce=secrets.token_hex(16),
        invited_by=by,
    )
    log_action(
        "team.invitation_sent",
        actor=by,
        employer=team.audit_employer,
        target=invitation,
        data=team.audit_data(role=role),
    )
    transaction.on_commit(lambda: _send_invitation_mail(team, invitation))
    return invitation


@transaction.atomic
def resend_invitation(team: Team, invitation, *, by):
    """A new link (the former one stops working), valid from now."""
    team.require_admin(by)
    if not invitation.is_pending:
        raise TeamError(_("Cette invitation n'est plus en attente."))
    invitation.nonce = secrets.token_hex(16)
    invitation.sent_at = timezone.now()
    invitation.invited_by = by
    invitation.save(update_fields=["nonce", "sent_at", "invited_by"])
    log_action(
        "team.invitation_resent",
        actor=by,
        employer=team.audit_employer,
        target=invitation,
        data=team.audit_data(),
    )
    transaction.on_commit(lambda: _send_invitation_mail(team, invitation))
    return invitation


@transaction.atomic
def revoke_invitation(team: Team, invitation, *, by):
    team.require_admin(by)
    if not invitation.is_pending:
        raise TeamError(_("Cette invitation n'est plus en attente."))
    invitation.state = InvitationState.REVOKED
    invitation.ended_at = timezone.now()
    invitation.save(update_fields=["state", "ended_at"])
    log_action(
        "team.invitation_revoked",
        actor=by,
        employer=team.audit_employer,
        target=invitation,
        data=team.audit_data(),
    )
    return invitation


def can_join(team: Team, user) -> bool:
    """A candidate's account never joins an organisation (their role would change, and their
    colleagues would learn who applies); nor does an account of another kind."""
    return user.role == team.account_role


@transaction.atomic
def accept_invitation(team: Team, invitation, *, user):
    """`user` joins with the invited role; the invitation is used up."""
    invitation = type(invitation).objects.select_for_update().get(pk=invitation.pk)
    if not invitation.is_pending:
        raise TeamError(_("Cette invitation n'est plus en attente."))
    if user.email.lower() != invitation.email.lower():
        raise TeamError(
            _(
                "Cette invitation a été envoyée à une autre adresse : connectez-vous avec "
                "le compte de cette adresse."
            )
        )
    if not can_join(team, user):
        raise TeamError(
            _(
                "Cette adresse est celle d'un compte d'un autre type (candidat·e ou autre "
                "organisation) : demandez une invitation pour une autre adresse."
            )
        )
    membership, created = team.membership_model.objects.get_or_create(
        **{team.organisation_field: team.organisation, "user": user},
        defaults={"role": invitation.role},
    )
    invitation.state = InvitationState.ACCEPTED
    invitation.accepted_by = user
    invitation.ended_at = timezone.now()
    invitation.save(update_fields=["state", "accepted_by", "ended_at"])
    log_action(
        "team.invitation_accepted",
        actor=user,
        employer=team.audit_employer,
        target=membership,
        data=team.audit_data(role=membership.role, invitation_id=invitation.pk),
    )
    return membership


# Members --------------------------------------------------------------------------------------


def _other_admins(team: Team, membership) -> bool:
    return team.memberships().filter(role=MemberRole.ADMIN).exclude(pk=membership.pk).exists()


def is_last_admin(team: Team, user) -> bool:
    """Whether `user` is the organisation's only admin: `leave` refuses them, so the pages
    offer handing the role over instead of leaving."""
    membership = team.memberships().filter(user=user, role=MemberRole.ADMIN).first()
    return membership is not None and not _other_admins(team, membership)


LAST_ADMIN = gettext_lazy(
    "L'organisation doit garder au moins un·e administrateur·rice : nommez-en un·e autre d'abord."
)


@transaction.atomic
def change_member_role(team: Team, membership, role: str, *, by):
    """Change a member's role (making someone admin hands the admin role over when the former
    admin then steps down). The last admin cannot step down."""
    team.require_admin(by)
    _check_role(team, role)
    if membership.role == role:
        return membership
    if membership.role == MemberRole.ADMIN and not _other_admins(team, membership):
        raise TeamError(str(LAST_ADMIN))
    previous = membership.role
    membership.role = role
    membership.save(update_fields=["role"])
    log_action(
        "membership.role_changed",
        actor=by,
        employer=team.audit_employer,
        target=membership,
        data=team.audit_data(user_id=membership.user_id, **{"from": previous, "to": role}),
    )
    return membership


# The role an admin who hands the admin role over takes (`Team.role_label` names it).
FORMER_ADMIN_ROLE = MemberRole.MEMBER


@transaction.atomic
def hand_over_admin(team: Team, membership, *, by):
    """`by` makes `membership` admin and takes `FORMER_ADMIN_ROLE`."""
    team.require_admin(by)
    own = team.memberships().get(user=by)
    if own.pk == membership.pk:
        raise TeamError(_("Choisissez un·e autre membre de l'équipe."))
    change_member_role(team, membership, MemberRole.ADMIN, by=by)
    change_member_role(team, own, FORMER_ADMIN_ROLE, by=by)
    return membership


@transaction.atomic
def remove_member(team: Team, membership, *, by):
    team.require_admin(by)
    if membership.role == MemberRole.ADMIN and not _other_admins(team, membership):
        raise TeamError(str(LAST_ADMIN))
    log_action(
        "membership.removed",
        actor=by,
        employer=team.audit_employer,
        target=membership,
        data=team.audit_data(user_id=membership.user_id, role=membership.role),
    )
    membership.delete()


def removed_member(team: Team, membership_id):
    """The account `membership_id` held in `team` if an admin removed it (from the audit log),
    else None: a second « Confirmer » lands where the first one did, not on a 404."""
    entry = (
        AuditEntry.objects.filter(
            action="membership.removed",
            target_type=team.membership_model._meta.label_lower,
            target_id=str(membership_id),
            data__organisation=team.kind,
            data__organisation_id=team.organisation.pk,
        )
        .order_by("-pk")
        .first()
    )
    if entry is None:
        return None
    return get_user_model().objects.filter(pk=entry.data.get("user_id")).first()


@transaction.atomic
def leave(team: Team, *, user):
    membership = team.memberships().get(user=user)
    if membership.role == MemberRole.ADMIN and not _other_admins(team, membership):
        raise TeamError(str(LAST_ADMIN))
    log_action(
        "membership.left",
        actor=user,
        employer=team.audit_employer,
        target=membership,
        data=team.audit_data(user_id=user.pk, role=membership.role),
    )
    membership.delete()
