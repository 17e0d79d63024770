"""Grading submitted code in the sandbox, exactly once, and retrying what a crash or an
unavailable sandbox left behind.

When nothing could run (every sandbox slot stayed busy, or the sandbox is unavailable), grading
is *postponed*: the submission goes back to the queue, the attempt is not counted, and it is due
again after a delay that grows with each postponement (``postpone_delay``). The task enqueues
its own retry for then (``assessments.tasks``); a grading task that comes earlier leaves it
alone, so a postponed submission has one retry in flight at a time.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from assessments import grading
from assessments.enums import SubmissionStatus
from assessments.live import notify_submission
from assessments.models import Submission
from assessments.sandbox import SandboxUnavailable, SlotsBusy, check_available

log = logging.getLogger(__name__)

STALE_AFTER = timedelta(minutes=10)
MAX_AUTOMATIC_ATTEMPTS = 5
# Prefixes of ``failure_reason`` (for operators; the candidate reads a generic message).
SANDBOX_DOWN = "sandbox unavailable"
SANDBOX_BUSY = "sandbox busy"


def postpone_delay(postponements: int) -> timedelta:
    """How long the ``postponements``-th postponement lasts (settings.GRADING_RETRY_DELAYS)."""
    delays = settings.GRADING_RETRY_DELAYS
    return timedelta(seconds=delays[min(max(postponements, 1), len(delays)) - 1])


def _start_grading(submission_id: int) -> Submission | None:
    with transaction.atomic():
        submission = Submission.objects.select_for_update().filter(pk=submission_id).first()
        if submission is None:
            log.warning("Submission %s vanished before grading", submission_id)
            return None
        if submission.status not in (SubmissionStatus.QUEUED, SubmissionStatus.FAILED):
            # Graded already, or another worker is on it: nothing is graded twice.
            return None
        if submission.postponed_until is not None and submission.postponed_until > timezone.now():
            # Postponed, and not due yet: the retry enqueued for then grades it.
            return None
        submission.transition(SubmissionStatus.RUNNING)
        submission.attempts += 1
        submission.postponed_until = None
        submission.save(
            update_fields=["status", "status_changed_at", "attempts", "postponed_until"]
        )
    return submission


def _postpone(submission: Submission, exc: SandboxUnavailable) -> Submission:
    """Nothing ran: back to the queue, the attempt not counted, due again after the next delay."""
    busy = isinstance(exc, SlotsBusy)
    with transaction.atomic():
        current = Submission.objects.select_for_update().get(pk=submission.pk)
        if current.status != SubmissionStatus.RUNNING or current.attempts != submission.attempts:
            return current  # a newer attempt took over
        current.transition(SubmissionStatus.QUEUED)
        current.attempts -= 1
        current.postponements += 1
        current.postponed_until = current.status_changed_at + postpone_delay(current.postponements)
        current.failure_reason = f"{SANDBOX_BUSY if busy else SANDBOX_DOWN}: {exc}"
        current.save(
            update_fields=[
                "status",
                "status_changed_at",
                "attempts",
                "postponements",
                "postponed_until",
                "failure_reason",
            ]
        )
    # A full sandbox is load; an unavailable one needs an operator.
    log.log(
        logging.WARNING if busy else logging.ERROR,
        "Grading of submission %s postponed until %s (postponement %s), %s",
        current.pk,
        current.postponed_until,
        current.postponements,
        current.failure_reason,
    )
    return current


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
            submission.language,
            submission.code,
            exercise.hidden_cases(submission.variant),
            checker=exercise.checker,
            tolerance=exercise.tolerance,
            time_limit_s=exercise.time_limit_s,
            memory_mb=exercise.memory_mb,
        )
    except SandboxUnavailable as exc:  # nothing ran: not an attempt, tried again later
        submission = _postpone(submission, exc)
        notify_submission(submission)
        return submission
    except Exception as exc:  # our bug, never the candidate's: keep it retryable, tell operators
        reason = f"grading error: {exc!r}"
        log.exception("Grading of submission %s failed", submission_id)
    else:
        if report.sandbox_error:
            failed = [t for t in report.tests if t.verdict == "SE"]
            reason = "sandbox error on " + ", ".join(
                f"{t.name} ({t.stderr.strip()[:200]})" for t in failed
            )
            log.error("Grading of submission %s failed, to be retried: %s", submission_id, reason)
    submission = _finish_grading(submission, report, reason)
    notify_submission(submission)
    return submission
