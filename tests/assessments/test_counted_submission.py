"""Which code submission counts: the last one made to each exercise, graded (pending while it
is being graded), at most MAX_SUBMISSIONS_PER_EXERCISE per exercise, said on the exercise page.
The candidate's results, the ranking, the recruiter's submissions page and the CSV export all
show that score."""

import re

import pytest
from django.urls import reverse
from django.utils import timezone

from assessments import submissions as code_submissions
from assessments.models import Submission
from assessments.results import (
    MAX_SUBMISSIONS_PER_EXERCISE,
    component_scores,
    component_scores_many,
)
from shortlists.scores import scores_by_application
from tests.assessments.factories import (
    AttemptFactory,
    CampaignFactory,
    ExerciseFactory,
    SubmissionFactory,
)
from tests.employers.factories import EmployerMembershipFactory
from tests.shortlists.factories import SelectionPolicyFactory
from tests.utils import signed_in

pytestmark = pytest.mark.django_db


def text(response) -> str:
    """What the response shows: tags and their attributes (CSRF tokens, nonces, URLs with ids,
    which may hold any digits) taken out."""
    return re.sub(r"<[^>]*>", " ", response.content.decode())


def shows(number: int, response) -> bool:
    return re.search(rf"(?<![\d.]){number}(?![\d])", text(response)) is not None


@pytest.fixture
def resubmitted(db):
    """A handed-in sitting whose exercise was submitted twice: 0.9, then 0.4."""
    exercise = ExerciseFactory()
    campaign = CampaignFactory(exercises=[exercise], weight_coding=1)
    attempt = AttemptFactory(campaign=campaign, submitted=True)
    application = attempt.application
    SubmissionFactory(application=application, exercise=exercise, graded=True, score=0.9)
    SubmissionFactory(application=application, exercise=exercise, graded=True, score=0.4)
    campaign.closed_at = timezone.now()
    campaign.save(update_fields=["closed_at"])
    return application, exercise


def test_the_last_submission_counts_not_the_best(resubmitted):
    application, _exercise = resubmitted
    assert component_scores(application)["coding"] == 0.4
    assert component_scores_many([application])[application.pk]["coding"] == 0.4


def test_a_last_submission_still_being_graded_leaves_the_score_pending(resubmitted):
    application, exercise = resubmitted
    SubmissionFactory(application=application, exercise=exercise)  # queued
    assert component_scores(application)["coding"] is None
    assert scores_by_application([application])[application.pk]["coding"] is None


def test_every_page_shows_the_counted_score(client, resubmitted):
    application, exercise = resubmitted
    member = EmployerMembershipFactory(employer=application.offer.employer).user
    SelectionPolicyFactory(
        offer=application.offer, weight_coding=100, weight_interview=0, locked=True
    )
    signed_in(client, member)
    offer_id = application.offer_id
    submissions = client.get(reverse("assessments:offer_submissions", args=[offer_id]))
    ranking = client.get(reverse("shortlists:ranking", args=[offer_id]))
    export = client.get(reverse("shortlists:export_results", args=[offer_id]))
    assert "40 %" in text(submissions) and "90 %" not in text(submissions)
    assert shows(40, ranking) and not shows(90, ranking)
    assert shows(40, export) and not shows(90, export)
    signed_in(client, application.candidate.user)
    results = client.get(reverse("assessments:attempt_results", args=[application.pk]))
    assert shows(40, results) and not shows(90, results)


def test_submissions_stop_at_the_cap_with_a_clear_page(client, db):
    exercise = ExerciseFactory()
    first = SubmissionFactory(exercise=exercise)
    application = first.application
    for _ in range(MAX_SUBMISSIONS_PER_EXERCISE - 2):
        SubmissionFactory(application=application, exercise=exercise)
    signed_in(client, application.candidate.user)
    page_url = reverse("assessments:exercise_detail", args=[application.pk, exercise.slug])
    page = client.get(page_url).content.decode()
    assert 'data-vivier-submissions-left="1"' in page
    assert "c'est votre dernière soumission qui compte" in page
    submit_url = reverse("assessments:submit", args=[application.pk, exercise.slug])
    assert client.post(submit_url, {"code": "print(1)\n"}).status_code == 302
    refused = client.post(submit_url, {"code": "print(2)\n"})
    assert refused.status_code == 409
    body = refused.content.decode()
    assert "les 5 soumissions permises" in body and "<h1>" in body
    assert ">Soumettre</button>" not in body
    assert Submission.objects.filter(application=application).count() == 5
    with pytest.raises(code_submissions.SubmissionLimitReached):
        code_submissions.submit(application, exercise, "print(3)\n", user=None)
