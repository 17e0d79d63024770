"""« Vos résultats seront visibles à la clôture de l'évaluation »: the promise holds on every
candidate page, in the decision email and in the data export, all reading one rule
(`assessments.results.withheld_until`). Recruiters see scores as before; an offer without a
campaign (practice exercises) shows code scores at once."""

import json
from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from assessments import live, results
from assessments.enums import AttemptStatus
from shortlists import decisions
from shortlists.enums import DecisionKind, DecisionReason
from tests.assessments.factories import (
    AttemptFactory,
    CampaignFactory,
    ExerciseFactory,
    SubmissionFactory,
)
from tests.shortlists.factories import SelectionPolicyFactory
from tests.utils import signed_in

pytestmark = pytest.mark.django_db

HALF = dict(
    score=0.5,
    verdicts=[
        {"name": "petits", "verdict": "AC", "time_s": 0.01, "weight": 1},
        {"name": "grands", "verdict": "WA", "time_s": 0.01, "weight": 1},
    ],
)


@pytest.fixture
def sitting(db):
    """A candidate who handed in a campaign still open for others, with a graded exercise."""
    exercise = ExerciseFactory()
    campaign = CampaignFactory(exercises=[exercise], weight_coding=1)
    attempt = AttemptFactory(campaign=campaign, submitted=True)
    submission = SubmissionFactory(
        application=attempt.application, exercise=exercise, graded=True, **HALF
    )
    return attempt, submission


def close(campaign):
    campaign.closed_at = timezone.now()
    campaign.save(update_fields=["closed_at"])


def candidate_pages(client, attempt, submission) -> dict[str, str]:
    application = attempt.application
    urls = [
        reverse("assessments:submission_detail", args=[submission.pk]),
        reverse("assessments:submission_status", args=[submission.pk]),
        reverse("assessments:exercise_detail", args=[application.pk, submission.exercise.slug]),
        reverse("assessments:attempt_results", args=[application.pk]),
    ]
    return {url: client.get(url).content.decode() for url in urls}


def test_no_candidate_page_shows_a_score_before_the_closing(client, sitting):
    attempt, submission = sitting
    signed_in(client, attempt.application.candidate.user)
    for url, page in candidate_pages(client, attempt, submission).items():
        assert "50 %" not in page and "50\u202f%" not in page, url
        assert "verdict-wa" not in page, url
        assert "data-vivier-results-timing" in page, url
    state = live.submission_state(submission.pk, attempt.application.candidate.user)
    assert "50" not in state["html"] and "data-vivier-results-timing" in state["html"]


def test_every_candidate_page_shows_the_scores_after_the_closing(client, sitting):
    attempt, submission = sitting
    close(attempt.campaign)
    signed_in(client, attempt.application.candidate.user)
    pages = candidate_pages(client, attempt, submission)
    detail = pages[reverse("assessments:submission_detail", args=[submission.pk])]
    assert "50" in detail and "verdict-wa" in detail
    assert "data-vivier-results-timing" not in detail


def test_the_data_export_holds_code_scores_back_until_the_closing(client, sitting):
    attempt, _submission = sitting
    signed_in(client, attempt.application.candidate.user)
    before = json.loads(client.get(reverse("candidates:export_data")).content)
    close(attempt.campaign)
    after = json.loads(client.get(reverse("candidates:export_data")).content)
    text_before, text_after = json.dumps(before), json.dumps(after)
    assert '"score": null' in text_before and "score_available_from" in text_before
    assert '"score": 0.5' in text_after


def test_a_decision_email_before_the_closing_carries_no_assessment_score(
    sitting, django_capture_on_commit_callbacks
):
    attempt, _submission = sitting
    application = attempt.application
    application.stage = "assessed"
    application.save(update_fields=["stage"])
    SelectionPolicyFactory(offer=application.offer, locked=True)
    with django_capture_on_commit_callbacks(execute=True):
        decisions.decide(
            application,
            kind=DecisionKind.REJECT,
            reason=DecisionReason.STRONGER_RESULTS,
            by=None,
        )
    (email,) = mail.outbox
    assert "50,0 / 100" not in email.body and "50.0 / 100" not in email.body
    assert "visible à la clôture de l'évaluation" in email.body


def test_practice_without_a_campaign_is_graded_in_front_of_the_candidate(client, db):
    submission = SubmissionFactory(graded=True, **HALF)
    assert results.withheld_until(submission.application) is None
    signed_in(client, submission.application.candidate.user)
    page = client.get(reverse("assessments:submission_detail", args=[submission.pk]))
    assert "50" in page.content.decode()


def test_the_rule_is_the_closing_of_the_campaign_sat(sitting):
    attempt, _submission = sitting
    campaign = attempt.campaign
    assert results.withheld_until(attempt.application) == campaign.deadline
    after_deadline = campaign.deadline + timedelta(seconds=1)
    assert results.withheld_until(attempt.application, now=after_deadline) is None
    assert attempt.status == AttemptStatus.SUBMITTED
