"""After the hand-in (or the end of the time, or before the start) a campaign exercise is read
only: its page shows why and the last code, with no « Soumettre »; a post that arrives anyway
gets that page with a 409 (a form), a JSON error (the autosave) or a reload (htmx), never a
bare text page."""

import html

import pytest
from django.urls import reverse

from assessments import campaigns
from tests.assessments.factories import CampaignFactory, CodeDraftFactory, ExerciseFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def handed_in(candidate_client, application):
    exercise = ExerciseFactory()
    CampaignFactory(offer=application.offer, exercises=[exercise])
    attempt = campaigns.start_attempt(application, user=None)
    CodeDraftFactory(application=application, exercise=exercise, code="print('mon code')\n")
    campaigns.submit_attempt(attempt, user=None)
    return [application.pk, exercise.slug]


def test_the_exercise_page_is_read_only_after_the_hand_in(candidate_client, handed_in):
    page = candidate_client.get(reverse("assessments:exercise_detail", args=handed_in))
    body = html.unescape(page.content.decode())
    assert page.status_code == 200
    assert "data-vivier-exercise-locked" in body
    assert ">Soumettre</button>" not in body and "Lancer les exemples" not in body
    assert "print('mon code')" in body


def test_a_late_form_post_gets_the_read_only_page_with_a_409(candidate_client, handed_in):
    response = candidate_client.post(
        reverse("assessments:submit", args=handed_in), {"code": "print(2)"}
    )
    assert response.status_code == 409
    assert response["Content-Type"].startswith("text/html")
    body = response.content.decode()
    assert "<h1>" in body and "data-vivier-exercise-locked" in body


def test_a_late_autosave_gets_a_json_error(candidate_client, handed_in):
    response = candidate_client.post(
        reverse("assessments:autosave", args=handed_in), {"code": "print(2)"}
    )
    assert response.status_code == 409
    assert response.json()["error"]


def test_a_late_live_request_reloads_the_page(candidate_client, handed_in):
    response = candidate_client.post(
        reverse("assessments:run_samples", args=handed_in),
        {"code": "print(2)"},
        HTTP_HX_REQUEST="true",
    )
    assert response.status_code == 409
    assert response["HX-Refresh"] == "true"


# An offer with a campaign is assessed on the campaign's exercises only ------------------------


@pytest.fixture
def outside(candidate_client, application):
    """An exercise of the library that the offer's campaign does not hold."""
    CampaignFactory(offer=application.offer, exercises=[ExerciseFactory()])
    return [application.pk, ExerciseFactory().slug]


def test_the_list_of_a_campaign_offer_shows_only_the_campaign_s_exercises(
    candidate_client, application, outside
):
    page = candidate_client.get(reverse("assessments:exercise_list", args=[application.pk]))
    assert outside[1] not in page.content.decode()


def test_an_exercise_outside_the_campaign_takes_no_code_before_nor_after_the_hand_in(
    candidate_client, application, outside
):
    """The walk handed in, then submitted another library exercise, which the recruiter saw
    among the assessment's submissions."""
    for moment in ("before", "after"):
        if moment == "after":
            attempt = campaigns.start_attempt(application, user=None)
            campaigns.submit_attempt(attempt, user=None)
        response = candidate_client.post(
            reverse("assessments:submit", args=outside), {"code": "print(2)"}
        )
        assert response.status_code == 409, moment
        assert "ne fait pas partie" in html.unescape(response.content.decode())
    assert not application.submissions.exists()


def test_an_offer_without_a_campaign_keeps_the_free_choice_of_exercises(
    candidate_client, application
):
    exercise = ExerciseFactory()
    page = candidate_client.get(reverse("assessments:exercise_list", args=[application.pk]))
    assert exercise.slug in page.content.decode()
