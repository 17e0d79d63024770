"""Syncing the assessment library shipped in `assessments/library/` (exercises, situational
scenarios, written questions) into the database, by content hash."""

import dataclasses
import hashlib
import json
import logging
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from assessments.library import ExerciseSpec, load_exercises
from assessments.library.sjt import Scenario, load_scenarios
from assessments.library.written import WrittenQuestion as WrittenQuestionSpec
from assessments.library.written import load_written_questions
from assessments.markdown import render_statement
from assessments.models import Exercise, SjtScenario, WrittenQuestion

log = logging.getLogger(__name__)


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


def _test_rows(tests, *, weights: bool) -> list[dict]:
    if weights:
        return [
            {"name": t.name, "stdin": t.stdin, "expected": t.expected, "weight": t.weight}
            for t in tests
        ]
    return [{"name": t.name, "stdin": t.stdin, "expected": t.expected} for t in tests]


def _fields(spec: ExerciseSpec, digest: str) -> dict:
    return {
        "content_hash": digest,
        "level": spec.level,
        "language": spec.language,
        "languages": list(spec.languages),
        "track": spec.track,
        "estimated_minutes": spec.estimated_minutes,
        "starters": dict(spec.starters),
        "variants": [
            {
                "samples": _test_rows(variant.samples, weights=False),
                "hidden": _test_rows(variant.hidden, weights=True),
            }
            for variant in spec.variants
        ],
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
        "samples": _test_rows(spec.samples, weights=False),
        "hidden_tests": _test_rows(spec.hidden, weights=True),
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
        # The library's rows only: employers' own exercises are not the library's to retire.
        current = {
            e.slug: e
            for e in Exercise.objects.library().current().without_tests().select_for_update()
        }
        for spec in specs:
            digest = content_hash(spec)
            row = current.pop(spec.slug, None)
            if row is None:
                latest = (
                    Exercise.objects.library().filter(slug=spec.slug).order_by("-version").first()
                )
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
