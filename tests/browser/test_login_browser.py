import pytest
from django.core.management import call_command

from demo.data import DEMO_PASSWORD, current_totp_code
from tests.browser.conftest import assert_accessible, in_db_thread

pytestmark = pytest.mark.browser


def test_demo_recruiter_logs_in_with_mfa_and_the_pages_are_accessible(live_daphne, page):
    in_db_thread(call_command, "seed_demo", "--force")

    page.goto(live_daphne + "/")
    assert page.locator("html").get_attribute("lang") == "fr"
    assert_accessible(page)

    page.get_by_role("link", name="Se connecter").first.click()
    assert_accessible(page)
    page.get_by_label("Courriel").fill("recruteuse@vivier.demo")
    page.get_by_label("Mot de passe").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Connexion").click()

    page.wait_for_url("**/2fa/authenticate/")
    assert_accessible(page)
    page.get_by_label("Code").fill(current_totp_code("recruteuse@vivier.demo"))
    page.get_by_role("button", name="Connexion").click()

    page.wait_for_url("**/entreprise/")
    assert page.get_by_role("heading", name="Mes offres").is_visible()
    assert page.get_by_role("link", name="Développeur·se web Python (H/F)").is_visible()
    assert_accessible(page)
