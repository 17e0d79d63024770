"""« Mes e-mails » and the unsubscribe link in a real browser (Debian's chromium), axe-core on
each page: the preferences as a fieldset of checkboxes, the link's confirmation page, the page
once unsubscribed and the page of an altered link."""

import pytest
from django.urls import reverse
from playwright.sync_api import expect

from accounts import notifications
from accounts.enums import EmailKind
from tests.accounts.factories import PASSWORD, UserFactory
from tests.browser.conftest import assert_accessible, in_db_thread

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def sign_in(page, base, email):
    page.goto(base + "/comptes/login/")
    page.get_by_label("Courriel").fill(email)
    page.get_by_label("Mot de passe").fill(PASSWORD)
    page.get_by_role("button", name="Connexion").click()
    page.wait_for_url(lambda url: "/comptes/login/" not in url)


def test_switching_an_email_off_then_unsubscribing_from_the_link(live_daphne, page):
    user = in_db_thread(UserFactory)
    sign_in(page, live_daphne, user.email)

    page.get_by_role("link", name="Mes e-mails").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Mes e-mails")
    assert_accessible(page)
    group = page.get_by_role("group", name="Recevoir ces e-mails")
    group.get_by_label("Avis de nouveau message sur une candidature").uncheck()
    page.get_by_role("button", name="Enregistrer mes préférences").click()
    expect(page.get_by_text("Vos préférences d'e-mail sont enregistrées.")).to_be_visible()
    expect(group.get_by_label("Avis de nouveau message sur une candidature")).not_to_be_checked()
    assert_accessible(page)
    assert in_db_thread(notifications.switched_off, user) == {EmailKind.MESSAGE_WAITING.value}

    token = in_db_thread(notifications.unsubscribe_token, user, EmailKind.ASSESSMENT_REMINDER)
    page.context.clear_cookies()  # the link works signed out
    page.goto(live_daphne + reverse("accounts:unsubscribe", args=[token]))
    expect(page.get_by_role("heading", level=1)).to_have_text("Ne plus recevoir un type d'e-mail ?")
    assert_accessible(page)
    page.get_by_role("button", name="Confirmer la désinscription").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Désinscription enregistrée")
    assert_accessible(page)
    assert EmailKind.ASSESSMENT_REMINDER.value in in_db_thread(notifications.switched_off, user)

    page.goto(live_daphne + reverse("accounts:unsubscribe", args=[token + "x"]))
    expect(page.get_by_role("heading", level=1)).to_have_text("Lien de désinscription non valide")
    assert_accessible(page)
