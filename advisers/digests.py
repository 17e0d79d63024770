"""Advisers' subscriptions to new offers: private feeds and email digests."""

from __future__ import annotations

import logging
import smtplib
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import QuerySet
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import ngettext

from accounts.audit import log_action
from accounts.enums import EmailKind, Role
from accounts.notifications import send_email
from advisers.invitations import absolute
from advisers.models import (
    DigestEntry,
    OfferSubscription,
    new_code,
)
from employers.models import Offer

logger = logging.getLogger(__name__)


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
    """Email the new offers of one subscription and remember them; returns how many were
    sent (0 when the adviser switched these emails off)."""
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
        # Switched off in the adviser's preferences: remembered all the same, so that switching
        # it on again does not send what came out meanwhile.
        sent = send_email(
            subscription.adviser,
            kind=EmailKind.OFFER_DIGEST,
            subject=ngettext(
                "[Vivier] %(count)d nouvelle offre sur votre territoire",
                "[Vivier] %(count)d nouvelles offres sur votre territoire",
                len(offers),
            )
            % {"count": len(offers)},
            body=render_to_string("advisers/emails/digest.txt", context),
        )
    return len(offers) if sent else 0


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
