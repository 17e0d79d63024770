"""The offer page lists its applications by pseudonym, 50 per page."""

import pytest
from django.urls import reverse

from candidates.services import apply_to_offer
from employers.views.workspace import APPLICATIONS_PER_PAGE
from tests.candidates.factories import CandidateFactory
from tests.employers.factories import EmployerMembershipFactory, OfferFactory

pytestmark = pytest.mark.django_db


def test_applications_are_paginated(client, force_login):
    membership = EmployerMembershipFactory()
    offer = OfferFactory(employer=membership.employer, published=True)
    applications = [
        apply_to_offer(CandidateFactory(), offer) for _ in range(APPLICATIONS_PER_PAGE + 1)
    ]
    force_login(membership.user)
    url = reverse("employers:offer_detail", args=[offer.pk])

    first = client.get(url).content.decode()
    second = client.get(url, {"page": 2}).content.decode()

    assert applications[0].pseudonym in first and applications[-1].pseudonym not in first
    assert applications[-1].pseudonym in second
    assert "Page 1 sur 2" in first and "?page=2" in first
    # A page past the end or not a number shows a real page, never an error.
    assert client.get(url, {"page": "abc"}).status_code == 200
    assert client.get(url, {"page": 99}).status_code == 200
