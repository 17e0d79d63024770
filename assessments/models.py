"""Coding exercises (synced from the library), drafts and graded submissions.

A later issue composes exercises, situational-judgement tests and written questions into
assessment campaigns per offer; it will point at ``Exercise`` rows and filter what a candidate may
take. Until then every current exercise can be taken for any of the candidate's applications.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from assessments.enums import (
    CheckerKind,
    ExerciseLanguage,
    ExerciseLevel,
    SubmissionStatus,
    TestVerdict,
)
from assessments.grading import TestCase


class InvalidTransition(Exception):
    """A submission was asked to move to a status its current status does not lead to."""


def _locale() -> str:
    return "en" if (get_language() or "fr").startswith("en") else "fr"


class ExerciseQuerySet(models.QuerySet):
    def current(self):
        return self.filter(is_current=True)

    def without_tests(self):
        """The hidden tests weigh megabytes (large inputs): pages never need them."""
        return self.defer("hidden_tests")


class Exercise(models.Model):
    """One version of a library exercise. The library is the source; ``load_exercises`` syncs.

    A changed exercise that nobody has submitted to is updated in place (its ``version`` goes
    up); once submissions point at it, the change makes a new row and the old one stays, so
    every submission is graded and shown against the tests it was submitted to.
    """

    slug = models.SlugField(_("identifiant"), max_length=80)
    version = models.PositiveIntegerField(_("version"), default=1)
    content_hash = models.CharField(_("empreinte du contenu"), max_length=64)
    is_current = models.BooleanField(_("version en cours"), default=True)
    level = models.CharField(_("niveau"), max_length=16, choices=ExerciseLevel.choices)
    language = models.CharField(_("langage"), max_length=16, choices=ExerciseLanguage.choices)
    title_fr = models.CharField(_("titre (français)"), max_length=200)
    title_en = models.CharField(_("titre (anglais)"), max_length=200)
    statement_fr = models.TextField(_("énoncé (français, Markdown)"))
    statement_en = models.TextField(_("énoncé (anglais, Markdown)"))
    statement_html_fr = models.TextField(_("énoncé (français, HTML nettoyé)"))
    statement_html_en = models.TextField(_("énoncé (anglais, HTML nettoyé)"))
    starter_code = models.TextField(_("code de départ"), blank=True)
    checker = models.CharField(_("comparaison"), max_length=16, choices=CheckerKind.choices)
    tolerance = models.FloatField(_("tolérance"), default=1e-6)
    time_limit_s = models.FloatField(_("limite de temps (s)"))
    memory_mb = models.PositiveIntegerField(_("limite de mémoire (Mo)"))
    # [{"name", "stdin", "expected"}] shown to the candidate.
    samples = models.JSONField(_("exemples"), default=list)
    # [{"name", "stdin", "expected", "weight"}] never shown to the candidate.
    hidden_tests = models.JSONField(_("tests cachés"), default=list)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    objects = ExerciseQuerySet.as_manager()

    class Meta:
        verbose_name = _("exercice de code")
        verbose_name_plural = _("exercices de code")
        ordering = ["level", "slug", "-version"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "version"], name="unique_exercise_version"),
            models.UniqueConstraint(
                fields=["slug"],
                condition=models.Q(is_current=True),
                name="one_current_version_per_exercise",
            ),
        ]

    def __str__(self):
        return f"{self.slug} v{self.version}"

    @property
    def title(self) -> str:
        return self.title_en if _locale() == "en" else self.title_fr

    @property
    def statement_html(self) -> str:
        return self.statement_html_en if _locale() == "en" else self.statement_html_fr

    def sample_cases(self) -> list[TestCase]:
        return [TestCase(s["name"], s["stdin"], s["expected"]) for s in self.samples]

    def hidden_cases(self) -> list[TestCase]:
        return [
            TestCase(t["name"], t["stdin"], t["expected"], t.get("weight", 1))
            for t in self.hidden_tests
        ]


class CodeDraft(models.Model):
    """The code a candidate is typing, autosaved every few seconds."""

    application = models.ForeignKey(
        "candidates.Application", on_delete=models.CASCADE, related_name="code_drafts"
    )
    exercise = models.ForeignKey(Exercise, on_delete=models.CASCADE, related_name="drafts")
    code = models.TextField(_("code"), blank=True)
    updated_at = models.DateTimeField(_("enregistré le"), auto_now=True)

    class Meta:
        verbose_name = _("brouillon de code")
        verbose_name_plural = _("brouillons de code")
        constraints = [
            models.UniqueConstraint(
                fields=["application", "exercise"], name="one_draft_per_application_exercise"
            )
        ]

    def __str__(self):
        return f"Draft #{self.pk}"


class SubmissionQuerySet(models.QuerySet):
    def of_candidate_user(self, user):
        return self.filter(application__candidate__user=user)

    def of_offer(self, offer):
        return self.filter(application__offer=offer)

    def stale(self, before):
        """Queued or running since ``before``: their worker probably died."""
        return self.filter(
            status__in=[SubmissionStatus.QUEUED, SubmissionStatus.RUNNING],
            status_changed_at__lt=before,
        )

    def retryable(self, before, max_attempts):
        """Failed on a sandbox error since ``before``, with attempts left."""
        return self.filter(
            status=SubmissionStatus.FAILED,
            status_changed_at__lt=before,
            attempts__lt=max_attempts,
        )


class Submission(models.Model):
    """Code handed in for grading. Saved first; grading happens later, in a task."""

    TRANSITIONS = {
        SubmissionStatus.QUEUED: {SubmissionStatus.RUNNING},
        # Back to queued: a worker died mid-run and the submission is re-enqueued.
        SubmissionStatus.RUNNING: {
            SubmissionStatus.GRADED,
            SubmissionStatus.FAILED,
            SubmissionStatus.QUEUED,
        },
        # Failed is retryable: the sandbox was at fault, never the candidate.
        SubmissionStatus.FAILED: {SubmissionStatus.QUEUED, SubmissionStatus.RUNNING},
        SubmissionStatus.GRADED: set(),
    }
    FINAL = frozenset({SubmissionStatus.GRADED})

    application = models.ForeignKey(
        "candidates.Application", on_delete=models.CASCADE, related_name="submissions"
    )
    exercise = models.ForeignKey(Exercise, on_delete=models.PROTECT, related_name="submissions")
    code = models.TextField(_("code"))
    created_at = models.DateTimeField(_("soumise le"), default=timezone.now)
    status = models.CharField(
        _("statut"),
        max_length=16,
        choices=SubmissionStatus.choices,
        default=SubmissionStatus.QUEUED,
    )
    status_changed_at = models.DateTimeField(default=timezone.now)
    score = models.FloatField(_("score"), null=True, blank=True)
    # [{"name", "verdict", "time_s", "weight"}]: no input, output or expected output.
    verdicts = models.JSONField(_("résultats par test"), default=list, blank=True)
    attempts = models.PositiveSmallIntegerField(_("tentatives de correction"), default=0)
    graded_at = models.DateTimeField(_("corrigée le"), null=True, blank=True)
    # For operators: why grading failed (the candidate gets a generic, reassuring message).
    failure_reason = models.TextField(_("raison de l'échec"), blank=True)

    objects = SubmissionQuerySet.as_manager()

    class Meta:
        verbose_name = _("soumission")
        verbose_name_plural = _("soumissions")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["status", "status_changed_at"])]

    def __str__(self):
        return f"Submission #{self.pk}"

    @property
    def is_final(self) -> bool:
        return self.status in self.FINAL

    @property
    def score_percent(self) -> int | None:
        return None if self.score is None else round(self.score * 100)

    @property
    def passed_count(self) -> int:
        return sum(1 for v in self.verdicts if v["verdict"] == TestVerdict.AC)

    def verdict_rows(self) -> list[dict]:
        """Verdicts with their label, for templates."""
        labels = dict(TestVerdict.choices)
        return [{**v, "label": labels.get(v["verdict"], v["verdict"])} for v in self.verdicts]

    def transition(self, to: SubmissionStatus) -> None:
        """Move to ``to`` or raise ``InvalidTransition``; the caller saves."""
        if to not in self.TRANSITIONS[SubmissionStatus(self.status)]:
            raise InvalidTransition(f"{self.status} -> {to}")
        self.status = to
        self.status_changed_at = timezone.now()
