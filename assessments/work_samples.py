"""Exercises an employer writes for its own campaigns (issue 18, « employer-written work
samples »): a statement checked by the offer-wording checker, visible samples, hidden tests,
the languages allowed, the comparison, limits and a reference solution.

They are ``Exercise`` rows with an ``employer``, so candidates take them exactly as the
library's (the same pages, editor, grading, similarity check and anonymity): see the README's
assessments section for why. What differs is here:

- **only that employer** sees them (``Exercise.objects.of_member``: anyone else gets a 404,
  the library's pages never list them) and only its recruiters (admins and members) write them;
- **saving asks for a check** (``work_sample_checks``): the reference solution runs in the
  sandbox on every sample and hidden test, as a background task like grading; the version may
  go into a campaign once that check passed;
- **versions are kept**: an edit changes the version in place while nothing uses it (no
  campaign, draft or submission); once something does, the edit makes a new version and the
  old one stays as it was, for the campaigns that hold it. A campaign nobody has started takes
  the new version once it passes its check; a started campaign keeps its own.

Audited: ``exercise.created``, ``exercise.updated``, ``exercise.versioned`` here and
``exercise.validated`` in ``work_sample_checks``, each in the employer's log.
"""

import hashlib
import json
import secrets
from dataclasses import dataclass
from datetime import timedelta

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.audit import log_action
from assessments.enums import CheckerKind, ExerciseLanguage
from assessments.markdown import render_statement
from assessments.models import Exercise, ExerciseValidation
from assessments.starters import default_starter
from assessments.tasks import enqueue_validation
from core.i18n import current_language
from employers.models import EmployerMembership
from employers.services import ReviewedFinding, Segment, highlighted_segments
from employers.wording import Finding, check, refusing_findings

# The platform's bounds (the library keeps to the same: tests/library).
MIN_TIME_LIMIT_S, MAX_TIME_LIMIT_S = 0.5, 5.0
MIN_MEMORY_MB, MAX_MEMORY_MB = 64, 1024
MAX_SAMPLES, MAX_HIDDEN_TESTS = 5, 30
MAX_TITLE_CHARS = 200
MAX_STATEMENT_CHARS = 20_000
MAX_TEST_NAME_CHARS = 60
MAX_TEST_INPUT_CHARS = 100_000
# Under the sandbox's output cap (64 KiB): a longer expected output could never be produced.
MAX_TEST_OUTPUT_CHARS = 60_000
MAX_TESTS_TOTAL_CHARS = 1_000_000
MAX_WEIGHT = 100
MAX_ESTIMATED_MINUTES = 240
# A check queued or running for longer was lost (a worker stopped): it may be asked again.
CHECK_STALE_AFTER = timedelta(minutes=10)


class WorkSampleError(Exception):
    """A refused step; ``str(exc)`` is a message for the author."""


class WordingRefused(WorkSampleError):
    """The statement holds illegal or exclusionary wording: it is not saved."""

    def __init__(self, findings: list[Finding]):
        self.findings = findings
        super().__init__(
            _("L'énoncé contient des formulations illégales ou excluantes : corrigez-les.")
        )


@dataclass
class TestData:
    __test__ = False  # not a pytest class

    name: str
    stdin: str
    expected: str
    weight: int = 1


@dataclass
class ExerciseData:
    """What the author writes (``work_sample_forms.ExerciseForm`` checks it)."""

    title_fr: str
    statement_fr: str
    languages: list[str]
    checker: str
    time_limit_s: float
    memory_mb: int
    reference_language: str
    reference_solution: str
    samples: list[TestData]
    hidden: list[TestData]
    title_en: str = ""
    statement_en: str = ""
    level: str = "beginner"
    track: str = "general"
    estimated_minutes: int = 30
    tolerance: float = 1e-6

    @classmethod
    def of(cls, exercise: Exercise) -> "ExerciseData":
        """What an exercise holds, to edit it."""
        return cls(
            title_fr=exercise.title_fr,
            title_en=exercise.title_en,
            statement_fr=exercise.statement_fr,
            statement_en=exercise.statement_en,
            level=exercise.level,
            track=exercise.track,
            estimated_minutes=exercise.estimated_minutes,
            languages=exercise.offered_languages,
            checker=exercise.checker,
            tolerance=exercise.tolerance,
            time_limit_s=exercise.time_limit_s,
            memory_mb=exercise.memory_mb,
            reference_language=exercise.reference_language,
            reference_solution=exercise.reference_solution,
            samples=[TestData(s["name"], s["stdin"], s["expected"]) for s in exercise.samples],
            hidden=[
                TestData(t["name"], t["stdin"], t["expected"], t.get("weight", 1))
                for t in exercise.hidden_tests
            ],
        )


# -- the statement's wording --------------------------------------------------------------------

# (form field, language of its text): the parts of an exercise the wording checker reads.
STATEMENT_PARTS = (
    ("title_fr", "fr"),
    ("statement_fr", "fr"),
    ("title_en", "en"),
    ("statement_en", "en"),
)
PART_LABELS = {
    "title_fr": gettext_lazy("Titre"),
    "statement_fr": gettext_lazy("Énoncé"),
    "title_en": gettext_lazy("Titre en anglais"),
    "statement_en": gettext_lazy("Énoncé en anglais"),
}


@dataclass(frozen=True)
class StatementFinding(ReviewedFinding):
    """A finding placed in one part of the statement, ``field`` naming the form's input so
    that the editor's « Remplacer » rewrites it there (``static/js/offer-editor.js``)."""

    @property
    def can_rewrite(self) -> bool:
        return bool(
            self.finding.suggestion is not None and self.finding.quote and self.end > self.start
        )


@dataclass(frozen=True)
class StatementReview:
    """The wording checker's findings on an exercise's title and statement, in both
    languages, listed and highlighted as the offer editor shows them."""

    texts: dict[str, str]
    findings: list[StatementFinding]

    @property
    def refusing(self) -> list[StatementFinding]:
        """The illegal or exclusionary findings, which keep the exercise from being saved."""
        refusing = {id(f) for f in refusing_findings(item.finding for item in self.findings)}
        return [item for item in self.findings if id(item.finding) in refusing]

    def parts(self) -> list[dict]:
        """Each part with findings: its field, and its text cut into highlighted segments."""
        return [
            {
                "field": name,
                "label": PART_LABELS[name],
                "segments": self._segments(name, self.texts.get(name, "")),
            }
            for name, _language in STATEMENT_PARTS
            if any(f.field == name for f in self.findings)
        ]

    def _segments(self, name: str, text: str) -> list[Segment]:
        return highlighted_segments(self.findings, name, text)


def review_statement(texts: dict[str, str]) -> StatementReview:
    """Check each part of ``texts`` ({field: text}) in its own language; messages in the
    reader's."""
    findings: list[StatementFinding] = []
    for name, language in STATEMENT_PARTS:
        text = texts.get(name) or ""
        if not text.strip():
            continue
        for finding in check(text, lang=language, locale=current_language()):
            findings.append(
                StatementFinding(len(findings) + 1, finding, name, finding.start, finding.end)
            )
    return StatementReview(dict(texts), findings)


def statement_texts(data: ExerciseData) -> dict[str, str]:
    return {name: getattr(data, name) for name, _language in STATEMENT_PARTS}


# -- saving -------------------------------------------------------------------------------------


def _require_recruiter(employer, user) -> None:
    """Admins and members of ``employer`` write its exercises; interviewers and others do not."""
    if not EmployerMembership.objects.recruiting().filter(employer=employer, user=user).exists():
        raise PermissionDenied


def _new_slug(title: str) -> str:
    """A slug of its own on the platform (the library's slugs are plain words)."""
    base = slugify(title)[:60].strip("-") or "exercice"
    while True:
        slug = f"{base}-{secrets.token_hex(3)}"
        if not Exercise.objects.filter(slug=slug).exists():
            return slug


def _samples_html(samples: list[TestData], language: str) -> str:
    with translation.override(language):
        return render_to_string(
            "assessments/work_samples/_statement_samples.html", {"samples": samples}
        )


def _ordered_languages(data: ExerciseData) -> list[str]:
    """The reference solution's language first (the default choice), then the others in the
    sandbox's order."""
    others = [key for key in ExerciseLanguage.values if key in data.languages]
    return [data.reference_language, *[key for key in others if key != data.reference_language]]


def _fields(data: ExerciseData) -> dict:
    languages = _ordered_languages(data)
    starters = {key: default_starter(key) for key in languages}
    samples = [{"name": t.name, "stdin": t.stdin, "expected": t.expected} for t in data.samples]
    hidden = [
        {"name": t.name, "stdin": t.stdin, "expected": t.expected, "weight": t.weight}
        for t in data.hidden
    ]
    english = bool(data.statement_en.strip())
    values = {
        "level": data.level,
        "track": data.track,
        "estimated_minutes": data.estimated_minutes,
        "language": languages[0],
        "languages": languages,
        "title_fr": data.title_fr,
        "title_en": data.title_en,
        "statement_fr": data.statement_fr,
        "statement_en": data.statement_en,
        "statement_html_fr": render_statement(data.statement_fr)
        + _samples_html(data.samples, "fr"),
        "statement_html_en": (
            render_statement(data.statement_en) + _samples_html(data.samples, "en")
            if english
            else ""
        ),
        "starters": starters,
        "starter_code": starters[languages[0]],
        "checker": data.checker,
        "tolerance": data.tolerance if data.checker == CheckerKind.FLOAT else 1e-6,
        "time_limit_s": data.time_limit_s,
        "memory_mb": data.memory_mb,
        "samples": samples,
        "hidden_tests": hidden,
        "variants": [],
        "reference_language": data.reference_language,
        "reference_solution": data.reference_solution,
    }
    digest = json.dumps(
        {key: value for key, value in values.items() if not key.startswith("statement_html")},
        sort_keys=True,
        ensure_ascii=False,
    )
    values["content_hash"] = hashlib.sha256(digest.encode()).hexdigest()
    return values


def _in_use(exercise: Exercise) -> bool:
    """Something holds this version as it is: a campaign, a candidate's draft or submission."""
    return exercise.campaigns.exists() or exercise.submissions.exists() or exercise.drafts.exists()


def save_exercise(
    employer, data: ExerciseData, *, by, exercise: Exercise | None = None
) -> Exercise:
    """Write a new exercise for ``employer``, or change ``exercise`` (any version of it: the
    change applies to its current one), then ask for its check. Returns the version saved.
    Raises ``WordingRefused`` for illegal or exclusionary wording, ``PermissionDenied`` for
    anyone but the employer's recruiters."""
    _require_recruiter(employer, by)
    if exercise is not None and exercise.employer_id != employer.pk:
        raise PermissionDenied
    refused = review_statement(statement_texts(data)).refusing
    if refused:
        raise WordingRefused([item.finding for item in refused])
    values = _fields(data)
    with transaction.atomic():
        if exercise is None:
            saved = Exercise.objects.create(
                employer=employer, slug=_new_slug(data.title_fr), created_by=by, **values
            )
            log_action(
                "exercise.created", actor=by, employer=employer, target=saved, data=_logged(saved)
            )
        else:
            current = (
                Exercise.objects.select_for_update()
                .filter(employer=employer, slug=exercise.slug, is_current=True)
                .get()
            )
            if _in_use(current):
                Exercise.objects.filter(pk=current.pk).update(is_current=False)
                saved = Exercise.objects.create(
                    employer=employer,
                    slug=current.slug,
                    version=current.version + 1,
                    created_by=by,
                    **values,
                )
                log_action(
                    "exercise.versioned",
                    actor=by,
                    employer=employer,
                    target=saved,
                    data=_logged(saved),
                )
            else:
                for name, value in values.items():
                    setattr(current, name, value)
                current.validated_at = None
                current.save()
                saved = current
                log_action(
                    "exercise.updated",
                    actor=by,
                    employer=employer,
                    target=saved,
                    data=_logged(saved),
                )
        _queue_check(saved, by=by)
    return saved


def _logged(exercise: Exercise) -> dict:
    return {"slug": exercise.slug, "version": exercise.version}


def latest_validation(exercise: Exercise) -> ExerciseValidation | None:
    return exercise.validations.order_by("-pk").first()


def _queue_check(exercise: Exercise, *, by) -> ExerciseValidation:
    validation = ExerciseValidation.objects.create(exercise=exercise, requested_by=by)
    transaction.on_commit(lambda: enqueue_validation(validation.pk))
    return validation


def can_request_check(exercise: Exercise, *, now=None) -> bool:
    """A check may be asked for again while the version has not passed one, once the latest
    is over (it failed, or could not run) or was lost (queued or running for too long)."""
    if exercise.validated_at is not None:
        return False
    latest = latest_validation(exercise)
    if latest is None or latest.is_final:
        return True
    return latest.status_changed_at < (now or timezone.now()) - CHECK_STALE_AFTER


def request_validation(exercise: Exercise, *, by) -> ExerciseValidation:
    """Ask for the check again (after the sandbox was unavailable, say). Refused with
    ``WorkSampleError`` while one is under way or once this version passed."""
    if exercise.employer is None:
        raise PermissionDenied
    _require_recruiter(exercise.employer, by)
    with transaction.atomic():
        locked = Exercise.objects.select_for_update().get(pk=exercise.pk)
        if locked.validated_at is not None:
            raise WorkSampleError(_("Cette version a déjà réussi sa vérification."))
        if not can_request_check(locked):
            raise WorkSampleError(_("Une vérification est déjà en cours."))
        return _queue_check(locked, by=by)
