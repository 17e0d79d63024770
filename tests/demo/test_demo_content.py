"""What a newcomer finds after seed_demo: published fairness figures, a ranking with a tie,
interviews with scores, hires followed up, an adviser's referrals, a candidate at several
stages; and a second run adds nothing."""

import io

import pytest
from allauth.mfa.utils import is_mfa_enabled
from django.apps import apps
from django.core.management import call_command
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from accounts.models import User
from advisers.models import ApplicationOnBehalf, Invitation, Referral
from assessments.campaigns import current_campaign
from assessments.models import Exercise
from assessments.reuse import certifiable_results, reusable_results
from candidates.models import Application, Identity
from demo.data import ACCOUNTS, DEMO_PASSWORD, EMPLOYER_NAME
from employers.models import Employer, Offer
from fairness import services as fairness
from interviews.enums import MeetingStatus
from interviews.grids import current_version
from interviews.models import ConsensusRating, Interview, Meeting, Score
from shortlists.decisions import ranked_applications
from shortlists.models import Message
from shortlists.policies import current_policy

PYTHON_OFFER = "Développeur·se web Python (H/F)"
TOTP_COMMAND = "DJANGO_DEBUG=1 .venv/bin/python manage.py demo_totp recruteuse@vivier.demo"


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """The demo data, loaded once for this module's tests (each runs in its own transaction
    on top, rolled back) and rolled back after them; the command's output."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            output = io.StringIO()
            call_command("seed_demo", "--force", stdout=output)
            yield output.getvalue()
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


@pytest.fixture
def python_offer(demo, db):
    return Offer.objects.get(title=PYTHON_OFFER)


def published(tables):
    return [
        figure
        for table in tables
        for attribute in table.attributes
        if not attribute.withheld_because
        for figure in attribute.groups
        if not figure.suppressed
    ]


def test_the_fairness_report_of_the_python_offer_publishes_figures(python_offer):
    figures = published(fairness.funnel_report(python_offer.applications.all()))
    assert len(figures) >= 2
    assert all(figure.n >= 10 for figure in figures)


def test_the_ranking_has_ten_rows_and_a_tie(python_offer):
    rows = ranked_applications(python_offer, current_policy(python_offer))
    assert len([row for row in rows if row.total is not None]) >= 10
    assert any(row.tied for row in rows)


def test_interviews_have_panel_scores_and_a_consensus(python_offer):
    interviews = Interview.objects.filter(application__offer=python_offer)
    assert Score.objects.filter(panel_member__interview__in=interviews).exists()
    assert ConsensusRating.objects.filter(interview__in=interviews).exists()
    statuses = set(interviews.values_list("status", flat=True))
    assert {"draft", "scoring", "revealed", "consensus_done"} <= statuses


def test_hires_are_followed_up_and_the_retention_figure_is_published(demo, db):
    employer = Employer.objects.get(name=EMPLOYER_NAME)
    hired = Application.objects.filter(offer__employer=employer, stage="hired")
    six_months = fairness.retention_report(hired)[0]
    assert (six_months.milestone, six_months.withheld) == (6, False)
    assert six_months.answered >= 10


def test_a_demo_candidate_has_applications_at_several_stages(demo, db):
    stages = set(
        Application.objects.filter(candidate__user__email="candidat4@vivier.demo").values_list(
            "stage", flat=True
        )
    )
    assert len(stages) >= 3


def test_the_adviser_has_invitations_and_followed_referrals(demo, db):
    adviser = User.objects.get(email="conseiller@vivier.demo")
    assert Invitation.objects.of_adviser(adviser).count() > Referral.objects.count() > 0
    assert Referral.objects.filter(consent=True).exists()


def test_candidates_have_plausible_distinct_identities(demo, db):
    names = list(Identity.objects.exclude(last_name="").values_list("first_name", "last_name"))
    assert len(names) >= 40
    assert len(set(names)) == len(names)


def test_running_seed_demo_twice_creates_nothing_more(demo, settings, db):
    settings.DEBUG = True
    models = [m for m in apps.get_models() if m._meta.app_label not in {"sessions"}]
    before = {m._meta.label: m.objects.count() for m in models}
    call_command("seed_demo")
    assert {m._meta.label: m.objects.count() for m in models} == before
    emails = [account.email for account in ACCOUNTS]
    assert User.objects.filter(email__in=emails).count() == len(ACCOUNTS)


def test_every_interview_has_a_date_agreed_or_proposed(python_offer):
    """Interviews that were scored took place on a date the candidate chose; a planned one
    waits for the candidate to choose among dates to come."""
    now = timezone.now()
    for interview in Interview.objects.filter(application__offer__employer=python_offer.employer):
        meeting = Meeting.objects.get(interview=interview)
        if interview.status == "draft":
            assert meeting.status == MeetingStatus.PROPOSED
            assert all(slot.starts_at > now for slot in meeting.open_slots)
        else:
            assert meeting.status == MeetingStatus.SCHEDULED
            assert meeting.chosen_slot.starts_at < now


def test_a_demo_candidate_has_a_message_thread_with_the_recruiter(demo, db):
    messages = Message.objects.filter(application__candidate__user__email="candidat4@vivier.demo")
    assert {message.from_candidate for message in messages} == {True, False}


def test_the_adviser_applied_once_on_behalf_of_a_person_with_consent(demo, db):
    record = ApplicationOnBehalf.objects.get()
    assert record.consent_recorded_by.email == "conseiller@vivier.demo"
    assert record.referral.application.candidate.user.email == "personne.aidee@example.org"


def test_a_demo_candidate_has_a_result_to_reuse_and_to_certify(python_offer):
    """candidate1 took another employer's assessment, now closed: the scenario it shares with
    the Python offer can be reused there, and the result certified."""
    application = Application.objects.get(
        offer=python_offer, candidate__user__email="candidate1@vivier.demo"
    )
    assert reusable_results(application, current_campaign(python_offer))
    assert certifiable_results(application.candidate_id)


def test_the_demo_employer_has_a_checked_exercise_of_its_own(demo, db):
    """« Exercices de l'entreprise »: ready to go into an assessment of the employer only."""
    employer = Employer.objects.get(name=EMPLOYER_NAME)
    exercise = Exercise.objects.get(employer=employer, is_current=True)
    assert exercise.title_fr == "Frais de livraison" and exercise.is_usable
    assert list(Exercise.objects.usable_by(employer).filter(employer=employer)) == [exercise]
    assert exercise.validations.get().passed


def test_the_demo_has_published_offers_in_two_departments_and_two_drafts(demo, db):
    published = Offer.objects.publicly_visible()
    assert published.count() >= 3
    assert len({offer.department for offer in published}) >= 2
    assert Offer.objects.filter(status="draft").count() == 2
    python_offer = published.get(title__startswith="Développeur·se web Python")
    assert python_offer.applications.count() >= 30
    assert current_version(python_offer) is not None


def test_demo_recruiters_and_advisers_come_enrolled_in_mfa(demo, db):
    for email in ["recruteuse@vivier.demo", "conseiller@vivier.demo"]:
        assert is_mfa_enabled(User.objects.get(email=email))


def test_seed_demo_prints_the_code_command_as_it_works(demo):
    assert TOTP_COMMAND in demo


def test_demo_recruiter_logs_in_with_the_printed_code(demo, client, settings, capsys):
    settings.DEBUG = True
    call_command("demo_totp", "recruteuse@vivier.demo")
    code = capsys.readouterr().out.strip().splitlines()[-1]
    client.post(
        reverse("account_login"),
        {"login": "recruteuse@vivier.demo", "password": DEMO_PASSWORD},
    )
    client.post(reverse("mfa_authenticate"), {"code": code})
    assert client.get(reverse("employers:dashboard")).status_code == 200
