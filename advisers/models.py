import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from advisers.enums import AdviserOrganisationKind, AdviserOrganisationStatus, ConsentMethod
from core.text import refuse_invisible
from employers.enums import MemberRole
from employers.models import TeamInvitation

# 32 random bytes, URL-safe: 43 characters, unguessable.
CODE_BYTES = 32
CODE_MAX_LENGTH = 64


def new_code() -> str:
    return secrets.token_urlsafe(CODE_BYTES)


class AdviserOrganisation(models.Model):
    name = models.CharField(_("nom"), max_length=200, validators=[refuse_invisible])
    kind = models.CharField(_("type"), max_length=32, choices=AdviserOrganisationKind.choices)
    department = models.CharField(_("département"), max_length=3, blank=True)
    # A structure that signed up on its own waits for staff to validate it: until then its
    # advisers see no candidate data. Staff-created structures are validated.
    status = models.CharField(
        _("statut"),
        max_length=16,
        choices=AdviserOrganisationStatus.choices,
        default=AdviserOrganisationStatus.VALIDATED,
    )
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


class AdviserTeamInvitation(TeamInvitation):
    """An invitation to join a structure (employers.team)."""

    organisation = models.ForeignKey(
        AdviserOrganisation, on_delete=models.CASCADE, related_name="team_invitations"
    )
    role = models.CharField(
        _("rôle"), max_length=16, choices=MemberRole.choices, default=MemberRole.MEMBER
    )

    class Meta(TeamInvitation.Meta):
        verbose_name = _("invitation dans une structure")
        verbose_name_plural = _("invitations dans les structures")


class InvitationQuerySet(models.QuerySet):
    def of_adviser(self, user):
        """The invitations `user` created. Colleagues of the same organisation do not see each
        other's invitations: the person followed trusted one adviser, not a whole agency."""
        return self.filter(adviser=user)


class Invitation(models.Model):
    """A personal invitation to apply to one offer, made by an adviser for one person.

    The person's email, when the adviser gives one, serves for the sending only and is never
    stored (the form promises it; `email_sent_at` tells that it left). The note is the adviser's
    own reminder, never linked to the candidate's account nor shown to the employer."""

    adviser = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="adviser_invitations"
    )
    organisation = models.ForeignKey(
        AdviserOrganisation, on_delete=models.CASCADE, related_name="invitations"
    )
    offer = models.ForeignKey(
        "employers.Offer", on_delete=models.CASCADE, related_name="adviser_invitations"
    )
    code = models.CharField(_("code"), max_length=CODE_MAX_LENGTH, unique=True, default=new_code)
    note = models.CharField(_("repère personnel"), max_length=100, blank=True)
    email_sent_at = models.DateTimeField(_("courriel envoyé le"), null=True, blank=True)
    created_at = models.DateTimeField(_("création"), default=timezone.now)

    objects = InvitationQuerySet.as_manager()

    class Meta:
        verbose_name = _("invitation à candidater")
        verbose_name_plural = _("invitations à candidater")
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"Invitation #{self.pk}"


class Referral(models.Model):
    """An application made through an invitation. `consent` is the candidate's answer, given
    when applying, to "may my adviser follow the stage of my application?"."""

    invitation = models.OneToOneField(Invitation, on_delete=models.CASCADE, related_name="referral")
    application = models.OneToOneField(
        "candidates.Application", on_delete=models.CASCADE, related_name="referral"
    )
    consent = models.BooleanField(_("suivi accepté"), default=False)
    consent_changed_at = models.DateTimeField(_("réponse donnée le"), default=timezone.now)
    created_at = models.DateTimeField(_("création"), default=timezone.now)

    class Meta:
        verbose_name = _("candidature orientée")
        verbose_name_plural = _("candidatures orientées")
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"Referral #{self.pk}"


class ApplicationOnBehalfQuerySet(models.QuerySet):
    def of_adviser(self, user):
        """The applications `user` made for people: only the adviser who recorded the consent
        sees it, as for invitations (colleagues and other structures get a 404)."""
        return self.filter(referral__invitation__adviser=user)


class ApplicationOnBehalf(models.Model):
    """An application an adviser made for a person they support (advisers.on_behalf).

    Who applied is the referral's invitation (the adviser and the structure), made for this
    application; the referral's consent is the person's agreement to be followed, which they
    may withdraw. Here: the person's consent to the application as the adviser recorded it, and
    the adviser's note for the employer. The person's name and email are not kept here: they
    are on the candidate's account, like any candidate's identity. The adviser's note is kept only
    as the employer reads it, redacted with that identity; the employer never learns who or
    which structure applied."""

    referral = models.OneToOneField(Referral, on_delete=models.CASCADE, related_name="on_behalf")
    consent_method = models.CharField(
        _("accord donné"), max_length=16, choices=ConsentMethod.choices
    )
    consent_given_on = models.DateField(_("accord donné le"))
    consent_recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("accord enregistré par"),
    )
    consent_recorded_at = models.DateTimeField(_("accord enregistré le"), default=timezone.now)
    # Only the redacted note is kept: the adviser's words may name the person, whose identity
    # stays on their account.
    note_for_employer = models.TextField(_("note pour l'employeur (anonymisée)"), blank=True)
    person_told_at = models.DateTimeField(_("personne prévenue le"), null=True, blank=True)
    created_at = models.DateTimeField(_("création"), default=timezone.now)

    objects = ApplicationOnBehalfQuerySet.as_manager()

    class Meta:
        verbose_name = _("candidature pour une personne")
        verbose_name_plural = _("candidatures pour une personne")
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"Application on behalf #{self.pk}"


class OfferSubscriptionQuerySet(models.QuerySet):
    def of_adviser(self, user):
        return self.filter(adviser=user)


class OfferSubscription(models.Model):
    """New offers of a territory for one adviser: an email digest and a private Atom feed."""

    adviser = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="offer_subscriptions"
    )
    departments = models.JSONField(_("départements"), default=list)
    rome_prefix = models.CharField(_("début du code ROME"), max_length=5, blank=True)
    by_email = models.BooleanField(_("recevoir un courriel"), default=True)
    feed_token = models.CharField(
        _("jeton du flux"), max_length=CODE_MAX_LENGTH, unique=True, default=new_code
    )
    created_at = models.DateTimeField(_("création"), default=timezone.now)

    objects = OfferSubscriptionQuerySet.as_manager()

    class Meta:
        verbose_name = _("abonnement aux nouvelles offres")
        verbose_name_plural = _("abonnements aux nouvelles offres")
        ordering = ["created_at", "id"]

    def __str__(self):
        return f"Subscription #{self.pk}"


class DigestEntry(models.Model):
    """An offer already sent to a subscription: the digest never sends it twice."""

    subscription = models.ForeignKey(
        OfferSubscription, on_delete=models.CASCADE, related_name="digest_entries"
    )
    offer = models.ForeignKey("employers.Offer", on_delete=models.CASCADE, related_name="+")
    sent_at = models.DateTimeField(_("envoyée le"), default=timezone.now)

    class Meta:
        verbose_name = _("offre envoyée")
        verbose_name_plural = _("offres envoyées")
        constraints = [
            models.UniqueConstraint(
                fields=["subscription", "offer"], name="offer_sent_once_per_subscription"
            )
        ]

    def __str__(self):
        return f"Digest entry #{self.pk}"
