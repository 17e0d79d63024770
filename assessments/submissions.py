"""A candidate's code: drafts (one per language), the submission (saved first, then graded in
the background by `assessments.tasks`), runs of the public samples and of the candidate's own
input, and the variant each candidate draws."""

import hashlib
import logging

from django.db import transaction

from assessments import grading
from assessments.models import CodeDraft, Exercise, Submission
from assessments.results import MAX_SUBMISSIONS_PER_EXERCISE
from assessments.sandbox import check_available
from assessments.tasks import enqueue_grading

log = logging.getLogger(__name__)

MAX_CODE_CHARS = 64 * 1024
MAX_CUSTOM_INPUT_CHARS = 16 * 1024


def variant_for(application, exercise: Exercise) -> int | None:
    """The candidate's draw among the exercise's variants: the same for every page and
    submission of one application (one sitting), spread over the variants across candidates.
    None when the exercise has no variants."""
    count = exercise.variant_count()
    if not count:
        return None
    digest = hashlib.sha256(f"vivier-variant:{application.pk}:{exercise.slug}".encode()).digest()
    return int.from_bytes(digest[:8], "big") % count


class SubmissionLimitReached(Exception):
    """The candidate has made every submission allowed to this exercise."""


def submissions_made(application, exercise) -> int:
    """Submissions of the application to this exercise (any version of it)."""
    return Submission.objects.filter(application=application, exercise__slug=exercise.slug).count()


def latest_draft(application, exercise, language: str | None = None) -> CodeDraft | None:
    """The draft for this exercise (or an earlier version of it), in ``language`` if given,
    else the draft last touched in any language."""
    drafts = CodeDraft.objects.filter(application=application, exercise__slug=exercise.slug)
    if language is not None:
        drafts = drafts.filter(language=language)
    return drafts.order_by("-updated_at").first()


def save_draft(application, exercise, code: str, *, user, language: str | None = None) -> CodeDraft:
    with transaction.atomic():
        draft, _ = CodeDraft.objects.update_or_create(
            application=application,
            exercise=exercise,
            language=language or exercise.language,
            defaults={"code": code},
        )
    return draft


def submit(application, exercise, code: str, *, user, language: str | None = None) -> Submission:
    """Save the submission, then (once committed) ask for grading. Nothing is lost if grading
    cannot be enqueued: the stale-submission sweep picks it up. Raises SubmissionLimitReached
    after MAX_SUBMISSIONS_PER_EXERCISE submissions to the exercise: the last one counts."""
    language = language or exercise.language
    with transaction.atomic():
        # The application row is locked so that two quick posts cannot both pass the cap.
        type(application).objects.select_for_update().filter(pk=application.pk).first()
        if submissions_made(application, exercise) >= MAX_SUBMISSIONS_PER_EXERCISE:
            raise SubmissionLimitReached
        submission = Submission.objects.create(
            application=application,
            exercise=exercise,
            code=code,
            language=language,
            variant=variant_for(application, exercise),
        )
        CodeDraft.objects.update_or_create(
            application=application,
            exercise=exercise,
            language=language,
            defaults={"code": code},
        )
        transaction.on_commit(lambda: enqueue_grading(submission.pk))
    return submission


def run_examples(
    exercise: Exercise, code: str, *, language: str | None = None, variant: int | None = None
) -> list[grading.SampleRun]:
    """Run the public samples (and the candidate's drawn ones) now. Raises
    ``SandboxUnavailable`` when nothing can run."""
    check_available()
    return grading.run_samples(
        language or exercise.language,
        code,
        exercise.sample_cases(variant),
        time_limit_s=exercise.time_limit_s,
        memory_mb=exercise.memory_mb,
    )


def run_own_input(
    exercise: Exercise, code: str, stdin: str, *, language: str | None = None
) -> grading.SampleRun:
    """« Tester avec mon entrée »: the code on the candidate's own input, in the sandbox, with
    the exercise's limits. Nothing is compared nor graded. For SQL exercises the input is the
    dataset (schema and rows) that runs before the query."""
    check_available()
    (run,) = grading.run_samples(
        language or exercise.language,
        code,
        [grading.TestCase("mon-entree", stdin, "")],
        time_limit_s=exercise.time_limit_s,
        memory_mb=exercise.memory_mb,
    )
    return run
