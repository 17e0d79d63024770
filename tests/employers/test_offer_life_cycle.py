"""The offer life cycle: draft -> published -> closed, each move audited."""

import pytest

from accounts.models import AuditEntry
from employers.enums import OfferStatus, OfferTransition
from employers.models import OFFER_TRANSITIONS, Offer, OfferTransitionError
from employers.services import close_offer, publish_offer
from tests.employers.factories import EmployerMembershipFactory, OfferFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin():
    return EmployerMembershipFactory(admin=True)


def test_transition_table_is_draft_to_published_to_closed():
    assert OFFER_TRANSITIONS == {
        OfferTransition.PUBLISH: ({OfferStatus.DRAFT}, OfferStatus.PUBLISHED),
        OfferTransition.CLOSE: ({OfferStatus.PUBLISHED}, OfferStatus.CLOSED),
    }


def test_publishing_a_draft_dates_and_audits_it(admin):
    offer = publish_offer(OfferFactory(employer=admin.employer), by=admin.user)
    assert offer.status == OfferStatus.PUBLISHED
    assert offer.published_at is not None
    assert AuditEntry.objects.filter(action="offer.published", target_id=str(offer.pk)).exists()


def test_closing_a_published_offer_dates_and_audits_it(admin):
    offer = close_offer(OfferFactory(employer=admin.employer, published=True), by=admin.user)
    assert offer.status == OfferStatus.CLOSED
    assert offer.closed_at is not None
    assert AuditEntry.objects.filter(action="offer.closed", actor=admin.user).exists()


@pytest.mark.parametrize("status", [OfferStatus.PUBLISHED, OfferStatus.CLOSED])
def test_only_a_draft_can_be_published(admin, status):
    offer = OfferFactory(employer=admin.employer, status=status)
    with pytest.raises(OfferTransitionError):
        publish_offer(offer, by=admin.user)


@pytest.mark.parametrize("status", [OfferStatus.DRAFT, OfferStatus.CLOSED])
def test_only_a_published_offer_can_be_closed(admin, status):
    offer = OfferFactory(employer=admin.employer, status=status)
    with pytest.raises(OfferTransitionError):
        close_offer(offer, by=admin.user)


def test_refused_transition_changes_nothing_and_logs_nothing(admin):
    offer = OfferFactory(employer=admin.employer)
    with pytest.raises(OfferTransitionError):
        close_offer(offer, by=admin.user)
    offer.refresh_from_db()
    assert offer.status == OfferStatus.DRAFT
    assert not AuditEntry.objects.filter(action__startswith="offer.").exists()


def test_publicly_visible_offers_are_the_published_ones():
    published = OfferFactory(published=True)
    OfferFactory()
    OfferFactory(closed=True)
    assert list(Offer.objects.publicly_visible()) == [published]


def test_publicly_visible_keeps_justified_illegal_wording():
    justified = OfferFactory(justified=True)
    assert list(Offer.objects.publicly_visible()) == [justified]


def test_publicly_visible_leaves_out_unjustified_illegal_wording():
    OfferFactory(published=True, illegal_wording=True, illegal_wording_at_publication=True)
    assert not Offer.objects.publicly_visible().exists()
