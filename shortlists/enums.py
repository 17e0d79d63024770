from django.db import models
from django.utils.translation import gettext_lazy as _

from candidates.enums import ApplicationStage


class Component(models.TextChoices):
    """The parts of a candidate's results that a selection policy weighs."""

    CODING = "coding", _("Exercices de code")
    SJT = "sjt", _("Mises en situation")
    WRITTEN = "written", _("Réponses écrites")
    INTERVIEW = "interview", _("Entretien (consensus)")


class MissingScores(models.TextChoices):
    """How the weighted total treats a component without a result."""

    EXCLUDE = (
        "exclude",
        _("Le total se calcule sur les composantes disponibles (poids ramenés à 100 %)"),
    )
    ZERO = "zero", _("Une composante sans résultat compte 0 dans le total")


class CutoffStatus(models.TextChoices):
    PASSES = "passes", _("Au-dessus des seuils")
    BELOW = "below", _("Sous un seuil")
    PENDING = "pending", _("En attente d'un résultat")
    NO_RULE = "no_rule", _("Aucun seuil")


class DecisionKind(models.TextChoices):
    ADVANCE = "advance", _("Inviter en entretien")
    SHORTLIST = "shortlist", _("Présélectionner")
    REJECT = "reject", _("Ne pas retenir")
    HIRE = "hire", _("Recruter")


# The stage each decision moves the application to.
DECISION_STAGES = {
    DecisionKind.ADVANCE: ApplicationStage.INTERVIEW,
    DecisionKind.SHORTLIST: ApplicationStage.SHORTLISTED,
    DecisionKind.REJECT: ApplicationStage.REJECTED,
    DecisionKind.HIRE: ApplicationStage.HIRED,
}


class DecisionReason(models.TextChoices):
    """Job-related reasons only: what the candidate showed against what the job needs."""

    SKILLS_SHOWN = "skills_shown", _("Compétences démontrées lors des évaluations")
    INTERVIEW_SHOWN = "interview_shown", _("Compétences démontrées en entretien")
    ABOVE_CUTOFF = "above_cutoff", _("Résultats au-dessus des seuils fixés pour l'offre")
    BELOW_CUTOFF = "below_cutoff", _("Résultats sous les seuils fixés pour l'offre")
    STRONGER_RESULTS = (
        "stronger_results",
        _("D'autres candidatures ont obtenu de meilleurs résultats"),
    )
    REQUIRED_SKILL_MISSING = (
        "required_skill_missing",
        _("Une compétence requise pour le poste n'a pas été démontrée"),
    )
    CONDITIONS_MISMATCH = (
        "conditions_mismatch",
        _("Disponibilité ou type de contrat incompatible avec le poste"),
    )
    POSITIONS_FILLED = "positions_filled", _("Tous les postes sont pourvus")
    RECRUITMENT_STOPPED = "recruitment_stopped", _("Le recrutement est arrêté")
    # Only the daily closure uses this one: nobody chose it.
    NO_DECISION_IN_TIME = (
        "no_decision_in_time",
        _("Pas de décision de l'employeur dans le délai annoncé"),
    )


R = DecisionReason
POSITIVE_REASONS = (R.SKILLS_SHOWN, R.INTERVIEW_SHOWN, R.ABOVE_CUTOFF)
NEGATIVE_REASONS = (
    R.BELOW_CUTOFF,
    R.STRONGER_RESULTS,
    R.REQUIRED_SKILL_MISSING,
    R.CONDITIONS_MISMATCH,
    R.POSITIONS_FILLED,
    R.RECRUITMENT_STOPPED,
)
# The reasons a person may give for each decision.
REASONS_FOR = {
    DecisionKind.ADVANCE: POSITIVE_REASONS,
    DecisionKind.SHORTLIST: POSITIVE_REASONS,
    DecisionKind.HIRE: POSITIVE_REASONS,
    DecisionKind.REJECT: NEGATIVE_REASONS,
}
