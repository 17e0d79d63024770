"""In a browser: a recruiter proposes slots, the candidate chooses one in their space; the
recruiter writes, the candidate answers, and the recruiter reads the answer redacted."""

from datetime import timedelta

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from candidates.enums import ApplicationStage
from tests.accounts.factories import PASSWORD
from tests.browser.conftest import assert_accessible, in_db_thread
from tests.candidates.factories import ApplicationFactory, CandidateFactory, IdentityFactory
from tests.interviews.conftest import build_team, plan
from tests.interviews.test_session_browser import log_in

pytestmark = pytest.mark.browser


def prepare():
    team = build_team()
    candidate = CandidateFactory(identity=None)
    IdentityFactory(candidate=candidate, first_name="Clothilde", last_name="Vasquez-Imbert")
    application = ApplicationFactory(
        offer=team.offer, candidate=candidate, stage=ApplicationStage.INTERVIEW
    )
    plan(team, application=application, panel=[team.alice, team.bruno], lead=team.alice)
    team.application, team.candidate = application, candidate.user
    return team


def candidate_log_in(browser, base, user):
    context = browser.new_context(locale="fr-FR", bypass_csp=True)
    page = context.new_page()
    page.goto(base + "/comptes/login/")
    page.get_by_label("Courriel").fill(user.email)
    page.get_by_label("Mot de passe").fill(PASSWORD)
    page.get_by_role("button", name="Connexion").click()
    page.wait_for_url(lambda url: "/comptes/login/" not in url)
    return context, page


def test_slots_proposed_one_chosen_and_a_message_answered(live_daphne, browser, tmp_path):
    team = in_db_thread(prepare)
    pk = team.application.pk
    day = timezone.localdate() + timedelta(days=9)
    recruiter_context, recruiter = log_in(browser, live_daphne, team.alice)
    candidate_context, candidate = candidate_log_in(browser, live_daphne, team.candidate)
    try:
        recruiter.goto(f"{live_daphne}/entretiens/candidatures/{pk}/planifier/")
        assert_accessible(recruiter)
        # First, a slot that ends before it starts: the error summary says so.
        recruiter.get_by_label("Créneau 1 : date").fill(day.isoformat())
        recruiter.get_by_label("Créneau 1 : début (heure de Paris)").fill("11:00")
        recruiter.get_by_label("Créneau 1 : fin (heure de Paris)").fill("10:00")
        recruiter.get_by_label("Lieu").fill("Siège, salle Jaune")
        recruiter.get_by_role("button", name="Proposer les créneaux").click()
        expect(recruiter.locator("[data-vivier-error-summary]")).to_contain_text("doit suivre")
        assert_accessible(recruiter)
        recruiter.get_by_label("Créneau 1 : fin (heure de Paris)").fill("12:00")
        recruiter.get_by_label("Créneau 2 : date").fill((day + timedelta(days=1)).isoformat())
        recruiter.get_by_label("Créneau 2 : début (heure de Paris)").fill("14:00")
        recruiter.get_by_label("Créneau 2 : fin (heure de Paris)").fill("15:00")
        recruiter.get_by_role("button", name="Proposer les créneaux").click()
        expect(recruiter.get_by_text("Créneaux proposés :").first).to_be_visible()
        recruiter.screenshot(path=str(tmp_path / "1-recruiter-proposed.png"), full_page=True)

        candidate.goto(f"{live_daphne}/candidat/")
        candidate.get_by_role("link", name="Mon entretien").click()
        expect(candidate.get_by_role("heading", name="Choisir un créneau")).to_be_visible()
        assert_accessible(candidate)
        candidate.get_by_label("14:00–15:00", exact=False).check()
        candidate.get_by_role("button", name="Choisir ce créneau").click()
        expect(candidate.locator("[data-vivier-meeting-date]")).to_contain_text("14:00–15:00")
        expect(candidate.get_by_role("link", name="Ajouter à mon agenda (.ics)")).to_be_visible()
        assert_accessible(candidate)
        candidate.screenshot(path=str(tmp_path / "2-candidate-chose.png"), full_page=True)

        recruiter.goto(f"{live_daphne}/entretiens/offres/{team.offer.pk}/")
        expect(recruiter.locator("[data-vivier-meeting]")).to_contain_text("14:00–15:00")
        assert_accessible(recruiter)

        recruiter.goto(f"{live_daphne}/entreprise/candidatures/{pk}/messages/")
        recruiter.get_by_label("Votre message").fill("Nous préférons une personne sans enfants.")
        recruiter.get_by_role("button", name="Envoyer").click()
        expect(recruiter.locator("[data-vivier-error-summary]")).to_be_visible()
        assert_accessible(recruiter)
        recruiter.get_by_label("Votre message").fill("Merci ! Apportez un exemple de code.")
        recruiter.get_by_role("button", name="Envoyer").click()
        expect(recruiter.locator("[data-vivier-message='employer']")).to_have_count(1)

        candidate.goto(f"{live_daphne}/candidat/")
        candidate.get_by_role("link", name="Mes messages").click()
        expect(candidate.get_by_text("Apportez un exemple de code.")).to_be_visible()
        candidate.get_by_label("Votre message").fill(
            "Entendu. Clothilde Vasquez-Imbert, clothilde.vi@example.net"
        )
        candidate.get_by_role("button", name="Envoyer").click()
        expect(candidate.locator("[data-vivier-message='candidate']")).to_contain_text(
            "Vasquez-Imbert"
        )
        assert_accessible(candidate)
        candidate.screenshot(path=str(tmp_path / "3-candidate-thread.png"), full_page=True)

        recruiter.reload()
        answer = recruiter.locator("[data-vivier-message='candidate']")
        expect(answer).to_contain_text("Entendu.")
        assert "Vasquez-Imbert" not in answer.inner_text()
        assert "clothilde.vi@example.net" not in recruiter.content()
        assert_accessible(recruiter)
        recruiter.screenshot(path=str(tmp_path / "4-recruiter-thread.png"), full_page=True)
    finally:
        recruiter_context.close()
        candidate_context.close()
