"""Checking an employer's exercise: its reference solution runs in the sandbox, like a graded
submission, on every sample and hidden test (``assessments.tasks.validate_exercise_task``, a
background task as grading is). The exercise version may go into a campaign once a check of it
passes every test; the author sees the result of each test.

When nothing can run (the sandbox unavailable, every slot busy, the language not installed),
the check says so and the version stays unusable: the author runs it again later
(``work_samples.request_validation``). Nothing is ever marked usable without a run.
"""

import logging

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.audit import log_action
from assessments import grading
from assessments.enums import ExerciseLanguage, ValidationStatus
from assessments.grading import GradeReport, TestCase
from assessments.models import Campaign, Exercise, ExerciseValidation
from assessments.sandbox import (
    LanguageNotInstalled,
    SandboxUnavailable,
    SlotsBusy,
    Verdict,
    check_available,
)

log = logging.getLogger(__name__)

# What is kept of a failed test's output and error for its author (the page shows it).
KEPT_OUTPUT_CHARS = 2_000
SAMPLE, HIDDEN = "sample", "hidden"


def checked_cases(exercise: Exercise) -> list[tuple[str, TestCase]]:
    """(kind, test) of every sample (weight 1) and hidden test of ``exercise``, in order."""
    return [(SAMPLE, case) for case in exercise.sample_cases()] + [
        (HIDDEN, case) for case in exercise.hidden_cases()
    ]


def _start(validation_id: int) -> ExerciseValidation | None:
    with transaction.atomic():
        validation = ExerciseValidation.objects.select_for_update().filter(pk=validation_id).first()
        if validation is None or validation.status != ValidationStatus.QUEUED:
            return None  # gone, running elsewhere or done: never run twice
        validation.transition(ValidationStatus.RUNNING)
        validation.save(update_fields=["status", "status_changed_at"])
    return validation


def _unavailable_message(exc: SandboxUnavailable, language: str) -> str:
    if isinstance(exc, LanguageNotInstalled):
        return _(
            "Le langage %(language)s n'est pas installé sur ce serveur : la solution de "
            "référence n'a pas pu être exécutée."
        ) % {"language": dict(ExerciseLanguage.choices).get(language, language)}
    if isinstance(exc, SlotsBusy):
        return _(
            "Le bac à sable qui exécute le code est occupé par d'autres corrections : la "
            "solution de référence n'a pas pu être exécutée. Relancez la vérification dans "
            "quelques minutes."
        )
    return _(
        "Le bac à sable qui exécute le code est indisponible sur ce serveur : la solution de "
        "référence n'a pas pu être exécutée. Relancez la vérification plus tard ; si cela "
        "dure, prévenez l'équipe Vivier."
    )


def run_validation(validation_id: int) -> ExerciseValidation | None:
    """Run the check (the task's work). Safe to call again: a check runs once."""
    validation = _start(validation_id)
    if validation is None:
        return None
    exercise = Exercise.objects.get(pk=validation.exercise_id)
    try:
        check_available()
        report = grading.grade(
            exercise.reference_language,
            exercise.reference_solution,
            [case for _kind, case in checked_cases(exercise)],
            checker=exercise.checker,
            tolerance=exercise.tolerance,
            time_limit_s=exercise.time_limit_s,
            memory_mb=exercise.memory_mb,
        )
    except SandboxUnavailable as exc:  # nothing ran: say so, never mark it usable
        log.error("Check %s of exercise %s could not run: %s", validation.pk, exercise.pk, exc)
        return _finish(
            validation,
            ValidationStatus.UNAVAILABLE,
            message=_unavailable_message(exc, exercise.reference_language),
        )
    except Exception:  # our bug, not the author's
        log.exception("Check %s of exercise %s failed", validation.pk, exercise.pk)
        return _finish(
            validation,
            ValidationStatus.ERROR,
            message=_("Une erreur de la plateforme a interrompu la vérification : relancez-la."),
        )
    return record_run(validation, report, started=True)


def _results(exercise: Exercise, report: GradeReport) -> list[dict]:
    rows = []
    for (kind, _case), test in zip(checked_cases(exercise), report.tests, strict=True):
        passed = test.verdict == grading.AC
        rows.append(
            {
                "name": test.name,
                "kind": kind,
                "verdict": test.verdict,
                "time_s": test.time_s,
                "weight": test.weight,
                "stdout": "" if passed else test.stdout[:KEPT_OUTPUT_CHARS],
                "stderr": "" if passed else test.stderr[:KEPT_OUTPUT_CHARS],
            }
        )
    return rows


def record_run(
    validation: ExerciseValidation, report: GradeReport, *, started: bool = False
) -> ExerciseValidation:
    """Store ``report``, the reference solution's run on every test (``checked_cases``' order),
    as the result of ``validation``. ``run_validation`` calls it; the demo data and the leak
    test store a report made as the sandbox would make it, without running anything."""
    if not started:
        started_validation = _start(validation.pk)
        if started_validation is None:
            return ExerciseValidation.objects.get(pk=validation.pk)
        validation = started_validation
    exercise = Exercise.objects.get(pk=validation.exercise_id)
    if report.sandbox_error:
        failed = [t.name for t in report.tests if t.verdict == Verdict.SE]
        log.error("Check %s: sandbox error on %s", validation.pk, ", ".join(failed))
        status, message = (
            ValidationStatus.ERROR,
            _(
                "Le bac à sable a rencontré une erreur sur certains tests (ce n'est pas votre "
                "solution) : relancez la vérification."
            ),
        )
    elif report.passed:
        status, message = ValidationStatus.PASSED, ""
    else:
        status, message = ValidationStatus.FAILED, ""
    return _finish(validation, status, results=_results(exercise, report), message=message)


def _finish(validation, status, *, results=None, message="") -> ExerciseValidation:
    with transaction.atomic():
        current = ExerciseValidation.objects.select_for_update().get(pk=validation.pk)
        if current.status != ValidationStatus.RUNNING:
            return current
        current.transition(status)
        current.results = results or []
        current.message = message
        current.save(update_fields=["status", "status_changed_at", "results", "message"])
        if status == ValidationStatus.PASSED:
            _mark_validated(current)
    return current


def _mark_validated(validation: ExerciseValidation) -> None:
    """The version passed: usable in campaigns, if nothing changed it since the check was
    asked for (an edit asks for a check of its own, the latest). Campaigns nobody has started
    that hold an older version of it take this one; a started campaign keeps its version."""
    exercise = Exercise.objects.select_for_update().get(pk=validation.exercise_id)
    latest = exercise.validations.order_by("-pk").first()
    if latest is None or latest.pk != validation.pk or exercise.validated_at is not None:
        return
    exercise.validated_at = timezone.now()
    exercise.save(update_fields=["validated_at", "updated_at"])
    moved = _move_unstarted_campaigns(exercise)
    log_action(
        "exercise.validated",
        actor=validation.requested_by,
        employer=exercise.employer,
        target=exercise,
        data={
            "slug": exercise.slug,
            "version": exercise.version,
            "tests": len(validation.results),
            "campaigns_moved_to_this_version": moved,
        },
    )


def _move_unstarted_campaigns(exercise: Exercise) -> list[int]:
    if not exercise.is_current:
        return []  # a newer version is being written: campaigns wait for it
    ids = list(
        Campaign.objects.current()
        .filter(
            offer__employer_id=exercise.employer_id, closed_at=None, exercises__slug=exercise.slug
        )
        .exclude(exercises=exercise)
        .values_list("pk", flat=True)
    )
    moved = []
    for campaign in Campaign.objects.select_for_update().filter(pk__in=ids).order_by("pk"):
        if campaign.attempts.exists():
            continue  # started: it keeps the version its candidates take
        older = list(campaign.exercises.filter(slug=exercise.slug))
        campaign.exercises.remove(*older)
        campaign.exercises.add(exercise)
        moved.append(campaign.pk)
    return moved
