"""The offer editor in a real browser: live findings as one types, one-click rewrite."""

import re
from types import SimpleNamespace

import pytest
from playwright.sync_api import expect

from tests.accounts.factories import PASSWORD
from tests.browser.conftest import assert_accessible, in_db_thread
from tests.employers.factories import EmployerMembershipFactory, OfferFactory
from tests.utils import totp_code

pytestmark = pytest.mark.browser
# A fresh daphne builds the wording rules in its warm-up thread (a minute on a busy 2-core
# machine); the first editor page, or the first live check, waits for them.
EDITOR_FIRST_LOAD_MS = 180_000


def recruiter_with_an_offer():
    """An organisation's admin (second factor enrolled) and one of its offers."""
    membership = EmployerMembershipFactory(admin=True)
    offer = OfferFactory(employer=membership.employer)
    user = membership.user
    return SimpleNamespace(email=user.email, secret=user.totp_secret, offer_id=offer.pk)


def log_in(page, base, recruiter):
    page.goto(base + "/comptes/login/")
    page.get_by_label("Courriel").fill(recruiter.email)
    page.get_by_label("Mot de passe").fill(PASSWORD)
    page.get_by_role("button", name="Connexion").click()
    page.wait_for_url("**/2fa/authenticate/")
    page.get_by_label("Code").fill(totp_code(recruiter.secret))
    page.get_by_role("button", name="Connexion").click()
    page.wait_for_url("**/entreprise/")


def test_findings_appear_while_typing_and_a_rewrite_replaces_the_words(live_daphne, page):
    recruiter = in_db_thread(recruiter_with_an_offer)
    log_in(page, live_daphne, recruiter)
    # the editor's first page checks the wording: it waits for the fresh server's rules
    page.goto(
        f"{live_daphne}/entreprise/offres/{recruiter.offer_id}/modifier/",
        timeout=EDITOR_FIRST_LOAD_MS,
    )
    assert_accessible(page)

    title = page.get_by_label("Intitulé")
    title.fill("Développeur Python")
    findings = page.locator("#wording-findings")
    expect(findings.locator("mark.finding-illegal")).to_have_text("Développeur Python")
    assert_accessible(page)

    findings.get_by_role("button", name=re.compile("Remplacer")).first.click()
    expect(title).to_have_value("Développeur·se Python (H/F)")
    expect(findings.locator("mark.finding-illegal")).to_have_count(0)

    # a condition inside a sentence is taken out, with the words it hung on
    description = page.get_by_label("Description", exact=True)
    description.fill("Nous recrutons une personne de moins de 30 ans pour notre équipe.")
    remove = findings.get_by_role("button", name=re.compile("Retirer"))
    expect(remove).to_have_count(1)
    remove.click()
    expect(description).to_have_value("Nous recrutons une personne pour notre équipe.")
    expect(findings.locator("mark.finding-illegal")).to_have_count(0)


def test_on_a_phone_the_description_says_how_many_findings_and_leads_to_them(live_daphne, page):
    recruiter = in_db_thread(recruiter_with_an_offer)
    log_in(page, live_daphne, recruiter)
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(
        f"{live_daphne}/entreprise/offres/{recruiter.offer_id}/modifier/",
        timeout=EDITOR_FIRST_LOAD_MS,
    )
    description = page.get_by_label("Description", exact=True)
    description.fill("Nous recrutons une personne de moins de 30 ans.")
    link = page.get_by_role("link", name="Voir la vérification de la rédaction")
    expect(link).to_be_visible()
    expect(page.locator("[data-vivier-inline-summary]")).to_contain_text("constat")
    link.click()
    expect(page.get_by_role("heading", name="Vérification de la rédaction")).to_be_in_viewport()

    description.fill("Nous recrutons une personne motivée.")
    expect(link).to_be_hidden()
    # beside the form, on a wide screen, the line is for the keyboard: off screen until its
    # link has the focus (the findings come after the whole form in tab order)
    page.set_viewport_size({"width": 1280, "height": 800})
    description.fill("Nous recrutons une personne de moins de 30 ans.")
    expect(page.locator("#wording-findings .findings")).to_have_count(1)
    expect(link).not_to_be_in_viewport()
    description.focus()
    page.keyboard.press("Tab")
    expect(link).to_be_focused()
    expect(link).to_be_in_viewport()
