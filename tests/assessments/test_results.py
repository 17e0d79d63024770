"""Scores per component, per competency and overall; the candidate sees them once the
campaign is closed."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from assessments import campaigns
from assessments.models import SjtAnswer
from assessments.results import attempt_results, component_scores, component_scores_many
from tests.assessments.factories import (
    AttemptFactory,
    CampaignFactory,
    ExerciseFactory,
    SjtScenarioFactory,
    SubmissionFactory,
    WrittenAnswerFactory,
    WrittenReviewFactory,
)
from tests.candidates.factories import ApplicationFactory
from tests.utils import signed_in

pytestmark = pytest.mark.django_db


def test_without_a_campaign_coding_is_the_mean_of_the_last_scores(application):
    first, second = ExerciseFactory(), ExerciseFactory()
    SubmissionFactory(application=application, exercise=first, graded=True, score=0.25)
    SubmissionFactory(application=application, exercise=first, graded=True, score=0.75)
    SubmissionFactory(application=application, exercise=second, graded=True, score=0.5)
    assert component_scores(application) == {"coding": 0.625, "sjt": None, "written": None}


def test_nothing_is_known_before_anything_is_done(application):
    assert component_scores(application) == {"coding": None, "sjt": None, "written": None}


@pytest.fixture
def attempt():
    scenarios = [SjtScenarioFactory(competency="teamwork"), SjtScenarioFactory()]
    exercise = ExerciseFactory()
    campaign = CampaignFactory(scenarios=scenarios, exercises=[exercise], weight_coding=2)
    attempt = AttemptFactory(campaign=campaign, submitted=True)
    SjtAnswer.objects.create(attempt=attempt, scenario=scenarios[0], most="a", least="d")
    SjtAnswer.objects.create(attempt=attempt, scenario=scenarios[1], most="b", least="c")
    SubmissionFactory(application=attempt.application, exercise=exercise, graded=True, score=0.5)
    return attempt


def test_scores_per_component_after_the_sitting(attempt):
    answer = WrittenAnswerFactory(attempt=attempt)
    WrittenReviewFactory(answer=answer, level=4)
    WrittenReviewFactory(answer=answer, level=5)
    scores = component_scores(attempt.application)
    # sjt: (1.0 + 0.625) / 2 ; written: mean level 4.5 → 0.875 ; coding 0.5
    assert scores == {"coding": 0.5, "sjt": pytest.approx(0.8125), "written": 0.875}


def test_the_written_score_waits_for_two_reviews(attempt):
    WrittenReviewFactory(answer=WrittenAnswerFactory(attempt=attempt), level=4)
    outcome = attempt_results(attempt)
    assert outcome.scores["written"] is None
    assert outcome.overall is None


def test_an_unanswered_item_counts_zero(attempt):
    scores = component_scores(attempt.application)  # the written question is unanswered
    assert scores["written"] == 0.0


def test_overall_and_per_competency(attempt):
    answer = WrittenAnswerFactory(attempt=attempt)  # question competency: teamwork
    WrittenReviewFactory(answer=answer, level=3)
    WrittenReviewFactory(answer=answer, level=3)
    outcome = attempt_results(attempt)
    # weights coding 2, sjt 1, written 1: (0.5 × 2 + 0.8125 + 0.5) / 4
    assert outcome.overall == pytest.approx(0.578125)
    # teamwork: SJT 1.0 and written 0.5 ; client orientation: SJT 0.625
    assert outcome.by_competency == {"teamwork": 0.75, "client_orientation": 0.625}


def test_a_sitting_in_progress_gives_no_soft_skill_score(application):
    CampaignFactory(offer=application.offer)
    campaigns.start_attempt(application, user=None)
    assert component_scores(application)["sjt"] is None


def results_page(client, attempt):
    signed_in(client, attempt.application.candidate.user)
    url = reverse("assessments:attempt_results", args=[attempt.application.pk])
    return client.get(url).content.decode()


def test_results_stay_hidden_until_the_campaign_closes(client, attempt):
    html = results_page(client, attempt)
    assert "seront visibles à la clôture" in html
    assert "data-vivier-overall" not in html


def test_results_show_once_the_employer_closes(client, attempt):
    campaigns.close_campaign(attempt.campaign.offer, user=None)
    html = results_page(client, attempt)
    assert "data-vivier-overall" in html
    assert "81 / 100" in html  # the SJT part
    assert "Orientation client" in html


def test_results_show_once_the_deadline_passed(client, attempt):
    attempt.campaign.deadline = timezone.now() - timedelta(minutes=1)
    attempt.campaign.save()
    assert "data-vivier-overall" in results_page(client, attempt)


def test_scores_of_many_applications_at_once_are_those_of_each(attempt, application):
    """The ranking reads every application's scores in a fixed number of queries: the batch
    must agree with the one-by-one computation, application by application."""
    answer = WrittenAnswerFactory(attempt=attempt)
    WrittenReviewFactory(answer=answer, level=2)
    WrittenReviewFactory(answer=answer, level=5)
    SubmissionFactory(application=application, graded=True, score=0.25)
    nothing_yet = ApplicationFactory()
    applications = [attempt.application, application, nothing_yet]

    many = component_scores_many(applications)

    assert many == {a.pk: component_scores(a) for a in applications}
    assert many[attempt.application.pk]["written"] == pytest.approx(0.625)


# -- « En attente »: said only of what is pending ---------------------------------------------

WRITTEN_PENDING = "« En attente » : les relectures de vos réponses écrites"
CODE_PENDING = "« En attente » : la correction de vos exercices de code"


def closed_results_page(client, attempt):
    campaigns.close_campaign(attempt.campaign.offer, user=None)
    return results_page(client, attempt)


def test_nothing_pending_no_pending_note(client, attempt):
    answer = WrittenAnswerFactory(attempt=attempt)
    WrittenReviewFactory(answer=answer, level=3)
    WrittenReviewFactory(answer=answer, level=4)
    page = closed_results_page(client, attempt)
    assert "data-vivier-overall" in page
    assert "En attente" not in page


def test_without_written_questions_no_note_about_reviews(client):
    campaign = CampaignFactory(scenarios=[SjtScenarioFactory()], questions=[])
    attempt = AttemptFactory(campaign=campaign, submitted=True)
    page = closed_results_page(client, attempt)
    assert "data-vivier-overall" in page
    assert "En attente" not in page


def test_reviews_still_to_come_are_said_to_be_pending(client, attempt):
    WrittenReviewFactory(answer=WrittenAnswerFactory(attempt=attempt), level=4)
    page = closed_results_page(client, attempt)
    assert WRITTEN_PENDING in page
    assert CODE_PENDING not in page


def test_code_still_being_graded_is_said_to_be_pending(client, attempt):
    exercise = attempt.campaign.exercises.get()
    SubmissionFactory(application=attempt.application, exercise=exercise)  # queued
    page = closed_results_page(client, attempt)
    assert CODE_PENDING in page
    assert WRITTEN_PENDING not in page
