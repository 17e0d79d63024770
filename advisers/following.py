"""The adviser's follow-up of their referrals: stages only, and only with consent."""

from __future__ import annotations

from dataclasses import dataclass, field

from django.db.models import Count, Q

from advisers.invitations import ASSESSED_OR_LATER, INTERVIEW_OR_LATER, invitation_link
from advisers.models import (
    ApplicationOnBehalf,
    Invitation,
    Referral,
)
from candidates.enums import ApplicationStage


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
    on_behalf_id: int | None = None  # an application the adviser made for the person


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
    on_behalf = dict(
        ApplicationOnBehalf.objects.of_adviser(user).values_list("referral__invitation_id", "pk")
    )
    labels = dict(ApplicationStage.choices)
    return [
        ReferralRow(
            invitation=invitation,
            link=invitation_link(invitation),
            stage_label=str(labels[consented[invitation.pk]])
            if invitation.pk in consented
            else None,
            on_behalf_id=on_behalf.get(invitation.pk),
        )
        for invitation in invitations
    ]
