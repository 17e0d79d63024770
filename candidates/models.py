from django.conf import settings
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from candidates.enums import ApplicationStage, DesiredContract, WithdrawalReason
from candidates.pseudonyms import new_pseudonym
from employers.models import recruiting_member


class Candidate(models.Model):
    """What a candidate shows of themselves: skills and wishes, never who they are."""

    # Emptied when the candidate deletes their account: the anonymous rest feeds statistics.
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="candidate",
    )
    skills = models.JSONField(_("compétences"), default=list, blank=True)
    availability = models.CharField(_("disponibilité"), max_length=200, blank=True)
    desired_contract = models.CharField(
        _("contrat souhaité"), max_length=32, choices=DesiredContract.choices, blank=True
    )
    region = models.CharField(_("région souhaitée"), max_length=100, blank=True)
    path_text = models.TextField(_("mon parcours"), blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    deleted_at = models.DateTimeField(_("compte supprimé le"), null=True, blank=True)
    # Data retention: a candidate inactive for two years is warned, then anonymised 30 days later
    # unless they come back (candidates.retention).
    inactivity_warned_at = models.DateTimeField(
        _("averti·e d'inactivité le"), null=True, blank=True
    )

    class Meta:
        verbose_name = _("candidat·e")
        verbose_name_plural = _("candidat·es")

    def __str__(self):
        return f"Candidate #{self.pk}"


class Identity(models.Model):
    """Who a candidate is. Only the candidate and the reveal service read this model."""

    candidate = models.OneToOneField(Candidate, on_delete=models.CASCADE, related_name="identity")
    first_name = models.CharField(_("prénom"), max_length=100, blank=True)
    last_name = models.CharField(_("nom"), max_length=100, blank=True)
    phone = models.CharField(_("téléphone"), max_length=32, blank=True)
    address = models.CharField(_("adresse"), max_length=250, blank=True)
    postcode = models.CharField(_("code postal"), max_length=10, blank=True)
    city = models.CharField(_("commune"), max_length=100, blank=True)
    birth_year = models.PositiveSmallIntegerField(_("année de naissance"), null=True, blank=True)

    class Meta:
        verbose_name = _("identité")
        verbose_name_plural = _("identités")

    def __str__(self):
        return f"Identity of candidate #{self.candidate_id}"


class ApplicationQuerySet(models.QuerySet):
    def of_employer_member(self, user):
        return self.filter(recruiting_member(user, "offer__employer__"))

    def of_candidate_user(self, user):
        return self.filter(candidate__user=user)

    def with_next_steps(self):
        """Annotates ``has_assessment`` (the offer has a current assessment campaign, or the
        candidate already sat one) and ``has_interview`` (one is planned), one subquery each
        instead of a query per row. Spelt through the relations' names: the assessments and
        interviews apps stand above this one."""
        same = Application.objects.filter(pk=OuterRef("pk"))
        return self.annotate(
            has_assessment=Exists(
                same.filter(
                    Q(offer__assessment_campaigns__is_current=True)
                    | Q(assessment_attempt__isnull=False)
                )
            ),
            has_interview=Exists(same.filter(interviews__isnull=False)),
        )


class Application(models.Model):
    offer = models.ForeignKey(
        "employers.Offer", on_delete=models.CASCADE, related_name="applications"
    )
    candidate = models.ForeignKey(Candidate, on_delete=models.CASCADE, related_name="applications")
    pseudonym = models.CharField(_("pseudonyme"), max_length=40, default=new_pseudonym)
    stage = models.CharField(
        _("étape"),
        max_length=16,
        choices=ApplicationStage.choices,
        default=ApplicationStage.APPLIED,
    )
    # The furthest funnel stage reached (a rejected application keeps how far it got), for the
    # fairness figures per stage.
    furthest_stage = models.CharField(
        _("étape la plus avancée"),
        max_length=16,
        choices=ApplicationStage.choices,
        default=ApplicationStage.APPLIED,
    )
    stage_changed_at = models.DateTimeField(_("dernier changement d'étape"), default=timezone.now)
    created_at = models.DateTimeField(_("date"), default=timezone.now)
    # Given (or not) by the candidate who withdrew (`candidates.withdrawal`). The employer reads
    # the reason's category only; the comment, in the person's own words, could tell who they
    # are: only the person (data export) and Vivier's staff read it, and it is erased with the
    # account.
    withdrawal_reason = models.CharField(
        _("motif du retrait"), max_length=24, choices=WithdrawalReason.choices, blank=True
    )
    withdrawal_comment = models.TextField(_("commentaire sur le retrait"), blank=True)

    objects = ApplicationQuerySet.as_manager()

    class Meta:
        verbose_name = _("candidature")
        verbose_name_plural = _("candidatures")
        ordering = ["created_at", "id"]
        indexes = [
            # a page of an offer's applications, in their order, without sorting them all
            models.Index(
                fields=["offer", "created_at", "id"], name="application_offer_created_idx"
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["offer", "candidate"], name="one_application_per_offer"
            ),
            models.UniqueConstraint(
                fields=["offer", "pseudonym"], name="unique_pseudonym_per_offer"
            ),
        ]

    def __str__(self):
        return self.pseudonym
