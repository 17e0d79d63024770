"""The offer editor in a real browser: live findings as one types, one-click rewrite."""

import re

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from demo.data import DEMO_PASSWORD, current_totp_code
from employers.models import Offer
from tests.browser.conftest import assert_accessible, in_db_thread

pytestmark = pytest.mark.browser
RECRUITER = "recruteuse@vivier.demo"


def log_in(page, base):
    page.goto(base + "/comptes/login/")
    page.get_by_label("Courriel").fill(RECRUITER)
    page.get_by_label("Mot de passe").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Connexion").click()
    page.wait_for_url("**/2fa/authenticate/")
    page.get_by_label("Code").fill(current_totp_code(RECRUITER))
    page.get_by_role("button", name="Connexion").click()
    page.wait_for_url("**/entreprise/")


def test_findings_appear_while_typing_and_a_rewrite_replaces_the_words(live_daphne, page):
    in_db_thread(call_command, "seed_demo", "--force")
    offer_id = in_db_thread(lambda: Offer.objects.order_by("pk").first().pk)
    log_in(page, live_daphne)
    page.goto(f"{live_daphne}/entreprise/offres/{offer_id}/modifier/")
    assert_accessible(page)

    title = page.get_by_label("Intitulé")
    title.fill("Développeur Python")
    findings = page.locator("#wording-findings")
    expect(findings.locator("mark.finding-illegal")).to_have_text("Développeur Python")
    assert_accessible(page)

    findings.get_by_role("button", name=re.compile("Remplacer")).first.click()
    expect(title).to_have_value("Développeur·se Python (H/F)")
    expect(findings.locator("mark.finding-illegal")).to_have_count(0)
