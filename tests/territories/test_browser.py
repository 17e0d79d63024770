"""« Where I live » and the job title combobox in a real browser (Debian's chromium), against a
live daphne that reaches the recorded geocoder on loopback and reads the test perimeters."""

import os
from pathlib import Path

import pytest
from playwright.sync_api import expect

from candidates.models import Application
from employers.models import Offer
from fairness import services
from tests.accounts.factories import PASSWORD
from tests.browser.conftest import assert_accessible, daphne_process, in_db_thread
from tests.candidates.factories import ApplicationFactory, CandidateFactory
from tests.employers.test_offer_editor_browser import (
    EDITOR_FIRST_LOAD_MS,
    log_in,
    recruiter_with_an_offer,
)
from tests.territories.fakes import ANSWERS, FakeGeocoder, write_perimeters

pytestmark = pytest.mark.browser
# Screenshots for a person to look at, when asked: VIVIER_SCREENSHOTS=folder.
SHOTS = os.environ.get("VIVIER_SCREENSHOTS")


def shot(page, name: str) -> None:
    if SHOTS:
        page.screenshot(path=str(Path(SHOTS) / f"{name}.png"), full_page=True)


@pytest.fixture
def territory_site(transactional_db, tmp_path):
    """A live daphne whose geocoder is the recorded one and whose perimeters are the test's."""
    with FakeGeocoder(ANSWERS) as geocoder:
        with daphne_process(
            VIVIER_GEOCODER_URL=geocoder.url,
            VIVIER_GEOCODER_TIMEOUT="1",
            VIVIER_QPV_PERIMETERS=str(write_perimeters(tmp_path)),
        ) as url:
            yield url, geocoder


def sign_in(page, base, candidate):
    page.goto(base + "/comptes/login/")
    page.get_by_label("Courriel").fill(candidate.user.email)
    page.get_by_label("Mot de passe").fill(PASSWORD)
    page.get_by_role("button", name="Connexion").click()
    page.wait_for_url(lambda url: "/comptes/login/" not in url)


def test_an_address_makes_a_verified_qpv_resident_in_the_report(territory_site, page):
    base, _geocoder = territory_site
    candidate = in_db_thread(CandidateFactory)
    application = in_db_thread(ApplicationFactory, candidate=candidate)
    sign_in(page, base, candidate)

    page.goto(base + "/equite/mes-informations/")
    page.get_by_role("link", name="Indiquer où j'habite").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("où j'habite")
    assert_accessible(page)
    page.get_by_label("Votre adresse").fill("12 rue des Pyramides 91000 Évry-Courcouronnes")
    page.get_by_label("J'accepte que Vivier conserve le résultat").check()
    shot(page, "territory-1-address")
    page.get_by_role("button", name="Vérifier et enregistrer").click()

    kept = page.locator("[data-residence]")
    expect(kept).to_contain_text("Évry-Courcouronnes")
    expect(kept).to_contain_text("Quartier d'essai des Pyramides (QN09199M)")
    expect(kept).to_contain_text("Oui (adresse vérifiée)")
    expect(page.get_by_text("Pyramides 91000")).to_have_count(0)
    assert_accessible(page)
    shot(page, "territory-2-kept")

    # The fairness figures count this application in the verified QPV group (a page shows it
    # from 10 people on: tests/fairness/test_territory.py).
    def qpv_groups():
        records = services.funnel_records(Application.objects.filter(offer_id=application.offer_id))
        return [(record.groups["qpv"], record.count) for record in records]

    assert in_db_thread(qpv_groups) == [("yes_verified", 1)]


def test_offline_the_candidate_picks_their_commune_and_neighbourhood(territory_site, page):
    base, geocoder = territory_site
    geocoder.mode = "error"
    candidate = in_db_thread(CandidateFactory)
    sign_in(page, base, candidate)

    page.goto(base + "/equite/mes-informations/lieu/")
    page.get_by_label("Votre adresse").fill("12 rue des Pyramides 91000 Évry-Courcouronnes")
    page.get_by_label("J'accepte que Vivier conserve le résultat").check()
    page.get_by_role("button", name="Vérifier et enregistrer").click()
    expect(page.get_by_role("status")).to_contain_text("ne répond pas")
    assert_accessible(page)
    shot(page, "territory-3-offline")

    # The postcode typed is carried over; the consent given is not asked again.
    expect(page.get_by_label("Votre commune ou votre code postal")).to_have_value("91000")
    page.get_by_label("Votre commune ou votre code postal").fill("evry courcouronnes")
    page.get_by_role("button", name="Chercher").click()
    page.get_by_label("Quartier d'essai des Pyramides").check()
    expect(page.get_by_label("J'accepte que Vivier conserve le résultat")).to_have_count(0)
    assert_accessible(page)
    shot(page, "territory-4-neighbourhoods")
    page.get_by_role("button", name="Enregistrer", exact=True).click()
    expect(page.locator("[data-residence]")).to_contain_text("Oui (déclaré)")


def test_an_address_near_a_border_is_declared_from_the_commune_list(territory_site, page):
    base, _geocoder = territory_site
    candidate = in_db_thread(CandidateFactory)
    sign_in(page, base, candidate)

    page.goto(base + "/equite/mes-informations/lieu/")
    page.get_by_label("Votre adresse").fill("5 allée du Bord 91000 Évry-Courcouronnes")
    page.get_by_label("J'accepte que Vivier conserve le résultat").check()
    page.get_by_role("button", name="Vérifier et enregistrer").click()

    notice = page.get_by_role("status")
    expect(notice).to_contain_text("à moins de 15 mètres de la limite du quartier prioritaire")
    expect(notice).to_contain_text("« Quartier d'essai des Pyramides »")
    expect(page.get_by_role("heading", level=2)).to_contain_text("Évry-Courcouronnes")
    expect(page.get_by_label("J'accepte que Vivier conserve le résultat")).to_have_count(0)
    assert_accessible(page)
    shot(page, "territory-5-near-border")
    page.get_by_label("Quartier d'essai des Pyramides").check()
    page.get_by_role("button", name="Enregistrer", exact=True).click()
    kept = page.locator("[data-residence]")
    expect(kept).to_contain_text("Oui (déclaré)")
    expect(kept).to_contain_text("commune choisie dans la liste")


def test_the_job_title_combobox_fills_the_rome_code(live_daphne, page):
    recruiter = in_db_thread(recruiter_with_an_offer)
    offer_id = recruiter.offer_id
    log_in(page, live_daphne, recruiter)
    # the editor's first page checks the wording: it waits for the fresh server's rules
    page.goto(f"{live_daphne}/entreprise/offres/{offer_id}/modifier/", timeout=EDITOR_FIRST_LOAD_MS)

    field = page.get_by_role("combobox", name="Métier (référentiel ROME)")
    field.fill("zzqxw")
    expect(page.get_by_text("Aucun intitulé du référentiel ne correspond")).to_be_visible()
    field.fill("developpeur")
    more = page.get_by_text(
        "D’autres intitulés correspondent : tapez la suite du métier pour préciser.", exact=True
    )
    expect(more).to_be_visible()
    field.fill("developpeur web")
    expect(more).to_be_hidden()
    options = page.get_by_role("listbox").get_by_role("option")
    expect(options.first).to_contain_text("Développeur / Développeuse web")
    expect(field).to_have_attribute("aria-expanded", "true")
    assert_accessible(page)
    shot(page, "combobox-1-options")
    field.press("ArrowDown")
    field.press("Enter")
    expect(field).to_have_value("Développeur / Développeuse web")
    expect(page.get_by_label("Code ROME")).to_have_value("M1805")
    expect(field).to_have_attribute("aria-expanded", "false")
    page.get_by_role("button", name="Enregistrer", exact=True).click()
    page.wait_for_url(f"**/entreprise/offres/{offer_id}/")
    saved = in_db_thread(lambda: Offer.objects.get(pk=offer_id))
    assert (saved.appellation_code, saved.rome_code) == ("14156", "M1805")
