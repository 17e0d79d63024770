"""At 375 px, a table of actions or key facts shows each row as a block, each cell under its
column's header (`.stack-table`, WCAG 1.4.10): the candidate's links and the team's actions are
on screen without scrolling sideways, and the table stays a table for assistive technology. A
table that must stay wide (the ranking) scrolls in a focusable, named region."""

import pytest
from django.urls import reverse

from candidates.enums import ApplicationStage
from employers import team as team_services
from employers.enums import EmployerRole
from employers.onboarding import employer_team
from interviews import sessions
from tests.assessments.factories import CampaignFactory
from tests.browser.conftest import assert_accessible, in_db_thread
from tests.candidates.factories import ApplicationFactory, CandidateFactory
from tests.employers.factories import EmployerMembershipFactory, OfferFactory
from tests.interviews.factories import GridVersionFactory
from tests.interviews.test_scheduling_browser import candidate_log_in
from tests.interviews.test_session_browser import log_in

pytestmark = pytest.mark.browser

NARROW = {"width": 375, "height": 800}
PAGE_OVERFLOW = "() => document.documentElement.scrollWidth - window.innerWidth"
# The controls of the table's rows (links, buttons, selects) whose right edge is off screen.
OFF_SCREEN = """(selector) => [...document.querySelectorAll(selector)]
  .filter(e => e.getBoundingClientRect().right > window.innerWidth)
  .map(e => `${e.tagName} « ${e.textContent.trim().slice(0, 40)} »`)"""
# What a sighted reader sees before a cell: its column's header, from `data-label`.
LABELS = """(table) => [...table.querySelectorAll('tbody td')]
  .map(td => getComputedStyle(td, '::before').content)"""


def prepare():
    admin = EmployerMembershipFactory(
        admin=True, user__display_name="Maëlle Administratrice-Principale"
    )
    for name in ("Bérénice Longuenom-Recruteuse", "Jean-Christophe Intervieweur"):
        EmployerMembershipFactory(employer=admin.employer, user__display_name=name)
    team_services.invite_colleague(
        employer_team(admin.employer),
        "une.collegue.avec.une.longue.adresse@exemple-entreprise.fr",
        EmployerRole.MEMBER,
        by=admin.user,
    )
    candidate = CandidateFactory()
    with_everything = OfferFactory(
        employer=admin.employer,
        published=True,
        title="Développeur·se d'applications web et mobiles accessibles (H/F)",
    )
    CampaignFactory(offer=with_everything)
    GridVersionFactory(offer=with_everything)
    application = ApplicationFactory(
        offer=with_everything, candidate=candidate, stage=ApplicationStage.INTERVIEW
    )
    sessions.create_interview(application, panel=[admin.user], lead=admin.user, by=admin.user)
    ApplicationFactory(candidate=candidate)  # no assessment, no interview
    return admin, candidate.user


def table_roles(page) -> set[str]:
    """The roles Chromium's accessibility tree gives, whatever the CSS display."""
    cdp = page.context.new_cdp_session(page)
    nodes = cdp.send("Accessibility.getFullAXTree")["nodes"]
    return {node["role"]["value"] for node in nodes if "role" in node}


def test_the_candidates_links_are_on_screen_at_375_px(live_daphne, browser):
    _, candidate = in_db_thread(prepare)
    context, page = candidate_log_in(browser, live_daphne, candidate)
    try:
        page.set_viewport_size(NARROW)
        page.goto(live_daphne + reverse("candidates:dashboard"))
        links = page.locator("table a")
        # an assessment, an interview, two message threads, two « Retirer ma candidature »
        assert links.count() == 6
        assert page.evaluate(OFF_SCREEN, "table a, table td") == []
        assert page.evaluate(PAGE_OVERFLOW) <= 0
        labels = page.locator("table").evaluate(LABELS)
        assert any("Étape" in label for label in labels), labels
        assert {"table", "row", "columnheader", "cell"} <= table_roles(page)
        assert_accessible(page)
    finally:
        context.close()


def test_the_teams_actions_are_on_screen_at_375_px(live_daphne, browser):
    admin, _ = in_db_thread(prepare)
    context, page = log_in(browser, live_daphne, admin.user)
    try:
        page.set_viewport_size(NARROW)
        page.goto(live_daphne + reverse("employers:team", args=[admin.employer_id]))
        controls = "table button, table select, table td"
        assert page.locator("table button").count() > 0
        assert page.evaluate(OFF_SCREEN, controls) == []
        assert page.evaluate(PAGE_OVERFLOW) <= 0
        assert {"table", "row", "columnheader", "cell"} <= table_roles(page)
        assert_accessible(page)
    finally:
        context.close()
