"""The offer's ROME job title (with its ROME code) and whether the post is open to disabled
workers are shown with the other facts: to the recruiter, to the adviser, and on the public
page (the disability statement there only when it is « yes »)."""

import pytest
from django.urls import reverse

from tests.advisers.factories import AdviserMembershipFactory
from tests.employers.factories import EmployerMembershipFactory, OfferFactory

pytestmark = pytest.mark.django_db
TITLE = "Analyste concepteur / conceptrice informatique"  # appellation 10934, ROME M1805
OPEN = "Poste ouvert aux travailleurs handicapés"


def facts(page: str) -> str:
    """The list of the offer's facts (`offer-facts` for recruiters and the public, `facts` for
    advisers)."""
    marker = '<dl class="offer-facts">' if 'class="offer-facts"' in page else '<dl class="facts">'
    return page.split(marker)[1].split("</dl>")[0]


@pytest.fixture
def offer():
    return OfferFactory(
        published=True, rome_code="M1805", appellation_code="10934", accessible_th=True
    )


def recruiter_page(client, force_login, offer) -> str:
    force_login(EmployerMembershipFactory(employer=offer.employer).user)
    return client.get(reverse("employers:offer_detail", args=[offer.pk])).content.decode()


def adviser_page(client, force_login, offer) -> str:
    force_login(AdviserMembershipFactory().user)
    return client.get(reverse("advisers:offer", args=[offer.pk])).content.decode()


def public_page(client, force_login, offer) -> str:
    return client.get(reverse("broadcasting:offer_detail", args=[offer.pk])).content.decode()


PAGES = [recruiter_page, adviser_page, public_page]


@pytest.mark.parametrize("page", PAGES)
def test_the_job_title_is_shown_with_its_rome_code(client, force_login, offer, page):
    shown = facts(page(client, force_login, offer))
    assert TITLE in shown and "M1805" in shown


@pytest.mark.parametrize("page", PAGES)
def test_an_offer_open_to_disabled_workers_says_so(client, force_login, offer, page):
    shown = facts(page(client, force_login, offer))
    assert OPEN in shown and "Oui" in shown.split(OPEN)[1]


@pytest.mark.parametrize("page", [recruiter_page, adviser_page])
def test_staff_see_a_no_and_an_unanswered_statement(client, force_login, page):
    no = OfferFactory(published=True, accessible_th=False)
    assert "Non" in page(client, force_login, no).split(OPEN)[1].split("</dd>")[0]
    unanswered = OfferFactory(published=True, accessible_th=None)
    assert "Non renseigné" in page(client, force_login, unanswered).split(OPEN)[1].split("</dd>")[0]


@pytest.mark.parametrize("answer", [False, None])
def test_the_public_page_shows_the_statement_only_when_yes(client, force_login, answer):
    offer = OfferFactory(published=True, accessible_th=answer)
    assert OPEN not in public_page(client, force_login, offer)


def test_an_offer_without_job_title_keeps_its_rome_code(client, force_login):
    offer = OfferFactory(published=True, rome_code="M1805", appellation_code="")
    shown = public_page(client, force_login, offer)
    assert "Code ROME" in shown and "M1805" in shown
