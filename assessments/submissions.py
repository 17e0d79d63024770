"""A candidate's code: drafts, the submission (saved first, then graded in the background by
`assessments.tasks`) and runs of the public samples."""

import logging

from django.db import transaction

from assessments import grading
from assessments.models import CodeDraft, Exercise, Submission
from assessments.results import MAX_SUBMISSIONS_PER_EXERCISE
from assessments.sandbox import check_available
from assessments.tasks import enqueue_grading

log = logging.getLogger(__name__)

MAX_CODE_CHARS = 64 * 1024


class SubmissionLimitReached(Exception):
    """The candidate has made every submission allowed to this exercise."""


def submissions_made(application, exercise) -> int:
    """Submissions of the application to this exercise (any version of it)."""
    return Submission.objects.filter(application=application, exercise__slug=exercise.slug).count()


def latest_draft(application, exercise) -> CodeDraft | None:
    """The draft for this exercise, or for an earlier version of it."""
    return (
        CodeDraft.objects.filter(application=application, exercise__slug=exercise.slug)
        .order_by("-updated_at")
        .first()
    )


def save_draft(application, exercise, code: str, *, user) -> CodeDraft:
    with transaction.atomic():
        draft, _ = CodeDraft.objects.update_or_create(
            application=application, exercise=exercise, defaults={"code": code}
        )
    return draft


def submit(application, exercise, code: str, *, user) -> Submission:
    """Save the submission, then (once committed) ask for grading. Nothing is lost if grading
    cannot be enqueued: the stale-submission sweep picks it up. Raises SubmissionLimitReached
    after MAX_SUBMISSIONS_PER_EXERCISE submissions to the exercise: the last one counts."""
    with transaction.atomic():
        # The application row is locked so that two quick posts cannot both pass the cap.
        type(application).objects.select_for_update().filter(pk=application.pk).first()
        if submissions_made(application, exercise) >= MAX_SUBMISSIONS_PER_EXERCISE:
            raise SubmissionLimitReached
        submission = Submission.objects.create(
            application=application, exercise=exercise, code=code
        )
        CodeDraft.objects.update_or_create(
            application=application, exercise=exercise, defaults={"code": code}
        )
        transaction.on_commit(lambda: enqueue_grading(submission.pk))
    return submission


def run_examples(exercise: Exercise, code: str) -> list[grading.SampleRun]:
    """Run the public samples now. Raises ``SandboxUnavailable`` when nothing can run."""
    check_available()
    return grading.run_samples(
        exercise.language,
        code,
        exercise.sample_cases(),
        time_limit_s=exercise.time_limit_s,
        memory_mb=exercise.memory_mb,
    )
