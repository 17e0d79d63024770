"""Data retention: a candidate inactive for two years is warned by email, then anonymised
30 days later unless they sign in again. Anonymising is the account deletion the candidate can
do themselves: identity, free text and login go; anonymous applications stay for statistics."""

from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.db.models import Max, Q
from django.db.models.functions import Coalesce, Greatest
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from accounts.audit import log_action
from accounts.notifications import send_email
from candidates.models import Candidate
from candidates.services import delete_candidate_account
from core import site

INACTIVITY = timedelta(days=730)
GRACE = timedelta(days=30)


@dataclass
class RetentionReport:
    warned: int = 0
    anonymised: int = 0
    kept: int = 0


def _with_last_activity(queryset):
    """Last sign-in, sign-up or application, whichever is latest."""
    return queryset.annotate(
        last_activity=Greatest(
            Coalesce("user__last_login", "user__date_joined"),
            Coalesce(Max("applications__created_at"), "user__date_joined"),
        )
    )


def apply_retention(now=None) -> RetentionReport:
    """Run daily (`manage.py retire_inactive_candidates`); running it twice changes nothing."""
    now = now or timezone.now()
    report = RetentionReport()
    active = _with_last_activity(
        Candidate.objects.filter(user__isnull=False, deleted_at__isnull=True)
    ).select_related("user")

    for candidate in active.filter(inactivity_warned_at__isnull=False):
        if candidate.last_activity > candidate.inactivity_warned_at:
            candidate.inactivity_warned_at = None  # they came back
            candidate.save(update_fields=["inactivity_warned_at"])
            report.kept += 1
        elif candidate.inactivity_warned_at <= now - GRACE:
            log_action(
                "candidate.anonymised_for_inactivity",
                actor=None,
                target=candidate,
                data={"warned_at": candidate.inactivity_warned_at.isoformat()},
            )
            delete_candidate_account(candidate)
            report.anonymised += 1

    for candidate in active.filter(
        Q(inactivity_warned_at__isnull=True), last_activity__lte=now - INACTIVITY
    ):
        _warn(candidate, deadline=now + GRACE)
        candidate.inactivity_warned_at = now
        candidate.save(update_fields=["inactivity_warned_at"])
        report.warned += 1
    return report


def _warn(candidate: Candidate, *, deadline) -> None:
    assert candidate.user is not None  # apply_retention goes through candidates with a login
    with translation.override(settings.LANGUAGE_CODE):
        send_email(
            candidate.user,
            subject=_("[Vivier] Votre compte sera anonymisé faute de connexion"),
            body=_(
                "Bonjour,\n\nVous ne vous êtes pas connecté·e à Vivier depuis deux ans. Pour "
                "protéger vos données, votre compte sera anonymisé le %(date)s : votre identité, "
                "vos textes et votre connexion seront effacés ; seules des statistiques anonymes "
                "seront conservées.\n\nPour garder votre compte, il suffit de vous connecter "
                "avant cette date : %(url)s\n"
            )
            % {"date": f"{deadline:%d/%m/%Y}", "url": site.absolute_url(reverse("account_login"))},
        )
