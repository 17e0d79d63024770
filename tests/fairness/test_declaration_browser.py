"""The self-declaration page in a real browser: accessible, voluntary, withdrawable."""

import pytest
from playwright.sync_api import expect

from fairness.models import SelfDeclaration
from tests.accounts.factories import PASSWORD
from tests.browser.conftest import assert_accessible, in_db_thread
from tests.candidates.factories import CandidateFactory

pytestmark = pytest.mark.browser


def test_a_candidate_declares_then_withdraws_on_an_accessible_page(live_daphne, page):
    candidate = in_db_thread(CandidateFactory)
    page.goto(live_daphne + "/comptes/login/")
    page.get_by_label("Courriel").fill(candidate.user.email)
    page.get_by_label("Mot de passe").fill(PASSWORD)
    page.get_by_role("button", name="Connexion").click()
    page.wait_for_url(lambda url: "/comptes/login/" not in url)

    page.goto(live_daphne + "/equite/mes-informations/")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Mesurer l'équité")
    assert_accessible(page)

    page.get_by_role("group", name="Genre").get_by_label("Femme").check()
    page.get_by_role("button", name="Enregistrer mes réponses").click()
    expect(page.locator("[data-vivier-error-summary]")).to_be_visible()
    assert_accessible(page)

    page.get_by_role("group", name="Genre").get_by_label("Femme").check()
    page.get_by_role("group", name="Reconversion professionnelle").get_by_label("Oui").check()
    page.get_by_label("J'accepte que Vivier utilise ces informations").check()
    page.get_by_role("button", name="Enregistrer mes réponses").click()
    expect(page.get_by_text("vos informations sont enregistrées")).to_be_visible()
    assert_accessible(page)
    assert in_db_thread(
        lambda: SelfDeclaration.objects.filter(
            candidate_id=candidate.pk, gender="woman", career_change="yes"
        ).exists()
    )

    page.get_by_role("button", name="Retirer mon accord et effacer mes réponses").click()
    expect(page.get_by_text("vos informations sont effacées")).to_be_visible()
    assert not in_db_thread(
        lambda: SelfDeclaration.objects.filter(candidate_id=candidate.pk).exists()
    )
