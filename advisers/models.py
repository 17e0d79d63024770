from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from advisers.enums import AdviserOrganisationKind
from employers.enums import MemberRole


class AdviserOrganisation(models.Model):
    name = models.CharField(_("nom"), max_length=200)
    kind = models.CharField(_("type"), max_length=32, choices=AdviserOrganisationKind.choices)
    department = models.CharField(_("département"), max_length=3, blank=True)
    created_at = models.DateTimeField(_("création"), default=timezone.now)

    class Meta:
        verbose_name = _("structure d'accompagnement")
        verbose_name_plural = _("structures d'accompagnement")
        ordering = ["name"]

    def __str__(self):
        return self.name


class AdviserMembership(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="adviser_memberships"
    )
    organisation = models.ForeignKey(
        AdviserOrganisation, on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(
        _("rôle"), max_length=16, choices=MemberRole.choices, default=MemberRole.MEMBER
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("membre d'une structure")
        verbose_name_plural = _("membres des structures")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "organisation"], name="unique_adviser_membership"
            )
        ]

    def __str__(self):
        return f"{self.user} @ {self.organisation}"
