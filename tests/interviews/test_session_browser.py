"""Two interviewers, each in their own browser, see the scores appear live at the reveal."""

import pytest
from playwright.sync_api import expect

from interviews import sessions
from tests.accounts.factories import PASSWORD
from tests.browser.conftest import assert_accessible, in_db_thread
from tests.interviews.conftest import build_team, plan
from tests.utils import totp_code

pytestmark = pytest.mark.browser

NOTES = {
    "alice": "Alice : démarche claire.",
    "bruno": "Bruno : exemples précis.",
    "chloe": "Chloé : hésitations.",
}


def prepare():
    team = build_team()
    interview = plan(team, panel=[team.alice, team.bruno, team.chloe], lead=team.alice)
    sessions.start_scoring(interview, by=team.alice)
    team.interview = interview
    team.competencies = list(interview.grid_version.competencies.values_list("pk", flat=True))
    team.members = {m.user_id: m.pk for m in interview.panel.all()}
    return team


def log_in(browser, base, user):
    context = browser.new_context(locale="fr-FR", bypass_csp=True)
    page = context.new_page()
    page.goto(base + "/comptes/login/")
    page.get_by_label("Courriel").fill(user.email)
    page.get_by_label("Mot de passe").fill(PASSWORD)
    page.get_by_role("button", name="Connexion").click()
    page.wait_for_url("**/2fa/authenticate/")
    page.get_by_label("Code").fill(totp_code(user.totp_secret))
    page.get_by_role("button", name="Connexion").click()
    page.wait_for_url(lambda url: "/2fa/" not in url)
    return context, page


def open_session(page, base, team):
    page.goto(f"{base}/entretiens/candidatures/{team.interview.application_id}/")
    page.wait_for_selector("[data-vivier-interview-session][data-vivier-live='1']")


def score(page, team, level, note):
    for pk in team.competencies:
        page.get_by_label(f"{level} — ", exact=False).and_(
            page.locator(f"input[name='level_{pk}']")
        ).check()
        page.locator(f"#id_evidence_{pk}").fill(note)
    page.get_by_role("button", name="Remettre mes notes").click()
    page.wait_for_selector("text=Vos notes sont remises")


def member_line(page, team, user):
    return page.locator(f"[data-vivier-member='{team.members[user.pk]}']")


def test_two_interviewers_see_the_reveal_happen_live(live_daphne, browser):
    team = in_db_thread(prepare)
    alice_context, alice = log_in(browser, live_daphne, team.alice)
    bruno_context, bruno = log_in(browser, live_daphne, team.bruno)
    chloe_context, chloe = log_in(browser, live_daphne, team.chloe)
    try:
        open_session(alice, live_daphne, team)
        assert_accessible(alice)
        score(alice, team, 4, NOTES["alice"])
        open_session(alice, live_daphne, team)

        open_session(bruno, live_daphne, team)
        # Bruno sees that Alice submitted, not what she gave.
        assert "a noté" in member_line(bruno, team, team.alice).inner_text()
        assert NOTES["alice"] not in bruno.content()
        score(bruno, team, 2, NOTES["bruno"])
        open_session(bruno, live_daphne, team)
        member_line(alice, team, team.bruno).get_by_text("a noté").wait_for()
        assert NOTES["bruno"] not in alice.content()

        # Both pages stay open, without reloading, while the last member submits elsewhere.
        for page in (alice, bruno):
            page.evaluate("window.vivierNotReloaded = true")
        open_session(chloe, live_daphne, team)
        score(chloe, team, 3, NOTES["chloe"])

        for page in (alice, bruno):
            reveal = page.locator("[data-vivier-reveal]")
            reveal.get_by_text(NOTES["chloe"]).first.wait_for(timeout=5000)
            for note in NOTES.values():
                assert note in reveal.inner_text()
            assert "À discuter : les notes s’écartent de 2 niveaux." in reveal.inner_text()
            # The rest of the page no longer says that scoring goes on.
            status = page.locator("span.status")
            expect(status).to_have_text("Notes révélées")
            expect(page.get_by_text("Notation en cours")).to_have_count(0)
            expect(page.get_by_text("apparaîtront ici dès que tout le monde")).to_be_hidden()
            expect(page.get_by_text("Les notes du jury sont révélées")).to_be_visible()
            expect(member_line(page, team, team.chloe)).to_contain_text("a noté")
            assert page.evaluate("window.vivierNotReloaded") is True
        expect(alice.get_by_role("button", name="Clore la notation")).to_be_hidden()
        assert_accessible(alice)
        assert_accessible(bruno)
    finally:
        for context in (alice_context, bruno_context, chloe_context):
            context.close()
