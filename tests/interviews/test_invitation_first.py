"""An interview is planned and scheduled only for an application the recruiter invited to
interview (the decision « Inviter en entretien », stage « Invité·e en entretien »), or one
shortlisted since; before that the service refuses with a message saying what to do, the page
shows it (never a 500), and no page offers the action."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from candidates.enums import ApplicationStage
from interviews import scheduling, sessions
from interviews.models import Interview, InterviewError
from tests.candidates.factories import ApplicationFactory
from tests.interviews.conftest import logged_in, plan

pytestmark = pytest.mark.django_db

NOT_INVITED = "Invitez d'abord la personne en entretien"


@pytest.mark.parametrize("stage", [ApplicationStage.INTERVIEW, ApplicationStage.SHORTLISTED])
def test_an_invited_or_shortlisted_application_may_be_interviewed(team, stage):
    interview = plan(team, stage=stage)
    assert interview.stage == stage


@pytest.mark.parametrize("stage", [ApplicationStage.APPLIED, ApplicationStage.ASSESSED])
def test_an_application_not_invited_yet_is_refused_with_what_to_do(team, stage):
    with pytest.raises(InterviewError, match=NOT_INVITED):
        plan(team, stage=stage)
    assert not Interview.objects.exists()


@pytest.mark.parametrize("stage", [ApplicationStage.REJECTED, ApplicationStage.HIRED])
def test_a_decided_application_is_refused(team, stage):
    with pytest.raises(InterviewError, match="n'est plus en cours"):
        plan(team, stage=stage)


def test_the_page_refuses_an_application_not_invited_with_a_message(team):
    application = ApplicationFactory(offer=team.offer, stage=ApplicationStage.ASSESSED)
    response = logged_in(team.alice).post(
        reverse("interviews:interview_create", args=[team.offer.pk]),
        {"application": application.pk, "panel": [team.alice.pk], "lead": team.alice.pk},
    )
    assert response.status_code == 200
    assert "application" in response.context["form"].errors
    assert not Interview.objects.exists()


def test_the_offers_interviews_page_offers_planning_only_once_someone_is_invited(team):
    client = logged_in(team.alice)
    url = reverse("interviews:offer_interviews", args=[team.offer.pk])
    create = reverse("interviews:interview_create", args=[team.offer.pk])
    ApplicationFactory(offer=team.offer, stage=ApplicationStage.ASSESSED)

    page = client.get(url).content.decode()
    assert create not in page
    assert "invitez d'abord une personne en entretien" in page.replace("&#x27;", "'")

    ApplicationFactory(offer=team.offer, stage=ApplicationStage.INTERVIEW)
    assert create in client.get(url).content.decode()


def test_the_planning_page_lists_only_invited_applications(team):
    waiting = ApplicationFactory(offer=team.offer, stage=ApplicationStage.ASSESSED)
    invited = ApplicationFactory(offer=team.offer, stage=ApplicationStage.INTERVIEW)
    page = logged_in(team.alice).get(reverse("interviews:interview_create", args=[team.offer.pk]))
    text = page.content.decode()
    assert invited.pseudonym in text and waiting.pseudonym not in text


def interview_planned_before_the_rule(team, stage=ApplicationStage.ASSESSED) -> Interview:
    """An interview of an application never invited (planned before the rule held)."""
    application = ApplicationFactory(offer=team.offer, stage=stage)
    interview = Interview.objects.create(
        application=application, stage=stage, grid_version=team.grid, lead=team.alice
    )
    interview.panel.create(user=team.alice)
    return interview


def test_dates_are_not_proposed_for_an_application_not_invited(team):
    interview = interview_planned_before_the_rule(team)
    starts = timezone.now() + timedelta(days=3)
    slot = scheduling.SlotData(starts_at=starts, ends_at=starts + timedelta(hours=1))
    with pytest.raises(scheduling.SchedulingError, match=NOT_INVITED):
        scheduling.propose_slots(
            interview, slots=[slot], place="Salle 2", attendees=[team.alice], by=team.alice
        )


def test_the_session_page_offers_no_date_for_an_application_not_invited(team):
    interview = interview_planned_before_the_rule(team)
    schedule = reverse("interviews:schedule", args=[interview.application_id])
    session = reverse("interviews:session", args=[interview.application_id])
    listing = reverse("interviews:offer_interviews", args=[team.offer.pk])
    client = logged_in(team.alice)
    assert schedule not in client.get(session).content.decode()
    assert schedule not in client.get(listing).content.decode()
    page = client.get(schedule)
    assert page.status_code == 200
    assert NOT_INVITED in page.content.decode().replace("&#x27;", "'")


def test_the_invitation_decision_then_the_interview(team):
    """The way through the services: invited by the decision, then planned."""
    from shortlists.decisions import decide
    from tests.shortlists.factories import SelectionPolicyFactory

    SelectionPolicyFactory(offer=team.offer, locked=True)
    application = ApplicationFactory(offer=team.offer, stage=ApplicationStage.ASSESSED)
    decide(application, kind="advance", reason="skills_shown", by=team.admin)
    interview = sessions.create_interview(
        application, panel=[team.alice], lead=team.alice, by=team.admin
    )
    assert interview.stage == ApplicationStage.INTERVIEW
