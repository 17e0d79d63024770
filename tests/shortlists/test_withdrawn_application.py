"""A withdrawn application, as the employer sees it: no decision to take, no interview to plan,
no message to send, each said with its reason (the person withdrew), on the pages and in the
services alike."""

import html

import pytest
from django.core import mail
from django.test import Client, TestCase
from django.urls import reverse

from candidates.enums import ApplicationStage
from candidates.withdrawal import withdraw_application
from interviews import scheduling
from shortlists import decisions, threads
from shortlists.enums import REASONS_FOR, DecisionKind
from shortlists.models import Message
from tests.candidates.factories import ApplicationFactory
from tests.interviews.conftest import build_team, logged_in, plan
from tests.interviews.test_scheduling import propose
from tests.utils import signed_in

pytestmark = pytest.mark.django_db

WITHDREW = "La personne a retiré sa candidature"


@pytest.fixture
def team():
    team = build_team()
    application = ApplicationFactory(offer=team.offer, stage=ApplicationStage.INTERVIEW)
    team.interview, team.application = plan(team, application=application), application
    team.candidate = signed_in(Client(), application.candidate.user)
    withdraw_application(application, by=application.candidate.user)
    application.refresh_from_db()
    return team


def page_of(client, name, application) -> str:
    response = client.get(reverse(name, args=[application.pk]), follow=True)
    return html.unescape(response.content.decode())


def test_the_application_page_offers_no_decision_and_says_messaging_is_closed(team):
    page = page_of(logged_in(team.admin), "applications:detail", team.application)

    assert reverse("shortlists:decide", args=[team.application.pk]) not in page
    assert f"{WITHDREW} : il n'y a pas de décision à prendre." in page
    assert f"{WITHDREW} : vous ne pouvez plus lui écrire." in page
    assert "Écrire à la personne candidate" not in page


def test_the_decision_page_sends_back_with_the_withdrawal_as_the_reason(team):
    page = page_of(logged_in(team.admin), "shortlists:decide", team.application)

    assert f"{WITHDREW} : il n'y a pas de décision à prendre." in page
    assert "décision finale" not in page


def test_the_decision_service_refuses_with_the_withdrawal_as_the_reason(team):
    with pytest.raises(decisions.SelectionError, match=WITHDREW):
        decisions.decide(
            team.application,
            kind=DecisionKind.REJECT,
            reason=next(iter(REASONS_FOR[DecisionKind.REJECT])),
            by=team.admin,
        )


def test_the_thread_shows_no_form_and_a_message_is_refused_without_any_email(team):
    client = logged_in(team.admin)
    url = reverse("applications:thread", args=[team.application.pk])
    page = html.unescape(client.get(url).content.decode())
    assert f"{WITHDREW} : vous ne pouvez plus lui écrire." in page
    assert "<textarea" not in page
    mail.outbox.clear()

    with TestCase.captureOnCommitCallbacks(execute=True):
        response = client.post(url, {"text": "Êtes-vous toujours disponible ?"})

    assert WITHDREW in html.unescape(response.content.decode())
    assert not Message.objects.exists() and not mail.outbox


def test_the_message_service_refuses_with_the_withdrawal_as_the_reason(team):
    with pytest.raises(threads.MessageError, match=WITHDREW):
        threads.send_employer_message(team.application, "Bonjour", by=team.admin)


def test_the_planning_page_shows_no_form_and_proposing_is_refused_with_the_reason(team):
    page = page_of(logged_in(team.alice), "interviews:schedule", team.application)
    assert f"{WITHDREW} : il n'y a plus d'entretien à planifier." in page
    assert "Proposer les créneaux" not in page

    response = propose(team)

    assert WITHDREW in html.unescape(response.content.decode())
    assert scheduling.meeting_of(team.interview) is None


def test_the_planning_service_refuses_with_the_withdrawal_as_the_reason(team):
    with pytest.raises(scheduling.SchedulingError, match=WITHDREW):
        scheduling.propose_slots(team.interview, slots=[], attendees=[team.alice], by=team.alice)
