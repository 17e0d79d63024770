"""Invitations: an adviser invites one person to one offer; the link leads them to apply, and
the referral records whether they consent to be followed.
"""

from __future__ import annotations

import logging
import smtplib

from django.core.mail import send_mail
from django.db import transaction
from django.db.models import CharField, Exists, OuterRef, Q, QuerySet
from django.db.models.functions import Cast
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.audit import log_action
from accounts.models import AuditEntry
from advisers.enums import AdviserOrganisationStatus
from advisers.formats import describe_assessment_format
from advisers.models import (
    CODE_MAX_LENGTH,
    AdviserOrganisation,
    ApplicationOnBehalf,
    Invitation,
    Referral,
)
from candidates.enums import FUNNEL, ApplicationStage
from candidates.models import Application
from core import site
from employers.models import Offer

logger = logging.getLogger(__name__)

SESSION_KEY = "vivier_invitations"  # {str(offer_id): code}, kept through sign-up and login

ASSESSED_OR_LATER = FUNNEL[FUNNEL.index(ApplicationStage.ASSESSED) :]
INTERVIEW_OR_LATER = FUNNEL[FUNNEL.index(ApplicationStage.INTERVIEW) :]


class InvitationError(Exception):
    """An invitation cannot be made or used; the message is for the user."""


class InvitationProblem:
    """Why an invitation link cannot lead to an application (shown as a clear page)."""

    UNKNOWN = "unknown"
    OFFER_CLOSED = "offer_closed"
    USED = "used"
    USED_BY_YOU = "used_by_you"
    ALREADY_APPLIED = "already_applied"


def absolute(path: str) -> str:
    return site.absolute_url(path)


def invitation_link(invitation: Invitation) -> str:
    return absolute(reverse("advisers:invitation", args=[invitation.code]))


def adviser_organisations(user) -> QuerySet[AdviserOrganisation]:
    """The structures `user` invites people for: validated ones only (advisers.onboarding)."""
    return AdviserOrganisation.objects.filter(
        memberships__user=user, status=AdviserOrganisationStatus.VALIDATED
    )


def create_invitation(
    offer: Offer, *, organisation: AdviserOrganisation, email: str = "", note: str = "", user
) -> Invitation:
    """A personal invitation for one person; emailed by Vivier when an address is given. The
    address is used for that sending only: it is stored nowhere."""
    with transaction.atomic():
        if not adviser_organisations(user).filter(pk=organisation.pk).exists():
            raise InvitationError(_("Vous n'êtes pas membre de cette structure."))
        if not Offer.objects.publicly_visible().filter(pk=offer.pk).exists():
            raise InvitationError(_("Cette offre n'est plus ouverte aux candidatures."))
        invitation = Invitation.objects.create(
            adviser=user, organisation=organisation, offer=offer, note=note
        )
        log_action(
            "adviser.invitation_created",
            actor=user,
            target=invitation,
            data={"offer": offer.pk, "by_email": bool(email)},
        )
    if email:
        send_invitation_email(invitation, email)
    return invitation


def send_invitation_email(invitation: Invitation, email: str) -> bool:
    """Send the invitation to the address the adviser gave; False if the mail server failed
    (the adviser is then shown the link to copy)."""
    offer = invitation.offer
    context = {
        "invitation": invitation,
        "offer": offer,
        "organisation": invitation.organisation,
        "link": invitation_link(invitation),
        "assessment_format": describe_assessment_format(offer),
    }
    try:
        send_mail(
            subject=_("[Vivier] Une offre pour vous : %(title)s")
            % {"title": " ".join(offer.title.split())},  # no line break in a header
            message=render_to_string("advisers/emails/invitation.txt", context),
            from_email=None,
            recipient_list=[email],
        )
    except (smtplib.SMTPException, OSError):
        logger.exception("Invitation %s: the email could not be sent", invitation.pk)
        return False
    invitation.email_sent_at = timezone.now()
    invitation.save(update_fields=["email_sent_at"])
    return True


def find_invitation(code: str) -> Invitation | None:
    if not code or len(code) > CODE_MAX_LENGTH:
        return None
    return (
        Invitation.objects.select_related("offer__employer", "organisation")
        .filter(code=code)
        .first()
    )


def invitation_problem(invitation: Invitation | None, *, user) -> str | None:
    """None when the person may apply through this invitation, otherwise why not."""
    if invitation is None:
        return InvitationProblem.UNKNOWN
    referral = Referral.objects.filter(invitation=invitation).select_related("application").first()
    if referral is not None:
        mine = user.is_authenticated and (
            Application.objects.of_candidate_user(user).filter(pk=referral.application_id).exists()
        )
        return InvitationProblem.USED_BY_YOU if mine else InvitationProblem.USED
    if not Offer.objects.publicly_visible().filter(pk=invitation.offer_id).exists():
        return InvitationProblem.OFFER_CLOSED
    if (
        user.is_authenticated
        and Application.objects.of_candidate_user(user).filter(offer=invitation.offer).exists()
    ):
        return InvitationProblem.ALREADY_APPLIED
    return None


def usable_invitation(code: str, *, offer: Offer) -> Invitation | None:
    """The invitation behind `code` if it is for `offer` and has not been used yet."""
    invitation = find_invitation(code)
    if invitation is None or invitation.offer_id != offer.pk:
        return None
    if Referral.objects.filter(invitation=invitation).exists():
        return None
    return invitation


@transaction.atomic
def record_referral(invitation: Invitation, application: Application, *, consent: bool, user):
    """Link an application made through `invitation` to it, with the candidate's answer."""
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if invitation.offer_id != application.offer_id:
        raise InvitationError(_("Cette invitation concerne une autre offre."))
    if Referral.objects.filter(Q(invitation=invitation) | Q(application=application)).exists():
        raise InvitationError(_("Cette invitation a déjà servi."))
    referral = Referral.objects.create(
        invitation=invitation, application=application, consent=consent
    )
    log_action(
        "adviser.referral_recorded",
        actor=user,
        target=referral,
        data={"invitation": invitation.pk, "consent": consent},
    )
    return referral


@transaction.atomic
def set_referral_consent(referral: Referral, *, consent: bool, user) -> Referral:
    """The candidate gives or withdraws their consent to be followed, at any time."""
    referral = Referral.objects.select_for_update().get(pk=referral.pk)
    if referral.consent != consent:
        referral.consent = consent
        referral.consent_changed_at = timezone.now()
        referral.save(update_fields=["consent", "consent_changed_at"])
        log_action(
            "adviser.referral_consent_changed",
            actor=user,
            target=referral,
            data={"consent": consent},
        )
    return referral


def referrals_of_candidate_user(user) -> QuerySet[Referral]:
    return (
        Referral.objects.filter(application__in=Application.objects.of_candidate_user(user))
        .select_related("application__offer__employer", "invitation__organisation")
        .annotate(
            made_for_person=Exists(ApplicationOnBehalf.objects.filter(referral=OuterRef("pk"))),
            # Refused from the start, or given then withdrawn: a change is in the log.
            consent_ever_changed=Exists(
                AuditEntry.objects.filter(
                    action="adviser.referral_consent_changed",
                    target_type=Referral._meta.label_lower,
                    target_id=Cast(OuterRef("pk"), CharField()),
                )
            ),
        )
    )


# The invitation code in the session, through sign-up and login.


def remember_invitation(session, invitation: Invitation) -> None:
    codes = dict(session.get(SESSION_KEY, {}))
    codes[str(invitation.offer_id)] = invitation.code
    session[SESSION_KEY] = codes


def remembered_codes(session) -> dict[int, str]:
    codes = session.get(SESSION_KEY, {})
    if not isinstance(codes, dict):
        return {}
    return {int(key): value for key, value in codes.items() if str(key).isdigit()}


def forget_invitation(session, offer_id: int) -> None:
    codes = dict(session.get(SESSION_KEY, {}))
    if codes.pop(str(offer_id), None) is not None:
        session[SESSION_KEY] = codes
