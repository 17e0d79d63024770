"""The recruiter's list of offers: every offer of their employers, 50 per page, with its number
of applications."""

import pytest
from django.urls import reverse

from tests.candidates.factories import ApplicationFactory
from tests.employers.factories import EmployerMembershipFactory, OfferFactory

pytestmark = pytest.mark.django_db


def test_offers_come_fifty_per_page_with_their_applications_counted(client, force_login):
    membership = EmployerMembershipFactory()
    offers = OfferFactory.create_batch(51, employer=membership.employer)
    ApplicationFactory.create_batch(2, offer=offers[0])
    OfferFactory()  # another employer's offer
    force_login(membership.user)
    first = client.get(reverse("employers:dashboard"))
    second = client.get(reverse("employers:dashboard"), {"page": 2})
    shown = list(first.context["offers"]) + list(second.context["offers"])
    assert len(first.context["offers"]) == 50 and len(second.context["offers"]) == 1
    assert {offer.pk for offer in shown} == {offer.pk for offer in offers}
    counts = {offer.pk: offer.application_count for offer in shown}
    assert counts[offers[0].pk] == 2 and counts[offers[1].pk] == 0
    assert "Page 1 sur 2" in first.text


def test_a_page_number_that_is_not_one_shows_a_page_not_an_error(client, force_login):
    membership = EmployerMembershipFactory()
    OfferFactory(employer=membership.employer)
    force_login(membership.user)
    assert client.get(reverse("employers:dashboard"), {"page": "abc"}).status_code == 200
