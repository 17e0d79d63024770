import uuid
from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from candidates.enums import ApplicationStage
from employers.models import recruiting_member
from interviews import scoring
from interviews.enums import (
    INTERVIEWABLE_STAGES,
    NOT_INVITED_YET_STAGES,
    GridLanguage,
    InterviewStatus,
    InterviewTransition,
    MeetingStatus,
    RevealReason,
)

LEVELS = (1, 2, 3, 4, 5)
LEVEL_VALIDATORS = [MinValueValidator(1), MaxValueValidator(5)]


class GridVersionQuerySet(models.QuerySet):
    def of_member(self, user):
        """Grids of the organisations `user` recruits for: anything else is a 404."""
        return self.filter(recruiting_member(user, "offer__employer__"))


class GridVersion(models.Model):
    """One version of an offer's interview grid. Locked as soon as an interview opens scoring
    with it; a later change makes a new version, and earlier interviews keep theirs."""

    offer = models.ForeignKey(
        "employers.Offer", on_delete=models.CASCADE, related_name="interview_grids"
    )
    number = models.PositiveIntegerField(_("version"))
    title = models.CharField(_("titre"), max_length=200)
    language = models.CharField(
        _("langue des questions"), max_length=2, choices=GridLanguage.choices
    )
    source_slug = models.SlugField(_("grille de la bibliothèque"), max_length=64, blank=True)
    locked_at = models.DateTimeField(_("verrouillée le"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("création"), default=timezone.now)

    objects = GridVersionQuerySet.as_manager()

    class Meta:
        verbose_name = _("version de grille d'entretien")
        verbose_name_plural = _("versions de grilles d'entretien")
        ordering = ["offer", "-number"]
        constraints = [
            models.UniqueConstraint(fields=["offer", "number"], name="unique_grid_version_number")
        ]

    def __str__(self):
        return f"{self.title} (v{self.number})"

    @property
    def is_locked(self) -> bool:
        return self.locked_at is not None


class Competency(models.Model):
    version = models.ForeignKey(GridVersion, on_delete=models.CASCADE, related_name="competencies")
    key = models.SlugField(_("clé"), max_length=64)
    position = models.PositiveSmallIntegerField(_("ordre"), default=0)
    name = models.CharField(_("compétence"), max_length=200)
    weight = models.DecimalField(
        _("poids"),
        max_digits=4,
        decimal_places=1,
        validators=[MinValueValidator(0.1), MaxValueValidator(99)],
    )
    # Job-related questions, in the grid's language, each checked by the wording checker.
    questions = models.JSONField(_("questions"), default=list)
    level_1 = models.TextField(_("niveau 1"))
    level_2 = models.TextField(_("niveau 2"))
    level_3 = models.TextField(_("niveau 3"))
    level_4 = models.TextField(_("niveau 4"))
    level_5 = models.TextField(_("niveau 5"))

    class Meta:
        verbose_name = _("compétence évaluée")
        verbose_name_plural = _("compétences évaluées")
        ordering = ["version", "position", "id"]
        constraints = [
            models.UniqueConstraint(fields=["version", "key"], name="unique_competency_key"),
            models.CheckConstraint(condition=Q(weight__gt=0), name="competency_weight_positive"),
        ]

    def __str__(self):
        return self.name

    @property
    def levels(self) -> list[tuple[int, str]]:
        """The behaviourally anchored scale: (level, what the interviewer observes)."""
        return [(level, getattr(self, f"level_{level}")) for level in LEVELS]


class InterviewError(Exception):
    """A refused action on an interview; the message is for the user."""


def interview_refusal(stage: str) -> str | None:
    """Why an application at `stage` may not be interviewed (an interview planned or its date
    proposed), in the user's words; None when it may."""
    if stage in INTERVIEWABLE_STAGES:
        return None
    if stage in NOT_INVITED_YET_STAGES:
        return gettext(
            "Invitez d'abord la personne en entretien (décision « Inviter en entretien », sur la "
            "page de sa candidature) : un entretien ne se prévoit qu'ensuite."
        )
    return gettext("Cette candidature n'est plus en cours.")


class InterviewTransitionError(InterviewError):
    pass


# The life cycle: transition -> (statuses it may start from, status it leads to).
S = InterviewStatus
INTERVIEW_TRANSITIONS = {
    InterviewTransition.START_SCORING: ({S.DRAFT}, S.SCORING),
    InterviewTransition.REVEAL: ({S.SCORING}, S.REVEALED),
    InterviewTransition.RECORD_CONSENSUS: ({S.REVEALED}, S.CONSENSUS_DONE),
}
SCORES_VISIBLE_STATUSES = frozenset({S.REVEALED, S.CONSENSUS_DONE})


class InterviewQuerySet(models.QuerySet):
    def of_member(self, user):
        """Interviews of the organisations `user` recruits for."""
        return self.filter(recruiting_member(user, "application__offer__employer__"))

    def for_panel_member(self, user):
        """Interviews whose panel includes `user`, still a member of the organisation: the
        only ones whose session and scores they may open."""
        return self.filter(
            panel__user=user, application__offer__employer__memberships__user=user
        ).distinct()


class Interview(models.Model):
    """A structured interview of one application (seen by pseudonym) by a panel."""

    application = models.ForeignKey(
        "candidates.Application", on_delete=models.CASCADE, related_name="interviews"
    )
    stage = models.CharField(_("étape"), max_length=16, choices=ApplicationStage.choices)
    grid_version = models.ForeignKey(
        GridVersion, on_delete=models.PROTECT, related_name="interviews"
    )
    status = models.CharField(
        _("statut"), max_length=16, choices=InterviewStatus.choices, default=InterviewStatus.DRAFT
    )
    lead = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("mène l'entretien"),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("création"), default=timezone.now)
    scoring_started_at = models.DateTimeField(_("notation ouverte le"), null=True, blank=True)
    revealed_at = models.DateTimeField(_("notes révélées le"), null=True, blank=True)
    reveal_reason = models.CharField(
        _("motif de la révélation"), max_length=16, choices=RevealReason.choices, blank=True
    )
    consensus_recorded_at = models.DateTimeField(_("consensus le"), null=True, blank=True)
    # Exact to ten decimals (`interviews.scoring.weighted_score`), shown with two.
    consensus_score = models.DecimalField(
        _("score de consensus pondéré"), max_digits=11, decimal_places=10, null=True, blank=True
    )

    objects = InterviewQuerySet.as_manager()

    class Meta:
        verbose_name = _("entretien")
        verbose_name_plural = _("entretiens")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["application", "stage"], name="one_interview_per_application_stage"
            )
        ]

    def __str__(self):
        return f"Interview #{self.pk}"

    @property
    def consensus_score_shown(self) -> Decimal | None:
        """The consensus on the 1–5 scale with the two decimals people read."""
        if self.consensus_score is None:
            return None
        return scoring.shown_score(self.consensus_score)

    def can(self, transition: InterviewTransition) -> bool:
        sources, _target = INTERVIEW_TRANSITIONS[transition]
        return self.status in sources

    def apply_transition(self, transition: InterviewTransition) -> None:
        """Move to the transition's target status and date it; raise if not allowed."""
        if not self.can(transition):
            raise InterviewTransitionError(
                _("Cette action n'est pas possible à ce stade de l'entretien.")
            )
        _sources, target = INTERVIEW_TRANSITIONS[transition]
        self.status = target
        now = timezone.now()
        if target == S.SCORING:
            self.scoring_started_at = now
        elif target == S.REVEALED:
            self.revealed_at = now
        elif target == S.CONSENSUS_DONE:
            self.consensus_recorded_at = now

    @property
    def scores_visible(self) -> bool:
        return self.status in SCORES_VISIBLE_STATUSES


class PanelMember(models.Model):
    interview = models.ForeignKey(Interview, on_delete=models.CASCADE, related_name="panel")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="interview_panels"
    )
    submitted_at = models.DateTimeField(_("notes remises le"), null=True, blank=True)

    class Meta:
        verbose_name = _("membre du jury")
        verbose_name_plural = _("membres du jury")
        ordering = ["interview", "id"]
        constraints = [
            models.UniqueConstraint(fields=["interview", "user"], name="unique_panel_member")
        ]

    def __str__(self):
        return str(self.user)

    @property
    def has_submitted(self) -> bool:
        return self.submitted_at is not None


class Score(models.Model):
    """One interviewer's level for one competency, with the evidence behind it."""

    panel_member = models.ForeignKey(PanelMember, on_delete=models.CASCADE, related_name="scores")
    competency = models.ForeignKey(Competency, on_delete=models.PROTECT, related_name="scores")
    level = models.PositiveSmallIntegerField(_("niveau"), validators=LEVEL_VALIDATORS)
    evidence = models.TextField(_("éléments observés"), max_length=1000)

    class Meta:
        verbose_name = _("note")
        verbose_name_plural = _("notes")
        constraints = [
            models.UniqueConstraint(
                fields=["panel_member", "competency"], name="one_score_per_competency"
            ),
            models.CheckConstraint(condition=Q(level__gte=1, level__lte=5), name="score_level_1_5"),
        ]

    def __str__(self):
        return f"{self.competency}: {self.level}"


class ConsensusRating(models.Model):
    """The level the panel agreed on for one competency, recorded by the lead."""

    interview = models.ForeignKey(Interview, on_delete=models.CASCADE, related_name="consensus")
    competency = models.ForeignKey(Competency, on_delete=models.PROTECT, related_name="+")
    level = models.PositiveSmallIntegerField(_("niveau retenu"), validators=LEVEL_VALIDATORS)
    justification = models.TextField(_("justification"), max_length=2000)

    class Meta:
        verbose_name = _("niveau de consensus")
        verbose_name_plural = _("niveaux de consensus")
        constraints = [
            models.UniqueConstraint(
                fields=["interview", "competency"], name="one_consensus_per_competency"
            ),
            models.CheckConstraint(
                condition=Q(level__gte=1, level__lte=5), name="consensus_level_1_5"
            ),
        ]

    def __str__(self):
        return f"{self.competency}: {self.level}"


class SessionPresence(models.Model):
    """One open websocket of a panel member on the live session page."""

    interview = models.ForeignKey(Interview, on_delete=models.CASCADE, related_name="presences")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    channel_name = models.CharField(max_length=200, unique=True)
    last_seen = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("présence en séance")
        verbose_name_plural = _("présences en séance")


class Meeting(models.Model):
    """When and where an interview takes place: the slots the panel proposed, the one the
    candidate chose, and the calendar entry everyone received (one UID for its whole life;
    every change raises its SEQUENCE)."""

    interview = models.OneToOneField(Interview, on_delete=models.CASCADE, related_name="meeting")
    status = models.CharField(
        _("statut"), max_length=16, choices=MeetingStatus.choices, default=MeetingStatus.PROPOSED
    )
    place = models.CharField(_("lieu"), max_length=300, blank=True)
    video_url = models.URLField(_("lien de visioconférence"), max_length=500, blank=True)
    attendees = models.ManyToManyField(
        settings.AUTH_USER_MODEL, related_name="+", verbose_name=_("jury présent")
    )
    chosen_slot = models.ForeignKey(
        "InterviewSlot", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    uid = models.UUIDField(_("identifiant du calendrier"), default=uuid.uuid4, unique=True)
    sequence = models.PositiveIntegerField(_("révision du calendrier"), default=0)
    # True once an invitation (.ics) went out: a later change is an update or a cancellation.
    invitation_sent = models.BooleanField(default=False)
    reminded_slot = models.ForeignKey(
        "InterviewSlot", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # The last change's reason as its author wrote it; `reason_for_employer` is what the
    # employer reads (the candidate's words redacted).
    reason = models.TextField(_("motif"), blank=True)
    reason_for_employer = models.TextField(blank=True)
    reason_by_candidate = models.BooleanField(default=False)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("rendez-vous d'entretien")
        verbose_name_plural = _("rendez-vous d'entretien")

    def __str__(self):
        return f"Meeting #{self.pk}"

    @property
    def open_slots(self):
        return self.slots.filter(withdrawn=False).order_by("starts_at")


class InterviewSlot(models.Model):
    """One date the panel offers; the candidate chooses one of the open ones."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="slots")
    starts_at = models.DateTimeField(_("début"))
    ends_at = models.DateTimeField(_("fin"))
    withdrawn = models.BooleanField(_("retiré"), default=False)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("créneau d'entretien")
        verbose_name_plural = _("créneaux d'entretien")
        ordering = ["starts_at", "id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_at__gt=models.F("starts_at")), name="slot_ends_after_start"
            )
        ]

    def __str__(self):
        return f"{self.starts_at:%Y-%m-%d %H:%M}"
