"""A private Atom feed per subscription: new offers of the adviser's territory. The address
carries an unguessable token, renewable (which revokes the old address) from the workspace."""

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from advisers.digests import subscription_offers
from advisers.formats import describe_assessment_formats
from advisers.models import OfferSubscription

FEED_ITEMS = 50


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
        return f"vivier-offer-{offer.pk}"

    item_guid_is_permalink = False

    def item_pubdate(self, offer):
        return offer.published_at

    def item_updateddate(self, offer):
        return offer.updated_at

    def item_categories(self, offer):
        return [code for code in (offer.rome_code, offer.department) if code]
