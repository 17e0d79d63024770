import datetime
import re
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.db.models import F, Q
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from core.text import refuse_invisible
from employers.enums import (
    RECRUITING_ROLES,
    ContractType,
    EmployerRole,
    ExperienceLevel,
    FindingSeverity,
    InvitationState,
    MemberRole,
    OfferStatus,
    OfferTransition,
    OrganisationStatus,
    RemotePolicy,
    WorkingTime,
)
from employers.sanitize import sanitize_html
from territories import communes, rome
from territories.text import fold


def recruiting_member(user, employer_path: str = "") -> Q:
    """The condition "`user` recruits for the employer at `employer_path`" (e.g.
    "offer__employer__"): a member or admin, not an interviewer. Both lookups sit in one Q,
    so they test the same membership row. Every `of_member` queryset of the apps uses it: an
    interviewer reaches the interviews they sit on only (`interviews.models`)."""
    return Q(
        **{
            f"{employer_path}memberships__user": user,
            f"{employer_path}memberships__role__in": RECRUITING_ROLES,
        }
    )


class EmployerQuerySet(models.QuerySet):
    def recruited_for_by(self, user):
        """Employers `user` recruits for (admin or member, not interviewer)."""
        return self.filter(recruiting_member(user))


class Employer(models.Model):
    name = models.CharField(_("nom"), max_length=200, validators=[refuse_invisible])
    # Set when the employer signed up on its own; staff-created employers may have none.
    siret = models.CharField(_("SIRET"), max_length=14, unique=True, null=True, blank=True)
    address = models.CharField(_("adresse"), max_length=300, blank=True)
    activity_code = models.CharField(_("code d'activité (NAF)"), max_length=10, blank=True)
    status = models.CharField(
        _("statut"),
        max_length=16,
        choices=OrganisationStatus.choices,
        default=OrganisationStatus.ACTIVE,
    )
    created_at = models.DateTimeField(_("création"), default=timezone.now)

    objects = EmployerQuerySet.as_manager()

    class Meta:
        verbose_name = _("entreprise")
        verbose_name_plural = _("entreprises")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def is_pending(self) -> bool:
        return self.status == OrganisationStatus.PENDING


class EmployerMembershipQuerySet(models.QuerySet):
    def admins(self):
        return self.filter(role=MemberRole.ADMIN)

    def recruiting(self):
        return self.filter(role__in=RECRUITING_ROLES)


class EmployerMembership(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="employer_memberships"
    )
    employer = models.ForeignKey(Employer, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(
        _("rôle"), max_length=16, choices=EmployerRole.choices, default=EmployerRole.MEMBER
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


class TeamInvitationQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(state=InvitationState.PENDING)


class TeamInvitation(models.Model):
    """An invitation to join an organisation with a role, sent by email. Its link carries a
    signed token (employers.invitations) naming the invitation and its `nonce`: resending
    draws a new nonce, so only the latest link works; accepting or revoking ends it. Abstract:
    employers and advisers' organisations each have theirs."""

    email = models.EmailField(_("adresse e-mail"))
    role = models.CharField(_("rôle"), max_length=16)
    state = models.CharField(
        _("état"), max_length=16, choices=InvitationState.choices, default=InvitationState.PENDING
    )
    nonce = models.CharField(max_length=32)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("invité·e par"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    sent_at = models.DateTimeField(_("envoyée le"), default=timezone.now)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("acceptée par"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    ended_at = models.DateTimeField(_("acceptée ou révoquée le"), null=True, blank=True)
    created_at = models.DateTimeField(_("création"), default=timezone.now)

    objects = TeamInvitationQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["-sent_at", "-id"]

    def __str__(self):
        return f"{self._meta.verbose_name} #{self.pk}"

    def expires_at(self):
        return self.sent_at + datetime.timedelta(days=settings.TEAM_INVITATION_DAYS)

    @property
    def is_pending(self) -> bool:
        return self.state == InvitationState.PENDING


class EmployerInvitation(TeamInvitation):
    employer = models.ForeignKey(Employer, on_delete=models.CASCADE, related_name="invitations")
    role = models.CharField(
        _("rôle"), max_length=16, choices=EmployerRole.choices, default=EmployerRole.MEMBER
    )

    class Meta(TeamInvitation.Meta):
        verbose_name = _("invitation dans une entreprise")
        verbose_name_plural = _("invitations dans les entreprises")


def recruits_for_an_employer(user) -> bool:
    """True if `user` is an admin or member of some employer, not only an interviewer."""
    if hasattr(user, "recruits_for_an_employer"):
        return user.recruits_for_an_employer  # read with the signed-in user (config.auth_backends)
    return EmployerMembership.objects.recruiting().filter(user=user).exists()


def is_employer_admin(user, employer=None) -> bool:
    if employer is None and hasattr(user, "administers_an_employer"):
        return user.administers_an_employer  # read with the signed-in user (config.auth_backends)
    memberships = EmployerMembership.objects.admins().filter(user=user)
    if employer is not None:
        memberships = memberships.filter(employer=employer)
    return memberships.exists()


class OfferQuerySet(models.QuerySet):
    def of_member(self, user):
        """Offers of the organisations `user` recruits for: anything else is a 404, and so is
        every offer for an interviewer (`recruiting_member`)."""
        return self.filter(recruiting_member(user, "employer__"))

    def published(self):
        return self.filter(status=OfferStatus.PUBLISHED)

    def publicly_visible(self):
        """What public pages, feeds and the API may show: published, and published without
        illegal wording unless an admin recorded a legal justification."""
        return self.published().filter(
            Q(illegal_wording_at_publication=False) | ~Q(wording_justification="")
        )


# Postcodes: five digits. The department is the first two digits, except in Corsica
# (20000-20199 Corse-du-Sud 2A, 20200-20699 Haute-Corse 2B) and overseas (971-976, three).
POSTCODE_RE = re.compile(r"^\d{5}$")
OVERSEAS_DEPARTMENTS = frozenset({"971", "972", "973", "974", "975", "976"})
ROME_CODE_RE = r"^[A-N]\d{4}$"
# Full time is 35 hours a week (C. trav. L.3121-27); 48 hours is the weekly maximum (L.3121-20).
LEGAL_WEEKLY_HOURS = Decimal(35)
MAX_WEEKLY_HOURS = Decimal(48)


def department_from_postcode(postcode: str) -> str:
    """'91350' -> '91', '20000' -> '2A', '20200' -> '2B', '97411' -> '974'.

    Raises ValidationError for anything that is not the postcode of a French department.
    """
    postcode = (postcode or "").strip()
    if not POSTCODE_RE.match(postcode):
        raise ValidationError(
            _("Le code postal doit comporter 5 chiffres."), code="postcode_format"
        )
    if postcode.startswith("97"):
        if postcode[:3] in OVERSEAS_DEPARTMENTS:
            return postcode[:3]
    elif postcode.startswith("20"):
        return "2A" if int(postcode) < 20200 else "2B"
    elif "01" <= postcode[:2] <= "95":
        return postcode[:2]
    raise ValidationError(
        _("Ce code postal ne correspond à aucun département français."),
        code="postcode_department",
    )


class OfferTransitionError(Exception):
    """A move that the offer's life cycle does not allow from its current status."""

    def __init__(self, offer, transition):
        self.offer = offer
        self.transition = transition
        super().__init__(f"Offer {offer.pk}: cannot {transition} from {offer.status}")


# The life cycle: transition -> (statuses it may start from, status it leads to).
OFFER_TRANSITIONS = {
    OfferTransition.PUBLISH: ({OfferStatus.DRAFT}, OfferStatus.PUBLISHED),
    OfferTransition.CLOSE: ({OfferStatus.PUBLISHED}, OfferStatus.CLOSED),
}
EDITABLE_STATUSES = frozenset({OfferStatus.DRAFT, OfferStatus.PUBLISHED})


def validate_rome_code(value: str) -> None:
    if re.fullmatch(ROME_CODE_RE, value.strip().upper()) and not rome.rome_exists(value):
        raise ValidationError(
            _("Le code ROME %(code)s n'existe pas dans le référentiel de France Travail."),
            code="rome_unknown",
            params={"code": value.strip().upper()},
        )


def validate_appellation(value: str) -> None:
    if value and rome.appellation(value) is None:
        raise ValidationError(
            _("Cette appellation n'existe pas dans le référentiel ROME."),
            code="appellation_unknown",
        )


def insee_code_of(commune_name: str, postcode: str) -> str:
    """The INSEE code of the commune of that name served by that postcode, or ""."""
    if not commune_name or not postcode:
        return ""
    wanted = fold(commune_name)
    matches = [c for c in communes.search(postcode, limit=50) if fold(c.name) == wanted]
    return matches[0].insee_code if len(matches) == 1 else ""


class Offer(models.Model):
    employer = models.ForeignKey(Employer, on_delete=models.CASCADE, related_name="offers")
    title = models.CharField(_("intitulé"), max_length=200, validators=[refuse_invisible])
    description = models.TextField(
        _("description"),
        blank=True,
        help_text=_(
            "Texte simple ou HTML : paragraphes, gras, italique, listes, intertitres, liens "
            "et citations."
        ),
    )
    skills = models.JSONField(_("compétences requises"), default=list, blank=True)
    contract_type = models.CharField(
        _("type de contrat"), max_length=24, choices=ContractType.choices, default=ContractType.CDI
    )
    contract_end_date = models.DateField(_("fin du contrat"), null=True, blank=True)
    working_time = models.CharField(
        _("temps de travail"),
        max_length=16,
        choices=WorkingTime.choices,
        default=WorkingTime.FULL_TIME,
    )
    weekly_hours = models.DecimalField(
        _("heures par semaine"),
        max_digits=4,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal(1)), MaxValueValidator(MAX_WEEKLY_HOURS)],
    )
    commune = models.CharField(_("commune"), max_length=100, blank=True)
    postcode = models.CharField(_("code postal"), max_length=5, blank=True)
    department = models.CharField(_("département"), max_length=3, blank=True, editable=False)
    # The commune's INSEE code, found from the commune's name and the postcode when they match
    # one commune of the Code officiel géographique (territories.communes); else empty.
    insee_code = models.CharField(
        _("code INSEE de la commune"), max_length=5, blank=True, editable=False
    )
    remote_policy = models.CharField(
        _("télétravail"), max_length=16, choices=RemotePolicy.choices, default=RemotePolicy.NONE
    )
    salary_min = models.PositiveIntegerField(
        _("salaire minimum (brut annuel, €)"), null=True, blank=True
    )
    salary_max = models.PositiveIntegerField(
        _("salaire maximum (brut annuel, €)"), null=True, blank=True
    )
    experience_level = models.CharField(
        _("expérience"),
        max_length=24,
        choices=ExperienceLevel.choices,
        default=ExperienceLevel.BEGINNER_WELCOME,
    )
    positions = models.PositiveSmallIntegerField(
        _("nombre de postes"), default=1, validators=[MinValueValidator(1)]
    )
    start_date = models.DateField(_("date de prise de poste"), null=True, blank=True)
    rome_code = models.CharField(
        _("code ROME"),
        max_length=5,
        blank=True,
        validators=[
            RegexValidator(
                ROME_CODE_RE,
                _("Un code ROME est une lettre de A à N suivie de 4 chiffres, par exemple M1805."),
                code="rome_code",
            ),
            validate_rome_code,
        ],
    )
    appellation_code = models.CharField(
        _("appellation ROME"), max_length=8, blank=True, validators=[validate_appellation]
    )
    accessible_th = models.BooleanField(
        _("poste ouvert aux travailleurs handicapés (RQTH)"), null=True, blank=True
    )
    status = models.CharField(
        _("statut"), max_length=16, choices=OfferStatus.choices, default=OfferStatus.DRAFT
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(_("création"), default=timezone.now)
    updated_at = models.DateTimeField(_("mise à jour"), auto_now=True)
    published_at = models.DateTimeField(_("publication"), null=True, blank=True)
    closed_at = models.DateTimeField(_("clôture"), null=True, blank=True)
    # The publication gate: the findings as they stood when the offer was published (or its
    # published wording last changed), who acknowledged them, and the legal justification an
    # admin recorded for illegal wording. Advisers are shown the justification with the offer.
    wording_findings = models.JSONField(_("constats de rédaction"), default=list, blank=True)
    illegal_wording_at_publication = models.BooleanField(
        _("formulation illégale à la publication"), default=False
    )
    wording_justification = models.TextField(_("justification légale"), blank=True)
    wording_reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("constats pris en compte par"),
    )
    wording_reviewed_at = models.DateTimeField(
        _("constats pris en compte le"), null=True, blank=True
    )
    # Counts every change to the offer's applications (added, moved, deleted: see
    # candidates.apps): the recruiter's page of the offer is kept until it changes. A save() of
    # an offer read earlier may write back an older count: harmless, as the page's key also
    # holds updated_at, which that save changes.
    applications_version = models.PositiveIntegerField(default=0, editable=False)

    objects = OfferQuerySet.as_manager()

    class Meta:
        verbose_name = _("offre")
        verbose_name_plural = _("offres")
        ordering = ["-created_at", "-id"]
        constraints = [
            models.CheckConstraint(
                condition=Q(salary_min__isnull=True)
                | Q(salary_max__isnull=True)
                | Q(salary_min__lte=models.F("salary_max")),
                name="offer_salary_min_lte_max",
            ),
            models.CheckConstraint(condition=Q(positions__gte=1), name="offer_positions_gte_1"),
        ]
        indexes = [
            # Public lists, feeds and the API: the newest published offers first, read from the
            # index instead of sorting every published offer (10,000 in the load benchmark).
            models.Index(
                F("status"),
                F("published_at").desc(),
                F("id").desc(),
                name="offer_status_published_idx",
            ),
            models.Index(fields=["department", "status"], name="offer_department_status_idx"),
        ]

    def __str__(self):
        return self.title

    @property
    def job_title(self) -> rome.Appellation | None:
        """The ROME job title (appellation) chosen for the offer, from the referential."""
        return rome.appellation(self.appellation_code) if self.appellation_code else None

    def clean(self):
        errors = {}
        if self.postcode:
            try:
                self.department = department_from_postcode(self.postcode)
            except ValidationError as error:
                errors["postcode"] = error
        else:
            self.department = ""
        if self.rome_code:
            self.rome_code = self.rome_code.strip().upper()
        if self.appellation_code and (found := rome.appellation(self.appellation_code)):
            if self.rome_code and self.rome_code != found.rome_code:
                errors["rome_code"] = _("L'appellation choisie relève du code ROME %(code)s.") % {
                    "code": found.rome_code
                }
        if (
            self.salary_min is not None
            and self.salary_max is not None
            and self.salary_min > self.salary_max
        ):
            errors["salary_max"] = _(
                "Le salaire maximum doit être supérieur ou égal au salaire minimum."
            )
        if self.contract_type == ContractType.CDD and not self.contract_end_date:
            errors["contract_end_date"] = _("Indiquez la date de fin du CDD.")
        if self.contract_type in (ContractType.CDI, ContractType.FREELANCE) and (
            self.contract_end_date
        ):
            errors["contract_end_date"] = _("Ce type de contrat n'a pas de date de fin.")
        if self.contract_end_date and self.start_date and self.contract_end_date <= self.start_date:
            errors["contract_end_date"] = _(
                "La fin du contrat doit venir après la date de prise de poste."
            )
        if self.working_time == WorkingTime.PART_TIME:
            if self.weekly_hours is None:
                errors["weekly_hours"] = _("Indiquez la durée hebdomadaire du temps partiel.")
            elif self.weekly_hours >= LEGAL_WEEKLY_HOURS:
                errors["weekly_hours"] = _(
                    "Un temps partiel compte moins de 35 heures par semaine."
                )
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        # Sanitised whichever way the offer is written: forms, services, admin, shell.
        self.description = sanitize_html(self.description)
        if self.postcode:
            try:
                self.department = department_from_postcode(self.postcode)
            except ValidationError:
                self.department = ""
        else:
            self.department = ""
        self.insee_code = insee_code_of(self.commune, self.postcode)
        update_fields = kwargs.get("update_fields")
        if update_fields is not None and {"postcode", "commune"} & set(update_fields):
            kwargs["update_fields"] = {*update_fields, "department", "insee_code"}
        super().save(*args, **kwargs)

    @property
    def description_html(self):
        """The description, safe to render: sanitised again on the way out."""
        return mark_safe(sanitize_html(self.description))

    # Life cycle
    def can(self, transition: OfferTransition) -> bool:
        sources, _target = OFFER_TRANSITIONS[transition]
        return self.status in sources

    def apply_transition(self, transition: OfferTransition) -> None:
        """Move to the transition's target status and date it; raise if not allowed."""
        if not self.can(transition):
            raise OfferTransitionError(self, transition)
        _sources, target = OFFER_TRANSITIONS[transition]
        self.status = target
        now = timezone.now()
        if target == OfferStatus.PUBLISHED:
            self.published_at = now
        elif target == OfferStatus.CLOSED:
            self.closed_at = now

    @property
    def wording_reviewer_name(self) -> str:
        """Who took the wording findings into account, as colleagues name them ("—" if gone)."""
        reviewer = self.wording_reviewed_by
        return reviewer.name_for_colleagues if reviewer is not None else "—"

    @property
    def is_editable(self) -> bool:
        return self.status in EDITABLE_STATUSES

    @cached_property
    def snapshot_illegal_categories(self) -> list[str]:
        return sorted(
            {
                finding["category"]
                for finding in self.wording_findings
                if finding.get("severity") == FindingSeverity.ILLEGAL
            }
        )
