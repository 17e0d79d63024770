"""Adviser workflows: personal invitations, referrals with the candidate's consent, follow-up
figures, and subscriptions to new offers (digest and feed).

Isolation: an adviser sees their own invitations, referrals and subscriptions only, not those of
colleagues of the same organisation (the person followed trusted one adviser). An adviser never
receives a candidate's identity or scores: the follow-up reads only `furthest_stage`, and only
for referrals whose candidate consented; the rest is counted among applications and nothing
more.
"""

from __future__ import annotations

import logging
import smtplib
from dataclasses import dataclass, field

from django.conf import settings
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Count, Q, QuerySet
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from accounts.audit import log_action
from accounts.enums import Role
from advisers.formats import describe_assessment_format
from advisers.models import (
    AdviserOrganisation,
    DigestEntry,
    Invitation,
    OfferSubscription,
    Referral,
    new_code,
)
from candidates.enums import FUNNEL, ApplicationStage
from candidates.models import Application
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
    return f"{settings.SITE_URL}{path}"


def invitation_link(invitation: Invitation) -> str:
    return absolute(reverse("advisers:invitation", args=[invitation.code]))


def adviser_organisations(user) -> QuerySet[AdviserOrganisation]:
    return AdviserOrganisation.objects.filter(memberships__user=user)


# Invitations


def create_invitation(
    offer: Offer, *, organisation: AdviserOrganisation, email: str = "", note: str = "", user
) -> Invitation:
    """A personal invitation for one person; emailed by Vivier when an address is given."""
    with transaction.atomic():
        if not adviser_organisations(user).filter(pk=organisation.pk).exists():
            raise InvitationError(_("Vous n'êtes pas membre de cette structure."))
        if not Offer.objects.publicly_visible().filter(pk=offer.pk).exists():
            raise InvitationError(_("Cette offre n'est plus ouverte aux candidatures."))
        invitation = Invitation.objects.create(
            adviser=user, organisation=organisation, offer=offer, email=email, note=note
        )
        log_action(
            "adviser.invitation_created",
            actor=user,
            target=invitation,
            data={"offer": offer.pk, "by_email": bool(email)},
        )
    if email:
        send_invitation_email(invitation)
    return invitation


def send_invitation_email(invitation: Invitation) -> bool:
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
            recipient_list=[invitation.email],
        )
    except (smtplib.SMTPException, OSError):
        logger.exception("Invitation %s: the email could not be sent", invitation.pk)
        return False
    invitation.email_sent_at = timezone.now()
    invitation.save(update_fields=["email_sent_at"])
    return True


def find_invitation(code: str) -> Invitation | None:
    if not code or len(code) > Invitation._meta.get_field("code").max_length:
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
    return Referral.objects.filter(
        application__in=Application.objects.of_candidate_user(user)
    ).select_related("application__offer__employer", "invitation__organisation")


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


# Follow-up


@dataclass
class FunnelCounts:
    invitations: int = 0
    applications: int = 0
    without_consent: int = 0
    assessed: int = 0
    interviews: int = 0
    hires: int = 0

    def add(self, other: FunnelCounts) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))


@dataclass
class OfferFollowUp:
    offer_id: int
    title: str
    employer: str
    counts: FunnelCounts


@dataclass
class ReferralRow:
    """One of the adviser's invitations as the adviser may see it: what they typed, and the
    stage only when the candidate consented. Without consent the row stays "no shared
    follow-up", as for an unused invitation, so no row tells who applied."""

    invitation: Invitation
    link: str
    stage_label: str | None


@dataclass
class FollowUp:
    offers: list[OfferFollowUp]
    total: FunnelCounts = field(default_factory=FunnelCounts)


# Followed: the candidate consented and still has an account (deleting it withdraws consent).
FOLLOWED = Q(consent=True, application__candidate__deleted_at__isnull=True)
FOLLOWED_REFERRAL = Q(
    referral__consent=True, referral__application__candidate__deleted_at__isnull=True
)


def _consented(stages) -> Q:
    return FOLLOWED_REFERRAL & Q(referral__application__furthest_stage__in=list(stages))


def follow_up(user) -> FollowUp:
    """Per offer and overall: invitations → applications → completed assessments → interviews
    → hires. Stage counts include consenting referrals only."""
    rows = (
        Invitation.objects.of_adviser(user)
        .values("offer_id", "offer__title", "offer__employer__name")
        .annotate(
            invitations=Count("id"),
            applications=Count("referral"),
            without_consent=Count(
                "referral", filter=Q(referral__isnull=False) & ~FOLLOWED_REFERRAL
            ),
            assessed=Count("referral", filter=_consented(ASSESSED_OR_LATER)),
            interviews=Count("referral", filter=_consented(INTERVIEW_OR_LATER)),
            hires=Count("referral", filter=_consented([ApplicationStage.HIRED])),
        )
        .order_by("offer__title", "offer_id")
    )
    result = FollowUp(offers=[])
    for row in rows:
        counts = FunnelCounts(**{name: row[name] for name in FunnelCounts.__dataclass_fields__})
        result.offers.append(
            OfferFollowUp(
                row["offer_id"], row["offer__title"], row["offer__employer__name"], counts
            )
        )
        result.total.add(counts)
    return result


def referral_rows(user, *, offer_id: int | None = None) -> list[ReferralRow]:
    invitations = Invitation.objects.of_adviser(user).select_related("offer__employer")
    if offer_id is not None:
        invitations = invitations.filter(offer_id=offer_id)
    consented = dict(
        Referral.objects.filter(FOLLOWED, invitation__adviser=user).values_list(
            "invitation_id", "application__furthest_stage"
        )
    )
    labels = dict(ApplicationStage.choices)
    return [
        ReferralRow(
            invitation=invitation,
            link=invitation_link(invitation),
            stage_label=str(labels[consented[invitation.pk]])
            if invitation.pk in consented
            else None,
        )
        for invitation in invitations
    ]


# Subscriptions


def subscription_offers(subscription: OfferSubscription) -> QuerySet[Offer]:
    """The publicly visible offers of the subscription's territory, newest first."""
    offers = Offer.objects.publicly_visible().filter(department__in=subscription.departments)
    if subscription.rome_prefix:
        offers = offers.filter(rome_code__startswith=subscription.rome_prefix)
    return offers.select_related("employer").order_by("-published_at", "-id")


@transaction.atomic
def create_subscription(*, departments: list[str], rome_prefix: str, by_email: bool, user):
    subscription = OfferSubscription.objects.create(
        adviser=user, departments=departments, rome_prefix=rome_prefix, by_email=by_email
    )
    log_action("adviser.subscription_created", actor=user, target=subscription)
    return subscription


@transaction.atomic
def renew_feed_token(subscription: OfferSubscription, *, user) -> OfferSubscription:
    """Revoke the feed address: the old token stops working at once."""
    subscription.feed_token = new_code()
    subscription.save(update_fields=["feed_token"])
    log_action("adviser.feed_token_renewed", actor=user, target=subscription)
    return subscription


@transaction.atomic
def delete_subscription(subscription: OfferSubscription, *, user) -> None:
    log_action("adviser.subscription_deleted", actor=user, target=subscription)
    subscription.delete()


@dataclass
class DigestReport:
    emails: int = 0
    offers: int = 0
    failures: int = 0


def digest_offers(subscription: OfferSubscription) -> list[Offer]:
    """Offers published since the subscription began that were not sent to it yet."""
    return list(
        subscription_offers(subscription)
        .filter(published_at__gte=subscription.created_at)
        .exclude(pk__in=subscription.digest_entries.values("offer_id"))
    )


def send_digest(subscription: OfferSubscription) -> int:
    """Email the new offers of one subscription and remember them; returns how many."""
    with transaction.atomic():
        subscription = OfferSubscription.objects.select_for_update().get(pk=subscription.pk)
        offers = digest_offers(subscription)
        if not offers:
            return 0
        DigestEntry.objects.bulk_create(
            DigestEntry(subscription=subscription, offer=offer) for offer in offers
        )
        context = {
            "subscription": subscription,
            "offers": [
                {"offer": offer, "link": absolute(reverse("advisers:offer", args=[offer.pk]))}
                for offer in offers
            ],
            "subscriptions_link": absolute(reverse("advisers:subscriptions")),
        }
        # Inside the transaction: if the mail server refuses, nothing is remembered as sent.
        send_mail(
            subject=ngettext(
                "[Vivier] %(count)d nouvelle offre sur votre territoire",
                "[Vivier] %(count)d nouvelles offres sur votre territoire",
                len(offers),
            )
            % {"count": len(offers)},
            message=render_to_string("advisers/emails/digest.txt", context),
            from_email=None,
            recipient_list=[subscription.adviser.email],
        )
    return len(offers)


def send_offer_digests() -> DigestReport:
    report = DigestReport()
    subscriptions = OfferSubscription.objects.filter(
        by_email=True, adviser__is_active=True, adviser__role=Role.ADVISER
    ).select_related("adviser")
    for subscription in subscriptions:
        try:
            sent = send_digest(subscription)
        except (smtplib.SMTPException, OSError, IntegrityError):
            logger.exception("Digest of subscription %s not sent", subscription.pk)
            report.failures += 1
            continue
        if sent:
            report.emails += 1
            report.offers += sent
    return report
