"""The leak test. Candidates with distinctive identities (also written into their free text and
code) take part in one recruitment in which every action that writes an audit entry happens,
each candidate action done by the candidate through the site, as a person would. Then, as a
recruiter (an admin of the employer), an interviewer, a member outside the panel and an
adviser, every URL of the site is requested with real object ids (the audit log and the CSV
export included), and every email they received is read. No identity may appear, and no page
that names an application may tell who had extra time.

The action codes come from the source (every `log_action("…")` call): a new code the world
does not perform fails `test_the_world_performs_every_audited_action`."""

import ast
import re
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlparse

import pytest
from django.core import mail
from django.test import Client, TestCase
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone

from accounts import notifications
from accounts.enums import EmailKind
from accounts.models import AuditEntry
from advisers import digests
from advisers import invitations as adviser_invitations
from advisers import onboarding as adviser_onboarding
from assessments import campaigns as assessment_campaigns
from assessments import reviews, work_samples
from assessments.deadline_reminders import send_deadline_reminders
from assessments.models import Certificate, WrittenAnswer
from candidates.enums import ApplicationStage
from candidates.models import Application, Identity
from candidates.retention import apply_retention
from employers import onboarding
from employers import services as employer_services
from employers import team as team_services
from employers.enums import MemberRole
from fairness import services as fairness_services
from fairness.enums import TerritorySource
from interviews import grids, scheduling, sessions
from interviews.grids import copy_library_grid
from interviews.models import Meeting
from shortlists import decisions, policies, reminders
from shortlists.enums import DecisionKind, DecisionReason
from shortlists.recruiter_digest import send_recruiter_digests
from shortlists.reveal import reveal_identity
from tests.accounts.factories import PASSWORD, UserFactory
from tests.advisers.factories import AdviserMembershipFactory
from tests.assessments.factories import (
    ExerciseFactory,
    SjtScenarioFactory,
    SubmissionFactory,
    WrittenQuestionFactory,
)
from tests.assessments.work_sample_data import exercise_data as own_exercise_data
from tests.assessments.work_sample_data import validate
from tests.candidates.factories import CandidateFactory
from tests.employers.factories import EmployerMembershipFactory, OfferFactory
from tests.utils import full_login

ROOT = Path(__file__).resolve().parents[1]
APPS = [
    "accounts",
    "advisers",
    "assessments",
    "broadcasting",
    "candidates",
    "config",
    "core",
    "demo",
    "employers",
    "fairness",
    "interviews",
    "shortlists",
]

IDENTITY = {
    "first_name": "Zébulon",
    "last_name": "Quetzalcoatl-Ndiaye",
    "phone": "07 98 76 54 32",
    "address": "12 impasse des Glycines",
    "postcode": "77123",
    "city": "Trifouilly-les-Oies",
}
EMAIL = "zebulon.qn@example.net"
# The second candidate goes through interview, reveal and decision.
OTHER_IDENTITY = {
    "first_name": "Ottilie",
    "last_name": "Brancusi-Okonkwo",
    "phone": "06 55 44 33 21",
    "address": "3 chemin des Alisiers",
    "postcode": "59870",
    "city": "Marchiennes-Plage",
}
OTHER_EMAIL = "ottilie.bo@example.net"
# The person an adviser applies for: name and email typed by the adviser, kept on their account.
PERSON_IDENTITY = {"first_name": "Philémon", "last_name": "Archambault-Yilmaz"}
PERSON_EMAIL = "philemon.ay@example.net"
PERSON_NOTE = (
    "Philémon Archambault-Yilmaz (philemon.ay@example.net) a fini notre parcours numérique : "
    "il sait monter un site Django."
)
# Who applied for that person: no employer page may name them before the reveal (README).
ADVISER_STRUCTURE = "Mission locale de Saint-Firmin-des-Bois"
ADVISER_NAME = "Anatole Conseil"
ADVISER_EMAIL = "anatole.conseil@mission-locale.example.org"
ADVISER_REMINDER = "Repère privé d'Anatole, RDV du mardi"  # the adviser's only
# Candidates who leave: one deletes their account, one is anonymised for inactivity.
LEAVING_EMAILS = ("prosper.leaving@example.net", "dormant.candidate@example.net")
ROLES = ["recruiter", "interviewer", "outsider", "adviser"]

# Namespaces and names that are not recruiter-facing pages: allauth's own account pages show the
# signed-in user's data, the admin is staff-only, the language switch only redirects.
SKIPPED_NAMESPACES = {"admin"}
SKIPPED_PREFIXES = ("account_", "mfa_", "socialaccount_", "set_language", "health")

# What would tell that an application had extra time.
EXTRA_TIME_WORDS = ("supplémentaire", "tiers-temps", "aménagement", "accommodation", "multipli")


# -- the action codes, from the source --------------------------------------------------------


def log_action_calls():
    """(module, line, first argument node) of every `log_action(...)` call of the apps."""
    for app in APPS:
        for path in sorted((ROOT / app).rglob("*.py")):
            relative = path.relative_to(ROOT).as_posix()
            if "/migrations/" in relative:
                continue
            for node in ast.walk(ast.parse(path.read_text(), filename=relative)):
                if not isinstance(node, ast.Call):
                    continue
                function = node.func
                name = getattr(function, "id", None) or getattr(function, "attr", None)
                if name == "log_action" and relative != "accounts/audit.py":
                    yield relative, node.lineno, node.args[0] if node.args else None


def audited_actions() -> set[str]:
    return {
        argument.value
        for _module, _line, argument in log_action_calls()
        if isinstance(argument, ast.Constant) and isinstance(argument.value, str)
    }


# -- the world --------------------------------------------------------------------------------


def candidate_client(user) -> Client:
    client = Client()
    full_login(client, user)
    return client


def member_client(user) -> Client:
    """Signed in without the second factor's code, which is single-use: the tests sign in
    with it afterwards."""
    client = Client()
    client.force_login(user)
    return client


def sign_in(client, user) -> None:
    full_login(client, user)
    assert client.session.get("_auth_user_id") == str(user.pk), "the crawl must be signed in"


def make_candidate(email, identity=None, **fields):
    candidate = CandidateFactory(user__email=email, identity=None, **fields)
    if identity is not None:
        Identity.objects.create(candidate=candidate, **identity)
    return candidate


def sit_assessment(
    client, application, *, written: str, finish: bool = True, start: dict | None = None
) -> None:
    """The candidate starts (`start`: their choices of results to reuse), answers every item
    and hands in, through the pages."""
    started = client.post(reverse("assessments:attempt_start", args=[application.pk]), start or {})
    assert started.status_code == 302, started.content.decode()
    campaign = assessment_campaigns.current_campaign(application.offer)
    answers = {}
    for scenario in campaign.scenarios.all():
        choices = [key for key, _text in scenario.response_choices()]
        answers[f"sjt-{scenario.pk}-most"], answers[f"sjt-{scenario.pk}-least"] = (
            choices[0],
            choices[-1],
        )
    for question in campaign.questions.all():
        answers[f"written-{question.pk}"] = written
    if finish:
        answers["finish"] = "1"
    response = client.post(reverse("assessments:attempt_save", args=[application.pk]), answers)
    assert response.status_code == 302, response.content
    if finish:  # handing in is confirmed on a page of its own
        hand_in = reverse("assessments:attempt_hand_in", args=[application.pk])
        assert client.post(hand_in, {"confirm": "on"}).status_code == 302


def campaign_data(exercise, **overrides) -> assessment_campaigns.CampaignData:
    values = {
        "exercises": [exercise],
        "scenarios": [SjtScenarioFactory()],
        "questions": [WrittenQuestionFactory()],
        "weight_coding": 1,
        "weight_sjt": 1,
        "weight_written": 1,
        "duration_minutes": 30,
        "deadline": timezone.now() + timedelta(days=7),
    }
    values.update(overrides)
    return assessment_campaigns.CampaignData(**values)


def policy_values(offer, **overrides) -> dict:
    policy = policies.suggested_policy(offer)
    values = {name: getattr(policy, name) for name in policies.POLICY_FIELDS}
    values.update(overrides)
    return values


def rate_everything(interview, by) -> None:
    interview.refresh_from_db()
    ratings = {c.pk: (3, "Exemple précis.") for c in interview.grid_version.competencies.all()}
    sessions.submit_scores(interview, ratings, by=by)


def act_for_a_person(adviser, offer) -> Application:
    """The adviser applies for a person through the page, consent recorded; the person sets
    their password from the emailed link, withdraws their consent to be followed, then the
    application itself, saying why."""
    adviser_client = member_client(adviser)
    form_url = reverse("advisers:apply_for_person", args=[offer.pk])
    data = {
        "email": PERSON_EMAIL,
        **PERSON_IDENTITY,
        "consent_method": "phone",
        "consent_given_on": timezone.localdate().isoformat(),
        "consent_obtained": "on",
        "note": PERSON_NOTE,
        "reminder": ADVISER_REMINDER,
    }
    # The adviser reads the note as the employer will, then sends it.
    preview = adviser_client.post(form_url, {**data, "action": "preview"})
    data["previewed"] = preview.context["preview_digest"]
    response = adviser_client.post(form_url, {**data, "action": "send"})
    assert response.status_code == 302, response.content.decode()
    (message,) = [m for m in mail.outbox if m.to == [PERSON_EMAIL] and "/reset/key/" in m.body]
    (link,) = re.findall(r"https?://\S+/comptes/password/reset/key/\S+", message.body)
    person_client = Client()
    form_url = person_client.get(urlparse(link).path).url
    person_client.post(form_url, {"password1": PASSWORD, "password2": PASSWORD})
    person = Application.objects.get(offer=offer, candidate__user__email=PERSON_EMAIL)
    person_client = candidate_client(person.candidate.user)
    person_client.post(reverse("advisers:my_advisers"), {"referral": person.referral.pk})
    # Saying why, in words that name the person: the employer reads the category only.
    withdrawal = {"reason": "other_job", "comment": PERSON_NOTE}
    withdraw = reverse("candidates:withdraw", args=[person.pk])
    assert person_client.post(withdraw, withdrawal).status_code == 302
    return person


def results_taken_elsewhere(client, candidate, scenario) -> None:
    """The candidate sat another employer's assessment, with `scenario`, through the pages;
    that employer closed it, so the result is out and may travel."""
    elsewhere = EmployerMembershipFactory(admin=True)
    other_offer = OfferFactory(employer=elsewhere.employer, published=True)
    data = assessment_campaigns.CampaignData(
        exercises=[],
        scenarios=[scenario],
        questions=[],
        weight_coding=0,
        weight_sjt=1,
        weight_written=0,
        duration_minutes=30,
        deadline=timezone.now() + timedelta(days=7),
    )
    assessment_campaigns.save_campaign(other_offer, data, user=elsewhere.user)
    assert client.post(reverse("candidates:apply", args=[other_offer.pk])).status_code == 302
    sit_assessment(
        client,
        Application.objects.get(candidate=candidate, offer=other_offer),
        written="",
    )
    assessment_campaigns.close_campaign(other_offer, user=elsewhere.user)


def share_results(client, scenario):
    """The candidate makes two certificates of their scenario's result and revokes one."""
    url = reverse("assessments:certificate_list")
    for _round in range(2):
        assert client.post(url, {"results": [f"scenario-{scenario.pk}"]}).status_code == 302
    revoked, kept = Certificate.objects.order_by("pk")
    revoke = reverse("assessments:certificate_revoke", args=[revoked.pk])
    assert client.post(revoke, {"confirm": "1"}).status_code == 302
    return kept


def build_world():
    """Every audited action happens once at least; emails sent after commit are sent."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        return _build_world()


def organisations_world(employer, recruiter, staff) -> dict:
    """Sign-ups and team changes; returns the ids the crawl needs for their pages."""
    signer = UserFactory(recruiter=True, mfa=True)
    signed_up = onboarding.create_employer(
        "41816609600069", onboarding.RegistryAnswer(None), name="Entreprise inscrite", by=signer
    )
    onboarding.confirm_employer(signed_up, by=staff)
    team = onboarding.employer_team(employer)
    joining = team_services.invite_colleague(
        team, "nouvelle.recrue@example.org", MemberRole.MEMBER, by=recruiter
    )
    team_services.resend_invitation(team, joining, by=recruiter)
    newcomer = UserFactory(email="nouvelle.recrue@example.org", recruiter=True, mfa=True)
    team_services.accept_invitation(team, joining, user=newcomer)
    team_services.leave(team, user=newcomer)
    dropped = team_services.invite_colleague(
        team, "jamais.venue@example.org", MemberRole.MEMBER, by=recruiter
    )
    team_services.revoke_invitation(team, dropped, by=recruiter)
    removed = UserFactory(recruiter=True, mfa=True)
    membership = employer_services.set_member_role(employer, removed, "member", by=recruiter)
    team_services.remove_member(team, membership, by=recruiter)
    waiting = team_services.invite_colleague(
        team, "en.attente@example.org", MemberRole.MEMBER, by=recruiter
    )
    # An adviser structure signs up (pending), staff validate it.
    structure = adviser_onboarding.create_adviser_organisation(
        name="Mission locale inscrite", kind="mission_locale", department="77", by=UserFactory()
    )
    adviser_onboarding.validate_organisation(structure, by=staff)
    return {
        "organisation_id": structure.pk,
        "team_invitation_id": waiting.pk,
        "membership_id": team.memberships().get(user=recruiter).pk,
        "invitation_token": team_services.invitation_token(team, waiting),
    }


def _build_world():
    now = timezone.now()
    # The employer: an admin (the recruiter in charge), an interviewer, a member on no panel.
    membership = EmployerMembershipFactory(admin=True, user__display_name="Rémi Recrutement")
    employer, recruiter = membership.employer, membership.user
    interviewer = UserFactory(recruiter=True, mfa=True, display_name="Inès Jury")
    outsider = UserFactory(recruiter=True, mfa=True)
    employer_services.set_member_role(employer, interviewer, MemberRole.MEMBER, by=recruiter)
    employer_services.set_member_role(employer, outsider, MemberRole.MEMBER, by=recruiter)
    staff = UserFactory(staff=True, mfa=True)
    staff_client = member_client(staff)
    changed = UserFactory(recruiter=True)
    staff_client.post(
        reverse("admin:accounts_user_change", args=[changed.pk]),
        {"email": changed.email, "display_name": "", "role": "adviser", "is_active": "on"},
    )

    # Organisations: an employer signs up (the registry unreachable: pending) and staff
    # confirm it; the recruiter's team invites, resends, revokes, accepts, removes, leaves.
    organisations = organisations_world(employer, recruiter, staff)

    # Offers: one written, changed and published; one published with a justified legal
    # condition, then closed.
    offer = OfferFactory.build(employer=employer)
    employer_services.create_offer(offer, by=recruiter)
    offer.description += " Vous travaillez en équipe."
    employer_services.update_offer(offer, by=recruiter)
    offer = employer_services.publish_offer(offer, by=recruiter)
    defence = OfferFactory.build(employer=employer, illegal_wording=True)
    employer_services.create_offer(defence, by=recruiter)
    defence = employer_services.publish_offer(
        defence,
        by=recruiter,
        exception="statutory_nationality",
        justification=(
            "Poste de la défense : le décret applicable réserve l'emploi aux ressortissants."
        ),
        acknowledged=True,
    )
    employer_services.close_offer(defence, by=recruiter)

    # The employer's own exercise: written, changed while unused, checked (as the sandbox
    # reports it: the sandbox runs in tests/assessments/test_work_sample_checks.py).
    own = work_samples.save_exercise(employer, own_exercise_data(), by=recruiter)
    own = work_samples.save_exercise(
        employer, own_exercise_data(time_limit_s=3.0), by=recruiter, exercise=own
    )
    own = validate(own)

    # The assessment, composed, changed, then versioned once somebody has started. Its
    # scenario is also in another employer's assessment (see `results_taken_elsewhere`).
    exercise = ExerciseFactory()
    shared_scenario = SjtScenarioFactory()
    assessment_campaigns.save_campaign(offer, campaign_data(exercise), user=recruiter)
    assessment_campaigns.save_campaign(
        offer,
        campaign_data(
            exercise,
            exercises=[exercise, own],
            duration_minutes=40,
            scenarios=[shared_scenario],
        ),
        user=recruiter,
    )
    # The campaign holds the exercise: a change makes version 2, which the campaign (nobody
    # has started it) takes once checked.
    own = validate(
        work_samples.save_exercise(
            employer, own_exercise_data(memory_mb=128), by=recruiter, exercise=own
        )
    )
    copy_library_grid(offer, "web-developer", language="fr", by=recruiter)
    extra = grids.CompetencyData(
        name="Documentation",
        weight=1,
        questions=["Racontez une documentation écrite."],
        levels=["Aucune", "Peu", "Correcte", "Claire", "Exemplaire"],
    )
    grids.save_competency(offer, extra, by=recruiter)
    grids.delete_competency(
        offer, grids.current_version(offer).competencies.last().key, by=recruiter
    )
    policies.save_policy(offer, policy_values(offer), by=recruiter)
    policies.save_policy(offer, policy_values(offer, no_answer_days=20), by=recruiter)

    # The adviser: an invitation, subscriptions, a digest.
    adviser_membership = AdviserMembershipFactory(
        organisation__name=ADVISER_STRUCTURE,
        user__display_name=ADVISER_NAME,
        user__email=ADVISER_EMAIL,
    )
    adviser = adviser_membership.user
    invitation = adviser_invitations.create_invitation(
        offer,
        organisation=adviser_membership.organisation,
        email="personne.invitee@example.org",
        user=adviser,
    )
    subscription = digests.create_subscription(
        departments=[offer.department], rome_prefix="", by_email=True, user=adviser
    )
    digests.renew_feed_token(subscription, user=adviser)
    dropped = digests.create_subscription(
        departments=["75"], rome_prefix="", by_email=False, user=adviser
    )
    digests.delete_subscription(dropped, user=adviser)
    digests.send_offer_digests()
    on_behalf = act_for_a_person(adviser, offer)

    # The candidate, who does everything a candidate does, through the site.
    candidate = make_candidate(
        EMAIL,
        IDENTITY,
        skills=["Python", "Django"],
        path_text=(
            "Je m'appelle Zébulon Quetzalcoatl-Ndiaye, j'habite 12 impasse des Glycines à "
            "Trifouilly-les-Oies (77123). Écrivez-moi : zebulon.qn@example.net ou 07 98 76 54 32."
        ),
    )
    zebulon = candidate_client(candidate.user)
    zebulon.get(reverse("advisers:invitation", args=[invitation.code]))
    zebulon.post(
        reverse("advisers:apply_invited", args=[offer.pk]),
        {"invitation_code": invitation.code, "adviser_consent": "on"},
    )
    application = Application.objects.get(candidate=candidate, offer=offer)
    referral = application.referral
    consent_url = reverse("advisers:my_advisers")
    zebulon.post(consent_url, {"referral": referral.pk})
    zebulon.post(consent_url, {"referral": referral.pk, "consent": "on"})
    zebulon.post(reverse("fairness:declaration"), {"qpv": "yes", "consent": "on"})
    zebulon.post(reverse("fairness:withdraw"))
    zebulon.post(reverse("fairness:declaration"), {"qpv": "yes", "rqth": "yes", "consent": "on"})
    # Where they live: the geocoder is out of reach in tests, so the commune picked stands in for
    # the page's fallback; then forgotten through the page, then kept again.
    for _round in range(2):
        fairness_services.save_territory(
            candidate,
            insee_code="91228",
            qpv_code=None,
            in_qpv=None,
            rural=False,
            source=TerritorySource.COMMUNE,
            user=candidate.user,
        )
        if not _round:
            zebulon.post(reverse("fairness:territory_withdraw"))
    results_taken_elsewhere(zebulon, candidate, shared_scenario)
    zebulon.post(reverse("assessments:accommodation_request", args=[application.pk]))
    submission = SubmissionFactory(
        application=application,
        exercise=exercise,
        graded=True,
        code=(
            "# Auteur : Zébulon Quetzalcoatl-Ndiaye <zebulon.qn@example.net>, 07 98 76 54 32\n"
            "print(sum(int(x) for x in input().split()))\n"
        ),
    )
    # They reuse, with their consent, their result on the scenario taken elsewhere.
    sit_assessment(
        zebulon,
        application,
        written="Je suis Zébulon Quetzalcoatl-Ndiaye, 07 98 76 54 32.",
        start={f"reuse-scenario-{shared_scenario.pk}": "reuse", "consent": "on"},
    )
    assessment_campaigns.save_campaign(
        offer, campaign_data(exercise, duration_minutes=45), user=recruiter
    )
    certificate = share_results(zebulon, shared_scenario)
    zebulon.get(reverse("candidates:export_data"))

    # The second candidate: assessed, invited to an interview, scored, revealed, decided.
    other = make_candidate(
        OTHER_EMAIL, OTHER_IDENTITY, path_text="Ottilie Brancusi-Okonkwo, Marchiennes-Plage."
    )
    ottilie = candidate_client(other.user)
    ottilie.post(reverse("candidates:apply", args=[offer.pk]))
    other_application = Application.objects.get(candidate=other, offer=offer)
    # Her assessment's deadline nears before she sits it: the 48-hour reminder.
    deadline = assessment_campaigns.current_campaign(offer).deadline
    assert send_deadline_reminders(now=deadline - timedelta(hours=30)).sent
    ottilie.post(reverse("assessments:accommodation_request", args=[other_application.pk]))
    sit_assessment(ottilie, other_application, written="Ottilie Brancusi-Okonkwo, 06 55 44 33 21.")
    for answer in WrittenAnswer.objects.filter(attempt__campaign__offer=offer):
        for reviewer in (recruiter, interviewer):
            reviews.submit_review(answer, level=4, user=reviewer)
    other_application = decisions.decide(
        other_application,
        kind=DecisionKind.ADVANCE,
        reason=DecisionReason.SKILLS_SHOWN,
        by=recruiter,
    ).application
    policies.save_policy(
        offer,
        policy_values(offer, no_answer_days=25),
        change_reason="Délai de réponse allongé pour les congés.",
        by=recruiter,
    )
    panel = [recruiter, interviewer]
    scored = sessions.create_interview(other_application, panel=panel, lead=recruiter, by=recruiter)
    sessions.start_scoring(scored, by=recruiter)
    for member in panel:
        rate_everything(scored, member)
    scored.refresh_from_db()
    levels = {c.pk: (3, "Accord du jury.") for c in scored.grid_version.competencies.all()}
    sessions.record_consensus(scored, levels, by=recruiter)
    grids.save_competency(offer, extra, by=recruiter)  # the grid is locked: a new version
    reveal_identity(other_application, by=recruiter)
    decisions.decide(
        other_application,
        kind=DecisionKind.REJECT,
        reason=DecisionReason.STRONGER_RESULTS,
        comment="D'autres résultats étaient plus solides sur les tests.",
        by=recruiter,
    )

    # A candidate whose sitting is still open when the employer closes the assessment, and
    # who then deletes their account; one anonymised after two silent years.
    leaving = make_candidate(LEAVING_EMAILS[0])
    prosper = candidate_client(leaving.user)
    prosper.post(reverse("candidates:apply", args=[offer.pk]))
    leaving_application = Application.objects.get(candidate=leaving, offer=offer)
    sit_assessment(prosper, leaving_application, written="Une réponse.", finish=False)
    assessment_campaigns.close_campaign(offer, user=recruiter)
    prosper.post(reverse("candidates:delete_account"), {"confirm": "on"})
    dormant = make_candidate(LEAVING_EMAILS[1])
    dormant.user.date_joined = now - timedelta(days=1000)
    dormant.user.save(update_fields=["date_joined"])
    dormant.inactivity_warned_at = now - timedelta(days=31)
    dormant.save(update_fields=["inactivity_warned_at"])
    apply_retention(now=now)

    # The employer's side of the results: the CSV export, the no-answer reminder.
    employer_client = member_client(recruiter)
    employer_client.get(reverse("shortlists:export_results", args=[offer.pk]))
    reminders.remind_and_close_undecided(now=now + timedelta(days=26))

    # The interview the websocket test drives: the candidate invited (an interview needs the
    # decision first), planned, not started, identity not looked at. Its date is scheduled
    # through the pages: slots proposed, one chosen by the candidate, who then asks for another
    # date (their reason names them); cancelled by the panel, proposed again, moved, chosen
    # again and reminded.
    decisions.decide(
        application, kind=DecisionKind.ADVANCE, reason=DecisionReason.SKILLS_SHOWN, by=recruiter
    )
    interview = sessions.create_interview(application, panel=panel, lead=recruiter, by=recruiter)
    schedule_url = reverse("interviews:schedule", args=[application.pk])
    day = timezone.localdate() + timedelta(days=3)
    slots = {
        "date_1": day.isoformat(),
        "start_1": "10:00",
        "end_1": "11:00",
        "date_2": (day + timedelta(days=1)).isoformat(),
        "start_2": "10:00",
        "end_2": "11:00",
        "place": "Siège, salle Jaune",
        "attendees": [recruiter.pk, interviewer.pk],
    }
    assert employer_client.post(schedule_url, slots).status_code == 302
    own_interview = reverse("interviews:my_interview", args=[application.pk])
    first_slot = Meeting.objects.get(interview=interview).open_slots.first()
    assert zebulon.post(own_interview, {"slot": first_slot.pk}).status_code == 302
    new_date = reverse("interviews:my_interview_new_date", args=[application.pk])
    reason = "Zébulon Quetzalcoatl-Ndiaye (07 98 76 54 32) passe un examen ce jour-là."
    assert zebulon.post(new_date, {"report-reason": reason}).status_code == 302
    zebulon.post(own_interview, {"slot": Meeting.objects.get().open_slots.first().pk})
    employer_client.post(
        reverse("interviews:cancel_meeting", args=[application.pk]),
        {"annulation-reason": "Jury indisponible."},
    )
    moved = {**slots, "date_1": (day + timedelta(days=5)).isoformat()}
    assert employer_client.post(schedule_url, moved).status_code == 302
    zebulon.post(own_interview, {"slot": Meeting.objects.get().open_slots.first().pk})
    moved_again = {**moved, "date_1": (day + timedelta(days=6)).isoformat(), "reason": "Salle."}
    assert employer_client.post(schedule_url, moved_again).status_code == 302
    zebulon.post(own_interview, {"slot": Meeting.objects.get().open_slots.first().pk})
    chosen = Meeting.objects.get().chosen_slot
    scheduling.send_reminders(now=chosen.starts_at - timedelta(hours=12))
    zebulon.get(reverse("interviews:my_interview_calendar", args=[application.pk]))

    # The thread: the employer writes, the candidate answers with who they are in their words.
    thread_url = reverse("applications:thread", args=[application.pk])
    assert employer_client.post(thread_url, {"text": "Pouvez-vous venir ?"}).status_code == 302
    own_thread = reverse("candidate_threads:thread", args=[application.pk])
    answer = "Oui. Zébulon Quetzalcoatl-Ndiaye, zebulon.qn@example.net, 07 98 76 54 32."
    assert zebulon.post(own_thread, {"text": answer}).status_code == 302

    # The recruiters' daily digest; then a member switches an email off on their page and the
    # adviser unsubscribes from the offer digests through the mail's one-click link.
    assert send_recruiter_digests().sent
    outsider_client = member_client(outsider)
    outsider_client.post(
        reverse("accounts:email_preferences"), {"enabled": [EmailKind.INTERVIEW_REMINDER]}
    )
    Client().post(
        reverse(
            "accounts:unsubscribe",
            args=[notifications.unsubscribe_token(adviser, EmailKind.OFFER_DIGEST)],
        )
    )
    ids = {
        "offer_id": offer.pk,
        "path": "nulle-part",  # the API's catch-all: any unknown path
        "application_id": application.pk,
        "employer_id": offer.employer_id,
        "slug": exercise.slug,
        "exercise_id": own.pk,
        "submission_id": submission.pk,
        "interview_id": interview.pk,
        "invitation_id": invitation.pk,
        "record_id": on_behalf.referral.on_behalf.pk,
        "code": invitation.code,
        "subscription_id": subscription.pk,
        "token": subscription.feed_token,
        "unsubscribe_token": notifications.unsubscribe_token(recruiter, EmailKind.RECRUITER_DIGEST),
        "certificate_id": certificate.pk,
        "certificate_token": certificate.token,
        "department": offer.department,
        "question_id": WrittenAnswer.objects.filter(attempt__application=application)
        .get()
        .question_id,
        "answer_id": WrittenAnswer.objects.filter(attempt__application=application).get().pk,
        **organisations,
    }
    return {
        "roles": {
            "recruiter": recruiter,
            "interviewer": interviewer,
            "outsider": outsider,
            "adviser": adviser,
        },
        "application": application,
        "other_application": other_application,
        "applications": [application, other_application, leaving_application],
        "on_behalf": on_behalf,
        "interview": interview,
        "submission": submission,
        "ids": ids,
    }


# -- the crawl --------------------------------------------------------------------------------


def walk(patterns, namespace=""):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            if entry.namespace in SKIPPED_NAMESPACES:
                continue
            yield from walk(entry.url_patterns, inner)
        elif isinstance(entry, URLPattern) and entry.name:
            yield f"{namespace}{entry.name}", entry.pattern


def kwarg_names(pattern) -> list[str]:
    return list(pattern.regex.groupindex)


def needles():
    values = [
        *IDENTITY.values(),
        *OTHER_IDENTITY.values(),
        EMAIL,
        OTHER_EMAIL,
        *LEAVING_EMAILS,
        *PERSON_IDENTITY.values(),
        PERSON_EMAIL,
        "Quetzalcoatl",
        "Zebulon",
        "Brancusi",
    ]
    return [value.lower() for value in values]


def leaked(text: str) -> list[str]:
    lowered = text.lower()
    compact = re.sub(r"\s", "", lowered)
    # A number (postcode, birth year) leaks as a number of its own, not as digits inside a
    # longer one (a timestamp's microseconds in a feed once held "77123").
    found = [
        n
        for n in needles()
        if (re.search(rf"(?<!\d){n}(?!\d)", lowered) if n.isdigit() else n in lowered)
    ]
    for phone in (IDENTITY["phone"], OTHER_IDENTITY["phone"]):
        if phone.replace(" ", "") in compact:
            found.append("phone")
    return found


def test_a_number_leaks_on_its_own_not_inside_a_longer_one():
    postcode = IDENTITY["postcode"]
    assert leaked(f"<updated>2026-12-07T14:26:51.{postcode}0+00:00</updated>") == []
    assert leaked(f"Code postal : {postcode}.") == [postcode]


def crawl(client, ids) -> dict[str, str]:
    pages = {}
    for name, pattern in walk(get_resolver().url_patterns):
        if name.startswith(SKIPPED_PREFIXES):
            continue
        names = kwarg_names(pattern)
        missing = [kwarg for kwarg in names if kwarg not in ids]
        assert not missing, f"The leak test needs a real value for {missing} of {name}"
        url = reverse(name, kwargs={kwarg: ids[kwarg] for kwarg in names})
        response = client.get(url)
        body = response.content.decode(errors="replace")
        pages[url] = f"{response.status_code} {response.get('Location', '')} {body}"
    return pages


def mail_text(message) -> str:
    """What a person reads: the subject, the body and every attachment (calendar files)."""
    parts = [message.subject, message.body]
    for _name, content, _mimetype in message.attachments:
        parts.append(content if isinstance(content, str) else content.decode(errors="replace"))
    return "\n".join(parts)


def mail_to(user) -> list[str]:
    return [mail_text(m) for m in mail.outbox if user.email in m.to]


@pytest.fixture
def world(db):
    return build_world()


def test_every_audited_action_code_is_written_out():
    """The world can only perform the codes it can read."""
    unreadable = [
        f"{module}:{line}"
        for module, line, argument in log_action_calls()
        if not (isinstance(argument, ast.Constant) and isinstance(argument.value, str))
    ]
    assert not unreadable, f"log_action's first argument must be a string literal: {unreadable}"
    assert len(audited_actions()) >= 40


def test_the_world_performs_every_audited_action(world):
    performed = set(AuditEntry.objects.values_list("action", flat=True))
    missing = audited_actions() - performed
    assert not missing, f"The leak test's world does not perform {sorted(missing)}: add them."


@pytest.mark.parametrize("role", ROLES)
def test_no_identity_reaches_a_role(client, world, role):
    user = world["roles"][role]
    sign_in(client, user)
    pages = crawl(client, world["ids"])
    assert len(pages) >= 10
    leaks = {url: leaked(body) for url, body in pages.items() if leaked(body)}
    assert not leaks, leaks
    assert not [text for text in mail_to(user) if leaked(text)]
    if role != "adviser":
        named = {url: names_who_applied(body) for url, body in pages.items()}
        assert not {url: names for url, names in named.items() if names}


def names_who_applied(text: str) -> list[str]:
    lowered = text.lower()
    return [
        needle
        for needle in (
            ADVISER_STRUCTURE,
            "Saint-Firmin",
            ADVISER_NAME,
            ADVISER_EMAIL,
            ADVISER_REMINDER,
        )
        if needle.lower() in lowered
    ]


@pytest.mark.parametrize("role", ["recruiter", "interviewer", "outsider"])
def test_an_application_an_adviser_made_names_neither_the_person_nor_who_applied(
    client, world, role
):
    """The employer reads « Par un·e conseiller·ère » and the note redacted (README, "Advisers
    acting for a person"); never the person, the adviser, nor the structure."""
    sign_in(client, world["roles"][role])
    ids = {**world["ids"], "application_id": world["on_behalf"].pk}
    pages = crawl(client, ids)
    assert not {url: leaked(body) for url, body in pages.items() if leaked(body)}
    assert not {url: names for url, body in pages.items() if (names := names_who_applied(body))}
    if role == "recruiter":
        detail = pages[reverse("applications:detail", args=[world["on_behalf"].pk])]
        assert "Par un·e conseiller·ère" in detail and "monter un site Django" in detail
        assert "Retirée" in detail


@pytest.mark.parametrize("role", ROLES)
def test_no_page_tells_a_role_who_had_extra_time(client, world, role):
    sign_in(client, world["roles"][role])
    pseudonyms = [application.pseudonym for application in world["applications"]]
    telling = {
        url: [word for word in EXTRA_TIME_WORDS if word in body.lower()]
        for url, body in crawl(client, world["ids"]).items()
        if any(pseudonym in body for pseudonym in pseudonyms)
    }
    assert not {url: words for url, words in telling.items() if words}


def test_the_employers_log_and_export_are_crawled(client, world):
    """The crawl is not vacuous: the admin reads the log, with candidates' actions in it, and
    the CSV export."""
    sign_in(client, world["roles"]["recruiter"])
    pages = crawl(client, world["ids"])
    log = pages[reverse("employers:audit_log")]
    assert "application.stage_changed" in log and world["application"].pseudonym in log
    export = pages[reverse("shortlists:export_results", args=[world["ids"]["offer_id"]])]
    assert export.startswith("200") and "pseudonyme;étape" in export


def test_the_employers_log_names_what_each_entry_is_about(client, world):
    """Every kind of object an entry of the employer's log is about has words
    (accounts.audit_subjects: an offer's title, a member's name, a pseudonym…), never a bare
    number; the crawl above holds those words to anonymity."""
    from accounts.audit_subjects import described_types

    kinds = set(
        AuditEntry.objects.filter(employer__isnull=False)
        .exclude(target_type="")
        .values_list("target_type", flat=True)
    )
    assert kinds and not kinds - described_types(), kinds - described_types()
    sign_in(client, world["roles"]["recruiter"])
    log = client.get(reverse("employers:audit_log")).content.decode()
    subjects = [
        " ".join(cell.split())
        for cell in re.findall(r'<td data-label="Objet">(.*?)</td>', log, re.DOTALL)
    ]
    assert len(subjects) >= 20
    assert not [subject for subject in subjects if re.fullmatch(r"[^«»]* n°\s*\d+", subject)]


def test_no_email_but_the_candidates_own_carries_an_identity(world):
    own = {EMAIL, OTHER_EMAIL, *LEAVING_EMAILS, PERSON_EMAIL}
    others = [m for m in mail.outbox if not set(m.to) <= own]
    assert others, "the world sends email to employers and advisers"
    assert [m for m in others if "résumé du jour" in m.subject], "recruiters' digests are read"
    assert not [(m.to, m.subject) for m in others if leaked(mail_text(m))]
    calendars = [m for m in others if any(a[0].endswith(".ics") for a in m.attachments)]
    assert calendars, "the panel's interview invitations are read too"


def test_the_recruiter_sees_the_redacted_free_text_not_the_original(client, world):
    sign_in(client, world["roles"]["recruiter"])
    url = reverse("applications:detail", args=[world["application"].pk])
    page = client.get(url).content.decode()
    assert "Django" in page
    assert not leaked(page)


def test_identity_appears_after_the_reveal_stage_with_an_audit_record(client, force_login, world):
    recruiter = world["roles"]["recruiter"]
    invited = Application.objects.get(pk=world["application"].pk)
    assert invited.stage == ApplicationStage.INTERVIEW  # invited in the world, not looked at
    sign_in(client, recruiter)
    url = reverse("applications:reveal", args=[world["application"].pk])
    confirmation = client.get(url).content.decode()
    assert 'name="confirm"' in confirmation and not leaked(confirmation)
    revealed = AuditEntry.objects.filter(
        action="identity.revealed", target_id=str(world["application"].pk)
    )
    assert not revealed.exists()  # the confirmation page reveals nothing
    response = client.post(url, {"confirm": "1"}, follow=True)
    assert "Quetzalcoatl-Ndiaye" in response.content.decode()
    assert EMAIL in response.content.decode()
    assert AuditEntry.objects.filter(
        action="identity.revealed", actor=recruiter, target_id=str(world["application"].pk)
    ).exists()


def test_the_recruiter_reads_the_candidates_message_and_the_date_without_identity(client, world):
    sign_in(client, world["roles"]["recruiter"])
    thread = client.get(reverse("applications:thread", args=[world["application"].pk]))
    page = thread.content.decode()
    assert "Pouvez-vous venir" in page and "Oui." in page
    assert not leaked(page)
    schedule = client.get(reverse("interviews:schedule", args=[world["application"].pk]))
    assert "heure de Paris" in schedule.content.decode()
    assert not leaked(schedule.content.decode())


def test_no_stage_change_the_candidate_timed_is_in_the_employers_log(world):
    """A hand-in (or the sitting's automatic end) moves the application to "assessed": its
    time, with the campaign's start, would tell how long the sitting lasted, hence extra time.
    Like the sitting itself, such a change is kept out of what the employer reads."""
    readable = AuditEntry.objects.filter(employer__isnull=False, action="application.stage_changed")
    assert readable.exists(), "the employer's own stage changes are still logged"
    assert not readable.filter(by_candidate=True).exists()
    assert not readable.filter(data__to="assessed").exists()
    assert AuditEntry.objects.filter(
        employer__isnull=True, action="application.stage_changed", data__to="assessed"
    ).exists(), "staff still see it"
