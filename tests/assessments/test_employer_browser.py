"""The employer composes an assessment and reviews a written answer blind, in a real browser,
with axe-core on every page."""

from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from assessments import campaigns
from assessments.library_sync import sync_scenarios, sync_written_questions
from assessments.models import Campaign, WrittenReview
from core.elision import de
from tests.accounts.factories import PASSWORD
from tests.assessments.factories import CampaignFactory
from tests.browser.conftest import assert_accessible, in_db_thread, live_daphne  # noqa: F401
from tests.candidates.factories import ApplicationFactory
from tests.employers.factories import EmployerMembershipFactory, OfferFactory
from tests.utils import totp_code

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def build():
    sync_scenarios()
    sync_written_questions()
    membership = EmployerMembershipFactory(admin=True)
    offer = OfferFactory(employer=membership.employer, published=True)
    reviewed = CampaignFactory()  # another offer of the same employer, with a handed-in answer
    reviewed.offer.employer = membership.employer
    reviewed.offer.save()
    application = ApplicationFactory(offer=reviewed.offer)
    campaigns.request_accommodation(application, user=None)
    attempt = campaigns.start_attempt(application, user=None)
    question = reviewed.questions.get()
    campaigns.save_answers(
        attempt, sjt={}, written={question.pk: "J'ai aidé ma collègue à finir."}, user=None
    )
    campaigns.submit_attempt(attempt, user=None)
    user = membership.user
    return SimpleNamespace(
        email=user.email,
        secret=user.totp_secret,
        offer_id=offer.pk,
        reviewed_offer_id=reviewed.offer.pk,
        question_id=question.pk,
        pseudonym=application.pseudonym,
    )


def log_in(page, base, world):
    page.goto(base + "/comptes/login/")
    page.get_by_label("Courriel").fill(world.email)
    page.get_by_label("Mot de passe").fill(PASSWORD)
    page.get_by_role("button", name="Connexion").click()
    page.wait_for_url("**/2fa/authenticate/")
    page.get_by_label("Code").fill(totp_code(world.secret))
    page.get_by_role("button", name="Connexion").click()
    page.wait_for_load_state()


def test_the_employer_composes_an_assessment(live_daphne, page):  # noqa: F811
    world = in_db_thread(build)
    log_in(page, live_daphne, world)
    page.goto(f"{live_daphne}/evaluations/offres/{world.offer_id}/campagne/")
    assert_accessible(page)

    page.get_by_role("button", name="Enregistrer l'évaluation").click()
    expect(page.get_by_role("alert")).to_contain_text("Le formulaire contient des erreurs")
    assert_accessible(page)

    page.get_by_role("group", name="Mises en situation").get_by_role("checkbox").first.check()
    page.get_by_role("group", name="Questions écrites").get_by_role("checkbox").first.check()
    page.get_by_label("Poids des mises en situation").fill("2")
    page.get_by_label("Poids des questions écrites").fill("1")
    page.get_by_label("Durée (minutes)").fill("40")
    page.get_by_label("Temps supplémentaire sur demande").select_option("2.00")
    deadline = timezone.localtime(timezone.now() + timedelta(days=5))
    page.get_by_label("Date limite").fill(deadline.strftime("%Y-%m-%dT%H:%M"))
    page.get_by_role("button", name="Enregistrer l'évaluation").click()
    expect(page.get_by_text("Évaluation enregistrée.")).to_be_visible()
    assert_accessible(page)

    def saved():
        campaign = Campaign.objects.get(offer_id=world.offer_id)
        return (
            campaign.duration_minutes,
            campaign.extra_time,
            campaign.scenarios.count(),
            campaign.questions.count(),
        )

    assert in_db_thread(saved) == (40, "2.00", 1, 1)


def test_the_employer_reviews_blind(live_daphne, page):  # noqa: F811
    world = in_db_thread(build)
    log_in(page, live_daphne, world)
    page.goto(f"{live_daphne}/evaluations/offres/{world.reviewed_offer_id}/relecture/")
    assert_accessible(page)
    page.get_by_role("link", name="Relire la suivante").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(f"Réponse {de(world.pseudonym)}")
    assert_accessible(page)
    page.get_by_label("Niveau 4", exact=False).check()
    page.get_by_role("button", name="Enregistrer mon niveau").click()
    expect(page.get_by_text("Encore 1 relecture nécessaire.")).to_be_visible()
    assert_accessible(page)
    assert in_db_thread(lambda: WrittenReview.objects.get().level) == 4
