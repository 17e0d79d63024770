"""A recruiter writes an exercise for their company in the browser (the wording checked as they
type), saves it, watches its reference solution pass every test in the sandbox (the page
updates itself while the worker runs the check), and puts it in an offer's assessment, next to
the library's exercises. axe-core on every page. Daphne runs with the database task backend:
the test runs the check as the worker would."""

from datetime import timedelta
from types import SimpleNamespace

import pytest
from django.utils import timezone
from playwright.sync_api import expect

from assessments import work_sample_checks
from assessments.models import Campaign, ExerciseValidation
from tests.accounts.factories import PASSWORD
from tests.assessments.factories import SUM_SOLUTION, ExerciseFactory
from tests.assessments.test_browser import deferred_daphne  # noqa: F401  (a fixture)
from tests.browser.conftest import assert_accessible, in_db_thread
from tests.employers.factories import EmployerMembershipFactory, OfferFactory
from tests.employers.test_offer_editor_browser import EDITOR_FIRST_LOAD_MS
from tests.utils import totp_code

pytestmark = [pytest.mark.browser, pytest.mark.sandbox]

STATEMENT = "Chaque ligne donne deux montants de commande.\n\n## Sortie\n\nAffichez leur somme."


def build():
    membership = EmployerMembershipFactory(admin=True)
    offer = OfferFactory(employer=membership.employer, published=True)
    ExerciseFactory(title_fr="Parenthèses équilibrées")  # the library's
    user = membership.user
    return SimpleNamespace(email=user.email, secret=user.totp_secret, offer_id=offer.pk)


def log_in(page, base, world):
    page.goto(base + "/comptes/login/")
    page.get_by_label("Courriel").fill(world.email)
    page.get_by_label("Mot de passe").fill(PASSWORD)
    page.get_by_role("button", name="Connexion").click()
    page.wait_for_url("**/2fa/authenticate/")
    page.get_by_label("Code").fill(totp_code(world.secret))
    page.get_by_role("button", name="Connexion").click()
    page.wait_for_load_state()


def fill_test(page, group_name, stdin, expected):
    group = page.get_by_role("group", name=group_name, exact=True)
    group.get_by_label("Entrée", exact=True).fill(stdin)
    group.get_by_label("Sortie attendue", exact=True).fill(expected)


def run_pending_checks():
    """What the worker does: run every queued check through the sandbox."""
    for pk in ExerciseValidation.objects.filter(status="queued").values_list("pk", flat=True):
        work_sample_checks.run_validation(pk)


def test_a_recruiter_writes_an_exercise_validates_it_and_uses_it(
    deferred_daphne,  # noqa: F811
    page,
    real_sandbox,
):
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("console", lambda m: "Content Security Policy" in m.text and errors.append(m.text))
    world = in_db_thread(build)
    log_in(page, deferred_daphne, world)

    page.get_by_role("link", name="Exercices de l'entreprise").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Exercices de votre entreprise")
    assert_accessible(page)
    page.get_by_role("link", name="Écrire un exercice").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Nouvel exercice")
    assert_accessible(page)

    # The wording is checked as it is typed, as in the offer editor.
    page.get_by_label("Titre (obligatoire)", exact=True).fill("Somme de deux commandes")
    statement = page.get_by_label("Énoncé (obligatoire)", exact=True)
    statement.fill("Vous êtes un vrai ninja du code. " + STATEMENT)
    findings = page.locator("#wording-findings")
    # the first live check of a fresh server waits for its wording rules
    expect(findings).to_contain_text(
        "formulation à corriger avant d'enregistrer", timeout=EDITOR_FIRST_LOAD_MS
    )
    assert_accessible(page)
    statement.fill(STATEMENT)
    expect(findings).to_contain_text("Aucun constat")

    languages = page.get_by_role("group", name="Langages autorisés")
    languages.get_by_label("Python 3").check()
    languages.get_by_label("JavaScript (Node.js)").check()
    fill_test(page, "Exemple 1", "2 3\n", "5\n")
    fill_test(page, "Test caché 1", "40 2\n", "42\n")
    fill_test(page, "Test caché 2", "-7 -8\n", "-15\n")
    page.get_by_label("Langage de la solution de référence").select_option("python")
    page.get_by_label("Solution de référence (obligatoire)", exact=True).fill(SUM_SOLUTION)
    page.get_by_role("button", name="Enregistrer et vérifier la solution").click()

    page.wait_for_url("**/exercices-entreprise/*/")
    expect(page.get_by_text("Vérification en attente")).to_be_visible()
    assert_accessible(page)
    in_db_thread(run_pending_checks)  # the worker runs the reference solution in the sandbox
    expect(page.get_by_text("la solution de référence a réussi chaque exemple")).to_be_visible(
        timeout=15_000
    )
    verdicts = page.locator("[data-vivier-test-verdict]")
    expect(verdicts).to_have_count(3)
    expect(page.locator('[data-vivier-test-verdict="AC"]')).to_have_count(3)
    assert_accessible(page)

    # The offer's assessment offers it next to the library's exercises.
    page.goto(f"{deferred_daphne}/evaluations/offres/{world.offer_id}/campagne/")
    own = page.get_by_role("group", name="Exercices rédigés par votre entreprise")
    own.get_by_label("Somme de deux commandes", exact=False).check()
    expect(page.get_by_role("group", name="Exercices de code")).to_contain_text(
        "Parenthèses équilibrées"
    )
    page.get_by_label("Poids des exercices de code").fill("1")
    page.get_by_label("Durée (minutes)").fill("30")
    deadline = timezone.localtime(timezone.now() + timedelta(days=5))
    page.get_by_label("Date limite").fill(deadline.strftime("%Y-%m-%dT%H:%M"))
    page.get_by_role("button", name="Enregistrer l'évaluation").click()
    expect(page.get_by_text("Évaluation enregistrée.")).to_be_visible()
    assert_accessible(page)

    def held():
        campaign = Campaign.objects.get(offer_id=world.offer_id)
        return [
            (e.title_fr, e.version, e.employer_id is not None) for e in campaign.exercises.all()
        ]

    assert in_db_thread(held) == [("Somme de deux commandes", 1, True)]
    assert not errors, errors
