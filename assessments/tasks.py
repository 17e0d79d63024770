"""Background tasks (django-tasks): the database backend and `manage.py db_worker` in
development and production, the immediate backend in tests."""

import logging
from datetime import datetime, timedelta
from functools import partial

from django.db import transaction
from django.utils import timezone
from django_tasks import task

from assessments import grading_runs, work_sample_checks
from assessments.enums import SubmissionStatus
from assessments.grading_runs import MAX_AUTOMATIC_ATTEMPTS, STALE_AFTER
from assessments.models import Submission

log = logging.getLogger(__name__)


@task()
def grade_submission_task(submission_id: int) -> str | None:
    """Grade a submission in the sandbox. Idempotent: a graded submission is left alone. When
    grading is postponed (nothing could run), enqueue the retry for when it is due."""
    submission = grading_runs.grade_submission(submission_id)
    if submission is None:
        return None
    if submission.is_postponed:
        enqueue_grading(submission.pk, run_after=submission.postponed_until)
    return submission.status


@task()
def validate_exercise_task(validation_id: int) -> str | None:
    """Check an employer's exercise: its reference solution on every test, in the sandbox.
    Idempotent: a check that ran is left alone."""
    validation = work_sample_checks.run_validation(validation_id)
    return None if validation is None else validation.status


def enqueue_validation(validation_id: int) -> None:
    """Enqueue the check of an employer's exercise. If that fails, the check stays queued and
    its author can ask again (``work_samples.request_validation``)."""
    try:
        validate_exercise_task.enqueue(validation_id)
    except Exception:
        log.exception("Could not enqueue check %s of an exercise; it stays queued", validation_id)


def enqueue_grading(submission_id: int, *, run_after: datetime | None = None) -> None:
    """Enqueue grading, now or to run after ``run_after``. A backend that cannot delay tasks
    (the immediate one, in tests) leaves a delayed retry to ``retry_stale_submissions``."""
    try:
        if run_after is None:
            grade_submission_task.enqueue(submission_id)
        elif grade_submission_task.get_backend().supports_defer:
            grade_submission_task.using(run_after=run_after).enqueue(submission_id)
        else:
            log.info(
                "Submission %s waits for the sweep to retry it after %s", submission_id, run_after
            )
    except Exception:
        log.exception("Could not enqueue grading of submission %s; it stays queued", submission_id)


def retry_stale_submissions(
    older_than: timedelta = STALE_AFTER, *, max_attempts: int = MAX_AUTOMATIC_ATTEMPTS
) -> list[int]:
    """Re-enqueue submissions a dead worker left queued or running, postponed ones that are due
    (their own retry was lost), and failed ones (sandbox errors) that still have attempts left.
    A postponed submission re-enqueued here is due at once: `make run` sweeps with
    ``older_than=0`` as it starts the worker, which then does not wait out the previous one's
    backoff. Returns their ids."""
    now = timezone.now()
    before = now - older_than
    ids = []
    with transaction.atomic():
        stale = Submission.objects.select_for_update().stale(before)
        due = Submission.objects.select_for_update().postponed_due(now)
        failed = Submission.objects.select_for_update().retryable(before, max_attempts)
        found = {submission.pk: submission for submission in [*stale, *due, *failed]}
        for submission in found.values():
            if submission.status != SubmissionStatus.QUEUED:
                submission.transition(SubmissionStatus.QUEUED)
            else:
                submission.status_changed_at = now
            if submission.postponed_until is not None:
                submission.postponed_until = min(submission.postponed_until, now)
            submission.save(update_fields=["status", "status_changed_at", "postponed_until"])
            ids.append(submission.pk)
        for pk in ids:
            transaction.on_commit(partial(enqueue_grading, pk))
    for pk in ids:
        log.info("Submission %s re-enqueued for grading", pk)
    return ids
