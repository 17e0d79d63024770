"""Handing in the assessment asks for a confirmation that says what happens, and the
candidate's pages say when results show (the campaign's closing date) and why."""

import pytest
from django.urls import reverse
from django.utils import formats, timezone

from assessments.models import Attempt
from tests.assessments.factories import AttemptFactory, CampaignFactory
from tests.assessments.test_attempts import answers, start, url

pytestmark = pytest.mark.django_db

SAME_FOOTING = "sur un pied d'égalité"


@pytest.fixture
def campaign(application):
    return CampaignFactory(offer=application.offer, duration_minutes=30)


def closing_day(campaign):
    return formats.date_format(timezone.localtime(campaign.deadline), "DATE_FORMAT")


def test_the_hand_in_button_asks_for_a_confirmation(candidate_client, application, campaign):
    start(candidate_client, application)
    data = {**answers(campaign), "finish": "1"}
    response = candidate_client.post(url("attempt_save", application), data)
    assert response.url == url("attempt_hand_in", application)
    assert Attempt.objects.get().is_open


def test_the_hand_in_button_saves_the_answers_first(candidate_client, application, campaign):
    start(candidate_client, application)
    data = {**answers(campaign, text="Dernier mot."), "finish": "1"}
    candidate_client.post(url("attempt_save", application), data)
    assert Attempt.objects.get().written_answers.get().text == "Dernier mot."


def test_the_confirmation_says_what_happens(candidate_client, application, campaign):
    start(candidate_client, application)
    page = candidate_client.get(url("attempt_hand_in", application)).content.decode()
    assert "vous ne pourrez plus modifier vos réponses" in page
    assert closing_day(campaign) in page
    assert SAME_FOOTING in page
    assert 'type="checkbox" name="confirm"' in page


def test_handing_in_without_ticking_the_box_hands_nothing_in(
    candidate_client, application, campaign
):
    start(candidate_client, application)
    response = candidate_client.post(url("attempt_hand_in", application), {})
    assert response.status_code == 400
    assert Attempt.objects.get().is_open


def test_confirmed_hand_in_hands_in(candidate_client, application, campaign):
    start(candidate_client, application)
    response = candidate_client.post(url("attempt_hand_in", application), {"confirm": "on"})
    assert response.url == url("campaign_home", application)
    assert Attempt.objects.get().status == "submitted"
    application.refresh_from_db()
    assert application.stage == "assessed"


def test_the_confirmation_of_a_handed_in_attempt_leads_home(
    candidate_client, application, campaign
):
    AttemptFactory(application=application, campaign=campaign, submitted=True)
    response = candidate_client.get(url("attempt_hand_in", application))
    assert response.url == url("campaign_home", application)


def test_before_starting_the_candidate_is_told_when_and_why_results_show(
    candidate_client, application, campaign
):
    page = candidate_client.get(url("campaign_home", application)).content.decode()
    assert closing_day(campaign) in page
    assert SAME_FOOTING in page


def test_after_handing_in_the_candidate_is_told_when_and_why_results_show(
    candidate_client, application, campaign
):
    AttemptFactory(application=application, campaign=campaign, submitted=True)
    for name in ("campaign_home", "attempt_results"):
        page = candidate_client.get(url(name, application)).content.decode()
        assert closing_day(campaign) in page
        assert SAME_FOOTING in page


def test_after_handing_in_the_home_page_speaks_of_the_assessment_in_the_past(
    candidate_client, application, campaign
):
    page = candidate_client.get(url("campaign_home", application)).content.decode()
    assert "Vous passez cette évaluation" in page
    AttemptFactory(application=application, campaign=campaign, submitted=True)
    page = candidate_client.get(url("campaign_home", application)).content.decode()
    assert "Vous avez passé cette évaluation" in page and "Vous passez" not in page


def test_the_hand_in_confirmation_is_for_signed_in_candidates(client, application):
    response = client.get(reverse("assessments:attempt_hand_in", args=[application.pk]))
    assert response.url.startswith(reverse("account_login"))
