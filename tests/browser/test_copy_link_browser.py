"""« Copier le lien » in the browser (`static/js/vivier.js`): the button copies the link and its
status region says so; without JavaScript there is no button, and the link is there to select."""

import pytest
from django.urls import reverse

from assessments import certificates
from tests.accounts.factories import PASSWORD
from tests.assessments.factories import ExerciseFactory
from tests.assessments.test_reuse import taken
from tests.browser.conftest import assert_accessible, in_db_thread
from tests.candidates.factories import CandidateFactory

pytestmark = pytest.mark.browser


def a_certificate():
    candidate, exercise = CandidateFactory(), ExerciseFactory()
    taken(candidate, exercise=exercise, score=0.8)
    certificate = certificates.create_certificate(
        candidate, [f"exercise-{exercise.pk}"], by=candidate.user
    )
    return candidate.user.email, reverse("assessments:certificate_public", args=[certificate.token])


def signed_in(browser, base, email, **options):
    context = browser.new_context(locale="fr-FR", bypass_csp=True, **options)
    page = context.new_page()
    page.goto(base + "/comptes/login/")
    page.get_by_label("Courriel").fill(email)
    page.get_by_label("Mot de passe").fill(PASSWORD)
    page.get_by_role("button", name="Connexion").click()
    page.wait_for_url(lambda url: "/comptes/login/" not in url)
    return context, page


def test_the_button_copies_the_link_and_says_so(live_daphne, browser):
    email, path = in_db_thread(a_certificate)
    context, page = signed_in(
        browser, live_daphne, email, permissions=["clipboard-read", "clipboard-write"]
    )
    try:
        page.goto(live_daphne + reverse("assessments:certificate_list"))
        button = page.get_by_role("button", name="Copier le lien du certificat du", exact=False)
        button.click()
        status = page.get_by_role("status").filter(has_text="Lien copié.")
        status.wait_for()
        assert page.evaluate("navigator.clipboard.readText()") == live_daphne + path
        assert_accessible(page)
    finally:
        context.close()


def test_without_javascript_the_link_stays_to_select_and_no_button_shows(live_daphne, browser):
    email, path = in_db_thread(a_certificate)
    # allauth's sign-in form needs no JavaScript either.
    context, page = signed_in(browser, live_daphne, email, java_script_enabled=False)
    try:
        page.goto(live_daphne + reverse("assessments:certificate_list"))
        assert page.get_by_role("link", name=live_daphne + path).is_visible()
        assert page.get_by_role("button", name="Copier le lien", exact=False).count() == 0
    finally:
        context.close()
