"""The recruiter's figures page in a real browser: tables with captions and headers pass axe."""

import pytest
from playwright.sync_api import expect

from tests.accounts.factories import PASSWORD
from tests.browser.conftest import assert_accessible, in_db_thread
from tests.employers.factories import EmployerMembershipFactory, OfferFactory
from tests.fairness.population import first_stage
from tests.utils import totp_code

pytestmark = pytest.mark.browser


def build():
    membership = EmployerMembershipFactory()
    offer = OfferFactory(employer=membership.employer, published=True)
    first_stage(offer, advanced=6, rejected=14, gender="woman")
    first_stage(offer, advanced=12, rejected=8, gender="man")
    first_stage(offer, advanced=3, rejected=6, rqth="yes")
    return membership.user, offer


def test_the_offer_figures_page_is_accessible(live_daphne, page):
    user, offer = in_db_thread(build)
    page.goto(live_daphne + "/comptes/login/")
    page.get_by_label("Courriel").fill(user.email)
    page.get_by_label("Mot de passe").fill(PASSWORD)
    page.get_by_role("button", name="Connexion").click()
    page.wait_for_url("**/2fa/authenticate/")
    page.get_by_label("Code").fill(totp_code(user.totp_secret))
    page.get_by_role("button", name="Connexion").click()
    page.wait_for_url(lambda url: "/2fa/" not in url)

    page.goto(f"{live_daphne}/equite/offres/{offer.pk}/")
    table = page.get_by_role("table", name="De « Candidature envoyée » à « Évaluation terminée »")
    expect(table.get_by_role("row", name="Femme")).to_contain_text("30,0 %")
    expect(table.locator("tr[data-group=rqth-yes]")).to_contain_text("Non publié")
    assert_accessible(page)
