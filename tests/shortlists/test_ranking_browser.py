"""The ranking and a decision in a real browser, with axe-core on every page."""

import re
from types import SimpleNamespace

import pytest
from playwright.sync_api import expect

from candidates.models import Application
from tests.browser.conftest import assert_accessible, in_db_thread
from tests.employers.factories import EmployerMembershipFactory, OfferFactory
from tests.shortlists.conftest import scored
from tests.shortlists.factories import SelectionPolicyFactory
from tests.utils import totp_code

pytestmark = pytest.mark.browser


def build():
    membership = EmployerMembershipFactory(admin=True)
    offer = OfferFactory(employer=membership.employer, published=True)
    SelectionPolicyFactory(offer=offer, min_coding=50)
    scored(offer, coding=0.8, consensus=3, pseudonym="Aulne-Gris")
    scored(offer, coding=0.5, consensus=4.2, pseudonym="Bouleau-Roux")
    scored(offer, coding=0.3, pseudonym="Cèdre-Noir")
    user = membership.user
    return SimpleNamespace(email=user.email, secret=user.totp_secret, offer_id=offer.pk)


def log_in(page, base, world):
    page.goto(base + "/comptes/login/")
    page.get_by_label("Courriel").fill(world.email)
    page.get_by_label("Mot de passe").fill("un-mot-de-passe-de-test")
    page.get_by_role("button", name="Connexion").click()
    page.wait_for_url("**/2fa/authenticate/")
    page.get_by_label("Code").fill(totp_code(world.secret))
    page.get_by_role("button", name="Connexion").click()
    page.wait_for_url("**/entreprise/")


def test_rules_ranking_and_decision_pages_are_accessible(live_daphne, page):
    world = in_db_thread(build)
    log_in(page, live_daphne, world)
    page.goto(f"{live_daphne}/entreprise/selection/offres/{world.offer_id}/regles/")
    page.get_by_label("Poids : Exercices de code").fill("101")
    page.get_by_role("button", name="Enregistrer les règles").click()
    expect(page.get_by_role("alert")).to_contain_text("Poids : Exercices de code")
    assert_accessible(page)

    # Not locked yet: the ranking says what locking freezes and asks for a confirmation.
    page.goto(f"{live_daphne}/entreprise/selection/offres/{world.offer_id}/")
    expect(page.get_by_text("Aulne-Gris")).to_have_count(0)
    lock = page.get_by_role("button", name="Verrouiller les règles et voir le classement")
    lock.click()
    expect(page.get_by_role("alert")).to_contain_text("Cochez la case pour verrouiller")
    assert_accessible(page)
    page.get_by_label(re.compile("Je verrouille ces règles")).check()
    page.get_by_role("button", name="Verrouiller les règles et voir le classement").click()
    expect(page.get_by_role("status")).to_contain_text("Règles de sélection verrouillées")
    table = page.get_by_role("table", name=re.compile("Candidatures sous pseudonyme"))
    expect(table.locator("tbody tr")).to_have_count(3)
    expect(table.locator(".tie-mark")).to_have_count(2)
    assert_accessible(page)

    page.get_by_role("link", name="Décider pour Cèdre-Noir").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Décision pour Cèdre-Noir")
    assert_accessible(page)

    page.get_by_role("button", name="Enregistrer et prévenir la personne").click()
    expect(page.get_by_role("alert")).to_contain_text("Le formulaire contient des erreurs")
    assert_accessible(page)

    page.get_by_label("Ne pas retenir").check()
    page.get_by_label("Motif lié au poste").select_option("below_cutoff")
    page.get_by_role("button", name="Enregistrer et prévenir la personne").click()
    expect(page.get_by_role("status")).to_contain_text("Décision enregistrée pour Cèdre-Noir")
    stage = in_db_thread(lambda: Application.objects.get(pseudonym="Cèdre-Noir").stage)
    assert stage == "rejected"
