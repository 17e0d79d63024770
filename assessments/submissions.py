"""A candidate's code: drafts, the submission (saved first, then graded in the background by
`assessments.tasks`) and runs of the public samples."""

import logging

from django.db import transaction

from assessments import grading
from assessments.models import CodeDraft, Exercise, Submission
from assessments.sandbox import check_available
from assessments.tasks import enqueue_grading

log = logging.getLogger(__name__)

MAX_CODE_CHARS = 64 * 1024


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
    cannot be enqueued: the stale-submission sweep picks it up."""
    with transaction.atomic():
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
