from django.db import models
from django.utils.translation import gettext_lazy as _


class GridLanguage(models.TextChoices):
    """The language the grid's questions are asked in (the library ships both)."""

    FR = "fr", _("Français")
    EN = "en", _("Anglais")


class InterviewStatus(models.TextChoices):
    DRAFT = "draft", _("En préparation")
    SCORING = "scoring", _("Notation en cours")
    REVEALED = "revealed", _("Notes révélées")
    CONSENSUS_DONE = "consensus_done", _("Consensus enregistré")


class InterviewTransition(models.TextChoices):
    """The moves of an interview's life cycle; `interviews.models.INTERVIEW_TRANSITIONS` maps
    them."""

    START_SCORING = "start_scoring", _("Ouvrir la notation")
    REVEAL = "reveal", _("Révéler les notes")
    RECORD_CONSENSUS = "record_consensus", _("Enregistrer le consensus")


class RevealReason(models.TextChoices):
    ALL_SUBMITTED = "all_submitted", _("Tout le jury a noté")
    CLOSED_BY_LEAD = "closed_by_lead", _("Notation close par la personne qui mène l'entretien")


# Stages at which an application may be interviewed (planned, scheduled, reminded): once the
# recruiter invited it (the decision « Inviter en entretien »), or shortlisted it since; not
# before the invitation, nor once decided (`interviews.models.interview_refusal` says why).
INVITED_STAGES = ("interview", "shortlisted")
INTERVIEWABLE_STAGES = INVITED_STAGES
NOT_INVITED_YET_STAGES = ("applied", "assessed")


class MeetingStatus(models.TextChoices):
    """Where the date of an interview stands: slots proposed, one chosen, or called off."""

    PROPOSED = "proposed", _("Créneaux proposés")
    SCHEDULED = "scheduled", _("Date fixée")
    CANCELLED = "cancelled", _("Annulé")
