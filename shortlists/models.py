from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from candidates.enums import DEFAULT_REVEAL_STAGE, RevealStage
from employers.models import recruiting_member
from shortlists import ranking
from shortlists.enums import Component, DecisionKind, DecisionReason, MissingScores

PERCENT = [MinValueValidator(0), MaxValueValidator(100)]
DEFAULT_NO_ANSWER_DAYS = 30
DEFAULT_GRACE_DAYS = 14


class SelectionPolicyQuerySet(models.QuerySet):
    def of_member(self, user):
        return self.filter(recruiting_member(user, "offer__employer__"))

    def current_for(self, offer_id: int) -> "SelectionPolicy | None":
        return self.filter(offer_id=offer_id).order_by("-number").first()

    def reveal_stage_for(self, offer_id: int) -> str:
        """The stage from which the offer's employer may see identities (default: interview)."""
        stage = (
            self.filter(offer_id=offer_id)
            .order_by("-number")
            .values_list("reveal_stage", flat=True)
            .first()
        )
        return stage or DEFAULT_REVEAL_STAGE


class SelectionPolicy(models.Model):
    """One version of an offer's selection rules: the weights of each component, the cut-offs,
    how a missing result counts, when identities are revealed and how long a candidate may wait
    for an answer. Locked once results are shown; a later change makes a new version."""

    offer = models.ForeignKey(
        "employers.Offer", on_delete=models.CASCADE, related_name="selection_policies"
    )
    number = models.PositiveIntegerField(_("version"))
    weight_coding = models.PositiveSmallIntegerField(
        Component.CODING.label, default=40, validators=PERCENT
    )
    weight_sjt = models.PositiveSmallIntegerField(
        Component.SJT.label, default=20, validators=PERCENT
    )
    weight_written = models.PositiveSmallIntegerField(
        Component.WRITTEN.label, default=20, validators=PERCENT
    )
    weight_interview = models.PositiveSmallIntegerField(
        Component.INTERVIEW.label, default=20, validators=PERCENT
    )
    min_coding = models.PositiveSmallIntegerField(
        Component.CODING.label, null=True, blank=True, validators=PERCENT
    )
    min_sjt = models.PositiveSmallIntegerField(
        Component.SJT.label, null=True, blank=True, validators=PERCENT
    )
    min_written = models.PositiveSmallIntegerField(
        Component.WRITTEN.label, null=True, blank=True, validators=PERCENT
    )
    min_interview = models.PositiveSmallIntegerField(
        Component.INTERVIEW.label, null=True, blank=True, validators=PERCENT
    )
    min_total = models.PositiveSmallIntegerField(
        _("total pondéré"), null=True, blank=True, validators=PERCENT
    )
    missing_scores = models.CharField(
        _("résultat manquant"),
        max_length=16,
        choices=MissingScores.choices,
        default=MissingScores.EXCLUDE,
    )
    reveal_stage = models.CharField(
        _("identité visible par l'employeur"),
        max_length=16,
        choices=RevealStage.choices,
        default=DEFAULT_REVEAL_STAGE,
    )
    no_answer_days = models.PositiveSmallIntegerField(
        _("délai de réponse (jours)"),
        default=DEFAULT_NO_ANSWER_DAYS,
        validators=[MinValueValidator(7), MaxValueValidator(120)],
    )
    grace_days = models.PositiveSmallIntegerField(
        _("délai après le rappel (jours)"),
        default=DEFAULT_GRACE_DAYS,
        validators=[MinValueValidator(1), MaxValueValidator(60)],
    )
    change_reason = models.TextField(_("raison du changement"), blank=True, max_length=1000)
    locked_at = models.DateTimeField(_("verrouillée le"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("création"), default=timezone.now)

    objects = SelectionPolicyQuerySet.as_manager()

    class Meta:
        verbose_name = _("règles de sélection")
        verbose_name_plural = _("règles de sélection")
        ordering = ["offer", "-number"]
        constraints = [
            models.UniqueConstraint(
                fields=["offer", "number"], name="unique_selection_policy_number"
            ),
            models.CheckConstraint(
                condition=Q(weight_coding__gt=0)
                | Q(weight_sjt__gt=0)
                | Q(weight_written__gt=0)
                | Q(weight_interview__gt=0),
                name="selection_policy_one_weight_positive",
                violation_error_message=_("Donnez un poids à au moins une composante."),
            ),
        ]

    def __str__(self):
        return f"Selection policy v{self.number} of offer #{self.offer_id}"

    @property
    def is_locked(self) -> bool:
        return self.locked_at is not None

    def weight(self, component: str) -> int:
        return getattr(self, f"weight_{component}")

    @property
    def weight_sum(self) -> int:
        return sum(self.weight(c) for c in ranking.COMPONENTS)

    def minimum(self, component: str) -> int | None:
        return getattr(self, f"min_{component}")

    @property
    def rules(self) -> ranking.Rules:
        return ranking.Rules(
            weights={c: self.weight(c) for c in ranking.COMPONENTS},
            minimums={
                c: None if self.minimum(c) is None else Decimal(self.minimum(c))
                for c in ranking.COMPONENTS
            },
            min_total=None if self.min_total is None else Decimal(self.min_total),
            missing_as_zero=self.missing_scores == MissingScores.ZERO,
        )

    def components(self) -> list[dict]:
        """Each component with its label, weight, share of the weights and minimum."""
        shares = ranking.shares({c: self.weight(c) for c in ranking.COMPONENTS})
        return [
            {
                "key": c,
                "label": Component(c).label,
                "weight": self.weight(c),
                "share": shares[c],
                "minimum": self.minimum(c),
            }
            for c in ranking.COMPONENTS
        ]

    def as_data(self) -> dict:
        """The rules as plain values, for the audit log."""
        return {
            "weights": {c: self.weight(c) for c in ranking.COMPONENTS},
            "minimums": {c: self.minimum(c) for c in ranking.COMPONENTS},
            "min_total": self.min_total,
            "missing_scores": self.missing_scores,
            "reveal_stage": self.reveal_stage,
            "no_answer_days": self.no_answer_days,
            "grace_days": self.grace_days,
        }


class DecisionQuerySet(models.QuerySet):
    def of_member(self, user):
        return self.filter(recruiting_member(user, "application__offer__employer__"))


class Decision(models.Model):
    """A decision on one application, with its job-related reason and the scores the candidate
    was sent as feedback. `decided_by` is empty for the automatic no-answer closure."""

    application = models.ForeignKey(
        "candidates.Application", on_delete=models.CASCADE, related_name="decisions"
    )
    policy = models.ForeignKey(
        SelectionPolicy,
        on_delete=models.SET_NULL,
        related_name="decisions",
        null=True,
        blank=True,
        verbose_name=_("règles de sélection appliquées"),
    )
    kind = models.CharField(_("décision"), max_length=16, choices=DecisionKind.choices)
    reason = models.CharField(_("motif"), max_length=32, choices=DecisionReason.choices)
    comment = models.TextField(_("commentaire"), blank=True, max_length=1000)
    from_stage = models.CharField(_("étape précédente"), max_length=16)
    to_stage = models.CharField(_("nouvelle étape"), max_length=16)
    # {"coding": "72.0" | None, …, "total": "68.4" | None}: what the candidate was told.
    scores = models.JSONField(_("résultats communiqués"), default=dict)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(_("date"), default=timezone.now)

    objects = DecisionQuerySet.as_manager()

    class Meta:
        verbose_name = _("décision")
        verbose_name_plural = _("décisions")
        ordering = ["-decided_at", "-id"]

    def __str__(self):
        return f"{self.get_kind_display()} #{self.application_id}"

    @property
    def is_automatic(self) -> bool:
        return self.decided_by_id is None


class NoAnswerReminder(models.Model):
    """The employer was reminded that an application waits for a decision since `waiting_since`
    (the date its clock started). One reminder per wait: a new stage starts a new clock."""

    application = models.ForeignKey(
        "candidates.Application", on_delete=models.CASCADE, related_name="no_answer_reminders"
    )
    waiting_since = models.DateTimeField(_("en attente depuis"))
    reminded_at = models.DateTimeField(_("rappel envoyé le"), default=timezone.now)

    class Meta:
        verbose_name = _("rappel de réponse")
        verbose_name_plural = _("rappels de réponse")
        constraints = [
            models.UniqueConstraint(
                fields=["application", "waiting_since"], name="one_reminder_per_wait"
            )
        ]

    def __str__(self):
        return f"Reminder for application #{self.application_id}"


class Message(models.Model):
    """One message of an application's thread between the employer and the candidate, who
    stays anonymous. The employer reads `text_for_employer` only: for a candidate's message,
    the text redacted of who they are; the candidate keeps their own words in `text`."""

    application = models.ForeignKey(
        "candidates.Application", on_delete=models.CASCADE, related_name="messages"
    )
    from_candidate = models.BooleanField(_("écrit par la personne candidate"))
    # The employer's member who wrote it; None for the candidate (never linked to their account).
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    text = models.TextField(_("message"))
    text_for_employer = models.TextField(_("message lu par l'employeur"))
    sent_at = models.DateTimeField(_("envoyé le"), default=timezone.now)

    class Meta:
        verbose_name = _("message")
        verbose_name_plural = _("messages")
        ordering = ["application", "sent_at", "id"]

    def __str__(self):
        return f"Message #{self.pk}"


class StoredScore(models.Model):
    """An application's points per component, and its total and completeness under the offer's
    current rules, written by `shortlists.stored_scores` whenever one of them may change (a
    submission graded, an attempt handed in, a review given, an interview's consensus, the rules
    changed): the ranking page and the CSV read these numbers and sort them in the database
    instead of scoring every application on each request. Always equal to what
    `shortlists.scores` and `shortlists.ranking` compute
    (tests/shortlists/test_stored_scores.py)."""

    application = models.OneToOneField(
        "candidates.Application",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="stored_score",
    )
    # The rules the total was computed under (None: the offer had none yet).
    policy = models.ForeignKey(
        SelectionPolicy, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    coding = models.DecimalField(max_digits=4, decimal_places=1, null=True, blank=True)
    sjt = models.DecimalField(max_digits=4, decimal_places=1, null=True, blank=True)
    written = models.DecimalField(max_digits=4, decimal_places=1, null=True, blank=True)
    interview = models.DecimalField(max_digits=4, decimal_places=1, null=True, blank=True)
    total = models.DecimalField(max_digits=4, decimal_places=1, null=True, blank=True)
    completeness = models.PositiveSmallIntegerField(default=0)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("résultats enregistrés")
        verbose_name_plural = _("résultats enregistrés")

    def __str__(self):
        return f"Stored scores of application #{self.application_id}"


class RecruiterDigest(models.Model):
    """One recruiter's daily digest (`shortlists.recruiter_digest`): one per recruiter and day
    (Paris), whether it had something to say or the recruiter switched it off; the next one
    lists the applications that came after `sent_at`."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="recruiter_digests"
    )
    day = models.DateField(_("jour"))
    sent_at = models.DateTimeField(_("préparé le"), default=timezone.now)
    applications = models.PositiveIntegerField(_("nouvelles candidatures"), default=0)
    reviews = models.PositiveIntegerField(_("relectures en attente"), default=0)

    class Meta:
        verbose_name = _("résumé quotidien")
        verbose_name_plural = _("résumés quotidiens")
        constraints = [
            models.UniqueConstraint(fields=["user", "day"], name="one_recruiter_digest_per_day")
        ]

    def __str__(self):
        return f"Digest {self.day} #{self.user_id}"
