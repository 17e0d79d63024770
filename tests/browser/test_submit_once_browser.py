"""A form is sent once (`static/js/vivier.js`): pressing a submit button twice quickly sends one
POST, with the pressed button's name and value; the buttons stay disabled while the answer
comes, and come back when the page is shown again from the history cache."""

import pytest
from django.urls import reverse

from candidates.enums import ApplicationStage
from candidates.models import Application
from tests.browser.conftest import in_db_thread
from tests.candidates.factories import ApplicationFactory
from tests.interviews.test_scheduling_browser import candidate_log_in

pytestmark = pytest.mark.browser


def test_a_double_click_sends_one_post_with_the_pressed_button(live_daphne, browser):
    application = in_db_thread(ApplicationFactory)
    url = reverse("candidates:withdraw", args=[application.pk])
    context, page = candidate_log_in(browser, live_daphne, application.candidate.user)
    try:
        posts = []
        page.on(
            "request",
            lambda request: posts.append(request.post_data) if request.method == "POST" else None,
        )
        page.goto(live_daphne + url)
        button = page.locator("main form button[type=submit]")
        # A named button, as « Enregistrer » / « Vérifier » are elsewhere.
        button.evaluate("(b) => { b.name = 'pressed'; b.value = 'confirmer'; }")

        button.dblclick()
        page.wait_for_url(f"**{reverse('candidates:dashboard')}")

        assert len(posts) == 1, posts
        assert "pressed=confirmer" in posts[0]
        assert page.locator(".message-success").count() == 1
        stage = in_db_thread(lambda: Application.objects.get(pk=application.pk).stage)
        assert stage == ApplicationStage.WITHDRAWN
    finally:
        context.close()


def test_the_buttons_come_back_when_the_page_returns_from_the_history_cache(live_daphne, browser):
    application = in_db_thread(ApplicationFactory)
    url = reverse("candidates:withdraw", args=[application.pk])
    context, page = candidate_log_in(browser, live_daphne, application.candidate.user)
    try:
        page.goto(live_daphne + url)
        # Stay on the page: a listener after the project's cancels the sending itself.
        page.evaluate("window.addEventListener('submit', (event) => event.preventDefault())")
        button = page.locator("main form button[type=submit]")
        button.click()
        page.wait_for_function("() => document.querySelector('main form button').disabled")

        page.evaluate(
            "window.dispatchEvent(new PageTransitionEvent('pageshow', {persisted: true}))"
        )

        assert button.is_enabled()
    finally:
        context.close()
