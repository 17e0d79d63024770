"""Atom feeds of the published offers: all of them, and per department."""

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from broadcasting.public import absolute_url, offer_url
from broadcasting.search import DEPARTMENTS
from employers.models import Offer

FEED_SIZE = 50


class LatestOffersFeed(Feed):
    feed_type = Atom1Feed

    def title(self):
        return _("Vivier : offres publiées")

    def subtitle(self):
        return _("Les dernières offres d'emploi publiées sur Vivier, sans CV, sur compétences.")

    def link(self):
        return absolute_url(reverse("broadcasting:offer_list"))

    def feed_url(self):
        return absolute_url(reverse("broadcasting:feed"))

    def offers(self):
        return Offer.objects.publicly_visible()

    def items(self):
        return self.offers().select_related("employer").order_by("-published_at", "-id")[:FEED_SIZE]

    def item_title(self, offer):
        return f"{offer.title} · {offer.employer.name}"

    def item_description(self, offer):
        return offer.description_html

    def item_link(self, offer):
        return offer_url(offer)

    def item_guid(self, offer):
        return offer_url(offer)

    def item_pubdate(self, offer):
        return offer.published_at

    def item_updateddate(self, offer):
        return max(offer.updated_at, offer.published_at)

    def item_author_name(self, offer):
        return offer.employer.name

    def item_categories(self, offer):
        return [offer.get_contract_type_display(), *offer.skills]


class DepartmentOffersFeed(LatestOffersFeed):
    def get_object(self, request, department):
        department = department.upper()
        if department not in DEPARTMENTS:
            raise Http404(_("Ce département n'existe pas."))
        return department

    def title(self, department):
        return _("Vivier : offres publiées dans le département %(code)s") % {"code": department}

    def link(self, department):
        return absolute_url(f"{reverse('broadcasting:offer_list')}?department={department}")

    def feed_url(self, department):
        return absolute_url(reverse("broadcasting:department_feed", args=[department]))

    def items(self, department):
        return (
            Offer.objects.publicly_visible()
            .filter(department=department)
            .select_related("employer")
            .order_by("-published_at", "-id")[:FEED_SIZE]
        )
