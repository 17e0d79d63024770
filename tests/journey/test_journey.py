"""The whole journey in a real browser, one person per browser context: an employer admin
creates an offer from scratch, fixes its wording and publishes it with an assessment; an
adviser finds it and invites a person; the person signs up, applies and takes the assessment
(situation, written answer with a connection cut in the middle, a JavaScript exercise and a SQL
exercise from the library graded by a real worker in the sandbox); two colleagues review the
written answer blind; the recruiter sets and locks the
rules, invites to interview and sees the identity (audited); a panel of three scores live and
records the consensus; the recruiter shortlists; the person sees their results; the adviser sees
the stage reached; and a visitor finds the offer's public page, signs up from its « Postuler »
and applies.

Daphne runs with the database task backend and a real `db_worker` process grades the code.
Every page visited passes axe-core; a screenshot per step lands in test-output/journey/."""

import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from datetime import timedelta
from types import SimpleNamespace
from urllib.parse import urlsplit

import pytest
from allauth.account.models import EmailAddress, EmailConfirmationHMAC
from django.utils import timezone
from playwright.sync_api import expect

from accounts.models import AuditEntry
from advisers.models import Invitation
from assessments.library import get_exercise
from assessments.library_sync import sync_exercises
from assessments.models import Campaign, Submission, WrittenAnswer
from candidates.models import Application
from core.elision import de
from employers.models import Offer
from tests.accounts.factories import PASSWORD
from tests.advisers.factories import AdviserMembershipFactory
from tests.assessments.factories import (
    ExerciseFactory,
    SjtScenarioFactory,
    WrittenQuestionFactory,
)
from tests.browser.conftest import ROOT, assert_accessible, daphne_process, in_db_thread
from tests.browser.conftest import test_database_url as database_url
from tests.employers.factories import EmployerMembershipFactory
from tests.employers.test_offer_editor_browser import EDITOR_FIRST_LOAD_MS
from tests.interviews.factories import GridVersionFactory
from tests.utils import totp_code

pytestmark = [
    pytest.mark.browser,
    pytest.mark.sandbox,
    pytest.mark.django_db(transaction=True),
]

SETTINGS = "tests.assessments.deferred_settings"
SHOTS = ROOT / "test-output" / "journey"
TITLE = "Technicien·ne support (H/F)"
FLAGGED = "Vous rejoignez une jeune équipe de support et vous aidez nos clients au quotidien."
REWRITTEN = "Vous rejoignez une équipe dynamique de support et vous aidez nos clients au quotidien."
CANDIDATE_EMAIL = "ines.delacroix@example.net"
VISITOR_EMAIL = "samir.benali@example.net"
CANDIDATE_PASSWORD = "Tr3s-long-secret"
FIRST_NAME, LAST_NAME = "Inès", "Delacroix"
NOTE = "I. D., atelier du jeudi"
PROMPT = "Décrivez une situation où vous avez aidé un collègue."
BEFORE_CUT = f"Moi, {FIRST_NAME} {LAST_NAME}, j'ai aidé un collègue débordé par les tickets."
DURING_CUT = " Nous avons trié les demandes ensemble."
AFTER_CUT = " Il a fini sa semaine sereinement."
# Typed into CodeMirror, which closes brackets and quotes itself: typing the closing one steps
# over it, so the text typed is the text saved.
JS_SOLUTION = (
    'const [a, b] = require("fs").readFileSync(0, "utf8").trim().split(/\\s+/).map(Number);'
    "\nconsole.log(a + b);"
)
SQL_EXERCISE = "sql-clients-ville"
SQL_SOLUTION = "SELECT nom FROM clients WHERE ville = 'Lyon' ORDER BY nom;"
PANEL_NOTES = {
    "admin": "Awa : démarche claire et structurée.",
    "alice": "Alice : exemples précis.",
    "bruno": "Bruno : quelques hésitations.",
}


# -- the world and the servers ------------------------------------------------------------


def person(user):
    return SimpleNamespace(email=user.email, secret=getattr(user, "totp_secret", None))


def build_world():
    admin = EmployerMembershipFactory(admin=True, user__display_name="Awa")
    employer = admin.employer
    alice = EmployerMembershipFactory(employer=employer, user__display_name="Alice").user
    bruno = EmployerMembershipFactory(employer=employer, user__display_name="Bruno").user
    # No offer: the admin creates it in the browser. What the campaign editor offers to choose
    # from: one item of each kind.
    sync_exercises([get_exercise(SQL_EXERCISE)])  # before: the sync retires any other exercise
    exercise = ExerciseFactory(
        languages=["python", "javascript"],
        starters={"python": "", "javascript": "// JavaScript\n"},
    )
    SjtScenarioFactory()
    WrittenQuestionFactory(prompt_fr=PROMPT)
    adviser = AdviserMembershipFactory().user
    return SimpleNamespace(
        admin=person(admin.user),
        alice=person(alice),
        bruno=person(bruno),
        adviser=person(adviser),
        exercise_title=exercise.title_fr,
        sql_title=get_exercise(SQL_EXERCISE).title["fr"],
    )


def the_new_offer(employer_admin_email):
    """The offer the admin created in the browser, given an interview grid (made elsewhere)."""
    offer = Offer.objects.get(title=TITLE, employer__memberships__user__email=employer_admin_email)
    grid = GridVersionFactory(offer=offer)
    return offer.pk, list(grid.competencies.values_list("pk", flat=True))


@contextmanager
def grading_worker():
    """A real `db_worker` process, as in production: it grades submissions in the sandbox."""
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": SETTINGS, "DATABASE_URL": database_url()}
    log = tempfile.TemporaryFile()
    worker = subprocess.Popen(
        [sys.executable, "manage.py", "db_worker", "--interval", "0.2", "--no-reload"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=log,
        start_new_session=True,
    )
    try:
        yield worker
    finally:
        if worker.poll() is None:
            os.killpg(worker.pid, signal.SIGTERM)
            try:
                worker.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(worker.pid, signal.SIGKILL)
                worker.wait()
        log.close()


@pytest.fixture
def servers(transactional_db):
    with daphne_process(SETTINGS) as url, grading_worker():
        yield url


# -- helpers ------------------------------------------------------------------------------


class Journey:
    """Screenshots and axe-core on every page, numbered in the order of the journey."""

    def __init__(self, browser, base):
        self.browser = browser
        self.base = base
        self.step = 0
        self.contexts = []
        SHOTS.mkdir(parents=True, exist_ok=True)

    def check(self, page, name):
        assert_accessible(page)
        self.step += 1
        page.screenshot(path=str(SHOTS / f"{self.step:02d}-{name}.png"), full_page=True)

    def open(self):
        context = self.browser.new_context(locale="fr-FR", bypass_csp=True)
        self.contexts.append(context)
        return context, context.new_page()

    def log_in(self, who, name):
        """A new browser for `who`, signed in (with the second factor when enrolled)."""
        context, page = self.open()
        page.goto(self.base + "/comptes/login/")
        page.get_by_label("Courriel").fill(who.email)
        page.get_by_label("Mot de passe").fill(PASSWORD)
        page.get_by_role("button", name="Connexion").click()
        if who.secret:
            page.wait_for_url("**/2fa/authenticate/")
            self.check(page, f"{name}-second-factor")
            page.get_by_label("Code").fill(totp_code(who.secret))
            page.get_by_role("button", name="Connexion").click()
        page.wait_for_url(lambda url: "/comptes/" not in url and "/2fa/" not in url)
        return page

    def keep_failure(self):
        """Every open page as it was when a step failed, for the CI artefacts."""
        for c, context in enumerate(self.contexts):
            for p, page in enumerate(context.pages):
                page.screenshot(path=str(SHOTS / f"failure-{c}-{p}.png"), full_page=True)

    def close(self):
        for context in self.contexts:
            context.close()


def confirmation_path(email=CANDIDATE_EMAIL) -> str:
    address = EmailAddress.objects.get(email=email)
    return f"/comptes/confirm-email/{EmailConfirmationHMAC(address).key}/"


def the_application():
    application = Application.objects.get(
        offer__title=TITLE, candidate__user__email=CANDIDATE_EMAIL
    )
    return SimpleNamespace(
        id=application.pk, pseudonym=application.pseudonym, stage=application.stage
    )


def written_text() -> str:
    answer = WrittenAnswer.objects.filter(question__prompt_fr=PROMPT).first()
    return answer.text if answer else ""


def audited(action: str, application_id: int) -> int:
    return AuditEntry.objects.filter(action=action, target_id=str(application_id)).count()


def saved_text_becomes(expected: str, seconds: float = 10) -> None:
    """Wait for the autosave (at most a few seconds behind the typing) to reach the database."""
    deadline = time.monotonic() + seconds
    while (text := in_db_thread(written_text)) != expected:
        assert time.monotonic() < deadline, f"saved text: {text!r}"
        time.sleep(0.2)


def remaining_seconds(page) -> int:
    return int(page.locator("[data-vivier-timer]").get_attribute("data-vivier-remaining-seconds"))


# -- the journey --------------------------------------------------------------------------


def test_one_journey_from_the_offer_to_the_shortlist(servers, browser):
    base = servers
    world = in_db_thread(build_world)
    journey = Journey(browser, base)
    try:
        admin = create_and_publish_the_offer(journey, world)
        compose_the_assessment(journey, world, admin)
        link = invite(journey, world)
        candidate = sign_up_and_apply(journey, link)
        take_the_assessment(journey, world, candidate)
        application = in_db_thread(the_application)
        review_blind(journey, world, application)
        invite_to_interview_and_reveal(journey, world, admin, application)
        score_as_a_panel(journey, world, admin, application)
        shortlist(journey, admin, application)
        see_the_feedback(journey, candidate, application)
        follow_up(journey, world)
        apply_from_the_public_page(journey, world)
    except Exception:
        journey.keep_failure()
        raise
    finally:
        journey.close()


def create_and_publish_the_offer(journey, world):
    """From the dashboard's « Nouvelle offre »: every field filled in, the wording checked live
    (the admin has one employer: nothing to choose), saved, then published."""
    admin = journey.log_in(world.admin, "admin")
    admin.get_by_role("link", name="Nouvelle offre").click()
    admin.wait_for_url("**/entreprise/offres/nouvelle/")
    journey.check(admin, "offer-new")
    admin.locator("#id_title").fill(TITLE)
    description = admin.locator("#id_description")
    description.fill(FLAGGED)
    admin.locator("#id_skills").fill("Support utilisateurs\nPython")
    admin.locator("#id_contract_type").select_option("cdi")
    admin.locator("#id_working_time").select_option("full_time")
    admin.locator("#id_positions").fill("1")
    admin.locator("#id_salary_min").fill("26000")
    admin.locator("#id_salary_max").fill("30000")
    admin.locator("#id_commune").fill("Évry-Courcouronnes")
    admin.locator("#id_postcode").fill("91000")
    admin.locator("#id_remote_policy").select_option("partial")
    admin.locator("#id_experience_level").select_option("beginner_welcome")
    admin.locator("#id_rome_code").fill("I1401")

    findings = admin.locator("#wording-findings")
    rewrite = findings.get_by_role("button", name="Remplacer « jeune équipe »", exact=False)
    # the first live check of a fresh server waits for its wording rules
    expect(rewrite).to_be_visible(timeout=EDITOR_FIRST_LOAD_MS)
    journey.check(admin, "offer-wording-finding")
    rewrite.click()
    expect(description).to_have_value(REWRITTEN)
    expect(findings.locator(".findings-none")).to_be_visible()
    admin.get_by_role("button", name="Enregistrer", exact=True).click()
    expect(admin.get_by_text("Offre enregistrée.")).to_be_visible()
    journey.check(admin, "offer-saved")
    world.offer_id, world.competencies = in_db_thread(lambda: the_new_offer(world.admin.email))

    admin.get_by_role("link", name="Publier…").click()
    journey.check(admin, "offer-publish")
    admin.get_by_role("button", name="Publier l'offre").click()
    expect(admin.get_by_text("Offre publiée.")).to_be_visible()
    journey.check(admin, "offer-published")
    return admin


def compose_the_assessment(journey, world, admin):
    """Through the employer's campaign editor: two exercises (the first one in Python or
    JavaScript, the candidate's choice), one situation, one question."""
    admin.get_by_role("link", name=re.compile("Composer l'évaluation")).click()
    exercises = admin.get_by_role("group", name="Exercices de code")
    exercises.get_by_label(world.exercise_title, exact=False).check()
    exercises.get_by_label(world.sql_title, exact=False).check()
    admin.get_by_role("group", name="Mises en situation").get_by_role("checkbox").check()
    admin.get_by_role("group", name="Questions écrites").get_by_label(PROMPT, exact=False).check()
    admin.get_by_label("Poids des exercices de code").fill("1")
    admin.get_by_label("Poids des mises en situation").fill("1")
    admin.get_by_label("Poids des questions écrites").fill("1")
    admin.get_by_label("Durée (minutes)").fill("30")
    deadline = timezone.localtime(timezone.now() + timedelta(days=5))
    admin.get_by_label("Date limite").fill(deadline.strftime("%Y-%m-%dT%H:%M"))
    admin.get_by_role("button", name="Enregistrer l'évaluation").click()
    expect(admin.get_by_text("Évaluation enregistrée.")).to_be_visible()
    # Nothing restricted: the exercise's group ticks nothing and says every language is offered.
    languages = admin.get_by_role("region", name="Langages autorisés par exercice")
    first = languages.get_by_role("group", name=world.exercise_title)
    expect(first.get_by_label("JavaScript (Node.js)")).not_to_be_checked()
    expect(first.get_by_text("Aucune restriction", exact=False)).to_be_visible()
    journey.check(admin, "campaign")

    def composed():
        campaign = Campaign.objects.get(offer_id=world.offer_id)
        counts = (campaign.exercises.count(), campaign.scenarios.count())
        return counts + (campaign.questions.count(),)

    assert in_db_thread(composed) == (2, 1, 1)


def solve_in_the_editor(journey, candidate, code, shot, language):
    """Replace the editor's text with ``code``, submit, and wait for the worker's full marks."""
    editor = candidate.get_by_role("textbox", name="Votre code")
    editor.click()
    candidate.keyboard.press("Control+A")
    candidate.keyboard.press("Delete")
    for number, line in enumerate(code.split("\n")):
        if number:
            candidate.keyboard.press("Enter")
            candidate.keyboard.press("Shift+Tab")  # no automatic indentation
        candidate.keyboard.type(line)
    journey.check(candidate, shot)
    candidate.get_by_role("button", name="Soumettre").click()
    candidate.wait_for_url("**/evaluations/soumissions/*/")
    # Graded, but the score waits for the closing of the assessment, like every result.
    candidate.get_by_text("Votre code est corrigé et enregistré.").wait_for(timeout=90_000)
    assert candidate.get_by_text("Score : 100 %").count() == 0
    journey.check(candidate, f"{shot}-graded")
    submission_id = int(candidate.url.rstrip("/").rsplit("/", 1)[1])
    graded = in_db_thread(
        lambda: Submission.objects.values("status", "score", "attempts", "language").get(
            pk=submission_id
        )
    )
    assert graded == {"status": "graded", "score": 1.0, "attempts": 1, "language": language}


def back_to_the_sitting(candidate):
    candidate.goto(candidate.url.split("/evaluations/")[0] + "/candidat/")
    candidate.get_by_role("link", name=f"Mon évaluation pour {TITLE}").click()
    candidate.wait_for_url("**/epreuve/")


def invite(journey, world) -> str:
    adviser = journey.log_in(world.adviser, "adviser")
    journey.check(adviser, "adviser-home")
    adviser.get_by_label("Département").fill("91")
    adviser.get_by_role("button", name="Chercher").click()
    adviser.get_by_role("link", name=TITLE, exact=True).click()
    journey.check(adviser, "adviser-offer")
    adviser.get_by_label("Courriel de la personne").fill(CANDIDATE_EMAIL)
    adviser.get_by_label("Repère personnel").fill(NOTE)
    adviser.get_by_role("button", name="Créer l'invitation").click()
    adviser.wait_for_url("**/conseil/invitations/*/")
    journey.check(adviser, "adviser-invitation")
    link = adviser.get_by_label("Lien personnel à transmettre").input_value()
    invitation = in_db_thread(lambda: Invitation.objects.values("code", "email_sent_at").get())
    # The address served the sending only (the form says Vivier does not keep it).
    assert invitation["email_sent_at"] is not None  # sent by daphne's process
    assert invitation["code"] in link
    journey.adviser = adviser
    return link


def sign_up_and_apply(journey, link):
    context, candidate = journey.open()
    journey.candidate_context = context
    path = urlsplit(link).path
    candidate.goto(journey.base + path)
    expect(candidate.get_by_role("heading", name=TITLE)).to_be_visible()
    journey.check(candidate, "invitation")
    candidate.get_by_role("link", name="Créer mon compte candidat").click()
    candidate.get_by_label("Courriel").fill(CANDIDATE_EMAIL)
    candidate.get_by_label("Mot de passe (obligatoire)", exact=True).fill(CANDIDATE_PASSWORD)
    candidate.get_by_label("Mot de passe (confirmation)").fill(CANDIDATE_PASSWORD)
    journey.check(candidate, "sign-up")
    candidate.get_by_role("button", name="Création de compte").click()
    candidate.wait_for_url("**/comptes/confirm-email/")
    journey.check(candidate, "verify-email")
    # The confirmation email is in daphne's outbox: the same link, computed from the database.
    candidate.goto(journey.base + in_db_thread(confirmation_path))
    candidate.get_by_role("button", name="Confirmer mon adresse e-mail").click()

    candidate.wait_for_url(f"**{path}")
    consent = candidate.get_by_label(
        "J'accepte que mon ou ma conseiller·ère suive l'étape de ma candidature"
    )
    expect(consent).not_to_be_checked()
    journey.check(candidate, "apply")
    consent.check()
    candidate.get_by_role("button", name=f"Postuler à « {TITLE} »").click()
    candidate.wait_for_url("**/candidat/")
    journey.check(candidate, "candidate-dashboard")

    candidate.get_by_role("link", name="Mon profil").first.click()
    candidate.locator("#id_id-first_name").fill(FIRST_NAME)
    candidate.locator("#id_id-last_name").fill(LAST_NAME)
    candidate.locator("#id_profil-skills").fill("Support utilisateurs, Python")
    journey.check(candidate, "candidate-profile")
    candidate.get_by_role("button", name="Enregistrer").click()
    expect(candidate.get_by_text("Votre profil est enregistré.")).to_be_visible()
    return candidate


def take_the_assessment(journey, world, candidate):
    candidate.get_by_role("link", name=f"Mon évaluation pour {TITLE}").click()
    journey.check(candidate, "assessment-home")
    candidate.get_by_role("button", name="Commencer l'évaluation").click()
    candidate.wait_for_url("**/epreuve/")
    opened_at, opened_with = time.monotonic(), remaining_seconds(candidate)
    status = candidate.locator("[data-vivier-attempt-status]")

    # The situation: most and least effective responses, saved as they are chosen.
    candidate.get_by_role("group", name="La réponse la plus efficace").get_by_label(
        "Appeler la cliente."
    ).check()
    expect(status).to_have_text("Réponses enregistrées.")
    candidate.get_by_role("group", name="La réponse la moins efficace").get_by_label(
        "Ne rien faire."
    ).check()

    # The written answer: the first part is saved...
    answer = candidate.get_by_label(PROMPT)
    answer.fill(BEFORE_CUT)
    saved_text_becomes(BEFORE_CUT)
    expect(status).to_have_text("Réponses enregistrées.")
    journey.check(candidate, "assessment-sitting")

    # ... then the connection is cut while the person keeps typing: the page says so and
    # keeps the text; the server has the part saved before the cut.
    journey.candidate_context.set_offline(True)
    answer.press_sequentially(DURING_CUT)
    expect(status).to_contain_text("Échec de l'enregistrement automatique", timeout=10_000)
    expect(answer).to_have_value(BEFORE_CUT + DURING_CUT)
    assert in_db_thread(written_text) == BEFORE_CUT
    candidate.wait_for_timeout(2000)
    journey.check(candidate, "assessment-offline")

    # The connection is back: the page saves what was typed meanwhile by itself, then the
    # person goes on typing.
    journey.candidate_context.set_offline(False)
    saved_text_becomes(BEFORE_CUT + DURING_CUT)
    expect(status).to_have_text("Réponses enregistrées.")
    answer.press_sequentially(AFTER_CUT)
    full_text = BEFORE_CUT + DURING_CUT + AFTER_CUT
    saved_text_becomes(full_text)
    expect(status).to_have_text("Réponses enregistrées.")

    # A reload (the person reopens the page): the saved answers and the server's clock.
    candidate.reload()
    expect(answer).to_have_value(full_text)
    expect(
        candidate.get_by_role("group", name="La réponse la plus efficace").get_by_label(
            "Appeler la cliente."
        )
    ).to_be_checked()
    elapsed = time.monotonic() - opened_at
    assert abs(remaining_seconds(candidate) - (opened_with - elapsed)) <= 3
    journey.check(candidate, "assessment-resumed")

    # The code exercises, graded by the worker in the sandbox while the page is open: the
    # candidate picks JavaScript for the first one, the second one is a SQL query.
    candidate.get_by_role("link", name=world.exercise_title).click()
    candidate.locator(".cm-editor .cm-content").wait_for()  # CodeMirror replaced the textarea
    candidate.get_by_label("Langage de programmation").select_option("javascript")
    expect(candidate.locator(".cm-content")).to_contain_text("// JavaScript")
    solve_in_the_editor(journey, candidate, JS_SOLUTION, "exercise-javascript", "javascript")
    back_to_the_sitting(candidate)
    candidate.get_by_role("link", name=world.sql_title).click()
    candidate.locator(".cm-editor .cm-content").wait_for()
    solve_in_the_editor(journey, candidate, SQL_SOLUTION, "exercise-sql", "sql")
    back_to_the_sitting(candidate)
    candidate.get_by_role("button", name="Remettre l'évaluation").click()
    candidate.wait_for_url("**/remettre/")
    candidate.get_by_label(
        "Je remets mon évaluation : je ne pourrai plus modifier mes réponses."
    ).check()
    candidate.get_by_role("button", name="Remettre définitivement").click()
    expect(candidate.get_by_text("Votre évaluation est remise.")).to_be_visible()
    journey.check(candidate, "assessment-handed-in")


def review_blind(journey, world, application):
    for name, level, after in (
        ("alice", 4, "Encore 1 relecture nécessaire."),
        ("bruno", 4, "Niveau moyen retenu : 4 sur 5."),
    ):
        reviewer = journey.log_in(getattr(world, name), name)
        reviewer.goto(f"{journey.base}/evaluations/offres/{world.offer_id}/relecture/")
        journey.check(reviewer, f"review-home-{name}")
        reviewer.get_by_role("link", name="Relire la suivante").click()
        expect(reviewer.get_by_role("heading", level=1)).to_have_text(
            f"Réponse {de(application.pseudonym)}"
        )
        shown = reviewer.locator("[data-vivier-answer]").inner_text()
        assert "débordé par les tickets" in shown
        assert LAST_NAME not in reviewer.content() and FIRST_NAME not in reviewer.content()
        journey.check(reviewer, f"review-answer-{name}")
        reviewer.get_by_label(f"Niveau {level}", exact=False).check()
        reviewer.get_by_role("button", name="Enregistrer mon niveau").click()
        expect(reviewer.get_by_text(after)).to_be_visible()
        journey.check(reviewer, f"review-done-{name}")
        setattr(journey, name, reviewer)


def invite_to_interview_and_reveal(journey, world, admin, application):
    base = journey.base
    # The assessment is closed: the results are final and published to the candidates.
    admin.goto(f"{base}/evaluations/offres/{world.offer_id}/campagne/")
    admin.get_by_role("link", name="Clôturer l'évaluation et publier les résultats…").click()
    expect(admin.get_by_role("heading", level=1)).to_have_text(
        "Clôturer l'évaluation et publier les résultats ?"
    )
    expect(admin.get_by_text("Les épreuves en cours sont remises aussitôt")).to_be_visible()
    journey.check(admin, "campaign-close-confirmation")
    admin.get_by_role("button", name="Clôturer l'évaluation").click()
    expect(admin.locator(".message").get_by_text("Évaluation clôturée")).to_be_visible()
    journey.check(admin, "campaign-closed")

    admin.goto(f"{base}/entreprise/selection/offres/{world.offer_id}/regles/")
    journey.check(admin, "selection-rules")
    admin.get_by_label("Seuil : Exercices de code").fill("50")
    admin.get_by_role("button", name="Enregistrer les règles").click()
    admin.wait_for_url(f"**/entreprise/selection/offres/{world.offer_id}/")
    expect(admin.get_by_text("Règles de sélection enregistrées")).to_be_visible(timeout=15_000)
    journey.check(admin, "ranking-lock")
    admin.get_by_label(re.compile("Je verrouille ces règles")).check()
    admin.get_by_role("button", name="Verrouiller les règles et voir le classement").click()
    expect(admin.get_by_text("Règles de sélection verrouillées")).to_be_visible(timeout=15_000)
    table = admin.get_by_role("table", name=re.compile("Candidatures sous pseudonyme"))
    expect(table.locator("tbody tr")).to_have_count(1)
    expect(table).to_contain_text(application.pseudonym)
    journey.check(admin, "ranking")

    admin.get_by_role("link", name=f"Décider pour {application.pseudonym}").click()
    journey.check(admin, "decision-advance")
    admin.get_by_label("Inviter en entretien").check()
    admin.get_by_label("Motif lié au poste").select_option("skills_shown")
    admin.get_by_role("button", name="Enregistrer et prévenir la personne").click()
    expect(admin.get_by_role("status")).to_contain_text(
        f"Décision enregistrée pour {application.pseudonym}"
    )
    assert in_db_thread(the_application).stage == "interview"

    admin.goto(f"{base}/entreprise/candidatures/{application.id}/")
    assert LAST_NAME not in admin.content()
    journey.check(admin, "application-card")
    assert in_db_thread(audited, "identity.revealed", application.id) == 0
    admin.get_by_role("link", name="Voir l'identité et les coordonnées…").click()
    expect(admin.get_by_role("heading", level=1)).to_have_text(
        f"Voir l'identité et les coordonnées {de(application.pseudonym)} ?"
    )
    assert LAST_NAME not in admin.content()
    journey.check(admin, "identity-confirmation")
    assert in_db_thread(audited, "identity.revealed", application.id) == 0
    admin.get_by_role("button", name=f"Voir l'identité {de(application.pseudonym)}").click()
    expect(admin.get_by_role("heading", level=1)).to_have_text(
        f"Identité {de(application.pseudonym)}"
    )
    expect(admin.get_by_text(f"{FIRST_NAME} {LAST_NAME}")).to_be_visible()
    expect(admin.get_by_text(CANDIDATE_EMAIL)).to_be_visible()
    journey.check(admin, "identity-revealed")
    assert in_db_thread(audited, "identity.revealed", application.id) == 1


def score(page, competencies, level, note):
    for pk in competencies:
        page.locator(f"input[name='level_{pk}'][value='{level}']").check()
        page.locator(f"#id_evidence_{pk}").fill(note)
    page.get_by_role("button", name="Remettre mes notes").click()
    expect(page.get_by_text("Vos notes sont remises.", exact=True)).to_be_visible()


def score_as_a_panel(journey, world, admin, application):
    base = journey.base
    admin.goto(f"{base}/entretiens/offres/{world.offer_id}/nouveau/")
    journey.check(admin, "interview-plan")
    admin.get_by_label("Candidature (pseudonyme)").select_option(
        label=f"{application.pseudonym} (Invité·e en entretien)"
    )
    admin.get_by_role("group", name="Jury").get_by_label("Alice").check()
    admin.get_by_role("group", name="Jury").get_by_label("Bruno").check()
    admin.get_by_role("button", name="Prévoir l'entretien").click()
    admin.wait_for_url(f"**/entretiens/candidatures/{application.id}/")
    admin.get_by_role("button", name="Ouvrir la notation").click()
    # Open pages reload themselves when the scoring opens, this one too: wait for the form.
    expect(admin.get_by_role("button", name="Remettre mes notes")).to_be_visible()

    session = f"{base}/entretiens/candidatures/{application.id}/"
    live = "[data-vivier-interview-session][data-vivier-live='1']"
    panel = {"admin": admin, "alice": journey.alice, "bruno": journey.bruno}
    for page in panel.values():
        page.goto(session)
        page.wait_for_selector(live)
    journey.check(admin, "interview-session")
    for name, level in (("admin", 4), ("alice", 3)):
        score(panel[name], world.competencies, level, PANEL_NOTES[name])
        panel[name].goto(session)
        panel[name].wait_for_selector(live)
        assert PANEL_NOTES[name] not in journey.bruno.content()
    # The first two wait, pages open, while the last member submits.
    for page in (admin, journey.alice):
        page.evaluate("window.vivierNotReloaded = true")
    score(journey.bruno, world.competencies, 3, PANEL_NOTES["bruno"])

    # The reveal reaches every screen at once, without a reload.
    for name, page in panel.items():
        reveal = page.locator("[data-vivier-reveal]")
        for note in PANEL_NOTES.values():
            expect(reveal).to_contain_text(note, timeout=10_000)
        if name != "bruno":
            assert page.evaluate("window.vivierNotReloaded") is True
        journey.check(page, f"interview-reveal-{name}")

    # The lead records the consensus (levels suggested from the median, justified).
    admin.goto(session)
    for pk in world.competencies:
        admin.locator(f"#id_justification_{pk}").fill("Exemples concrets, démarche claire.")
    journey.check(admin, "interview-consensus")
    admin.get_by_role("button", name="Enregistrer le consensus").click()
    expect(admin.get_by_text("Consensus enregistré.")).to_be_visible()
    journey.check(admin, "interview-consensus-recorded")


def shortlist(journey, admin, application):
    admin.goto(f"{journey.base}/entreprise/selection/candidatures/{application.id}/decision/")
    journey.check(admin, "decision-shortlist")
    admin.get_by_label("Présélectionner").check()
    admin.get_by_label("Motif lié au poste").select_option("interview_shown")
    admin.get_by_label("Commentaire pour la personne").fill(
        "Merci pour vos exemples précis en entretien."
    )
    admin.get_by_role("button", name="Enregistrer et prévenir la personne").click()
    expect(admin.get_by_role("status")).to_contain_text(
        f"Décision enregistrée pour {application.pseudonym}"
    )
    journey.check(admin, "shortlisted")
    assert in_db_thread(the_application).stage == "shortlisted"
    assert in_db_thread(audited, "application.decided", application.id) == 2

    offer_id = in_db_thread(lambda: Application.objects.get(pk=application.id).offer_id)
    admin.goto(f"{journey.base}/equite/offres/{offer_id}/")
    journey.check(admin, "fairness")


def see_the_feedback(journey, candidate, application):
    candidate.goto(f"{journey.base}/candidat/")
    row = candidate.get_by_role("row").filter(has_text=TITLE)
    expect(row).to_contain_text("Présélectionné·e")
    journey.check(candidate, "candidate-stage")
    candidate.goto(
        f"{journey.base}/evaluations/candidatures/{application.id}/evaluation/resultats/"
    )
    scores = candidate.get_by_role("table", name=re.compile("Scores par partie"))
    expect(scores.get_by_role("row", name=re.compile("Exercices de code"))).to_contain_text("100")
    journey.check(candidate, "candidate-results")


def follow_up(journey, world):
    adviser = journey.adviser
    adviser.get_by_role("link", name="Suivi de mes invitations").first.click()
    adviser.wait_for_url("**/conseil/suivi/")
    expect(adviser.get_by_role("row").filter(has_text=NOTE)).to_contain_text("Présélectionné·e")
    journey.check(adviser, "adviser-follow-up")


def apply_from_the_public_page(journey, world):
    """A visitor without an account: the public list, the offer's page, « Postuler », sign-up,
    the confirmation link, and back on that offer's apply step."""
    context, visitor = journey.open()
    visitor.goto(f"{journey.base}/offres/")
    visitor.get_by_role("link", name=TITLE, exact=True).click()
    visitor.wait_for_url(f"**/offres/{world.offer_id}/")
    journey.check(visitor, "public-offer")
    visitor.get_by_role("link", name="Postuler").click()
    apply_step = f"/candidat/offres/{world.offer_id}/postuler/"
    visitor.wait_for_url(f"**{apply_step}")
    journey.check(visitor, "public-apply-step")
    visitor.get_by_role("link", name="Créer mon compte candidat").click()
    visitor.get_by_label("Courriel").fill(VISITOR_EMAIL)
    visitor.get_by_label("Mot de passe (obligatoire)", exact=True).fill(CANDIDATE_PASSWORD)
    visitor.get_by_label("Mot de passe (confirmation)").fill(CANDIDATE_PASSWORD)
    visitor.get_by_role("button", name="Création de compte").click()
    visitor.wait_for_url("**/comptes/confirm-email/")
    visitor.goto(journey.base + in_db_thread(lambda: confirmation_path(VISITOR_EMAIL)))
    visitor.get_by_role("button", name="Confirmer mon adresse e-mail").click()

    visitor.wait_for_url(f"**{apply_step}")
    journey.check(visitor, "public-apply-signed-up")
    visitor.get_by_role("button", name=f"Postuler à « {TITLE} »").click()
    visitor.wait_for_url("**/candidat/")
    expect(visitor.get_by_role("row").filter(has_text=TITLE)).to_be_visible()
    journey.check(visitor, "public-applied")
    applied = in_db_thread(
        lambda: Application.objects.filter(
            offer_id=world.offer_id, candidate__user__email=VISITOR_EMAIL
        ).exists()
    )
    assert applied
