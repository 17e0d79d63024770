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
