"""Workflows of the coding assessments: syncing the library, drafts, submissions, grading.

Views and the websocket consumer call these functions; they parse and authorise, nothing more.
"""

import dataclasses
import hashlib
import json
import logging
from dataclasses import dataclass
from datetime import timedelta

from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation

from assessments import grading, similarity
from assessments.enums import SubmissionStatus
from assessments.library import ExerciseSpec, load_exercises
from assessments.library.sjt import Scenario, load_scenarios
from assessments.library.written import WrittenQuestion as WrittenQuestionSpec
from assessments.library.written import load_written_questions
from assessments.markdown import render_statement
from assessments.models import CodeDraft, Exercise, SjtScenario, Submission, WrittenQuestion
from assessments.sandbox import SandboxUnavailable, check_available

log = logging.getLogger(__name__)

MAX_CODE_CHARS = 64 * 1024
STALE_AFTER = timedelta(minutes=10)
MAX_AUTOMATIC_ATTEMPTS = 5
# Shown to the candidate; the real reason goes to the logs and to ``failure_reason``.
SANDBOX_DOWN = "sandbox unavailable"


# -- library sync ------------------------------------------------------------------------


@dataclass
class SyncReport:
    created: list[str] = dataclasses.field(default_factory=list)
    updated: list[str] = dataclasses.field(default_factory=list)
    new_versions: list[str] = dataclasses.field(default_factory=list)
    unchanged: list[str] = dataclasses.field(default_factory=list)
    retired: list[str] = dataclasses.field(default_factory=list)


def content_hash(spec: ExerciseSpec) -> str:
    """Everything that changes what a candidate sees or how they are graded."""
    payload = json.dumps(dataclasses.asdict(spec), sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(payload.encode()).hexdigest()


def _fields(spec: ExerciseSpec, digest: str) -> dict:
    return {
        "content_hash": digest,
        "level": spec.level,
        "language": spec.language,
        "title_fr": spec.title["fr"],
        "title_en": spec.title["en"],
        "statement_fr": spec.statement["fr"],
        "statement_en": spec.statement["en"],
        "statement_html_fr": render_statement(spec.statement["fr"]),
        "statement_html_en": render_statement(spec.statement["en"]),
        "starter_code": spec.starter_code,
        "checker": spec.checker.kind,
        "tolerance": spec.checker.tolerance,
        "time_limit_s": spec.time_limit_s,
        "memory_mb": spec.memory_mb,
        "samples": [
            {"name": t.name, "stdin": t.stdin, "expected": t.expected} for t in spec.samples
        ],
        "hidden_tests": [
            {"name": t.name, "stdin": t.stdin, "expected": t.expected, "weight": t.weight}
            for t in spec.hidden
        ],
    }


def sync_exercises(specs: list[ExerciseSpec] | None = None) -> SyncReport:
    """Bring the ``Exercise`` table in line with the library. Idempotent.

    Unchanged exercises are not written. A changed one is updated in place while nobody has
    submitted to it, otherwise it gets a new version row. Exercises gone from the library stop
    being current; their rows stay for the submissions that point at them.
    """
    specs = load_exercises() if specs is None else specs
    report = SyncReport()
    with transaction.atomic():
        current = {
            e.slug: e for e in Exercise.objects.current().without_tests().select_for_update()
        }
        for spec in specs:
            digest = content_hash(spec)
            row = current.pop(spec.slug, None)
            if row is None:
                latest = Exercise.objects.filter(slug=spec.slug).order_by("-version").first()
                version = latest.version + 1 if latest else 1
                Exercise.objects.create(slug=spec.slug, version=version, **_fields(spec, digest))
                report.created.append(spec.slug)
            elif row.content_hash == digest:
                report.unchanged.append(spec.slug)
            elif not row.submissions.exists():
                Exercise.objects.filter(pk=row.pk).update(
                    version=row.version + 1, updated_at=timezone.now(), **_fields(spec, digest)
                )
                report.updated.append(spec.slug)
            else:
                Exercise.objects.filter(pk=row.pk).update(is_current=False)
                Exercise.objects.create(
                    slug=spec.slug, version=row.version + 1, **_fields(spec, digest)
                )
                report.new_versions.append(spec.slug)
        for slug, row in current.items():
            Exercise.objects.filter(pk=row.pk).update(is_current=False)
            report.retired.append(slug)
    return report


def _scenario_fields(spec: Scenario) -> dict:
    return {
        "competency": spec.competency,
        "situation_fr": spec.situation["fr"],
        "situation_en": spec.situation["en"],
        "question_fr": spec.question["fr"],
        "question_en": spec.question["en"],
        "rationale_fr": spec.rationale["fr"],
        "rationale_en": spec.rationale["en"],
        "responses": [
            {"id": r.id, "text_fr": r.text["fr"], "text_en": r.text["en"], "rating": r.rating}
            for r in spec.responses
        ],
    }


def _question_fields(spec: WrittenQuestionSpec) -> dict:
    return {
        "competency": spec.competency,
        "prompt_fr": spec.prompt["fr"],
        "prompt_en": spec.prompt["en"],
        "rubric": [
            {"level": level.level, "fr": level.description["fr"], "en": level.description["en"]}
            for level in spec.rubric
        ],
    }


def _sync_items(model, specs, fields) -> SyncReport:
    """Same rules as ``sync_exercises``: a changed item nobody's campaign uses is updated in
    place; once a campaign points at it, the change makes a new version row."""
    report = SyncReport()
    with transaction.atomic():
        current = {row.slug: row for row in model.objects.current().select_for_update()}
        for spec in specs:
            values = fields(spec)
            digest = hashlib.sha256(
                json.dumps(values, sort_keys=True, ensure_ascii=False).encode()
            ).hexdigest()
            row = current.pop(spec.id, None)
            if row is None:
                latest = model.objects.filter(slug=spec.id).order_by("-version").first()
                version = latest.version + 1 if latest else 1
                model.objects.create(slug=spec.id, version=version, content_hash=digest, **values)
                report.created.append(spec.id)
            elif row.content_hash == digest:
                report.unchanged.append(spec.id)
            elif not row.campaigns.exists():
                model.objects.filter(pk=row.pk).update(
                    version=row.version + 1, content_hash=digest, **values
                )
                report.updated.append(spec.id)
            else:
                model.objects.filter(pk=row.pk).update(is_current=False)
                model.objects.create(
                    slug=spec.id, version=row.version + 1, content_hash=digest, **values
                )
                report.new_versions.append(spec.id)
        for slug, row in current.items():
            model.objects.filter(pk=row.pk).update(is_current=False)
            report.retired.append(slug)
    return report


def sync_scenarios(specs: list[Scenario] | None = None) -> SyncReport:
    """Bring ``SjtScenario`` in line with the library's situational judgement tests."""
    specs = load_scenarios() if specs is None else specs
    return _sync_items(SjtScenario, specs, _scenario_fields)


def sync_written_questions(specs: list[WrittenQuestionSpec] | None = None) -> SyncReport:
    """Bring ``WrittenQuestion`` in line with the library's written questions."""
    specs = load_written_questions() if specs is None else specs
    return _sync_items(WrittenQuestion, specs, _question_fields)


def sync_library() -> dict[str, SyncReport]:
    """Everything the library ships: exercises, scenarios and written questions. Idempotent."""
    return {
        "exercises": sync_exercises(),
        "scenarios": sync_scenarios(),
        "questions": sync_written_questions(),
    }


# -- drafts and submissions --------------------------------------------------------------


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


def enqueue_grading(submission_id: int) -> None:
    from assessments.tasks import grade_submission_task

    try:
        grade_submission_task.enqueue(submission_id)
    except Exception:
        log.exception("Could not enqueue grading of submission %s; it stays queued", submission_id)


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


# -- grading -----------------------------------------------------------------------------


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
            current.transition(SubmissionStatus.GRADED)
            current.score = report.score
            current.verdicts = [
                {"name": t.name, "verdict": t.verdict, "time_s": t.time_s, "weight": t.weight}
                for t in report.tests
            ]
            current.graded_at = timezone.now()
            current.failure_reason = ""
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
            transaction.on_commit(lambda pk=pk: enqueue_grading(pk))
    for pk in ids:
        log.info("Submission %s re-enqueued for grading", pk)
    return ids


# -- live updates ------------------------------------------------------------------------


def submission_group(submission_id: int) -> str:
    return f"submission-{submission_id}"


def notify_submission(submission: Submission) -> None:
    """Tell open pages (websocket consumers) that the submission changed."""
    layer = get_channel_layer()
    if layer is None:
        return
    try:
        async_to_sync(layer.group_send)(
            submission_group(submission.pk),
            {"type": "submission.changed", "submission_id": submission.pk},
        )
    except Exception:
        # The page also polls: a lost notification only delays the result.
        log.warning("Could not notify the page of submission %s", submission.pk, exc_info=True)


def candidate_submission(submission_id: int, user) -> Submission | None:
    """The submission if it belongs to ``user`` (a candidate), else None."""
    return (
        Submission.objects.of_candidate_user(user)
        .select_related("exercise")
        .defer("exercise__hidden_tests", "exercise__samples")
        .filter(pk=submission_id)
        .first()
    )


def submission_state(submission_id: int, user, *, language: str = "fr") -> dict | None:
    """What an open result page shows, as sent over the websocket; None for a stranger."""
    submission = candidate_submission(submission_id, user)
    if submission is None:
        return None
    with translation.override(language):
        html = render_to_string("assessments/_submission_status.html", {"submission": submission})
    return {
        "status": submission.status,
        "attempts": submission.attempts,
        "final": submission.is_final,
        "html": html,
    }


# -- recruiters --------------------------------------------------------------------------


def redacted_code(submission: Submission, *, lang: str | None = None) -> str:
    """The submission's code with the candidate's identity redacted, for recruiters."""
    return redacted_codes([submission], lang=lang)[submission.pk]


def redacted_codes(submissions, *, lang: str | None = None) -> dict[int, str]:
    """Redacted code of each submission (id -> text).

    The candidate's identity is read only behind the single identity door
    (``candidates.identity.redact_many_for_reviewers``): it never reaches this module, the views or
    the templates, which only ever receive the redacted text.
    """
    from candidates.identity import redact_many_for_reviewers

    return redact_many_for_reviewers(
        (
            (submission.pk, submission.code, submission.application.candidate_id)
            for submission in submissions
        ),
        kind="code",
        lang=lang,
    )


@dataclass
class SubmissionRow:
    submission: Submission
    code: str  # redacted
    similar: list[tuple[str, int]]  # (pseudonym, similarity %) of other applications


@dataclass
class ExerciseGroup:
    exercise: Exercise
    rows: list[SubmissionRow]


def offer_submissions(offer, *, lang: str | None = None) -> list[ExerciseGroup]:
    """The latest submission of each application to each exercise of ``offer``, by pseudonym,
    with redacted code and similarity flags within the offer (a flag, never a rejection)."""
    submissions = (
        Submission.objects.of_offer(offer)
        .select_related("application", "exercise")
        .defer("exercise__hidden_tests", "exercise__samples", "exercise__statement_html_fr")
        .defer("exercise__statement_html_en", "exercise__statement_fr", "exercise__statement_en")
        .order_by("exercise__slug", "-created_at", "-id")
    )
    latest: dict[tuple[str, int], Submission] = {}
    for submission in submissions:
        latest.setdefault((submission.exercise.slug, submission.application_id), submission)
    codes = redacted_codes(latest.values(), lang=lang)
    groups: dict[str, ExerciseGroup] = {}
    for (slug, _application_id), submission in latest.items():
        group = groups.setdefault(slug, ExerciseGroup(submission.exercise, []))
        group.rows.append(SubmissionRow(submission, codes[submission.pk], []))
    for group in groups.values():
        by_id = {row.submission.pk: row for row in group.rows}
        pairs = similarity.similar_pairs(
            {pk: row.submission.code for pk, row in by_id.items()},
            group.exercise.language,
            starter=group.exercise.starter_code,
        )
        for pair in pairs:
            a, b, percent = by_id[pair.a], by_id[pair.b], round(pair.score * 100)
            a.similar.append((b.submission.application.pseudonym, percent))
            b.similar.append((a.submission.application.pseudonym, percent))
        group.rows.sort(key=lambda row: row.submission.application.pseudonym)
    return list(groups.values())
