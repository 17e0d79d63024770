from django.db import models
from django.utils.translation import gettext_lazy as _


class AdviserOrganisationKind(models.TextChoices):
    FRANCE_TRAVAIL = "france_travail", _("Agence France Travail")
    MISSION_LOCALE = "mission_locale", _("Mission locale")
    CAP_EMPLOI = "cap_emploi", _("Cap emploi")
    ASSOCIATION = "association", _("Association")


class AdviserOrganisationStatus(models.TextChoices):
    PENDING = "pending", _("En attente de validation")
    VALIDATED = "validated", _("Validée")


class ConsentMethod(models.TextChoices):
    """How a person gave an adviser their consent to apply on their behalf."""

    IN_PERSON = "in_person", _("En personne, lors d'un rendez-vous")
    PHONE = "phone", _("Par téléphone")
    WRITING = "writing", _("Par courriel ou par écrit")
