"""In chromium: a new employer signs up with its SIRET (the registry's stand-in on loopback
names it), confirms its address, sets up its second factor, invites a colleague, and the
colleague creates their account from the link and is asked for their own second factor.
Screenshots of each step land in the test's tmp_path."""

import re

import pytest
from allauth.account.models import EmailAddress, EmailConfirmationHMAC

from employers import team as team_services
from employers.models import EmployerInvitation
from employers.onboarding import employer_team
from tests.browser.conftest import assert_accessible, daphne_process, in_db_thread
from tests.employers.registry import base_url, serve_registry
from tests.utils import totp_code

pytestmark = pytest.mark.browser
PASSWORD = "un mot de passe solide 42"


@pytest.fixture
def live_with_registry(transactional_db):
    with serve_registry() as registry:
        with daphne_process(VIVIER_COMPANY_REGISTRY_URL=base_url(registry)) as url:
            yield url


def confirmation_key(email: str) -> str:
    return EmailConfirmationHMAC(EmailAddress.objects.get(email=email)).key


def join_path(email: str) -> str:
    invitation = EmployerInvitation.objects.get(email=email)
    token = team_services.invitation_token(employer_team(invitation.employer), invitation)
    return f"/entreprise/rejoindre/{token}/"


def activate_second_factor(page):
    """allauth asks for the password again (signed in by a link, not by a password), then
    for the authenticator's code."""
    page.wait_for_url("**/comptes/reauthenticate/**")
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/2fa/totp/activate/")
    secret = page.locator("#authenticator_secret").input_value()
    page.locator("input[name=code]").fill(totp_code(secret))
    page.locator("form button[type=submit]").last.click()


def test_from_the_sign_up_of_an_employer_to_an_invited_colleague_signed_in(
    live_with_registry, page, browser, tmp_path
):
    live = live_with_registry
    page.goto(live + "/")
    page.get_by_role("link", name="Inscrire mon entreprise").click()
    page.wait_for_url("**/entreprise/inscription/")
    assert_accessible(page)

    # A SIRET with a wrong key first: a form error, in the summary.
    page.get_by_label("SIRET de l'établissement").fill("130 025 265 00014")
    page.get_by_label("Nom de l'entreprise").fill("DINUM")
    page.get_by_label("Votre nom").fill("Alice Admin")
    page.get_by_label("Votre adresse e-mail professionnelle").fill("alice@dinum.example")
    page.locator("input[name=password1]").fill(PASSWORD)
    page.locator("input[name=password2]").fill(PASSWORD)
    page.get_by_role("button", name="Inscrire l'entreprise").click()
    assert page.get_by_role("alert").get_by_text("clé de contrôle est fausse").is_visible()
    assert_accessible(page)
    page.screenshot(path=tmp_path / "1-siret-error.png", full_page=True)

    page.get_by_label("SIRET de l'établissement").fill("130 025 265 00013")
    page.locator("input[name=password1]").fill(PASSWORD)
    page.locator("input[name=password2]").fill(PASSWORD)
    page.get_by_role("button", name="Inscrire l'entreprise").click()
    page.wait_for_url("**/comptes/confirm-email/")
    page.screenshot(path=tmp_path / "2-confirm-sent.png", full_page=True)

    key = in_db_thread(confirmation_key, "alice@dinum.example")
    page.goto(f"{live}/comptes/confirm-email/{key}/")
    page.locator("main form button[type=submit]").click()
    activate_second_factor(page)

    page.goto(live + "/entreprise/")
    team_link = page.get_by_role("link", name="Équipe de DIRECTION INTERMINISTERIELLE DU NUMERIQUE")
    team_link.click()
    assert page.get_by_text("20 AVENUE DE SEGUR 75007 PARIS").is_visible()
    assert_accessible(page)

    page.get_by_label("Adresse e-mail de votre collègue").fill("colin@dinum.example")
    page.locator("select#id_role").select_option("member")
    page.get_by_role("button", name="Envoyer l'invitation").click()
    assert page.get_by_role("cell", name="colin@dinum.example", exact=True).is_visible()
    assert_accessible(page)
    page.screenshot(path=tmp_path / "3-team.png", full_page=True)

    # The colleague, in another browser session, opens the link and creates an account.
    path = in_db_thread(join_path, "colin@dinum.example")
    colleague = browser.new_context(locale="fr-FR", bypass_csp=True).new_page()
    colleague.goto(live + path)
    assert colleague.get_by_role("heading", name=re.compile("Rejoindre DIRECTION")).is_visible()
    assert_accessible(colleague)
    colleague.get_by_label("Votre nom").fill("Colin Collègue")
    colleague.locator("input[name=password1]").fill(PASSWORD)
    colleague.locator("input[name=password2]").fill(PASSWORD)
    colleague.screenshot(path=tmp_path / "4-join.png", full_page=True)
    colleague.get_by_role("button", name="Créer mon compte et rejoindre l'organisation").click()

    # Signed in: the second factor first, then the workspace.
    activate_second_factor(colleague)
    colleague.goto(live + "/entreprise/")
    assert colleague.get_by_role("heading", name="Mes offres").is_visible()
    colleague.screenshot(path=tmp_path / "5-colleague-in.png", full_page=True)

    # The used link is dead.
    colleague.goto(live + path)
    assert colleague.get_by_text("déjà été acceptée").is_visible()
