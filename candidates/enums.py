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


# The hiring funnel, in order: how far an application got, whatever happened to it afterwards.
FUNNEL = (
    ApplicationStage.APPLIED,
    ApplicationStage.ASSESSED,
    ApplicationStage.INTERVIEW,
    ApplicationStage.SHORTLISTED,
    ApplicationStage.HIRED,
)

# Identity may be revealed to the employer from the interview invitation on. A later issue makes
# the stage a setting per offer; the default stays the interview.
IDENTITY_REVEAL_STAGES = frozenset(
    {ApplicationStage.INTERVIEW, ApplicationStage.SHORTLISTED, ApplicationStage.HIRED}
)


class DesiredContract(models.TextChoices):
    ANY = "", _("Indifférent")
    CDI = "cdi", _("CDI")
    CDD = "cdd", _("CDD")
    INTERIM = "interim", _("Intérim")
    APPRENTISSAGE = "apprentissage", _("Apprentissage")
    PROFESSIONNALISATION = "professionnalisation", _("Contrat de professionnalisation")
    STAGE = "stage", _("Stage")
    FREELANCE = "freelance", _("Freelance")
