from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    """The kind of account. Organisation roles (admin or member) live on memberships."""

    CANDIDATE = "candidate", _("Candidat·e")
    RECRUITER = "recruiter", _("Recruteur·euse")
    ADVISER = "adviser", _("Conseiller·ère")
    STAFF = "staff", _("Équipe Vivier")


# Roles that must have a second factor before they open any candidate data.
ROLES_REQUIRING_MFA = frozenset({Role.RECRUITER, Role.ADVISER, Role.STAFF})
