"""Picking skills of the ROME 4.0 referential in the offer form, in a real browser: the offer's
ROME code suggests its skills, typed words search the referential, the choice joins the list."""

from types import SimpleNamespace

import pytest
from playwright.sync_api import expect

from employers.models import Offer
from tests.browser.conftest import assert_accessible, in_db_thread
from tests.employers.factories import EmployerMembershipFactory, OfferFactory
from tests.employers.test_offer_editor_browser import EDITOR_FIRST_LOAD_MS, log_in

pytestmark = pytest.mark.browser


def recruiter_with_a_developer_offer():
    membership = EmployerMembershipFactory(admin=True)
    offer = OfferFactory(employer=membership.employer, rome_code="M1805", skills=["Python"])
    user = membership.user
    return SimpleNamespace(email=user.email, secret=user.totp_secret, offer_id=offer.pk)


def test_skills_are_suggested_from_the_rome_code_and_searched(live_daphne, page):
    recruiter = in_db_thread(recruiter_with_a_developer_offer)
    log_in(page, live_daphne, recruiter)
    # the editor's first page checks the wording: it waits for the fresh server's rules
    page.goto(
        f"{live_daphne}/entreprise/offres/{recruiter.offer_id}/modifier/",
        timeout=EDITOR_FIRST_LOAD_MS,
    )

    picker = page.get_by_role("combobox", name="Ajouter une compétence du référentiel ROME")
    picker.focus()
    options = page.get_by_role("listbox", name="Compétences proposées").get_by_role("option")
    expect(options.first).to_contain_text("Analyser les besoins informatiques")
    assert_accessible(page)
    picker.press("ArrowDown")
    picker.press("Enter")

    # a search that finds nothing says so on screen, and the hint goes when one is found again
    picker.fill("zzqxw")
    nothing = page.get_by_text("Aucune compétence du référentiel ne correspond")
    expect(nothing).to_be_visible()
    picker.fill("base donnees")
    expect(nothing).to_be_hidden()
    expect(options.first).to_contain_text(
        "Développer une application en lien avec une base de données"
    )
    picker.press("ArrowDown")
    picker.press("Enter")
    skills = page.get_by_label("Compétences requises")
    expect(skills).to_have_value(
        "Python\nAnalyser les besoins informatiques\n"
        "Développer une application en lien avec une base de données"
    )

    page.get_by_role("button", name="Enregistrer").click()
    page.wait_for_url(f"**/entreprise/offres/{recruiter.offer_id}/")
    saved = in_db_thread(lambda: Offer.objects.get(pk=recruiter.offer_id).skills)
    assert saved == [
        "Python",
        "Analyser les besoins informatiques",
        "Développer une application en lien avec une base de données",
    ]
