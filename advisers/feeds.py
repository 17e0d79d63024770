"""A private Atom feed per subscription: new offers of the adviser's territory. The address
carries an unguessable token, renewable (which revokes the old address) from the workspace.

The feed follows RFC 4287: it names an author (Vivier), and its id and its entries' ids are
`tag:` URIs (RFC 4151) built from the site's host and a creation date, which never change.
"""

import datetime
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import Http404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from advisers.digests import subscription_offers
from advisers.formats import describe_assessment_formats
from advisers.models import OfferSubscription

FEED_ITEMS = 50


def tag_uri(created_at: datetime.datetime, specific: str) -> str:
    """`tag:host,YYYY-MM-DD:specific`, from VIVIER_SITE_URL's host and the UTC date of
    `created_at` (UTC, so that a change of TIME_ZONE never changes an id)."""
    host = urlsplit(settings.SITE_URL).hostname
    return f"tag:{host},{created_at.astimezone(datetime.UTC):%Y-%m-%d}:{specific}"


class SubscriptionFeed(Feed):
    feed_type = Atom1Feed

    def __call__(self, request, *args, **kwargs):
        response = super().__call__(request, *args, **kwargs)
        # A private address: not for search engines nor shared caches.
        response["X-Robots-Tag"] = "noindex"
        response["Cache-Control"] = "private, max-age=300"
        return response

    def get_object(self, request, token):
        subscription = OfferSubscription.objects.filter(feed_token=token[:64]).first()
        if subscription is None or len(token) > 64:
            raise Http404
        return subscription

    def feed_guid(self, subscription):
        # The subscription's id, not its token: the token is a revocable password in the feed's
        # address, and RFC 4287 wants an id that never changes. Renewing the token (after a leak)
        # must leave readers with the same feed and the entries they have read, and an id that
        # held the token would carry the secret into every place readers store or show ids.
        return tag_uri(subscription.created_at, f"abonnement/{subscription.pk}")

    def author_name(self):
        return "Vivier"

    def author_link(self):
        return settings.SITE_URL

    def title(self, subscription):
        return _("Vivier : nouvelles offres (%(departments)s)") % {
            "departments": ", ".join(subscription.departments)
        }

    def subtitle(self, subscription):
        if subscription.rome_prefix:
            return _("Offres publiées dans vos départements, code ROME %(prefix)s…") % {
                "prefix": subscription.rome_prefix
            }
        return _("Offres publiées dans vos départements.")

    def link(self, subscription):
        return reverse("advisers:dashboard")

    def items(self, subscription):
        offers = list(subscription_offers(subscription)[:FEED_ITEMS])
        formats = describe_assessment_formats(offers)
        for offer in offers:  # on the rows, not on the feed: one Feed serves every request
            offer.assessment_format = formats[offer.pk]
        return offers

    def item_title(self, offer):
        return offer.title

    def item_description(self, offer):
        place = f"{offer.commune} ({offer.department})" if offer.commune else offer.department
        return " — ".join(
            part
            for part in (
                offer.employer.name,
                place,
                str(offer.get_contract_type_display()),
                offer.assessment_format,
            )
            if part
        )

    def item_link(self, offer):
        return reverse("advisers:offer", args=[offer.pk])

    def item_guid(self, offer):
        return tag_uri(offer.created_at, f"offre/{offer.pk}")

    item_guid_is_permalink = False

    def item_pubdate(self, offer):
        return offer.published_at

    def item_updateddate(self, offer):
        return offer.updated_at

    def item_categories(self, offer):
        return [code for code in (offer.rome_code, offer.department) if code]
