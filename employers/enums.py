from django.db import models
from django.utils.translation import gettext_lazy as _


class MemberRole(models.TextChoices):
    """An organisation role, for advisers' organisations (employers have `EmployerRole`)."""

    ADMIN = "admin", _("Administrateur·rice")
    MEMBER = "member", _("Membre")


class EmployerRole(models.TextChoices):
    """What a member of an employer may do. Admins and members recruit (offers, assessments,
    rankings, decisions, exports; admins also publish, close and read the audit log).
    Interviewers only reach the interviews whose panel they sit on: the offer's grid (read
    only), the scoring and the live session. The values of admin and member are MemberRole's."""

    ADMIN = "admin", _("Administrateur·rice")
    MEMBER = "member", _("Recruteur·euse")
    INTERVIEWER = "interviewer", _("Intervieweur·euse")


class OrganisationStatus(models.TextChoices):
    """An organisation that signed up on its own is active at once when the company registry
    confirmed its SIRET, pending (until staff confirm it) when the registry could not be asked.
    Staff-created organisations are active."""

    PENDING = "pending", _("En attente de confirmation")
    ACTIVE = "active", _("Active")


class InvitationState(models.TextChoices):
    PENDING = "pending", _("En attente")
    ACCEPTED = "accepted", _("Acceptée")
    REVOKED = "revoked", _("Révoquée")


# The employer roles that recruit: every employer page but the audit log (admins only).
RECRUITING_ROLES = (EmployerRole.ADMIN, EmployerRole.MEMBER)


class OfferStatus(models.TextChoices):
    DRAFT = "draft", _("Brouillon")
    PUBLISHED = "published", _("Publiée")
    CLOSED = "closed", _("Clôturée")


class OfferTransition(models.TextChoices):
    """The moves of an offer's life cycle; `employers.models.OFFER_TRANSITIONS` maps them."""

    PUBLISH = "publish", _("Publier")
    CLOSE = "close", _("Clôturer")


# The values below are the wording engine's (employers.wording.OfferFields): they map 1:1.
class ContractType(models.TextChoices):
    CDI = "cdi", _("CDI")
    CDD = "cdd", _("CDD")
    INTERIM = "interim", _("Intérim")
    APPRENTISSAGE = "apprentissage", _("Contrat d'apprentissage")
    PROFESSIONNALISATION = "professionnalisation", _("Contrat de professionnalisation")
    STAGE = "stage", _("Stage")
    FREELANCE = "freelance", _("Freelance")


class WorkingTime(models.TextChoices):
    FULL_TIME = "full_time", _("Temps plein")
    PART_TIME = "part_time", _("Temps partiel")


class RemotePolicy(models.TextChoices):
    NONE = "none", _("Sur site")
    PARTIAL = "partial", _("Télétravail partiel")
    FULL = "full", _("Télétravail complet")


class ExperienceLevel(models.TextChoices):
    BEGINNER_WELCOME = "beginner_welcome", _("Débutant·e bienvenu·e")
    WISHED = "wished", _("Expérience souhaitée")
    REQUIRED = "required", _("Expérience exigée")


class FindingSeverity(models.TextChoices):
    ILLEGAL = "illegal", _("Illégal")
    EXCLUSIONARY = "exclusionary", _("Excluant")
    ADVICE = "advice", _("Conseil")
