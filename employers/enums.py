from django.db import models
from django.utils.translation import gettext_lazy as _


class MemberRole(models.TextChoices):
    ADMIN = "admin", _("Administrateur·rice")
    MEMBER = "member", _("Membre")


class OfferStatus(models.TextChoices):
    DRAFT = "draft", _("Brouillon")
    PUBLISHED = "published", _("Publiée")
    CLOSED = "closed", _("Clôturée")
