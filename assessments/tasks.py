"""Background tasks (django-tasks): the database backend and `manage.py db_worker` in
development and production, the immediate backend in tests."""

import logging
from datetime import timedelta
from functools import partial

from django.db import transaction
from django.utils import timezone
from django_tasks import task

from assessments import grading_runs
from assessments.enums import SubmissionStatus
from assessments.grading_runs import MAX_AUTOMATIC_ATTEMPTS, STALE_AFTER
from assessments.models import Submission

log = logging.getLogger(__name__)


@task()
def grade_submission_task(submission_id: int) -> str | None:
    """Grade a submission in the sandbox. Idempotent: a graded submission is left alone."""
    submission = grading_runs.grade_submission(submission_id)
    return None if submission is None else submission.status


def enqueue_grading(submission_id: int) -> None:
    try:
        grade_submission_task.enqueue(submission_id)
    except Exception:
        log.exception("Could not enqueue grading of submission %s; it stays queued", submission_id)


def retry_stale_submissions(
    older_than: timedelta = STALE_AFTER, *, max_attempts: int = MAX_AUTOMATIC_ATTEMPTS
) -> list[int]:
    """Re-enqueue submissions a dead worker left queued or running, and failed ones (sandbox
    errors) that still have attempts left. Returns their ids."""
    before = timezone.now() - older_than
    ids = []
    with transaction.atomic():
        stale = Submission.objects.select_for_update().stale(before)
        failed = Submission.objects.select_for_update().retryable(before, max_attempts)
        for submission in [*stale, *failed]:
            if submission.status != SubmissionStatus.QUEUED:
                submission.transition(SubmissionStatus.QUEUED)
            else:
                submission.status_changed_at = timezone.now()
            submission.save(update_fields=["status", "status_changed_at"])
            ids.append(submission.pk)
        for pk in ids:
            transaction.on_commit(partial(enqueue_grading, pk))
    for pk in ids:
        log.info("Submission %s re-enqueued for grading", pk)
    return ids
