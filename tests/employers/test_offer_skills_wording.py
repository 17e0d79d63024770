"""The skills listed with an offer are employer-written text that candidates read: the wording
checker reads them with the title and the description, and the publication gate blocks on
them (issue 21)."""

import pytest
from django.urls import reverse

from employers import services
from employers.enums import OfferStatus
from tests.employers.factories import EmployerMembershipFactory, OfferFactory
from tests.employers.test_offer_editor import form_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin(client, force_login):
    membership = EmployerMembershipFactory(admin=True)
    force_login(membership.user)
    return membership


def test_a_finding_in_the_skills_is_placed_in_the_skills(admin):
    offer = OfferFactory(employer=admin.employer, skills=["Python", "Homme de moins de 30 ans"])
    review = services.review_wording(services.offer_fields(offer))
    (item,) = [item for item in review.findings if item.finding.category == "age"]
    assert item.field == "skills"
    # offsets in the skills as the checker reads them, one per line
    assert "\n".join(offer.skills)[item.start : item.end] == item.finding.quote
    assert not item.can_rewrite  # the editor replaces text in the title and description only


def test_illegal_wording_in_the_skills_blocks_publication(client, admin):
    offer = OfferFactory(employer=admin.employer, skills=["SQL", "Nationalité française exigée"])
    response = client.post(reverse("employers:offer_publish", args=[offer.pk]), {})
    assert "justification" in response.context["form"].errors
    offer.refresh_from_db()
    assert offer.status == OfferStatus.DRAFT


def test_the_live_check_reads_the_skills(client, admin):
    offer = OfferFactory(employer=admin.employer)
    data = form_data(skills="Python\nCandidat sans enfants de préférence")
    response = client.post(reverse("employers:offer_check", args=[offer.pk]), data)
    assert "sans enfants" in response.content.decode()


def test_clean_skills_add_no_finding(admin):
    offer = OfferFactory(employer=admin.employer, skills=["Python", "SQL", "Accessibilité"])
    review = services.review_wording(services.offer_fields(offer))
    assert [item for item in review.findings if item.field == "skills"] == []
