from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext, pgettext
from django.utils.translation import gettext_lazy as _

from accounts.enums import EmailKind, Role
from core.text import refuse_invisible


class UserManager(BaseUserManager):
    use_in_migrations = True

    def create_user(self, email, password=None, **fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, email, password=None, **fields):
        fields.update(is_staff=True, is_superuser=True, role=Role.STAFF)
        return self.create_user(email, password, **fields)


class User(AbstractBaseUser, PermissionsMixin):
    """A login. It holds no name: a candidate's identity lives in candidates.Identity, apart
    from everything a recruiter can reach; colleagues see each other's `name_for_colleagues`.

    `str(user)` never prints an email. A candidate's prints only "Candidat·e": neither what they
    typed nor their account number, which would link their pseudonyms across offers."""

    email = models.EmailField(_("adresse e-mail"), unique=True)
    role = models.CharField(_("rôle"), max_length=16, choices=Role.choices, default=Role.CANDIDATE)
    display_name = models.CharField(
        _("nom affiché"), max_length=120, blank=True, validators=[refuse_invisible]
    )
    is_staff = models.BooleanField(_("accès à l'administration"), default=False)
    is_active = models.BooleanField(_("actif"), default=True)
    date_joined = models.DateTimeField(_("inscription"), default=timezone.now)

    objects = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    class Meta:
        verbose_name = _("utilisateur·rice")
        verbose_name_plural = _("utilisateur·rices")

    def __str__(self):
        if self.is_candidate:
            return str(self.get_role_display())
        if not self.display_name:
            return pgettext("account", "%(role)s n°%(id)s") % {
                "role": self.get_role_display(),
                "id": self.pk,
            }
        return self.display_name

    @property
    def name_for_colleagues(self) -> str:
        """How members of an organisation see each other (panels, audit log, decisions): the
        display name, else the email. Never a candidate's: they are nobody's colleague."""
        if self.is_candidate:
            return gettext("candidat·e")
        return self.display_name or self.email

    @property
    def is_candidate(self) -> bool:
        return self.role == Role.CANDIDATE

    @property
    def is_recruiter(self) -> bool:
        return self.role == Role.RECRUITER

    @property
    def is_adviser(self) -> bool:
        return self.role == Role.ADVISER


class AuditEntryQuerySet(models.QuerySet):
    def update(self, **kwargs):
        raise AuditLogIsAppendOnly

    def delete(self):
        raise AuditLogIsAppendOnly

    def of_employers(self, employers):
        return self.filter(employer__in=employers)


class AuditLogIsAppendOnly(Exception):
    pass


class CandidateAccountInEmployerLog(Exception):
    """An entry an employer can read was about to carry a candidate's account."""


class AuditEntry(models.Model):
    """A sensitive action, append-only: the application never updates nor deletes an entry.

    `action` is a dotted code such as `identity.revealed`, `membership.role_changed` or
    `candidate.data_exported`.

    An entry with an `employer` is readable by that employer's admins, so it never holds a
    candidate's account: a candidate who acted there is `by_candidate`, named by the pseudonym
    of the application concerned (`actor_pseudonym`, unique to one offer) or not at all.
    """

    created_at = models.DateTimeField(_("date"), default=timezone.now, db_index=True)
    actor = models.ForeignKey(
        User, verbose_name=_("auteur"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    by_candidate = models.BooleanField(_("action d'un·e candidat·e"), default=False)
    actor_pseudonym = models.CharField(_("pseudonyme de l'auteur·rice"), max_length=40, blank=True)
    action = models.CharField(_("action"), max_length=64, db_index=True)
    employer = models.ForeignKey(
        "employers.Employer",
        verbose_name=_("entreprise"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="audit_entries",
    )
    target_type = models.CharField(_("type d'objet"), max_length=64, blank=True)
    target_id = models.CharField(_("identifiant d'objet"), max_length=64, blank=True)
    data = models.JSONField(_("détails"), default=dict, blank=True)

    objects = AuditEntryQuerySet.as_manager()

    class Meta:
        verbose_name = _("entrée du journal d'audit")
        verbose_name_plural = _("journal d'audit")
        ordering = ["-created_at", "-id"]

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.action}"

    def save(self, *args, **kwargs):
        if not self._state.adding:
            raise AuditLogIsAppendOnly
        if self.employer_id is not None and self.actor is not None and self.actor.is_candidate:
            raise CandidateAccountInEmployerLog(self.action)
        super().save(*args, **kwargs)

    @property
    def action_label(self) -> str:
        from accounts.audit_labels import action_label

        return action_label(self.action)

    @property
    def target_label(self) -> str:
        """The kind of object the entry is about, and the application's pseudonym when the
        entry names one; never a database id, which means nothing to a reader. The employer's
        log names the object itself (`accounts.audit_subjects`)."""
        from django.apps import apps

        if not self.target_type:
            return "—"
        try:
            kind = str(apps.get_model(self.target_type)._meta.verbose_name)
        except (LookupError, ValueError):
            kind = self.target_type
        kind = f"{kind[:1].upper()}{kind[1:]}"
        pseudonym = (self.data or {}).get("pseudonym")
        return f"{kind} {pseudonym}" if pseudonym else kind

    @property
    def actor_label(self) -> str:
        """Who acted, as the employer's log shows it."""
        if self.by_candidate:
            return self.actor_pseudonym or gettext("candidat·e")
        if self.actor is None:
            return "—"
        return self.actor.name_for_colleagues

    def delete(self, *args, **kwargs):
        raise AuditLogIsAppendOnly


class EmailOptOut(models.Model):
    """A kind of optional email (`EmailKind`) the user switched off; none means all are sent."""

    user = models.ForeignKey(
        User, verbose_name=_("utilisateur·rice"), on_delete=models.CASCADE, related_name="+"
    )
    kind = models.CharField(_("type d'e-mail"), max_length=32, choices=EmailKind.choices)
    created_at = models.DateTimeField(_("désactivé le"), default=timezone.now)

    class Meta:
        verbose_name = _("e-mail désactivé")
        verbose_name_plural = _("e-mails désactivés")
        constraints = [
            models.UniqueConstraint(fields=["user", "kind"], name="one_opt_out_per_kind")
        ]

    def __str__(self):
        return f"{self.kind} #{self.user_id}"


def own_address(user) -> str:
    """How allauth names an account to its owner (ACCOUNT_USER_DISPLAY)."""
    return user.email
