"""A candidate takes a short assessment (one situation, one written question) in the browser:
answers autosave, survive a reload with the time the server computes, and are handed in."""

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from assessments.models import Attempt, SjtAnswer, WrittenAnswer
from tests.accounts.factories import PASSWORD
from tests.assessments.factories import CampaignFactory
from tests.browser.conftest import assert_accessible, in_db_thread, live_daphne  # noqa: F401
from tests.candidates.factories import ApplicationFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ANSWER = "J'ai proposé à ma collègue de découper la tâche et nous avons livré à temps."


def make_application():
    campaign = CampaignFactory(duration_minutes=20)
    application = ApplicationFactory(offer=campaign.offer)
    return application.pk, application.candidate.user.email


def log_in(page, base, email):
    page.goto(base + "/comptes/login/")
    page.get_by_label("Courriel").fill(email)
    page.get_by_label("Mot de passe").fill(PASSWORD)
    page.get_by_role("button", name="Connexion").click()
    page.wait_for_load_state()


def saved_answers(application_id):
    sjt = SjtAnswer.objects.filter(attempt__application_id=application_id).first()
    written = WrittenAnswer.objects.filter(attempt__application_id=application_id).first()
    return (sjt.most if sjt else "", sjt.least if sjt else "", written.text if written else "")


def test_candidate_takes_a_short_assessment(live_daphne, page):  # noqa: F811
    errors = []
    # Script errors and CSP refusals (the browser's own favicon request is not ours to check).
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda m: "Content Security Policy" in m.text and errors.append(m.text))
    page.on("response", lambda response: response.status >= 404 and errors.append(response.url))
    application_id, email = in_db_thread(make_application)
    log_in(page, live_daphne, email)
    page.goto(f"{live_daphne}/evaluations/candidatures/{application_id}/evaluation/")
    assert_accessible(page)
    page.get_by_role("button", name="Commencer l'évaluation").click()
    page.wait_for_url("**/epreuve/")

    most = page.get_by_role("group", name="La réponse la plus efficace")
    least = page.get_by_role("group", name="La réponse la moins efficace")
    # the same response for both is said at once, and goes when the pick changes
    most.get_by_label("Ne rien faire.").check()
    least.get_by_label("Ne rien faire.").check()
    same = page.get_by_text("Vous avez choisi la même réponse comme la plus et la moins efficace")
    expect(same).to_be_visible()
    most.get_by_label("Appeler la cliente.").check()
    expect(same).to_be_hidden()
    page.get_by_text("Réponses enregistrées.").wait_for()
    page.get_by_role("group", name="La réponse la moins efficace").get_by_label(
        "Ne rien faire."
    ).check()
    page.get_by_label("Décrivez une situation où vous avez aidé un collègue.").fill(ANSWER)
    page.wait_for_function(
        "() => document.querySelector('[data-vivier-attempt-status]').textContent"
        " === 'Réponses enregistrées.'"
    )
    page.wait_for_timeout(2500)  # past the typing delay: the text is saved too
    assert in_db_thread(saved_answers, application_id) == ("a", "d", ANSWER)
    timer = page.locator("[data-vivier-timer-display]").inner_text()
    assert timer.startswith(("19:", "20:"))
    assert_accessible(page)

    # A lost connection: the page comes back with the answers and the server's time.
    page.reload()
    assert most.get_by_label("Appeler la cliente.").is_checked()
    assert (
        page.get_by_label("Décrivez une situation où vous avez aidé un collègue.").input_value()
        == ANSWER
    )

    page.get_by_role("button", name="Remettre l'évaluation").click()
    page.wait_for_url("**/remettre/")
    page.get_by_label(
        "Je remets mon évaluation : je ne pourrai plus modifier mes réponses."
    ).check()
    page.get_by_role("button", name="Remettre définitivement").click()
    page.get_by_text("Votre évaluation est remise.").wait_for()
    assert in_db_thread(lambda: Attempt.objects.get(application_id=application_id).status) == (
        "submitted"
    )
    assert_accessible(page)
    assert not errors, errors


def test_the_sitting_is_handed_in_when_the_time_runs_out(live_daphne, page):  # noqa: F811
    application_id, email = in_db_thread(make_application)
    log_in(page, live_daphne, email)
    page.goto(f"{live_daphne}/evaluations/candidatures/{application_id}/evaluation/")
    page.get_by_role("button", name="Commencer l'évaluation").click()
    page.wait_for_url("**/epreuve/")

    def shorten():
        Attempt.objects.filter(application_id=application_id).update(
            ends_at=timezone.now() + timedelta(seconds=3)
        )

    in_db_thread(shorten)
    page.reload()  # the countdown now shows about three seconds
    page.get_by_text("Évaluation remise").wait_for(timeout=10_000)
    assert in_db_thread(lambda: Attempt.objects.get(application_id=application_id).status) == (
        "expired"
    )
