"""A radio button or a checkbox of a list (`templates/forms/field.html`, `.choice`) sits level
with its label's first line, on every page: the reuse choices of an assessment's start page
(which loads assessments.css) and the kinds of « Mes e-mails » (which does not). Only a browser
lays them out, so only a browser can tell."""

import pytest
from django.urls import reverse

from tests.browser.conftest import in_db_thread
from tests.browser.test_copy_link_browser import signed_in
from tests.candidates.factories import CandidateFactory

pytestmark = pytest.mark.browser

# Each box's vertical centre against its label's first line: how far apart, in CSS pixels.
OFFSETS = """
() => Array.from(document.querySelectorAll("main .choice")).map((row) => {
  const box = row.querySelector("input").getBoundingClientRect();
  const text = document.createRange();
  text.selectNodeContents(row.querySelector("label"));
  const line = text.getClientRects()[0];  // the first line of the label's text
  return (box.top + box.height / 2) - (line.top + line.height / 2);
})
"""


def reuse_world():
    from tests.assessments.test_reuse_browser import make_world

    return make_world()


def assert_level(page) -> None:
    offsets = page.evaluate(OFFSETS)
    assert offsets, "no choice on the page"
    assert all(abs(offset) <= 1.5 for offset in offsets), offsets


def test_the_reuse_choices_sit_level_with_their_labels(live_daphne, browser):
    application_id, email = in_db_thread(reuse_world)
    context, page = signed_in(browser, live_daphne, email)
    try:
        page.goto(f"{live_daphne}/evaluations/candidatures/{application_id}/evaluation/")
        page.locator("[data-vivier-reuse]").wait_for()
        assert_level(page)
        page.set_viewport_size({"width": 320, "height": 800})  # labels wrap on two lines
        assert_level(page)
    finally:
        context.close()


def test_the_email_kinds_sit_level_with_their_labels(live_daphne, browser):
    email = in_db_thread(lambda: CandidateFactory().user.email)
    context, page = signed_in(browser, live_daphne, email)
    try:
        page.goto(live_daphne + reverse("accounts:email_preferences"))
        assert_level(page)
    finally:
        context.close()
