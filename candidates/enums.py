from django.db import models
from django.utils.translation import gettext_lazy as _


class ApplicationStage(models.TextChoices):
    APPLIED = "applied", _("Candidature envoyée")
    ASSESSED = "assessed", _("Évaluation terminée")
    INTERVIEW = "interview", _("Invité·e en entretien")
    SHORTLISTED = "shortlisted", _("Présélectionné·e")
    HIRED = "hired", _("Recruté·e")
    REJECTED = "rejected", _("Non retenu·e")
    WITHDRAWN = "withdrawn", _("Retirée")


class WithdrawalReason(models.TextChoices):
    """Why a candidate withdrew, if they say (`candidates.withdrawal`): the employer reads the
    category, never the candidate's own words."""

    OTHER_JOB = "other_job", _("J'ai trouvé un autre emploi")
    OFFER_NO_LONGER_FITS = "offer_no_longer_fits", _("L'offre ne me correspond plus")
    PROCESS_TOO_LONG = "process_too_long", _("Le recrutement est trop long")
    PERSONAL = "personal", _("Raisons personnelles")
    OTHER = "other", _("Autre raison")


# The hiring funnel, in order: how far an application got, whatever happened to it afterwards.
FUNNEL = (
    ApplicationStage.APPLIED,
    ApplicationStage.ASSESSED,
    ApplicationStage.INTERVIEW,
    ApplicationStage.SHORTLISTED,
    ApplicationStage.HIRED,
)


class RevealStage(models.TextChoices):
    """From which stage of the funnel an employer may see a candidate's identity (a setting per
    offer, in its selection policy): the interview invitation at the earliest."""

    INTERVIEW = "interview", _("À l'invitation en entretien")
    SHORTLISTED = "shortlisted", _("À la présélection")
    HIRED = "hired", _("Au recrutement")


DEFAULT_REVEAL_STAGE = RevealStage.INTERVIEW


def reveal_stages(from_stage: str = DEFAULT_REVEAL_STAGE) -> frozenset[str]:
    """The stages at which identity may be revealed when the offer reveals it at `from_stage`:
    that stage and the later ones of the funnel."""
    if from_stage not in RevealStage.values:
        raise ValueError(f"Identity cannot be revealed from {from_stage!r}.")
    return frozenset(FUNNEL[FUNNEL.index(from_stage) :])


# With the default setting: from the interview invitation on.
IDENTITY_REVEAL_STAGES = reveal_stages(DEFAULT_REVEAL_STAGE)


class DesiredContract(models.TextChoices):
    ANY = "", _("Indifférent")
    CDI = "cdi", _("CDI")
    CDD = "cdd", _("CDD")
    INTERIM = "interim", _("Intérim")
    APPRENTISSAGE = "apprentissage", _("Apprentissage")
    PROFESSIONNALISATION = "professionnalisation", _("Contrat de professionnalisation")
    STAGE = "stage", _("Stage")
    FREELANCE = "freelance", _("Freelance")
