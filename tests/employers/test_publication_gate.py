"""Publishing goes through the wording gate: illegal wording blocks unless an admin records
its legal justification; other findings must be acknowledged; the findings are kept."""

import pytest
from django.urls import reverse

from accounts.models import AuditEntry
from employers.enums import OfferStatus
from employers.models import Offer
from tests.employers.factories import EmployerMembershipFactory, OfferFactory

pytestmark = pytest.mark.django_db

JUSTIFICATION = "Poste de la défense : condition de nationalité fixée par la loi."
EXCEPTION = "statutory_nationality"


@pytest.fixture
def admin(client, force_login):
    membership = EmployerMembershipFactory(admin=True)
    force_login(membership.user)
    return membership


def publish(client, offer, **data):
    return client.post(reverse("employers:offer_publish", args=[offer.pk]), data)


def status_of(offer):
    offer.refresh_from_db()
    return offer.status


def test_confirmation_page_lists_every_finding(client, admin):
    offer = OfferFactory(
        employer=admin.employer, illegal_wording=True, salary_min=None, salary_max=None
    )
    page = client.get(reverse("employers:offer_publish", args=[offer.pk])).content.decode()
    assert "Nationalité française exigée" in page
    assert "Rémunération absente" in page


def test_clean_offer_is_published_at_once(client, admin):
    offer = OfferFactory(employer=admin.employer)
    response = publish(client, offer)
    assert response.url == reverse("employers:offer_detail", args=[offer.pk])
    assert status_of(offer) == OfferStatus.PUBLISHED


def test_a_clean_offer_says_its_wording_was_checked_without_counting_zero(client, admin):
    offer = OfferFactory(employer=admin.employer)
    publish(client, offer)
    page = client.get(reverse("employers:offer_detail", args=[offer.pk])).content.decode()
    assert "0 constat" not in page
    assert "aucun constat" in page


def test_illegal_wording_blocks_publication(client, admin):
    offer = OfferFactory(employer=admin.employer, illegal_wording=True)
    response = publish(client, offer)
    assert response.status_code == 200
    assert "justification" in response.context["form"].errors
    assert status_of(offer) == OfferStatus.DRAFT


def test_justification_unblocks_publication(client, admin):
    offer = OfferFactory(employer=admin.employer, illegal_wording=True)
    publish(client, offer, exception=EXCEPTION, justification=JUSTIFICATION)
    assert status_of(offer) == OfferStatus.PUBLISHED
    assert JUSTIFICATION in offer.wording_justification
    assert offer.illegal_wording_at_publication


def test_justification_is_audited_with_the_categories(client, admin):
    offer = OfferFactory(employer=admin.employer, illegal_wording=True)
    publish(client, offer, exception=EXCEPTION, justification=JUSTIFICATION)
    entry = AuditEntry.objects.get(action="offer.illegal_wording_justified")
    assert entry.actor == admin.user
    assert entry.data["categories"] == ["origin_nationality"]


def test_justified_offer_is_publicly_visible(client, admin):
    offer = OfferFactory(employer=admin.employer, illegal_wording=True)
    publish(client, offer, exception=EXCEPTION, justification=JUSTIFICATION)
    assert list(Offer.objects.publicly_visible()) == [offer]


def test_other_findings_need_acknowledgement(client, admin):
    offer = OfferFactory(employer=admin.employer, exclusionary_wording=True)
    response = publish(client, offer)
    assert "acknowledge" in response.context["form"].errors
    assert status_of(offer) == OfferStatus.DRAFT


def test_acknowledged_findings_are_published(client, admin):
    offer = OfferFactory(employer=admin.employer, exclusionary_wording=True)
    publish(client, offer, acknowledge="on")
    assert status_of(offer) == OfferStatus.PUBLISHED


def test_findings_snapshot_and_reviewer_are_stored(client, admin):
    offer = OfferFactory(employer=admin.employer, exclusionary_wording=True)
    publish(client, offer, acknowledge="on")
    offer.refresh_from_db()
    assert [f["category"] for f in offer.wording_findings] == ["gender_coded"]
    assert {"severity", "quote", "message", "legal_basis", "suggestion"} <= set(
        offer.wording_findings[0]
    )
    assert offer.wording_reviewed_by == admin.user
    assert offer.wording_reviewed_at == offer.published_at


def test_publication_is_audited_with_the_categories(client, admin):
    offer = OfferFactory(employer=admin.employer, exclusionary_wording=True)
    publish(client, offer, acknowledge="on")
    entry = AuditEntry.objects.get(action="offer.published")
    assert entry.data == {"categories": ["gender_coded"]}


def test_incomplete_offer_is_not_published(client, admin):
    offer = OfferFactory(employer=admin.employer)
    Offer.objects.filter(pk=offer.pk).update(contract_type="cdd")  # no end date
    response = publish(client, offer, acknowledge="on")
    assert "Indiquez la date de fin du CDD." in response.context["form"].non_field_errors()
    assert status_of(offer) == OfferStatus.DRAFT


def test_confirmation_page_says_what_is_missing(client, admin):
    offer = OfferFactory(employer=admin.employer)
    Offer.objects.filter(pk=offer.pk).update(contract_type="cdd")
    page = client.get(reverse("employers:offer_publish", args=[offer.pk])).content.decode()
    assert "Indiquez la date de fin du CDD." in page


def test_published_offer_cannot_be_published_again(client, admin):
    offer = OfferFactory(employer=admin.employer, published=True)
    response = publish(client, offer)
    assert response.url == reverse("employers:offer_detail", args=[offer.pk])


def test_member_cannot_publish(client, force_login):
    membership = EmployerMembershipFactory()
    force_login(membership.user)
    offer = OfferFactory(employer=membership.employer)
    assert publish(client, offer).status_code == 403
    assert status_of(offer) == OfferStatus.DRAFT


def test_admin_closes_a_published_offer(client, admin):
    offer = OfferFactory(employer=admin.employer, published=True)
    client.post(reverse("employers:offer_close", args=[offer.pk]), {"confirm": "1"})
    assert status_of(offer) == OfferStatus.CLOSED


def test_member_cannot_close(client, force_login):
    membership = EmployerMembershipFactory()
    force_login(membership.user)
    offer = OfferFactory(employer=membership.employer, published=True)
    url = reverse("employers:offer_close", args=[offer.pk])
    assert client.get(url).status_code == 403
    assert client.post(url, {"confirm": "1"}).status_code == 403
    assert status_of(offer) == OfferStatus.PUBLISHED


def test_justification_is_shown_with_the_offer(client, admin):
    offer = OfferFactory(employer=admin.employer, justified=True)
    page = client.get(reverse("employers:offer_detail", args=[offer.pk])).content.decode()
    assert offer.wording_justification in page
