from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from employers.enums import MemberRole, OfferStatus


class Employer(models.Model):
    name = models.CharField(_("nom"), max_length=200)
    created_at = models.DateTimeField(_("création"), default=timezone.now)

    class Meta:
        verbose_name = _("entreprise")
        verbose_name_plural = _("entreprises")
        ordering = ["name"]

    def __str__(self):
        return self.name


class EmployerMembershipQuerySet(models.QuerySet):
    def admins(self):
        return self.filter(role=MemberRole.ADMIN)


class EmployerMembership(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="employer_memberships"
    )
    employer = models.ForeignKey(Employer, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(
        _("rôle"), max_length=16, choices=MemberRole.choices, default=MemberRole.MEMBER
    )
    created_at = models.DateTimeField(default=timezone.now)

    objects = EmployerMembershipQuerySet.as_manager()

    class Meta:
        verbose_name = _("membre d'une entreprise")
        verbose_name_plural = _("membres des entreprises")
        constraints = [
            models.UniqueConstraint(fields=["user", "employer"], name="unique_employer_membership")
        ]

    def __str__(self):
        return f"{self.user} @ {self.employer} ({self.get_role_display()})"


def is_employer_admin(user, employer=None) -> bool:
    memberships = EmployerMembership.objects.admins().filter(user=user)
    if employer is not None:
        memberships = memberships.filter(employer=employer)
    return memberships.exists()


class OfferQuerySet(models.QuerySet):
    def of_member(self, user):
        """Offers of the organisations `user` belongs to: anything else is a 404."""
        return self.filter(employer__memberships__user=user)

    def published(self):
        return self.filter(status=OfferStatus.PUBLISHED)


class Offer(models.Model):
    employer = models.ForeignKey(Employer, on_delete=models.CASCADE, related_name="offers")
    title = models.CharField(_("intitulé"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    status = models.CharField(
        _("statut"), max_length=16, choices=OfferStatus.choices, default=OfferStatus.DRAFT
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("création"), default=timezone.now)
    updated_at = models.DateTimeField(_("mise à jour"), auto_now=True)
    published_at = models.DateTimeField(_("publication"), null=True, blank=True)
    closed_at = models.DateTimeField(_("clôture"), null=True, blank=True)

    objects = OfferQuerySet.as_manager()

    class Meta:
        verbose_name = _("offre")
        verbose_name_plural = _("offres")
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return self.title
