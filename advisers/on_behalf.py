"""An adviser applies to an offer on behalf of a person they support, with the person's consent
recorded (how, when, by whom).

The candidate account is found by the person's email or created (no usable password: the person
receives a link to set one, made with allauth's password reset tokens); the application is made
by `candidates.services.apply_to_offer`, as any application, under a fresh pseudonym. The
invitation and referral that advisers already keep record who applied (adviser, structure) and
let the adviser follow the stage while the person agrees. The person sees the application in
their space, can withdraw it (`candidates.withdrawal`) and their consent to be followed
(`advisers.invitations.set_referral_consent`).

Disclosure rule (README, "Advisers acting for a person"): the employer learns only that an
adviser sent the application (« par un·e conseiller·ère ») and reads the adviser's note
redacted; never which adviser, which structure or which kind of structure.
"""

from __future__ import annotations

import datetime
import hashlib
import logging
import smtplib
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.audit import log_action
from accounts.enums import Role
from advisers.enums import AdviserOrganisationStatus, ConsentMethod
from advisers.models import (
    AdviserMembership,
    AdviserOrganisation,
    ApplicationOnBehalf,
    Invitation,
    Referral,
)
from advisers.note_redaction import redact_structures
from candidates.identity import redact_for_reviewers
from candidates.models import Application, Candidate
from candidates.origins import Origin
from candidates.redaction import redact
from candidates.services import (
    ApplicationRefused,
    NotACandidateAccount,
    apply_to_offer,
    candidate_for_person,
    set_password_link,
)
from candidates.stages import notify_candidate
from core.site import absolute_url
from core.text import strip_invisible
from employers.models import Offer

logger = logging.getLogger(__name__)

MAX_NOTE_LENGTH = 2000
MAX_NAME_LENGTH = 100
MAX_EMAIL_LENGTH = 254
MAX_REMINDER_LENGTH = 100  # Invitation.note


class OnBehalfRefused(Exception):
    """The application cannot be made; the message is for the adviser."""


class AlreadyRecorded(OnBehalfRefused):
    """The adviser already made this application for the person (a second press of the button,
    or the form sent again): `record` is theirs, nothing new was made or sent."""

    def __init__(self, record: ApplicationOnBehalf):
        super().__init__(_("Vous avez déjà envoyé cette candidature pour cette personne."))
        self.record = record


@dataclass(frozen=True)
class Person:
    email: str
    first_name: str
    last_name: str


@dataclass(frozen=True)
class Consent:
    method: str
    given_on: datetime.date
    obtained: bool


def structure_problem(user, organisation: AdviserOrganisation) -> str | None:
    """Why `user` may not apply on behalf of `organisation`, or None."""
    membership = AdviserMembership.objects.filter(user=user, organisation=organisation).first()
    if membership is None:
        return _("Vous n'êtes pas membre de cette structure.")
    if organisation.status != AdviserOrganisationStatus.VALIDATED:
        return _(
            "Votre structure n'est pas encore validée par l'équipe Vivier : vous pourrez "
            "candidater pour une personne une fois la structure validée."
        )
    return None


def email_problem(email: str) -> str | None:
    """What is wrong with the person's address beyond its syntax, or None: a mail server out on
    the internet has a dot in its domain (`jean@localhost` cannot receive the email), and an
    address holds in 254 characters (RFC 5321, and the account's field)."""
    if len(email) > MAX_EMAIL_LENGTH:
        return _("L'adresse électronique tient en 254 caractères au plus.")
    if "." not in email.rpartition("@")[2].strip("."):
        return _(
            "Le nom de domaine de l'adresse (après « @ ») doit contenir un point, par exemple "
            "nom@exemple.fr."
        )
    return None


def _clean_person(person: Person) -> Person:
    email = (person.email or "").strip().lower()
    problem = email_problem(email)
    if problem is not None:
        raise OnBehalfRefused(problem)
    try:
        validate_email(email)
    except ValidationError:
        raise OnBehalfRefused(
            _("L'adresse électronique de la personne n'est pas valide.")
        ) from None
    first_name = strip_invisible(person.first_name or "").strip()
    last_name = strip_invisible(person.last_name or "").strip()
    if not first_name or not last_name:
        raise OnBehalfRefused(_("Indiquez le prénom et le nom de la personne."))
    if len(first_name) > MAX_NAME_LENGTH or len(last_name) > MAX_NAME_LENGTH:
        raise OnBehalfRefused(_("Le prénom et le nom tiennent en 100 caractères chacun."))
    return Person(email=email, first_name=first_name, last_name=last_name)


def _check_consent(consent: Consent) -> None:
    if not consent.obtained:
        raise OnBehalfRefused(
            _(
                "Vous ne pouvez candidater pour une personne qu'avec son accord : cochez la case "
                "qui confirme que vous l'avez obtenu."
            )
        )
    if consent.method not in ConsentMethod.values:
        raise OnBehalfRefused(_("Indiquez comment la personne a donné son accord."))
    if consent.given_on is None or consent.given_on > timezone.localdate():
        raise OnBehalfRefused(_("La date de l'accord ne peut pas être dans le futur."))


def apply_on_behalf(
    offer: Offer,
    *,
    organisation: AdviserOrganisation,
    person: Person,
    consent: Consent,
    note: str = "",
    reminder: str = "",
    by,
) -> ApplicationOnBehalf:
    """`by`, an adviser of the validated `organisation`, applies to `offer` for `person`, who
    gave their consent as `consent` says; `reminder` is the adviser's own (their follow-up
    only, never the employer's). Refused with OnBehalfRefused and a message. The
    person is emailed once the application is stored (`person_told_at` stays empty when the
    mail server failed)."""
    with transaction.atomic():
        record, new_account = _record(
            offer,
            organisation=organisation,
            person=person,
            consent=consent,
            note=note,
            reminder=reminder,
            by=by,
        )
    if tell_the_person(record, new_account=new_account):
        # `tell_the_person` stamped its own copy: the caller reads this one.
        record.refresh_from_db(fields=["person_told_at"])
    return record


def _record(
    offer, *, organisation, person, consent, note, reminder, by
) -> tuple[ApplicationOnBehalf, bool]:
    problem = structure_problem(by, organisation)
    if problem is not None:
        raise OnBehalfRefused(problem)
    if not Offer.objects.publicly_visible().filter(pk=offer.pk).exists():
        raise OnBehalfRefused(_("Cette offre n'est plus ouverte aux candidatures."))
    _check_consent(consent)
    person = _clean_person(person)
    note = clean_note(note)
    if len(note) > MAX_NOTE_LENGTH:
        raise OnBehalfRefused(_("La note tient en 2000 caractères au plus."))
    reminder = strip_invisible(reminder or "").strip()
    if len(reminder) > MAX_REMINDER_LENGTH:
        raise OnBehalfRefused(_("Le repère personnel tient en 100 caractères au plus."))
    try:
        candidate, new_account = candidate_for_person(
            person.email, first_name=person.first_name, last_name=person.last_name
        )
    except NotACandidateAccount:
        raise OnBehalfRefused(
            _(
                "Cette adresse est celle d'un compte professionnel (employeur, "
                "conseiller·ère ou équipe Vivier) : utilisez l'adresse personnelle de la "
                "personne."
            )
        ) from None
    if Application.objects.filter(offer=offer, candidate=candidate).exists():
        raise _already_applied(offer, candidate, by=by)
    try:
        application = apply_to_offer(candidate, offer)
    except ApplicationRefused:
        raise _already_applied(offer, candidate, by=by) from None
    invitation = Invitation.objects.create(
        adviser=by, organisation=organisation, offer=offer, note=reminder
    )
    # Being followed is part of what the person agreed to; they may withdraw it in their space.
    referral = Referral.objects.create(invitation=invitation, application=application, consent=True)
    record = ApplicationOnBehalf.objects.create(
        referral=referral,
        consent_method=consent.method,
        consent_given_on=consent.given_on,
        consent_recorded_by=by,
        note_for_employer=note_as_employer_reads(
            note, person=person, by=by, candidate_id=candidate.pk
        ),
    )
    # Staff only: no employer may read who applied.
    log_action(
        "adviser.applied_on_behalf",
        actor=by,
        target=record,
        data={
            "offer": offer.pk,
            "organisation": organisation.pk,
            "application": application.pk,
            "new_account": new_account,
            "consent_method": consent.method,
            "consent_given_on": consent.given_on.isoformat(),
        },
    )
    return record, new_account


def clean_note(note: str) -> str:
    return strip_invisible(note or "").strip()


def note_as_employer_reads(
    note: str, *, person: Person, by, candidate_id: int | None = None
) -> str:
    """The adviser's note as the employer will read it (and as the adviser previews it): the
    names of structures and of `by`'s own (`advisers.note_redaction`), then the person's
    identity as the adviser typed it and, for an existing account, as the account holds it
    (`candidates.identity.redact_for_reviewers`)."""
    note = clean_note(note)
    if not note:
        return note
    own = AdviserOrganisation.objects.filter(memberships__user=by).values_list("name", flat=True)
    note = redact_structures(note, own)
    typed = {"first_name": person.first_name, "last_name": person.last_name}
    note = redact(note, {**typed, "email": (person.email or "").strip().lower()})
    if candidate_id is not None:
        note = redact_for_reviewers(note, candidate_id=candidate_id)
    return note


def note_preview(note: str, *, person: Person, by) -> str:
    """`note_as_employer_reads` before the application is made: the account the person's
    address leads to, if any, is the one the application will use."""
    candidate_id = (
        Candidate.objects.filter(
            user__email__iexact=(person.email or "").strip(), user__role=Role.CANDIDATE
        )
        .values_list("pk", flat=True)
        .first()
    )
    return note_as_employer_reads(note, person=person, by=by, candidate_id=candidate_id)


def preview_digest(preview: str) -> str:
    """Sent back with the form: the note the adviser read is the one that will be sent."""
    return hashlib.sha256(preview.encode()).hexdigest()


def _already_applied(offer, candidate, *, by) -> OnBehalfRefused:
    """The person has an application to `offer`: AlreadyRecorded when `by` made it for them,
    else a refusal that says no more than that they applied."""
    record = ApplicationOnBehalf.objects.filter(
        referral__application__offer=offer,
        referral__application__candidate=candidate,
        referral__invitation__adviser=by,
    ).first()
    if record is not None:
        return AlreadyRecorded(record)
    return OnBehalfRefused(_("Cette personne a déjà candidaté à cette offre."))


def tell_the_person(record: ApplicationOnBehalf, *, new_account: bool) -> bool:
    """Email the person: which structure applied for them to which offer, how to see and
    withdraw it; with a link to set their password when the account is new. False when the
    mail server failed or the account is gone (the adviser is told)."""
    record = ApplicationOnBehalf.objects.select_related(
        "referral__invitation__organisation",
        "referral__application__offer__employer",
        "referral__application__candidate",
    ).get(pk=record.pk)
    application = record.referral.application
    offer = application.offer
    context = {
        "organisation": record.referral.invitation.organisation.name,
        "offer": offer,
        "new_account": new_account,
        "set_password_link": set_password_link(application.candidate) if new_account else "",
        "link_days": max(1, settings.PASSWORD_RESET_TIMEOUT // 86400),
        "dashboard_link": absolute_url(reverse("candidates:dashboard")),
        "withdraw_link": absolute_url(reverse("candidates:withdraw", args=[application.pk])),
        "advisers_link": absolute_url(reverse("advisers:my_advisers")),
        "login_link": absolute_url(reverse("account_login")),
    }
    try:
        sent = notify_candidate(
            application,
            subject=_("[Vivier] Une candidature envoyée pour vous : %(title)s")
            % {"title": " ".join(offer.title.split())},
            message=render_to_string("advisers/emails/on_behalf.txt", context),
        )
    except (smtplib.SMTPException, OSError):
        logger.exception("Application on behalf %s: the email could not be sent", record.pk)
        return False
    if sent:
        record.person_told_at = timezone.now()
        record.save(update_fields=["person_told_at"])
    return sent


def origins(application_ids: list[int]) -> dict[int, Origin]:
    """For `candidates.origins`: the applications made by an adviser. The person reads which
    structure sent it; the employer only that an adviser did, and the redacted note."""
    rows = ApplicationOnBehalf.objects.filter(
        referral__application_id__in=application_ids
    ).values_list(
        "referral__application_id", "referral__invitation__organisation__name", "note_for_employer"
    )
    return {
        application_id: Origin(
            for_candidate=_("Envoyée par votre conseiller·ère (%(organisation)s)")
            % {"organisation": organisation},
            for_employer=_("Par un·e conseiller·ère"),
            note_for_employer=note,
        )
        for application_id, organisation, note in rows
    }
