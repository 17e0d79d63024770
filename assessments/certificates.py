"""Certificates a candidate shares: a page at an unguessable address that shows only items,
scores and dates (no name, no offer, no employer), which the candidate can revoke.

The address carries a random token of 256 bits (``secrets.token_urlsafe``) kept on the row:
only the row can vouch for it, so a link revoked, or a token changed by one character, finds
nothing. Revoking keeps the row, so the candidate's list says when, and the address answers
410 (« révoqué ») instead of 404 (« introuvable »). Deleting one's account withdraws every
certificate the same way.
"""

from collections.abc import Collection

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.audit import log_action
from assessments.models import Certificate, CertificateItem
from assessments.reuse import certifiable_results

TOKEN_CHARACTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")


class CertificateRefused(Exception):
    """Nothing to certify, or a result that is not the candidate's to certify."""


def create_certificate(candidate, keys: Collection[str], *, by, now=None) -> Certificate:
    """A certificate of the chosen results (``reuse.TakenResult.key``), among those the
    candidate may certify (``reuse.certifiable_results``): anybody else's are not among them."""
    available = {taken.key: taken for taken in certifiable_results(candidate.pk, now=now)}
    if not keys or set(keys) - set(available):
        raise CertificateRefused(_("Choisissez parmi vos résultats."))
    with transaction.atomic():
        certificate = Certificate.objects.create(
            candidate=candidate, created_at=now or timezone.now()
        )
        CertificateItem.objects.bulk_create(
            CertificateItem(
                certificate=certificate,
                exercise=available[key].exercise,
                scenario=available[key].scenario,
                score=available[key].score,
                taken_at=available[key].taken_at,
            )
            for key in sorted(set(keys))
        )
        log_action(
            "certificate.created",
            actor=by,
            target=certificate,
            data={"items": len(set(keys))},
        )
    return certificate


def revoke_certificate(certificate: Certificate, *, by, now=None) -> Certificate:
    """The link stops working for good (410); revoking twice changes nothing."""
    with transaction.atomic():
        certificate = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if certificate.revoked_at is None:
            certificate.revoked_at = now or timezone.now()
            certificate.save(update_fields=["revoked_at"])
            log_action("certificate.revoked", actor=by, target=certificate)
    return certificate


def find_certificate(token: str) -> Certificate | None:
    """The certificate of a link's token, revoked or not; None for any other string."""
    if not token or len(token) > 64 or not set(token) <= TOKEN_CHARACTERS:
        return None
    return Certificate.objects.filter(token=token).select_related("candidate").first()


def is_withdrawn(certificate: Certificate) -> bool:
    """Revoked, or its candidate deleted their account (which ends what they shared)."""
    return certificate.is_revoked or certificate.candidate.deleted_at is not None
