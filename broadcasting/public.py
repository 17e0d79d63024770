"""What the public side may show of offers, and their public addresses.

`Offer.objects.publicly_visible()` (employers) is the single rule for what appears: published, and
published without illegal wording unless an admin recorded a legal justification. A closed offer
that once met that rule is "gone" (a page saying it is closed, HTTP 410 in the API); anything else
is unknown to the public (404).
"""

from django.db.models import Q, QuerySet
from django.urls import reverse

from core import site
from employers.enums import OfferStatus
from employers.models import Offer

LISTED = "listed"
GONE = "gone"


def publicly_closed() -> QuerySet:
    """Closed offers that were public while they were open."""
    return Offer.objects.filter(status=OfferStatus.CLOSED, published_at__isnull=False).filter(
        Q(illegal_wording_at_publication=False) | ~Q(wording_justification="")
    )


def public_state(offer_id: int) -> tuple[str, Offer] | None:
    """(LISTED or GONE, offer) for an offer the public may know of, None for any other id."""
    offer = Offer.objects.publicly_visible().select_related("employer").filter(pk=offer_id).first()
    if offer is not None:
        return LISTED, offer
    offer = publicly_closed().select_related("employer").filter(pk=offer_id).first()
    if offer is not None:
        return GONE, offer
    return None


def absolute_url(path: str) -> str:
    """The canonical address of a path: from VIVIER_SITE_URL, never from the request's Host
    (except in development, see core.site)."""
    return site.absolute_url(path)


def offer_url(offer) -> str:
    return absolute_url(reverse("broadcasting:offer_detail", args=[offer.pk]))
