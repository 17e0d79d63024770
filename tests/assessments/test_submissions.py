"""Submitting code: saved first, graded once in the background, never blamed for our faults."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from assessments import grading_runs, submissions, tasks
from assessments.enums import SubmissionStatus
from assessments.models import InvalidTransition, Submission
from assessments.tasks import grade_submission_task
from tests.assessments.factories import SUM_SOLUTION, ExerciseFactory, SubmissionFactory

pytestmark = pytest.mark.django_db


def submit_url(application, exercise):
    return reverse("assessments:submit", args=[application.pk, exercise.slug])


def test_the_submission_is_saved_even_when_grading_blows_up(
    candidate_client, application, django_capture_on_commit_callbacks
):
    exercise = ExerciseFactory(language="cobol")  # the grader knows no such language
    with django_capture_on_commit_callbacks(execute=True):
        response = candidate_client.post(submit_url(application, exercise), {"code": "DISPLAY"})

    submission = Submission.objects.get()
    assert response.url == reverse("assessments:submission_detail", args=[submission.pk])
    assert submission.code == "DISPLAY"
    assert submission.status == SubmissionStatus.FAILED
    assert "grading error" in submission.failure_reason


def test_submitting_also_keeps_the_code_as_the_draft(candidate_client, application, exercise):
    candidate_client.post(submit_url(application, exercise), {"code": "print(1)\n"})
    assert application.code_drafts.get().code == "print(1)\n"


def test_grading_is_only_enqueued_once_the_submission_is_committed(application, exercise):
    # Inside the transaction nothing is graded yet: the on_commit callback has not run.
    submission = submissions.submit(application, exercise, SUM_SOLUTION, user=None)
    assert Submission.objects.get(pk=submission.pk).status == SubmissionStatus.QUEUED


@pytest.mark.sandbox
def test_a_correct_submission_is_graded_with_full_marks(real_sandbox, application, exercise):
    submission = SubmissionFactory(application=application, exercise=exercise)
    grade_submission_task.enqueue(submission.pk)
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.GRADED
    assert submission.score == 1.0
    assert [v["verdict"] for v in submission.verdicts] == ["AC", "AC", "AC"]
    assert submission.graded_at is not None


@pytest.mark.sandbox
def test_the_score_is_the_weighted_share_of_passed_tests(real_sandbox, application, exercise):
    # Right only on the "grands" test (weight 2 of 4).
    code = "a, b = map(int, input().split())\nprint(a + b if a > 1000 else 0)\n"
    submission = SubmissionFactory(application=application, exercise=exercise, code=code)
    grade_submission_task.enqueue(submission.pk)
    submission.refresh_from_db()
    assert [v["verdict"] for v in submission.verdicts] == ["WA", "WA", "AC"]
    assert submission.score == pytest.approx(0.5)


@pytest.mark.sandbox
def test_a_submission_is_never_graded_twice(real_sandbox, application, exercise):
    submission = SubmissionFactory(application=application, exercise=exercise)
    grade_submission_task.enqueue(submission.pk)
    submission.refresh_from_db()
    graded_at = submission.graded_at

    grade_submission_task.enqueue(submission.pk)
    submission.refresh_from_db()
    assert submission.attempts == 1
    assert submission.graded_at == graded_at


def test_a_missing_sandbox_is_reported_to_operators_in_the_logs(
    broken_sandbox, application, exercise, caplog
):
    submission = SubmissionFactory(application=application, exercise=exercise)
    grade_submission_task.enqueue(submission.pk)
    assert f"Grading of submission {submission.pk} postponed" in caplog.text


def sandbox_failure(application, exercise, **fields) -> Submission:
    """A submission whose grading failed on a sandbox error (verdict SE): retryable."""
    return SubmissionFactory(
        application=application,
        exercise=exercise,
        status=SubmissionStatus.FAILED,
        attempts=1,
        failure_reason="sandbox error on petits (sandbox error: processes survived in slot 0)",
        **fields,
    )


def test_after_a_sandbox_error_the_candidate_is_told_their_code_will_be_graded_later(
    candidate_client, application, exercise
):
    submission = sandbox_failure(application, exercise)
    page = candidate_client.get(reverse("assessments:submission_detail", args=[submission.pk]))
    assert "Votre code est bien enregistré" in page.content.decode()
    assert "pas de votre code" in page.content.decode()


@pytest.mark.sandbox
def test_a_failed_submission_is_graded_by_a_later_retry(
    real_sandbox, application, exercise, django_capture_on_commit_callbacks
):
    submission = sandbox_failure(
        application, exercise, status_changed_at=timezone.now() - timedelta(minutes=30)
    )
    with django_capture_on_commit_callbacks(execute=True):
        retried = tasks.retry_stale_submissions(timedelta(minutes=10))

    submission.refresh_from_db()
    assert retried == [submission.pk]
    assert submission.status == SubmissionStatus.GRADED
    assert submission.score == 1.0
    assert submission.attempts == 2
    assert submission.failure_reason == ""


@pytest.mark.sandbox
def test_a_submission_left_running_by_a_dead_worker_is_graded_again(
    real_sandbox, application, exercise, django_capture_on_commit_callbacks
):
    submission = SubmissionFactory(
        application=application,
        exercise=exercise,
        status=SubmissionStatus.RUNNING,
        attempts=1,
        status_changed_at=timezone.now() - timedelta(minutes=30),
    )
    with django_capture_on_commit_callbacks(execute=True):
        tasks.retry_stale_submissions(timedelta(minutes=10))
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.GRADED


def test_recent_submissions_are_left_to_their_worker(application, exercise):
    SubmissionFactory(application=application, exercise=exercise, status=SubmissionStatus.RUNNING)
    assert tasks.retry_stale_submissions(timedelta(minutes=10)) == []


def test_failed_submissions_stop_being_retried_after_the_last_attempt(application, exercise):
    SubmissionFactory(
        application=application,
        exercise=exercise,
        status=SubmissionStatus.FAILED,
        attempts=grading_runs.MAX_AUTOMATIC_ATTEMPTS,
        status_changed_at=timezone.now() - timedelta(hours=1),
    )
    assert tasks.retry_stale_submissions(timedelta(minutes=10)) == []


def test_a_graded_submission_cannot_go_back(application, exercise):
    submission = SubmissionFactory(application=application, exercise=exercise, graded=True)
    with pytest.raises(InvalidTransition):
        submission.transition(SubmissionStatus.QUEUED)


def test_a_queued_submission_cannot_be_graded_without_running(application, exercise):
    submission = SubmissionFactory(application=application, exercise=exercise)
    with pytest.raises(InvalidTransition):
        submission.transition(SubmissionStatus.GRADED)
