"""The whole referral in a real browser: an adviser invites a person to an offer; the person
follows the link, creates their account, confirms their email, applies and accepts to be
followed; the adviser then sees the stage reached. Every page checked with axe-core."""

from urllib.parse import urlsplit

import pytest
from allauth.account.models import EmailAddress, EmailConfirmationHMAC

from advisers.models import Referral
from candidates.enums import ApplicationStage
from candidates.stages import move_application
from tests.accounts.factories import PASSWORD
from tests.advisers.factories import AdviserMembershipFactory
from tests.browser.conftest import assert_accessible, in_db_thread
from tests.employers.factories import OfferFactory
from tests.interviews.factories import GridVersionFactory
from tests.utils import totp_code

# The database mark lets the autouse fixtures (the cache lives in the database) reach it.
pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CANDIDATE_EMAIL = "invitee@example.net"
CANDIDATE_PASSWORD = "Tr3s-long-secret"


def world():
    adviser = AdviserMembershipFactory().user
    offer = OfferFactory(published=True, title="Technicien·ne support (H/F)", rome_code="I1401")
    GridVersionFactory(offer=offer)
    return adviser.email, adviser.totp_secret, offer.pk


def confirmation_path() -> str:
    address = EmailAddress.objects.get(email=CANDIDATE_EMAIL)
    return f"/comptes/confirm-email/{EmailConfirmationHMAC(address).key}/"


def assess(offer_id):
    referral = Referral.objects.select_related("application").get(invitation__offer_id=offer_id)
    move_application(referral.application, ApplicationStage.ASSESSED, by=None)
    return referral.consent


def log_in_adviser(page, base, email, secret):
    page.goto(base + "/comptes/login/")
    page.get_by_label("Courriel").fill(email)
    page.get_by_label("Mot de passe").fill(PASSWORD)
    page.get_by_role("button", name="Connexion").click()
    page.wait_for_url("**/2fa/authenticate/")
    page.get_by_label("Code").fill(totp_code(secret))
    page.get_by_role("button", name="Connexion").click()
    page.wait_for_url("**/conseil/")


def test_an_invitation_from_adviser_to_application_and_follow_up(live_daphne, browser, page):
    email, secret, offer_id = in_db_thread(world)

    # The adviser finds the offer, reads its format and creates an invitation.
    log_in_adviser(page, live_daphne, email, secret)
    assert page.get_by_text("un entretien structuré").first.is_visible()
    assert_accessible(page)
    page.get_by_label("Département").fill("91")
    page.get_by_role("button", name="Chercher").click()
    page.get_by_role("link", name="Technicien·ne support (H/F)", exact=True).click()
    assert_accessible(page)
    page.get_by_label("Repère personnel").fill("S. B., rendez-vous du lundi")
    page.get_by_role("button", name="Créer l'invitation").click()
    page.wait_for_url("**/conseil/invitations/*/")
    assert_accessible(page)
    link = page.get_by_label("Lien personnel à transmettre").input_value()

    # The person follows the link in their own browser, signs up and confirms their email.
    context = browser.new_context(locale="fr-FR", bypass_csp=True)
    person = context.new_page()
    person.goto(live_daphne + urlsplit(link).path)
    assert person.get_by_role("heading", name="Technicien·ne support (H/F)").is_visible()
    assert_accessible(person)
    person.get_by_role("link", name="Créer mon compte candidat").click()
    person.get_by_label("Courriel").fill(CANDIDATE_EMAIL)
    person.get_by_label("Mot de passe (obligatoire)", exact=True).fill(CANDIDATE_PASSWORD)
    person.get_by_label("Mot de passe (confirmation)").fill(CANDIDATE_PASSWORD)
    person.get_by_role("button", name="Création de compte").click()
    person.wait_for_url("**/comptes/confirm-email/")
    person.goto(live_daphne + in_db_thread(confirmation_path))
    person.get_by_role("button", name="Confirmer mon adresse e-mail").click()

    # Back on the invitation, now signed in: the consent box is unticked until they tick it.
    person.wait_for_url(f"**{urlsplit(link).path}")
    consent = person.get_by_label(
        "J'accepte que mon ou ma conseiller·ère suive l'étape de ma candidature"
    )
    assert not consent.is_checked()
    assert_accessible(person)
    consent.check()
    person.get_by_role("button", name="Postuler à « Technicien·ne support (H/F) »").click()
    person.wait_for_url("**/candidat/")
    context.close()

    # The employer moves the application on; the adviser sees the stage, never a score.
    assert in_db_thread(assess, offer_id) is True
    page.get_by_role("link", name="Suivi de mes invitations").first.click()
    page.wait_for_url("**/conseil/suivi/")
    row = page.get_by_role("row").filter(has_text="S. B., rendez-vous du lundi")
    assert "Évaluation terminée" in row.inner_text()
    assert_accessible(page)

    page.get_by_role("link", name="Mes abonnements").first.click()
    page.get_by_label("Départements").fill("91, 93")
    page.get_by_role("button", name="M'abonner").click()
    assert page.get_by_role("rowheader", name="91, 93", exact=True).is_visible()
    assert_accessible(page)
