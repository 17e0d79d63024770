"""Grading submitted code in the sandbox, exactly once, and retrying what a crash or an
unavailable sandbox left behind."""

import logging
from datetime import timedelta

from django.db import transaction

from assessments import grading
from assessments.enums import SubmissionStatus
from assessments.live import notify_submission
from assessments.models import Submission
from assessments.sandbox import SandboxUnavailable, check_available

log = logging.getLogger(__name__)

STALE_AFTER = timedelta(minutes=10)
MAX_AUTOMATIC_ATTEMPTS = 5
# Shown to the candidate; the real reason goes to the logs and to ``failure_reason``.
SANDBOX_DOWN = "sandbox unavailable"


def _start_grading(submission_id: int) -> Submission | None:
    with transaction.atomic():
        submission = Submission.objects.select_for_update().filter(pk=submission_id).first()
        if submission is None:
            log.warning("Submission %s vanished before grading", submission_id)
            return None
        if submission.status not in (SubmissionStatus.QUEUED, SubmissionStatus.FAILED):
            # Graded already, or another worker is on it: nothing is graded twice.
            return None
        submission.transition(SubmissionStatus.RUNNING)
        submission.attempts += 1
        submission.save(update_fields=["status", "status_changed_at", "attempts"])
    return submission


def _finish_grading(submission: Submission, report: grading.GradeReport | None, reason: str):
    with transaction.atomic():
        current = Submission.objects.select_for_update().get(pk=submission.pk)
        if current.status != SubmissionStatus.RUNNING or current.attempts != submission.attempts:
            return current  # a newer attempt took over; it will store its own result
        if report is None or report.sandbox_error:
            current.transition(SubmissionStatus.FAILED)
            current.failure_reason = reason
            current.save(update_fields=["status", "status_changed_at", "failure_reason"])
        else:
            current.mark_graded(report)
            current.save()
    return current


def grade_submission(submission_id: int) -> Submission | None:
    """Grade one submission through the sandbox, once. Safe to call again at any time."""
    submission = _start_grading(submission_id)
    if submission is None:
        return None
    notify_submission(submission)
    exercise = submission.exercise
    report, reason = None, ""
    try:
        check_available()
        report = grading.grade(
            exercise.language,
            submission.code,
            exercise.hidden_cases(),
            checker=exercise.checker,
            tolerance=exercise.tolerance,
            time_limit_s=exercise.time_limit_s,
            memory_mb=exercise.memory_mb,
        )
    except SandboxUnavailable as exc:
        reason = f"{SANDBOX_DOWN}: {exc}"
        log.error("Grading of submission %s postponed, %s", submission_id, reason)
    except Exception as exc:  # our bug, never the candidate's: keep it retryable, tell operators
        reason = f"grading error: {exc!r}"
        log.exception("Grading of submission %s failed", submission_id)
    else:
        if report.sandbox_error:
            failed = [t for t in report.tests if t.verdict == "SE"]
            reason = "sandbox error on " + ", ".join(
                f"{t.name} ({t.stderr.strip()[:200]})" for t in failed
            )
            log.error("Grading of submission %s postponed, %s", submission_id, reason)
    submission = _finish_grading(submission, report, reason)
    notify_submission(submission)
    return submission
