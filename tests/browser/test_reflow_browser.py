"""WCAG 1.4.10 (reflow): at 320 and 375 px wide no page needs horizontal scrolling; a table of
per-row actions or key facts shows its rows as blocks (`.stack-table`), everything in it on
screen; a data table that must stay wider than the screen scrolls inside its own region
(`.table-scroll`, focusable and named, or the table itself on small screens), never the page.
The main pages of each role of the demo are checked."""

import pytest
from django.core.management import call_command
from django.urls import reverse

from demo.data import DEMO_PASSWORD, current_totp_code
from tests.browser.conftest import in_db_thread

pytestmark = pytest.mark.browser

WIDTHS = (320, 375)
# The page's own horizontal overflow: the document scrolls sideways when it is wider than the
# viewport. Elements inside a scrolling region (a table's) do not count.
PAGE_OVERFLOW = "() => document.documentElement.scrollWidth - window.innerWidth"
# What sticks out, to say which element breaks the layout.
CULPRITS = """() => [...document.querySelectorAll('body *')]
  .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)
  .filter(e => !e.closest('.table-scroll, table, pre, .visually-hidden, .skip-link'))
  .slice(0, 5)
  .map(e => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`)"""
# What a stacked table leaves off screen: it must not scroll, even inside itself.
STACKED_OFF_SCREEN = """() => [...document.querySelectorAll('.stack-table, .stack-table *')]
  .filter(e => e.getBoundingClientRect().right > window.innerWidth + 1 && !e.closest('thead')
    && !e.closest('.visually-hidden'))
  .slice(0, 5)
  .map(e => `${e.tagName} « ${e.textContent.trim().slice(0, 30)} »`)"""
# A scrolling region a keyboard cannot reach or a screen reader cannot name.
UNREACHABLE_REGIONS = """() => [...document.querySelectorAll('.table-scroll')]
  .filter(e => e.tabIndex !== 0 || e.getAttribute('role') !== 'region'
    || !(e.getAttribute('aria-label') || e.getAttribute('aria-labelledby'))
    || getComputedStyle(e).backgroundImage === 'none')
  .map(e => e.outerHTML.slice(0, 80))"""


def demo_urls():
    from advisers.models import Invitation
    from assessments.models import Exercise
    from candidates.models import Application
    from employers.models import Offer
    from interviews.models import Interview

    offer = Offer.objects.get(title__startswith="Développeur·se web Python")
    application = Application.objects.filter(offer=offer, interviews__isnull=False).first()
    interviewed = Interview.objects.filter(panel__user__email="intervieweuse2@vivier.demo").first()
    invitation = Invitation.objects.first()
    own_exercise = Exercise.objects.get(employer=offer.employer, is_current=True)
    candidate1 = Application.objects.get(
        offer=offer, candidate__user__email="candidate1@vivier.demo"
    )
    return {
        None: [
            reverse("home"),
            reverse("broadcasting:offer_list"),
            reverse("broadcasting:offer_detail", args=[offer.pk]),
            reverse("account_login"),
            reverse("account_signup"),
            reverse("accessibility"),
            reverse("privacy"),
        ],
        "recruteuse@vivier.demo": [
            reverse("employers:dashboard"),
            reverse("employers:offer_detail", args=[offer.pk]),
            reverse("employers:offer_create"),
            reverse("employers:offer_edit", args=[offer.pk]),
            reverse("shortlists:ranking", args=[offer.pk]),
            reverse("shortlists:policy", args=[offer.pk]),
            reverse("assessments:campaign_edit", args=[offer.pk]),
            reverse("assessments:offer_submissions", args=[offer.pk]),
            reverse("assessments:work_sample_list"),
            reverse("assessments:work_sample_create"),
            reverse("assessments:work_sample_detail", args=[own_exercise.pk]),
            reverse("interviews:offer_interviews", args=[offer.pk]),
            reverse("interviews:grid_detail", args=[offer.pk]),
            reverse("applications:detail", args=[application.pk]),
            reverse("employers:audit_log"),
            reverse("employers:team", args=[offer.employer_id]),
            reverse("fairness:employer_index"),
            reverse("fairness:offer_report", args=[offer.pk]),
        ],
        "intervieweuse2@vivier.demo": [
            reverse("interviews:mine"),
            reverse("interviews:session", args=[interviewed.application_id]),
        ],
        "conseiller@vivier.demo": [
            reverse("advisers:dashboard"),
            reverse("advisers:offer", args=[offer.pk]),
            reverse("advisers:follow_up"),
            reverse("advisers:subscriptions"),
            reverse("advisers:invitation_detail", args=[invitation.pk]),
        ],
        "candidate1@vivier.demo": [
            reverse("candidates:dashboard"),
            reverse("candidates:profile"),
            reverse("candidates:open_offers"),
            reverse("assessments:campaign_home", args=[candidate1.pk]),
            reverse("advisers:my_advisers"),
            reverse("fairness:declaration"),
        ],
    }


def log_in(page, base, email):
    page.goto(base + reverse("account_login"))
    page.get_by_label("Courriel").fill(email)
    page.get_by_label("Mot de passe").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Connexion").click()
    page.wait_for_load_state()
    if "/2fa/" in page.url:
        page.get_by_label("Code").fill(current_totp_code(email))
        page.get_by_role("button", name="Connexion").click()
        page.wait_for_load_state()


def test_no_page_of_any_role_scrolls_sideways_at_320_and_375_px(live_daphne, browser):
    in_db_thread(call_command, "seed_demo", "--force")
    urls = in_db_thread(demo_urls)
    overflowing = {}
    for email, paths in urls.items():
        context = browser.new_context(locale="fr-FR", viewport={"width": 375, "height": 800})
        page = context.new_page()
        if email:
            log_in(page, live_daphne, email)
        for path in paths:
            response = page.goto(live_daphne + path)
            assert response.status == 200, (email, path, response.status)
            for width in WIDTHS:
                page.set_viewport_size({"width": width, "height": 800})
                excess = page.evaluate(PAGE_OVERFLOW)
                if excess > 0:
                    overflowing[f"{email} {path} @{width}"] = (excess, page.evaluate(CULPRITS))
                if off_screen := page.evaluate(STACKED_OFF_SCREEN):
                    overflowing[f"{email} {path} @{width} stacked"] = off_screen
                if unreachable := page.evaluate(UNREACHABLE_REGIONS):
                    overflowing[f"{email} {path} @{width} region"] = unreachable
        context.close()
    assert not overflowing, "\n".join(f"{k}: {v}" for k, v in overflowing.items())
