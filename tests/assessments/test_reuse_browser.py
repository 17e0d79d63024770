"""In the browser, with axe on every page: a candidate reuses a result taken for another
employer's offer when starting a new assessment, then shares a certificate and revokes it."""

import pytest

from assessments.models import ReusedResult
from tests.assessments.factories import SjtScenarioFactory
from tests.assessments.test_campaign_browser import log_in
from tests.assessments.test_reuse import new_application, taken
from tests.browser.conftest import assert_accessible, in_db_thread, live_daphne  # noqa: F401
from tests.candidates.factories import CandidateFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def make_world():
    candidate, scenario = CandidateFactory(), SjtScenarioFactory()
    taken(candidate, scenario=scenario)
    application = new_application(candidate, scenario=scenario, weight_sjt=1)
    return application.pk, candidate.user.email


def test_a_candidate_reuses_a_result_then_shares_and_revokes_a_certificate(
    live_daphne,  # noqa: F811
    page,
):
    application_id, email = in_db_thread(make_world)
    log_in(page, live_daphne, email)
    page.goto(f"{live_daphne}/evaluations/candidatures/{application_id}/evaluation/")
    assert_accessible(page)
    choice = page.get_by_role("group", name="Mise en situation : Orientation client")
    choice.get_by_label("Réutiliser mon résultat (100 / 100, passé le", exact=False).check()
    page.get_by_label("J'accepte que le résultat que je réutilise", exact=False).check()
    page.get_by_role("button", name="Commencer l'évaluation").click()
    page.wait_for_url("**/epreuve/")
    page.get_by_role("heading", name="Résultats réutilisés").wait_for()
    assert_accessible(page)
    assert in_db_thread(ReusedResult.objects.filter(application_id=application_id).count) == 1

    page.goto(f"{live_daphne}/evaluations/mes-certificats/")
    page.get_by_label("Mise en situation : Orientation client", exact=False).check()
    page.get_by_role("button", name="Créer le certificat").click()
    page.get_by_text("Certificat créé").wait_for()
    assert_accessible(page)
    link = page.locator("a.certificate-link").get_attribute("href")
    # The long link wraps: the table stays within the content column at 1280 px.
    page.set_viewport_size({"width": 1280, "height": 800})
    table = page.locator("table.stack-table").bounding_box()
    column = page.locator("main").bounding_box()
    assert table is not None and column is not None
    assert table["x"] + table["width"] <= column["x"] + column["width"] + 0.5

    page.goto(live_daphne + link)
    page.get_by_role("heading", name="Certificat de résultats").wait_for()
    assert_accessible(page)

    page.goto(f"{live_daphne}/evaluations/mes-certificats/")
    page.get_by_role("link", name="Révoquer", exact=False).click()
    assert_accessible(page)
    page.get_by_role("button", name="Révoquer le certificat").click()
    page.get_by_text("Le lien est révoqué").wait_for()
    response = page.goto(live_daphne + link)
    assert response is not None and response.status == 410
    page.get_by_role("heading", name="Ce certificat a été révoqué").wait_for()
    assert_accessible(page)
