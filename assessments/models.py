"""Coding exercises (synced from the library), drafts and graded submissions; situational
judgement scenarios and written questions (synced too); assessment campaigns per offer, the
candidates' attempts and answers, accommodations and the blind reviews of written answers.
"""

import secrets
from datetime import timedelta
from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from assessments.enums import (
    AccommodationStatus,
    AttemptStatus,
    CheckerKind,
    Competency,
    ExerciseLanguage,
    ExerciseLevel,
    ExerciseTrack,
    ExtraTime,
    SjtMode,
    SubmissionStatus,
    TestVerdict,
    ValidationStatus,
)
from assessments.grading import TestCase
from assessments.library.sjt import Response, Scenario
from assessments.starters import localize
from core.i18n import current_language
from employers.models import recruiting_member


class InvalidTransition(Exception):
    """A submission was asked to move to a status its current status does not lead to."""


class ExerciseQuerySet(models.QuerySet):
    def current(self):
        return self.filter(is_current=True)

    def library(self):
        """Vivier's library, open to every employer (an employer's own exercises are not)."""
        return self.filter(employer__isnull=True)

    def of_member(self, user):
        """The exercises of the employers ``user`` recruits for (every version): another
        organisation's, or the library's, are not theirs to see or edit."""
        return self.filter(recruiting_member(user, "employer__"))

    def usable_by(self, employer):
        """What ``employer`` may put in a campaign: the library's current versions, and of its
        own exercises the latest version that passed its check (``validated_at``)."""
        latest_validated = (
            self.model.objects.filter(employer=employer, validated_at__isnull=False)
            .filter(slug=models.OuterRef("slug"))
            .order_by("-version")
            .values("pk")[:1]
        )
        own = self.filter(employer=employer, pk=models.Subquery(latest_validated))
        return self.filter(models.Q(employer__isnull=True, is_current=True) | models.Q(pk__in=own))

    def without_tests(self):
        """The hidden tests weigh megabytes (large inputs): pages never need them; nor the
        variants' hidden tests (the drawn samples are read by ``drawn_samples``)."""
        return self.defer("hidden_tests", "variants")


class Exercise(models.Model):
    """One version of a coding exercise: of the library (``employer`` is None; the library is
    the source, ``load_exercises`` syncs) or written by an employer for its own campaigns
    (``assessments.work_samples``), which only that employer sees.

    A changed library exercise that nobody has submitted to is updated in place (its
    ``version`` goes up); once submissions point at it, the change makes a new row and the old
    one stays, so every submission is graded and shown against the tests it was submitted to.
    An employer's exercise gets a new version as soon as a campaign uses it, and a version is
    usable in a campaign once its reference solution passed every test (``validated_at``).
    """

    slug = models.SlugField(_("identifiant"), max_length=80)
    version = models.PositiveIntegerField(_("version"), default=1)
    content_hash = models.CharField(_("empreinte du contenu"), max_length=64)
    is_current = models.BooleanField(_("version en cours"), default=True)
    level = models.CharField(_("niveau"), max_length=16, choices=ExerciseLevel.choices)
    # The first of ``languages``: the default choice.
    language = models.CharField(_("langage"), max_length=16, choices=ExerciseLanguage.choices)
    languages = models.JSONField(_("langages proposés"), default=list)
    track = models.CharField(
        _("métier"), max_length=16, choices=ExerciseTrack.choices, default=ExerciseTrack.GENERAL
    )
    estimated_minutes = models.PositiveSmallIntegerField(_("durée estimée (minutes)"), default=30)
    title_fr = models.CharField(_("titre (français)"), max_length=200)
    title_en = models.CharField(_("titre (anglais)"), max_length=200)
    statement_fr = models.TextField(_("énoncé (français, Markdown)"))
    statement_en = models.TextField(_("énoncé (anglais, Markdown)"))
    statement_html_fr = models.TextField(_("énoncé (français, HTML nettoyé)"))
    statement_html_en = models.TextField(_("énoncé (anglais, HTML nettoyé)"))
    # Starter code of ``language``; ``starters`` has one per language.
    starter_code = models.TextField(_("code de départ"), blank=True)
    starters = models.JSONField(_("codes de départ par langage"), default=dict)
    checker = models.CharField(_("comparaison"), max_length=16, choices=CheckerKind.choices)
    tolerance = models.FloatField(_("tolérance"), default=1e-6)
    time_limit_s = models.FloatField(_("limite de temps (s)"))
    memory_mb = models.PositiveIntegerField(_("limite de mémoire (Mo)"))
    # [{"name", "stdin", "expected"}] shown to the candidate.
    samples = models.JSONField(_("exemples"), default=list)
    # [{"name", "stdin", "expected", "weight"}] never shown to the candidate.
    hidden_tests = models.JSONField(_("tests cachés"), default=list)
    # Tests drawn per candidate: [{"samples": [...], "hidden": [...]}], one entry per variant,
    # every variant with the same test names and weights (see ``variant_for``).
    variants = models.JSONField(_("variantes"), default=list, blank=True)
    # An employer's own exercise: the organisation that wrote it (None: the library's), its
    # author, its reference solution, and when this version passed its check in the sandbox.
    employer = models.ForeignKey(
        "employers.Employer",
        verbose_name=_("entreprise"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="exercises",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("rédigé par"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reference_language = models.CharField(
        _("langage de la solution de référence"),
        max_length=16,
        choices=ExerciseLanguage.choices,
        blank=True,
    )
    reference_solution = models.TextField(_("solution de référence"), blank=True)
    validated_at = models.DateTimeField(_("validé le"), null=True, blank=True)
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
        # An employer's exercise may have no English: the French stands in.
        return (current_language() == "en" and self.title_en) or self.title_fr

    @property
    def statement_html(self) -> str:
        return (current_language() == "en" and self.statement_html_en) or self.statement_html_fr

    @property
    def is_library(self) -> bool:
        return self.employer_id is None

    @property
    def is_usable(self) -> bool:
        """May go into a campaign: the library's, or an employer's version that passed."""
        return self.employer_id is None or self.validated_at is not None

    @property
    def offered_languages(self) -> list[str]:
        return list(self.languages) or [self.language]

    def language_choices(self, allowed=None) -> list[tuple[str, str]]:
        """(key, label) of the languages offered, restricted to ``allowed`` when given."""
        labels = dict(ExerciseLanguage.choices)
        keys = [key for key in self.offered_languages if not allowed or key in allowed]
        return [(key, str(labels.get(key, key))) for key in keys]

    def languages_label(self) -> str:
        """The languages offered, by name: « Python 3, JavaScript (Node.js) »."""
        return ", ".join(label for _key, label in self.language_choices())

    def starter_for(self, language: str) -> str:
        """The starter code in ``language``, its comments in the interface's language."""
        code = (self.starters or {}).get(
            language, self.starter_code if language == self.language else ""
        )
        return localize(code, current_language())

    def variant_count(self) -> int:
        return len(self.variants or [])

    def sample_cases(self, variant: int | None = None) -> list[TestCase]:
        samples = list(self.samples)
        if variant is not None and self.variants:
            samples += self.variants[variant]["samples"]
        return [TestCase(s["name"], s["stdin"], s["expected"]) for s in samples]

    def hidden_cases(self, variant: int | None = None) -> list[TestCase]:
        tests = list(self.hidden_tests)
        if variant is not None and self.variants:
            tests += self.variants[variant]["hidden"]
        return [TestCase(t["name"], t["stdin"], t["expected"], t.get("weight", 1)) for t in tests]


class CodeDraft(models.Model):
    """The code a candidate is typing, autosaved every few seconds."""

    application = models.ForeignKey(
        "candidates.Application", on_delete=models.CASCADE, related_name="code_drafts"
    )
    exercise = models.ForeignKey(Exercise, on_delete=models.CASCADE, related_name="drafts")
    # One draft per language: switching language loses nothing.
    language = models.CharField(
        _("langage"), max_length=16, choices=ExerciseLanguage.choices, default="python"
    )
    code = models.TextField(_("code"), blank=True)
    updated_at = models.DateTimeField(_("enregistré le"), auto_now=True)

    class Meta:
        verbose_name = _("brouillon de code")
        verbose_name_plural = _("brouillons de code")
        constraints = [
            models.UniqueConstraint(
                fields=["application", "exercise", "language"],
                name="one_draft_per_application_exercise_language",
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

    def postponed_due(self, now):
        """Postponed (see ``Submission.postponed_until``) and due by ``now``."""
        return self.filter(status=SubmissionStatus.QUEUED, postponed_until__lte=now)

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
        # Back to queued: a worker died mid-run and the submission is re-enqueued, or grading
        # was postponed because nothing could run (no free sandbox slot, no sandbox).
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
    language = models.CharField(
        _("langage"), max_length=16, choices=ExerciseLanguage.choices, default="python"
    )
    # The candidate's draw among the exercise's variants (None: the exercise has none).
    variant = models.PositiveSmallIntegerField(_("variante"), null=True, blank=True)
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
    # For operators: why grading failed or was postponed (the candidate gets a generic,
    # reassuring message).
    failure_reason = models.TextField(_("raison de l'échec"), blank=True)
    # Grading postponed because nothing could run (every sandbox slot busy, or the sandbox
    # unavailable): the submission stays queued, the attempt is not counted, and it is due again
    # at ``postponed_until`` (None once a grading starts), after a growing delay.
    postponements = models.PositiveSmallIntegerField(_("reports de la correction"), default=0)
    postponed_until = models.DateTimeField(_("correction reportée jusqu'au"), null=True, blank=True)

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
    def is_postponed(self) -> bool:
        """Queued again, for later, because nothing could run: not a failure."""
        return self.status == SubmissionStatus.QUEUED and self.postponed_until is not None

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

    def mark_graded(self, report) -> None:
        """Store ``report`` (an ``assessments.grading.GradeReport``) as the result of this
        running submission, without the programs' output; the caller saves."""
        self.transition(SubmissionStatus.GRADED)
        self.score = report.score
        self.verdicts = [
            {"name": t.name, "verdict": t.verdict, "time_s": t.time_s, "weight": t.weight}
            for t in report.tests
        ]
        self.graded_at = timezone.now()
        self.failure_reason = ""


# -- the check of an employer's exercise ------------------------------------------------------


class ExerciseValidation(models.Model):
    """One run of an employer's exercise's reference solution on its samples and hidden tests,
    in the sandbox, as a background task like grading (``assessments.work_samples``). The
    exercise's latest validation is the one shown; a version is usable once one of its
    validations passed (``Exercise.validated_at``)."""

    TRANSITIONS = {
        ValidationStatus.QUEUED: {ValidationStatus.RUNNING},
        ValidationStatus.RUNNING: {
            ValidationStatus.PASSED,
            ValidationStatus.FAILED,
            ValidationStatus.UNAVAILABLE,
            ValidationStatus.ERROR,
        },
        ValidationStatus.PASSED: set(),
        ValidationStatus.FAILED: set(),
        ValidationStatus.UNAVAILABLE: set(),
        ValidationStatus.ERROR: set(),
    }
    FINAL = frozenset(
        {
            ValidationStatus.PASSED,
            ValidationStatus.FAILED,
            ValidationStatus.UNAVAILABLE,
            ValidationStatus.ERROR,
        }
    )

    exercise = models.ForeignKey(Exercise, on_delete=models.CASCADE, related_name="validations")
    status = models.CharField(
        _("statut"),
        max_length=16,
        choices=ValidationStatus.choices,
        default=ValidationStatus.QUEUED,
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("demandée par"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    requested_at = models.DateTimeField(_("demandée le"), default=timezone.now)
    status_changed_at = models.DateTimeField(default=timezone.now)
    # [{"name", "kind": "sample" | "hidden", "verdict", "time_s", "weight", "stdout",
    # "stderr"}]: the author's own tests, so the output of a failed test is kept (cut short).
    results = models.JSONField(_("résultats par test"), default=list, blank=True)
    # Why nothing could be judged (sandbox unavailable, platform error), for the author.
    message = models.TextField(_("message"), blank=True)

    class Meta:
        verbose_name = _("vérification d'un exercice")
        verbose_name_plural = _("vérifications des exercices")
        ordering = ["-requested_at", "-id"]

    def __str__(self):
        return f"Exercise validation #{self.pk}"

    @property
    def is_final(self) -> bool:
        return self.status in self.FINAL

    @property
    def passed(self) -> bool:
        return self.status == ValidationStatus.PASSED

    def transition(self, to: ValidationStatus) -> None:
        """Move to ``to`` or raise ``InvalidTransition``; the caller saves."""
        if to not in self.TRANSITIONS[ValidationStatus(self.status)]:
            raise InvalidTransition(f"{self.status} -> {to}")
        self.status = to
        self.status_changed_at = timezone.now()

    def result_rows(self) -> list[dict]:
        """Results with their verdict's label, for templates."""
        labels = dict(TestVerdict.choices)
        return [{**r, "label": labels.get(r["verdict"], r["verdict"])} for r in self.results]


# -- soft-skill content (synced from the library) -----------------------------------------


class LibraryItemQuerySet(models.QuerySet):
    def current(self):
        return self.filter(is_current=True)


class LibraryItem(models.Model):
    """One version of a soft-skill library item, synced by ``load_assessment_library`` and
    versioned by content hash like exercises: a changed item in use gets a new version."""

    slug = models.SlugField(_("identifiant"), max_length=80)
    version = models.PositiveIntegerField(_("version"), default=1)
    content_hash = models.CharField(_("empreinte du contenu"), max_length=64)
    is_current = models.BooleanField(_("version en cours"), default=True)
    competency = models.CharField(_("compétence"), max_length=32, choices=Competency.choices)
    created_at = models.DateTimeField(default=timezone.now)

    objects = LibraryItemQuerySet.as_manager()

    class Meta:
        abstract = True
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "version"], name="%(app_label)s_%(class)s_unique_version"
            ),
            models.UniqueConstraint(
                fields=["slug"],
                condition=models.Q(is_current=True),
                name="%(app_label)s_%(class)s_one_current_version",
            ),
        ]
        ordering = ["competency", "slug", "-version"]

    def __str__(self):
        return f"{self.slug} v{self.version}"


class SjtScenario(LibraryItem):
    """One version of a library scenario."""

    situation_fr = models.TextField(_("situation (français)"))
    situation_en = models.TextField(_("situation (anglais)"))
    question_fr = models.TextField(_("question (français)"))
    question_en = models.TextField(_("question (anglais)"))
    rationale_fr = models.TextField(_("justification de la clé (français)"))
    rationale_en = models.TextField(_("justification de la clé (anglais)"))
    # [{"id", "text_fr", "text_en", "rating"}]: the ratings are the expert key.
    responses = models.JSONField(_("réponses"), default=list)

    class Meta(LibraryItem.Meta):
        verbose_name = _("mise en situation")
        verbose_name_plural = _("mises en situation")

    @property
    def situation(self) -> str:
        return self.situation_en if current_language() == "en" else self.situation_fr

    @property
    def question(self) -> str:
        return self.question_en if current_language() == "en" else self.question_fr

    @property
    def rationale(self) -> str:
        return self.rationale_en if current_language() == "en" else self.rationale_fr

    def response_choices(self) -> list[tuple[str, str]]:
        key = "text_en" if current_language() == "en" else "text_fr"
        return [(r["id"], r[key]) for r in self.responses]

    def response_ids(self) -> set[str]:
        return {r["id"] for r in self.responses}

    def to_spec(self) -> Scenario:
        """The library's dataclass, so the library's scoring functions apply."""
        return Scenario(
            id=self.slug,
            competency=self.competency,
            situation={"fr": self.situation_fr, "en": self.situation_en},
            question={"fr": self.question_fr, "en": self.question_en},
            responses=tuple(
                Response(r["id"], {"fr": r["text_fr"], "en": r["text_en"]}, r["rating"])
                for r in self.responses
            ),
            rationale={"fr": self.rationale_fr, "en": self.rationale_en},
        )


class WrittenQuestion(LibraryItem):
    """One version of a library written question with its five-level rubric."""

    prompt_fr = models.TextField(_("consigne (français)"))
    prompt_en = models.TextField(_("consigne (anglais)"))
    # [{"level": 1..5, "fr", "en"}]: behaviourally anchored levels.
    rubric = models.JSONField(_("grille"), default=list)

    class Meta(LibraryItem.Meta):
        verbose_name = _("question écrite")
        verbose_name_plural = _("questions écrites")

    @property
    def prompt(self) -> str:
        return self.prompt_en if current_language() == "en" else self.prompt_fr

    def rubric_levels(self) -> list[tuple[int, str]]:
        key = "en" if current_language() == "en" else "fr"
        return [(level["level"], level[key]) for level in self.rubric]


# -- campaigns ---------------------------------------------------------------------------


class CampaignQuerySet(models.QuerySet):
    def current(self):
        return self.filter(is_current=True)

    def of_member(self, user):
        """Campaigns of the offers of the organisations ``user`` belongs to."""
        return self.filter(recruiting_member(user, "offer__employer__"))


class Campaign(models.Model):
    """One version of the assessment an employer composed for an offer.

    Editable while nobody has started it; once an attempt points at it, editing makes a new
    version (``is_current``) for later candidates and this one stays as it was.
    """

    offer = models.ForeignKey(
        "employers.Offer", on_delete=models.CASCADE, related_name="assessment_campaigns"
    )
    version = models.PositiveIntegerField(_("version"), default=1)
    is_current = models.BooleanField(_("version en cours"), default=True)
    exercises = models.ManyToManyField(
        Exercise, blank=True, related_name="campaigns", verbose_name=_("exercices de code")
    )
    scenarios = models.ManyToManyField(
        SjtScenario, blank=True, related_name="campaigns", verbose_name=_("mises en situation")
    )
    questions = models.ManyToManyField(
        WrittenQuestion, blank=True, related_name="campaigns", verbose_name=_("questions écrites")
    )
    # {exercise slug: [language keys]} chosen by the employer; a slug absent: every language
    # the exercise offers.
    exercise_languages = models.JSONField(_("langages autorisés par exercice"), default=dict)
    weight_coding = models.PositiveSmallIntegerField(_("poids du code"), default=0)
    weight_sjt = models.PositiveSmallIntegerField(_("poids des mises en situation"), default=0)
    weight_written = models.PositiveSmallIntegerField(_("poids des questions écrites"), default=0)
    sjt_mode = models.CharField(
        _("réponse aux mises en situation"),
        max_length=16,
        choices=SjtMode.choices,
        default=SjtMode.BEST_WORST,
    )
    duration_minutes = models.PositiveSmallIntegerField(
        _("durée (minutes)"), validators=[MinValueValidator(5), MaxValueValidator(480)]
    )
    deadline = models.DateTimeField(_("date limite"))
    extra_time = models.CharField(
        _("temps supplémentaire accordé sur demande"),
        max_length=4,
        choices=ExtraTime.choices,
        default=ExtraTime.THIRD,
    )
    closed_at = models.DateTimeField(_("clôturée le"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    objects = CampaignQuerySet.as_manager()

    class Meta:
        verbose_name = _("campagne d'évaluation")
        verbose_name_plural = _("campagnes d'évaluation")
        ordering = ["offer", "-version"]
        constraints = [
            models.UniqueConstraint(fields=["offer", "version"], name="unique_campaign_version"),
            models.UniqueConstraint(
                fields=["offer"],
                condition=models.Q(is_current=True),
                name="one_current_campaign_per_offer",
            ),
        ]

    def __str__(self):
        return f"Campaign #{self.pk} v{self.version}"

    @property
    def is_locked(self) -> bool:
        return self.attempts.exists()

    def is_closed(self, now=None) -> bool:
        """Closed by the employer, or past its deadline: results may be shown."""
        now = now or timezone.now()
        return self.closed_at is not None or now >= self.deadline

    @property
    def closed_early(self) -> bool:
        """Closed by the employer before its deadline (not merely past it)."""
        return self.closed_at is not None and self.closed_at < self.deadline

    def allowed_languages(self, exercise) -> list[str]:
        """The languages a candidate may use for ``exercise`` in this campaign."""
        offered = exercise.offered_languages
        chosen = (self.exercise_languages or {}).get(exercise.slug)
        allowed = [key for key in offered if key in chosen] if chosen else offered
        # A newer version of the exercise may no longer offer what was chosen: never none.
        return allowed or offered

    @property
    def ranks_responses(self) -> bool:
        return self.sjt_mode == SjtMode.RANK

    def weights(self) -> dict[str, int]:
        return {
            "coding": self.weight_coding,
            "sjt": self.weight_sjt,
            "written": self.weight_written,
        }

    @property
    def extra_time_multiplier(self) -> Decimal:
        return Decimal(self.extra_time)

    @property
    def offers_extra_time(self) -> bool:
        """Always, since the accessibility statement promises it (ExtraTime has no "none")."""
        return self.extra_time in ExtraTime.values

    def minutes_for(self, multiplier) -> int:
        """The duration a candidate with `multiplier` gets, in whole minutes (as the clock of
        Attempt.compute_ends_at gives it, before the deadline cuts it)."""
        return int(Decimal(self.duration_minutes) * Decimal(multiplier))


class Accommodation(models.Model):
    """Extra time a candidate asked for, granted as asked at the campaign's rate
    (``Campaign.extra_time``). No employer page reads a row: they see a count, once the
    assessment is closed. ``reason`` and ``decided_by`` are history: candidates used to give
    a private reason and the employer to decide each request."""

    application = models.OneToOneField(
        "candidates.Application", on_delete=models.CASCADE, related_name="accommodation"
    )
    reason = models.TextField(_("motif (facultatif, jamais montré à l'employeur)"), blank=True)
    status = models.CharField(
        _("statut"),
        max_length=16,
        choices=AccommodationStatus.choices,
        default=AccommodationStatus.APPROVED,
    )
    multiplier = models.DecimalField(
        _("multiplicateur de temps"), max_digits=3, decimal_places=2, null=True, blank=True
    )
    requested_at = models.DateTimeField(_("demandé le"), default=timezone.now)
    decided_at = models.DateTimeField(_("décidé le"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("aménagement")
        verbose_name_plural = _("aménagements")
        ordering = ["requested_at", "id"]

    def __str__(self):
        return f"Accommodation #{self.pk}"

    @property
    def granted_multiplier(self) -> Decimal:
        if self.status == AccommodationStatus.APPROVED and self.multiplier:
            return self.multiplier
        return Decimal(1)


class AttemptQuerySet(models.QuerySet):
    def in_progress(self):
        return self.filter(status=AttemptStatus.IN_PROGRESS)

    def expired(self, now=None):
        return self.in_progress().filter(ends_at__lte=now or timezone.now())

    def finished(self):
        return self.exclude(status=AttemptStatus.IN_PROGRESS)


class Attempt(models.Model):
    """A candidate's one sitting of a campaign version. The server owns the clock."""

    TRANSITIONS = {
        AttemptStatus.IN_PROGRESS: {AttemptStatus.SUBMITTED, AttemptStatus.EXPIRED},
        AttemptStatus.SUBMITTED: set(),
        AttemptStatus.EXPIRED: set(),
    }

    application = models.OneToOneField(
        "candidates.Application", on_delete=models.CASCADE, related_name="assessment_attempt"
    )
    campaign = models.ForeignKey(Campaign, on_delete=models.PROTECT, related_name="attempts")
    status = models.CharField(
        _("statut"),
        max_length=16,
        choices=AttemptStatus.choices,
        default=AttemptStatus.IN_PROGRESS,
    )
    time_multiplier = models.DecimalField(
        _("multiplicateur de temps"), max_digits=3, decimal_places=2, default=Decimal(1)
    )
    started_at = models.DateTimeField(_("commencée le"), default=timezone.now)
    ends_at = models.DateTimeField(_("se termine le"))
    finished_at = models.DateTimeField(_("remise le"), null=True, blank=True)

    objects = AttemptQuerySet.as_manager()

    class Meta:
        verbose_name = _("passage d'évaluation")
        verbose_name_plural = _("passages d'évaluation")
        ordering = ["-started_at", "-id"]
        indexes = [models.Index(fields=["status", "ends_at"])]

    def __str__(self):
        return f"Attempt #{self.pk}"

    def compute_ends_at(self):
        """Start + duration × multiplier, never after the campaign's deadline."""
        minutes = Decimal(self.campaign.duration_minutes) * self.time_multiplier
        end = self.started_at + timedelta(seconds=int(minutes * 60))
        return min(end, self.campaign.deadline)

    @property
    def is_open(self) -> bool:
        return self.status == AttemptStatus.IN_PROGRESS

    def remaining_seconds(self, now=None) -> int:
        if not self.is_open:
            return 0
        return max(0, int((self.ends_at - (now or timezone.now())).total_seconds()))

    def transition(self, to: AttemptStatus) -> None:
        """Move to ``to`` or raise ``InvalidTransition``; the caller saves."""
        if to not in self.TRANSITIONS[AttemptStatus(self.status)]:
            raise InvalidTransition(f"{self.status} -> {to}")
        self.status = to
        self.finished_at = timezone.now()


class SjtAnswer(models.Model):
    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="sjt_answers")
    scenario = models.ForeignKey(SjtScenario, on_delete=models.PROTECT, related_name="answers")
    most = models.CharField(_("réponse la plus efficace"), max_length=40, blank=True)
    least = models.CharField(_("réponse la moins efficace"), max_length=40, blank=True)
    # Ranking mode: {response id: rank}, 1 for the most effective, kept as the candidate left it
    # (possibly incomplete); only a complete ranking is scored (``ranking()``).
    ranks = models.JSONField(_("rangs donnés"), default=dict, blank=True)
    updated_at = models.DateTimeField(_("enregistrée le"), auto_now=True)

    class Meta:
        verbose_name = _("réponse à une mise en situation")
        verbose_name_plural = _("réponses aux mises en situation")
        constraints = [
            models.UniqueConstraint(fields=["attempt", "scenario"], name="one_sjt_answer")
        ]

    def __str__(self):
        return f"SJT answer #{self.pk}"

    def ranking(self, response_ids) -> list[str] | None:
        """The response ids from most to least effective, or None unless every response of
        ``response_ids`` has a rank and the ranks are 1 to n, each used once."""
        return complete_ranking(self.ranks, response_ids)


def complete_ranking(ranks: dict[str, int], response_ids) -> list[str] | None:
    """``SjtAnswer.ranking`` of the ranks stored in an answer (``SjtAnswer.ranks``)."""
    response_ids = set(response_ids)
    if set(ranks) != response_ids:
        return None
    if sorted(ranks.values()) != list(range(1, len(response_ids) + 1)):
        return None
    return sorted(ranks, key=ranks.__getitem__)


class WrittenAnswer(models.Model):
    attempt = models.ForeignKey(Attempt, on_delete=models.CASCADE, related_name="written_answers")
    question = models.ForeignKey(WrittenQuestion, on_delete=models.PROTECT, related_name="answers")
    text = models.TextField(_("réponse"), blank=True)
    updated_at = models.DateTimeField(_("enregistrée le"), auto_now=True)

    class Meta:
        verbose_name = _("réponse écrite")
        verbose_name_plural = _("réponses écrites")
        constraints = [
            models.UniqueConstraint(fields=["attempt", "question"], name="one_written_answer")
        ]

    def __str__(self):
        return f"Written answer #{self.pk}"


class WrittenReview(models.Model):
    """One reviewer's blind rating of one written answer on the question's rubric."""

    answer = models.ForeignKey(WrittenAnswer, on_delete=models.CASCADE, related_name="reviews")
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="written_reviews"
    )
    level = models.PositiveSmallIntegerField(
        _("niveau"), validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    created_at = models.DateTimeField(_("relue le"), default=timezone.now)

    class Meta:
        verbose_name = _("relecture")
        verbose_name_plural = _("relectures")
        constraints = [
            models.UniqueConstraint(fields=["answer", "reviewer"], name="one_review_per_reviewer")
        ]

    def __str__(self):
        return f"Review #{self.pk}"


class DeadlineReminder(models.Model):
    """A reminder, sent or due, that an assessment's deadline is near for an application that
    has not started it (`assessments.deadline_reminders`): once per application, deadline and
    delay, so that running the command often sends nothing twice, and a deadline moved later
    gets its own reminders."""

    application = models.ForeignKey(
        "candidates.Application", on_delete=models.CASCADE, related_name="deadline_reminders"
    )
    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="+")
    deadline = models.DateTimeField(_("date limite"))
    hours_before = models.PositiveSmallIntegerField(_("heures avant la date limite"))
    sent_at = models.DateTimeField(_("envoyé le"), default=timezone.now)

    class Meta:
        verbose_name = _("rappel de date limite")
        verbose_name_plural = _("rappels de date limite")
        constraints = [
            models.UniqueConstraint(
                fields=["application", "deadline", "hours_before"],
                name="one_deadline_reminder_per_delay",
            )
        ]

    def __str__(self):
        return f"Deadline reminder #{self.pk}"


# -- results that travel -----------------------------------------------------------------


class ReusedResult(models.Model):
    """A result the candidate obtained in a sitting for another offer and chose, with their
    consent, to count for this application instead of taking the item again (``reuse.py``).

    The counted row is a copy in this application (a graded ``Submission`` or an ``SjtAnswer``
    of its attempt), so the result counts exactly as a fresh one everywhere scores are read.
    ``taken_at`` is when the original was taken: the only thing the employer learns of it,
    with the fact that it was reused. The source rows belong to another offer and are never
    shown to this one's employer."""

    application = models.ForeignKey(
        "candidates.Application", on_delete=models.CASCADE, related_name="reused_results"
    )
    exercise = models.ForeignKey(
        Exercise, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    scenario = models.ForeignKey(
        SjtScenario, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    source_submission = models.ForeignKey(
        Submission, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    source_answer = models.ForeignKey(
        SjtAnswer, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    submission = models.OneToOneField(
        Submission, null=True, blank=True, on_delete=models.CASCADE, related_name="reuse"
    )
    answer = models.OneToOneField(
        SjtAnswer, null=True, blank=True, on_delete=models.CASCADE, related_name="reuse"
    )
    taken_at = models.DateTimeField(_("passé le"))
    consented_at = models.DateTimeField(_("consentement donné le"))

    class Meta:
        verbose_name = _("résultat réutilisé")
        verbose_name_plural = _("résultats réutilisés")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(exercise__isnull=False, scenario__isnull=True)
                | models.Q(exercise__isnull=True, scenario__isnull=False),
                name="reused_result_one_item",
            ),
            models.UniqueConstraint(
                fields=["application", "exercise"], name="one_reuse_per_application_exercise"
            ),
            models.UniqueConstraint(
                fields=["application", "scenario"], name="one_reuse_per_application_scenario"
            ),
        ]

    def __str__(self):
        return f"Reused result #{self.pk}"

    @property
    def item(self) -> Exercise | SjtScenario:
        """The exercise or the scenario (one of them, never both: the check constraint)."""
        item = self.exercise or self.scenario
        assert item is not None
        return item


def new_certificate_token() -> str:
    return secrets.token_urlsafe(32)


class CertificateQuerySet(models.QuerySet):
    def live(self):
        return self.filter(revoked_at=None)


class Certificate(models.Model):
    """A page the candidate can share that shows only items, scores and dates. Its address
    carries a random token (``secrets``, 256 bits): whoever has the link can read it, nobody
    can guess one. Revoking keeps the row (the candidate's list says when) and makes the
    address answer 410."""

    candidate = models.ForeignKey(
        "candidates.Candidate", on_delete=models.CASCADE, related_name="certificates"
    )
    token = models.CharField(max_length=64, unique=True, default=new_certificate_token)
    created_at = models.DateTimeField(_("créé le"), default=timezone.now)
    revoked_at = models.DateTimeField(_("révoqué le"), null=True, blank=True)

    objects = CertificateQuerySet.as_manager()

    class Meta:
        verbose_name = _("certificat de résultats")
        verbose_name_plural = _("certificats de résultats")
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"Certificate #{self.pk}"

    @property
    def is_revoked(self) -> bool:
        return self.revoked_at is not None


class CertificateItem(models.Model):
    """One result on a certificate, as it was when the certificate was made."""

    certificate = models.ForeignKey(Certificate, on_delete=models.CASCADE, related_name="items")
    exercise = models.ForeignKey(
        Exercise, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    scenario = models.ForeignKey(
        SjtScenario, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    score = models.FloatField(_("score"))
    taken_at = models.DateTimeField(_("passé le"))

    class Meta:
        verbose_name = _("résultat certifié")
        verbose_name_plural = _("résultats certifiés")
        ordering = ["taken_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(exercise__isnull=False, scenario__isnull=True)
                | models.Q(exercise__isnull=True, scenario__isnull=False),
                name="certificate_item_one_item",
            ),
        ]

    def __str__(self):
        return f"Certificate item #{self.pk}"

    @property
    def item(self) -> Exercise | SjtScenario:
        """The exercise or the scenario (one of them, never both: the check constraint)."""
        item = self.exercise or self.scenario
        assert item is not None
        return item

    @property
    def score_percent(self) -> int:
        return round(self.score * 100)
