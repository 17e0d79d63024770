import secrets

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from fairness.enums import (
    AgeBand,
    FollowUpAnswer,
    Gender,
    Milestone,
    Residence,
    TerritorySource,
    YesNo,
)

# The version of the consent text shown on the self-declaration page. Change it with the text.
CONSENT_VERSION = "2026-11-v1"


class SelfDeclaration(models.Model):
    """What a candidate chose to declare to measure diversity. Apart from identity and from
    applications; never shown per person. Withdrawing consent deletes the row."""

    candidate = models.OneToOneField(
        "candidates.Candidate", on_delete=models.CASCADE, related_name="self_declaration"
    )
    # "" means "prefer not to say": the person counts in no group for that attribute.
    gender = models.CharField(_("genre"), max_length=16, choices=Gender.choices, blank=True)
    age_band = models.CharField(
        _("tranche d'âge"), max_length=16, choices=AgeBand.choices, blank=True
    )
    qpv = models.CharField(
        _("résidence en quartier prioritaire (QPV)"),
        max_length=16,
        choices=Residence.choices,
        blank=True,
    )
    zrr = models.CharField(
        _("résidence en zone rurale (ZRR)"), max_length=16, choices=Residence.choices, blank=True
    )
    # Where the person lives, reduced to what the figures need (never the address): the
    # commune, the QPV's code ("" for none or unknown) and how it was found.
    insee_code = models.CharField(_("code INSEE de la commune"), max_length=5, blank=True)
    qpv_code = models.CharField(_("code du QPV"), max_length=10, blank=True)
    territory_source = models.CharField(
        _("origine du lieu de résidence"),
        max_length=16,
        choices=TerritorySource.choices,
        blank=True,
    )
    rqth = models.CharField(
        _("reconnaissance de la qualité de travailleur handicapé (RQTH)"),
        max_length=3,
        choices=YesNo.choices,
        blank=True,
    )
    career_change = models.CharField(
        _("reconversion professionnelle"), max_length=3, choices=YesNo.choices, blank=True
    )
    consented_at = models.DateTimeField(_("consentement donné le"))
    consent_version = models.CharField(_("version du texte de consentement"), max_length=32)
    updated_at = models.DateTimeField(_("mise à jour"), auto_now=True)

    class Meta:
        verbose_name = _("déclaration volontaire")
        verbose_name_plural = _("déclarations volontaires")

    def __str__(self):
        return f"Self-declaration #{self.pk}"


def new_nonce() -> str:
    return secrets.token_urlsafe(24)


class RetentionFollowUpQuerySet(models.QuerySet):
    def answered(self):
        return self.exclude(answer="")


class RetentionFollowUp(models.Model):
    """One question to a hired person, 6 or 12 months after the hire: still in the job?

    The emailed link carries a signed (followup id, nonce); answering clears the nonce, so a
    link works once."""

    application = models.ForeignKey(
        "candidates.Application", on_delete=models.CASCADE, related_name="retention_followups"
    )
    milestone = models.PositiveSmallIntegerField(_("échéance"), choices=Milestone.choices)
    nonce = models.CharField(max_length=48, default=new_nonce, blank=True)
    sent_at = models.DateTimeField(_("envoyé le"), default=timezone.now)
    answer = models.CharField(
        _("réponse"), max_length=16, choices=FollowUpAnswer.choices, blank=True
    )
    answered_at = models.DateTimeField(_("répondu le"), null=True, blank=True)

    objects = RetentionFollowUpQuerySet.as_manager()

    class Meta:
        verbose_name = _("suivi de l'emploi")
        verbose_name_plural = _("suivis de l'emploi")
        constraints = [
            models.UniqueConstraint(
                fields=["application", "milestone"], name="one_followup_per_milestone"
            )
        ]

    def __str__(self):
        return f"Follow-up #{self.pk} ({self.milestone} months)"
