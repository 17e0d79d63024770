"""The public pages in chromium: accessible, and searchable without an account."""

import pytest

from tests.browser.conftest import assert_accessible, in_db_thread
from tests.employers.factories import OfferFactory

# The database is set up before the suite-wide autouse fixtures, which clear a database cache.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def make_offers():
    evry = OfferFactory(published=True, rome_code="M1805", skills=["Python", "Django"])
    lyon = OfferFactory(published=True, postcode="69002", commune="Lyon", title="Testeuse (H/F)")
    return evry.pk, lyon.pk


def test_an_anonymous_visitor_searches_and_opens_an_offer(live_daphne, page):
    evry_id, _lyon_id = in_db_thread(make_offers)
    page.goto(f"{live_daphne}/offres/")
    assert_accessible(page)
    page.get_by_label("Département").fill("69")
    page.get_by_role("button", name="Chercher").click()
    results = page.get_by_role("list").filter(has_text="Testeuse")
    assert results.get_by_role("link").all_inner_texts() == ["Testeuse (H/F)"]
    assert_accessible(page)
    page.goto(f"{live_daphne}/offres/{evry_id}/")
    assert page.get_by_role("heading", level=1).inner_text().startswith("Développeur·se")
    assert page.get_by_role("link", name="Postuler").count() == 1
    assert_accessible(page)


def test_search_errors_and_closed_offers_are_announced_accessibly(live_daphne, page):
    closed_id = in_db_thread(lambda: OfferFactory(closed=True).pk)
    page.goto(f"{live_daphne}/offres/?distance_km=10")
    summary = page.locator(".error-summary")
    assert "Indiquez un code postal pour chercher autour de lui." in summary.inner_text()
    assert_accessible(page)
    response = page.goto(f"{live_daphne}/offres/{closed_id}/")
    assert response.status == 410
    assert "clôturée" in page.get_by_role("status").inner_text()
    assert_accessible(page)
