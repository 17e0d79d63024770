"""Offers change on one process, and every other process shows the change: the public list and an
offer's page (kept per process under the published-offers version, a token in the shared cache)
and a recruiter's page (its applications fragment kept in the shared cache under the offer's
`applications_version`).

The changes are made by the test's own process, as a recruiter's request or a candidate's
application on any other process would make them; the test process uses the production cache
(the database) for it, like every process of a real deployment."""

import json

import pytest
from django.urls import reverse

from config import settings as production
from employers.enums import OfferStatus
from tests.candidates.factories import ApplicationFactory
from tests.employers.factories import EmployerMembershipFactory, OfferFactory
from tests.interviews.conftest import session_cookie
from tests.scale.cluster import get, wait_for

pytestmark = [pytest.mark.scale, pytest.mark.django_db(transaction=True)]

# Another process sees a change within a second (broadcasting.cache.VERSION_TTL); the rest is
# for a loaded machine.
SEEN_WITHIN = 20


@pytest.fixture
def shared_cache(settings):
    settings.CACHES = production.CACHES


def shows(url, text, cookie=None):
    status, body = get(url, cookie)
    assert status == 200, (url, status, body[:500])
    return text in body


def test_the_public_list_and_offer_pages_follow_changes_made_elsewhere(three_daphnes, shared_cache):
    first = OfferFactory(published=True, title="Soudeuse ou soudeur à Brest")
    offer_list = reverse("broadcasting:offer_list")
    first_page = reverse("broadcasting:offer_detail", args=[first.pk])
    # Every process renders and keeps the list and the offer's page.
    for base in three_daphnes:
        assert shows(base + offer_list, first.title)
        assert not shows(base + offer_list, "Menuisière ou menuisier à Lyon")
        assert shows(base + first_page, first.title)

    second = OfferFactory(published=True, title="Menuisière ou menuisier à Lyon")
    for base in three_daphnes:
        wait_for(lambda b=base: shows(b + offer_list, second.title), SEEN_WITHIN, "the new offer")
        assert shows(base + offer_list, first.title)

    first.status = OfferStatus.CLOSED
    first.save()
    for base in three_daphnes:
        wait_for(
            lambda b=base: not shows(b + offer_list, first.title), SEEN_WITHIN, "the closed offer"
        )
        assert shows(base + offer_list, second.title)
        # The offer's page, kept on every process while the offer was open, says it is closed.
        wait_for(
            lambda b=base: get(b + first_page)[0] == 410, SEEN_WITHIN, "the closed offer's page"
        )
    # And the API list, kept in the same way.
    api = "/api/v1/offers/"
    for base in three_daphnes:
        status, body = get(base + api)
        assert status == 200, body[:300]
        assert [offer["id"] for offer in json.loads(body)["results"]] == [second.pk]


def test_a_recruiters_page_counts_applications_made_on_another_process(three_daphnes, shared_cache):
    membership = EmployerMembershipFactory(admin=True)
    offer = OfferFactory(employer=membership.employer, published=True)
    earlier = ApplicationFactory(offer=offer)
    cookie = session_cookie(membership.user)
    page = reverse("employers:offer_detail", args=[offer.pk])
    for base in three_daphnes:
        assert shows(base + page, earlier.pseudonym, cookie)

    later = ApplicationFactory(offer=offer)
    assert later.pseudonym != earlier.pseudonym
    # No waiting here: the fragment is keyed on the offer's applications_version, read from
    # the database on every request, so every process shows the new application at once.
    for base in three_daphnes:
        assert shows(base + page, later.pseudonym, cookie)
        assert shows(base + page, earlier.pseudonym, cookie)

    later.delete()
    for base in three_daphnes:
        assert not shows(base + page, later.pseudonym, cookie)
