"""A candidate types code in CodeMirror, runs the examples, submits, and sees the result arrive
over the websocket. Daphne runs with the database task backend, so grading waits until the test
grades the submission (as the worker would), while the page is open."""

import os
import time

import pytest
from playwright.sync_api import expect

from assessments import grading_runs
from assessments.models import Submission
from tests.accounts.factories import PASSWORD
from tests.assessments.factories import ExerciseFactory
from tests.browser.conftest import assert_accessible, daphne_process, in_db_thread
from tests.candidates.factories import ApplicationFactory

pytestmark = [pytest.mark.browser, pytest.mark.sandbox]

SOLUTION = "print(sum(map(int, input().split())))"


@pytest.fixture
def deferred_daphne(transactional_db):
    """Like tests.browser's live_daphne, with tasks left in the database."""
    with daphne_process("tests.assessments.deferred_settings") as url:
        yield url
    reap_orphans()


def reap_orphans(seconds: float = 1.5) -> None:
    """Daphne's warm sandboxes die with it and, as the sandbox makes this test process a child
    subreaper, are handed to us: reap them, or they stay zombies (and tests/sandbox counts them)."""
    from tests.sandbox.conftest import zombies_of

    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        for pid in zombies_of(os.getpid()):
            try:
                os.waitpid(pid, os.WNOHANG)
            except ChildProcessError:
                pass
        time.sleep(0.1)


def make_application():
    application = ApplicationFactory()
    exercise = ExerciseFactory()
    return application.pk, exercise.slug, application.candidate.user.email


def log_in(page, base, email):
    page.goto(base + "/comptes/login/")
    page.get_by_label("Courriel").fill(email)
    page.get_by_label("Mot de passe").fill(PASSWORD)
    page.get_by_role("button", name="Connexion").click()
    page.wait_for_load_state()


def test_candidate_codes_runs_the_examples_submits_and_sees_the_result_live(
    deferred_daphne, page, real_sandbox
):
    application_id, slug, email = in_db_thread(make_application)
    log_in(page, deferred_daphne, email)
    page.goto(f"{deferred_daphne}/evaluations/candidatures/{application_id}/exercices/{slug}/")

    editor = page.get_by_role("textbox", name="Votre code")
    editor.click()
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    page.keyboard.type(SOLUTION)
    assert page.locator(".cm-content").inner_text().strip() == SOLUTION
    assert_accessible(page)

    page.get_by_role("button", name="Lancer les exemples").click()
    sample = page.locator("[data-vivier-sample-verdict]")
    sample.wait_for()
    assert sample.get_attribute("data-vivier-sample-verdict") == "AC"
    assert "Réussi" in sample.inner_text()
    assert_accessible(page)

    page.get_by_text("Brouillon enregistré à").wait_for()  # autosave, ~3 s after typing

    page.get_by_role("button", name="Soumettre").click()
    page.wait_for_url("**/evaluations/soumissions/*/")
    assert page.get_by_text("attend sa correction").is_visible()
    submission_id = int(page.url.rstrip("/").rsplit("/", 1)[1])
    assert in_db_thread(lambda: Submission.objects.get(pk=submission_id).code) == SOLUTION

    in_db_thread(grading_runs.grade_submission, submission_id)  # what the worker does

    page.get_by_text("Score : 100 %").wait_for(timeout=10_000)
    live = page.locator("[data-vivier-submission-live]")
    assert live.get_attribute("data-vivier-live") == "websocket"
    assert_accessible(page)


def test_the_editor_works_under_the_strict_content_security_policy(deferred_daphne, browser):
    application_id, slug, email = in_db_thread(make_application)
    context = browser.new_context(locale="fr-FR")  # no CSP bypass here
    page = context.new_page()
    errors = []
    page.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    log_in(page, deferred_daphne, email)
    errors.clear()  # only this page's
    page.goto(f"{deferred_daphne}/evaluations/candidatures/{application_id}/exercices/{slug}/")
    page.locator(".cm-editor .cm-content").wait_for()
    assert page.locator("textarea[name=code]").is_hidden()
    # Tab indents inside the editor; Escape then Tab leaves it.
    page.get_by_role("textbox", name="Votre code").click()
    page.keyboard.press("Escape")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Lancer les exemples"
    context.close()
    assert errors == [], errors


JS_SOLUTION = (
    'const [a, b] = require("fs").readFileSync(0, "utf8").trim().split(/\\s+/).map(Number);'
)
SQL_SOLUTION = "SELECT nom FROM clients WHERE ville = 'Lyon' ORDER BY nom;"


def make_multilingual_application():
    from assessments.library import get_exercise
    from assessments.library_sync import sync_exercises

    sync_exercises([get_exercise("sql-clients-ville")])
    application = ApplicationFactory()
    exercise = ExerciseFactory(
        languages=["python", "javascript"],
        starters={"python": "# Python\n", "javascript": "// JavaScript\n"},
    )
    return application.pk, exercise.slug, application.candidate.user.email


def type_code(page, lines):
    page.get_by_role("textbox", name="Votre code").click()
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    for number, line in enumerate(lines):
        if number:
            page.keyboard.press("Enter")
            page.keyboard.press("Shift+Tab")
        page.keyboard.type(line)


def submit_and_grade(page, language):
    page.get_by_role("button", name="Soumettre").click()
    page.wait_for_url("**/evaluations/soumissions/*/")
    submission_id = int(page.url.rstrip("/").rsplit("/", 1)[1])
    in_db_thread(grading_runs.grade_submission, submission_id)  # what the worker does
    page.get_by_text("Score : 100 %").wait_for(timeout=20_000)
    submission = in_db_thread(lambda: Submission.objects.get(pk=submission_id))
    assert (submission.language, submission.score) == (language, 1.0)


def test_candidate_solves_a_javascript_and_a_sql_exercise(deferred_daphne, page, real_sandbox):
    """The language switch keeps each draft, « Tester avec mon entrée » runs the candidate's
    input, and JavaScript and SQL are graded in the sandbox."""
    application_id, slug, email = in_db_thread(make_multilingual_application)
    log_in(page, deferred_daphne, email)
    exercises = f"{deferred_daphne}/evaluations/candidatures/{application_id}/exercices"
    page.goto(f"{exercises}/{slug}/")
    page.locator(".cm-editor .cm-content").wait_for()
    type_code(page, ["print(0)"])
    page.get_by_label("Langage de programmation").select_option("javascript")
    page.locator(".cm-content", has_text="// JavaScript").wait_for()
    type_code(page, [JS_SOLUTION, "console.log(a + b);"])
    assert_accessible(page)

    page.get_by_text("Tester avec mon entrée", exact=True).first.click()  # opens the details
    page.get_by_label("Votre entrée").fill("20 22\n")
    run = page.get_by_role("button", name="Tester avec mon entrée")
    run.focus()
    page.keyboard.press("Enter")
    page.locator("[data-vivier-own-input-stdout]", has_text="42").wait_for()
    expect(run).to_be_focused()  # the keyboard stays where it was, not at the page's top

    # Back to Python: its draft was kept; then JavaScript again, with its code.
    page.get_by_label("Langage de programmation").select_option("python")
    page.locator(".cm-content", has_text="print(0)").wait_for()
    page.get_by_label("Langage de programmation").select_option("javascript")
    page.locator(".cm-content", has_text="console.log(a + b);").wait_for()
    submit_and_grade(page, "javascript")

    page.goto(f"{exercises}/sql-clients-ville/")
    page.locator(".cm-editor .cm-content").wait_for()
    assert page.get_by_text("Votre exemple personnel").is_visible()
    type_code(page, [SQL_SOLUTION])
    submit_and_grade(page, "sql")
