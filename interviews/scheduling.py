"""Dates of interviews, without revealing anyone.

The panel proposes slots (a date, a start and an end, a place or a video link, who of the panel
attends); the candidate chooses one in their space; both sides then receive an email with a
calendar invitation, a reminder the day before, and either side may ask for another date or
cancel, with a reason. Everything the employer side receives names the candidate by pseudonym
only; the candidate's reasons reach it redacted. The candidate's calendar file names no panel
member's address.

The calendar entry keeps one UID: choosing another slot sends an update (SEQUENCE + 1), a
cancellation a CANCEL. While new slots are being chosen, the previous entry stays in calendars
until the new choice moves it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.utils import parseaddr
from functools import partial

from django.conf import settings
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from accounts.audit import log_action
from accounts.enums import EmailKind
from accounts.notifications import send_email
from candidates.enums import ApplicationStage
from candidates.identity import redact_for_reviewers
from candidates.models import Application
from candidates.stages import notify_candidate
from core.elision import de
from core.site import absolute_url
from core.text import strip_invisible
from employers.free_text import refusing_findings
from employers.wording import Finding
from interviews.calendar import CalendarEvent, ics, slot_text
from interviews.enums import INTERVIEWABLE_STAGES, MeetingStatus
from interviews.models import (
    Interview,
    InterviewError,
    InterviewSlot,
    Meeting,
    interview_refusal,
)

MAX_SLOTS = 5
MAX_DURATION = timedelta(hours=8)
MAX_REASON_LENGTH = 1000
REMINDER_BEFORE = timedelta(hours=24)
ICS_TYPE = "text/calendar; charset=utf-8; method={method}"


class SchedulingError(InterviewError):
    """A refused scheduling action; the message is for the user."""


class ReasonRefused(SchedulingError):
    """The panel's words to the candidate (a reason, the place) hold illegal or exclusionary
    wording: refused as messages and decision comments are, with the findings by field."""

    def __init__(self, refused: dict[str, list[Finding]]):
        self.refused = refused
        self.findings = [finding for findings in refused.values() for finding in findings]
        super().__init__(
            _("Le texte destiné à la personne candidate contient une formulation discriminatoire.")
        )


def _check_panel_words(**texts: str) -> None:
    """Refuse what the panel writes for the candidate to read, as for messages."""
    refused = {field: found for field, text in texts.items() if (found := refusing_findings(text))}
    if refused:
        raise ReasonRefused(refused)


class NotYours(SchedulingError):
    """Not on this interview's panel, or not this application's candidate: views answer 404."""


def WITHDRAWN_MESSAGE() -> str:  # noqa: N802 (a message, translated when asked for)
    return _("La personne a retiré sa candidature : il n'y a plus d'entretien à planifier.")


@dataclass(frozen=True)
class SlotData:
    starts_at: datetime
    ends_at: datetime


def slot_problem(slot: SlotData, *, now: datetime | None = None) -> str | None:
    """Why a proposed slot is refused, or None: the form and the service ask the same."""
    now = now or timezone.now()
    if slot.ends_at <= slot.starts_at:
        return _("L'heure de fin doit suivre l'heure de début.")
    if slot.ends_at - slot.starts_at > MAX_DURATION:
        return _("Un entretien dure au plus 8 heures.")
    if slot.starts_at <= now:
        return _("Ce créneau est déjà passé : proposez une date à venir.")
    return None


# -- reading ---------------------------------------------------------------------------------


def meeting_of(interview: Interview) -> Meeting | None:
    return Meeting.objects.filter(interview=interview).select_related("chosen_slot").first()


def interview_of_candidate(user, application_id: int) -> Interview | None:
    """The latest interview of the candidate's own application `application_id`, else None."""
    if user is None or not user.is_authenticated:
        return None
    application = Application.objects.of_candidate_user(user).filter(pk=application_id).first()
    if application is None:
        return None
    return (
        Interview.objects.filter(application=application)
        .select_related("application__offer__employer")
        .order_by("-created_at", "-id")
        .first()
    )


# -- the panel's side ------------------------------------------------------------------------


def _lock(interview: Interview) -> Interview:
    return (
        Interview.objects.select_for_update()
        .select_related("application__offer__employer")
        .get(pk=interview.pk)
    )


def _require_panel(interview: Interview, user) -> None:
    if not Interview.objects.for_panel_member(user).filter(pk=interview.pk).exists():
        raise NotYours(_("Vous ne faites pas partie du jury de cet entretien."))


def _clean_reason(reason: str, *, required: bool) -> str:
    reason = strip_invisible(reason or "").strip()
    if required and not reason:
        raise SchedulingError(_("Indiquez le motif du changement."))
    if len(reason) > MAX_REASON_LENGTH:
        raise SchedulingError(_("Le motif tient en 1000 caractères au plus."))
    return reason


@transaction.atomic
def propose_slots(
    interview: Interview,
    *,
    slots: list[SlotData],
    place: str = "",
    video_url: str = "",
    attendees,
    reason: str = "",
    by,
) -> Meeting:
    """A panel member proposes slots. Proposing again once a date is fixed moves the interview
    (a reason is then required): the candidate chooses again among the new slots."""
    interview = _lock(interview)
    _require_panel(interview, by)
    application = interview.application
    if application.stage == ApplicationStage.WITHDRAWN:
        raise SchedulingError(WITHDRAWN_MESSAGE())
    refusal = interview_refusal(application.stage)
    if refusal:
        raise SchedulingError(refusal)
    if not slots:
        raise SchedulingError(_("Proposez au moins un créneau."))
    if len(slots) > MAX_SLOTS:
        raise SchedulingError(_("Proposez au plus 5 créneaux."))
    for slot in slots:
        problem = slot_problem(slot)
        if problem:
            raise SchedulingError(problem)
    place, video_url = strip_invisible(place or "").strip(), (video_url or "").strip()
    if not place and not video_url:
        raise SchedulingError(_("Indiquez un lieu ou un lien de visioconférence."))
    panel_ids = set(interview.panel.values_list("user_id", flat=True))
    attendee_ids = {user.pk for user in attendees}
    if not attendee_ids:
        raise SchedulingError(_("Au moins un membre du jury assiste à l'entretien."))
    if not attendee_ids <= panel_ids:
        raise SchedulingError(_("Seuls les membres du jury de cet entretien peuvent y assister."))
    meeting = Meeting.objects.select_for_update().filter(interview=interview).first()
    moving = meeting is not None and meeting.status == MeetingStatus.SCHEDULED
    reason = _clean_reason(reason, required=moving)
    _check_panel_words(reason=reason, place=place)
    if meeting is None:
        meeting = Meeting(interview=interview)
    previous = meeting.chosen_slot if moving else None
    meeting.status = MeetingStatus.PROPOSED
    meeting.place, meeting.video_url = place, video_url
    meeting.chosen_slot = None
    meeting.reason = meeting.reason_for_employer = reason
    meeting.reason_by_candidate = False
    meeting.updated_at = timezone.now()
    meeting.save()
    meeting.slots.filter(withdrawn=False).update(withdrawn=True)
    InterviewSlot.objects.bulk_create(
        InterviewSlot(meeting=meeting, starts_at=slot.starts_at, ends_at=slot.ends_at)
        for slot in sorted(slots, key=lambda slot: slot.starts_at)
    )
    meeting.attendees.set(sorted(attendee_ids))
    log_action(
        "interview.slots_proposed",
        actor=by,
        employer=application.offer.employer,
        target=interview,
        data={
            "pseudonym": application.pseudonym,
            "slots": len(slots),
            "attendees": sorted(attendee_ids),
            "moved": moving,
        },
    )
    slot_list = list(meeting.open_slots)
    transaction.on_commit(lambda: _mail_proposal(meeting, slot_list, previous=previous))
    return meeting


# -- the candidate's side --------------------------------------------------------------------


def _locked_meeting(interview: Interview) -> Meeting | None:
    # PostgreSQL cannot lock the nullable side of an outer join (the chosen slot): lock the
    # meeting row only.
    return (
        Meeting.objects.select_for_update(of=("self",))
        .select_related("interview__application__offer__employer", "chosen_slot")
        .filter(interview=interview)
        .first()
    )


def _candidate_meeting(interview: Interview, user) -> Meeting:
    if interview_of_candidate(user, interview.application_id) != interview:
        raise NotYours(_("Cet entretien n'est pas le vôtre."))
    meeting = _locked_meeting(interview)
    if meeting is None:
        raise SchedulingError(_("Aucun créneau ne vous a encore été proposé."))
    return meeting


@transaction.atomic
def choose_slot(interview: Interview, slot_id: int, *, by) -> Meeting:
    """The candidate chooses one of the open slots: everyone receives the invitation."""
    meeting = _candidate_meeting(interview, by)
    if meeting.status != MeetingStatus.PROPOSED:
        raise SchedulingError(_("Il n'y a pas de créneau à choisir pour le moment."))
    if meeting.interview.application.stage not in INTERVIEWABLE_STAGES:
        raise SchedulingError(_("Cette candidature n'est plus en cours."))
    slot = meeting.open_slots.filter(pk=slot_id).first()
    if slot is None:
        raise SchedulingError(_("Choisissez l'un des créneaux proposés."))
    if slot.starts_at <= timezone.now():
        raise SchedulingError(_("Ce créneau est déjà passé : choisissez-en un autre."))
    meeting.status = MeetingStatus.SCHEDULED
    meeting.chosen_slot = slot
    if meeting.invitation_sent:
        meeting.sequence += 1
    meeting.invitation_sent = True
    meeting.updated_at = timezone.now()
    meeting.save()
    application = meeting.interview.application
    log_action(
        "interview.slot_chosen",
        actor=by,
        employer=application.offer.employer,
        target=meeting.interview,
        data={"pseudonym": application.pseudonym, "sequence": meeting.sequence},
        pseudonym=application.pseudonym,
    )
    transaction.on_commit(lambda: _mail_invitation(meeting.pk, method="REQUEST"))
    return meeting


@transaction.atomic
def ask_for_another_date(interview: Interview, reason: str, *, by) -> Meeting:
    """The candidate cannot come at the chosen date: the slot is released, the candidate may
    choose another open one, and the panel is told (the reason redacted) to propose more."""
    meeting = _candidate_meeting(interview, by)
    if meeting.status != MeetingStatus.SCHEDULED:
        raise SchedulingError(_("Aucune date n'est fixée pour cet entretien."))
    reason = _clean_reason(reason, required=True)
    application = meeting.interview.application
    if meeting.chosen_slot is not None:
        InterviewSlot.objects.filter(pk=meeting.chosen_slot.pk).update(withdrawn=True)
    previous = meeting.chosen_slot
    meeting.status = MeetingStatus.PROPOSED
    meeting.chosen_slot = None
    meeting.reason = reason
    meeting.reason_for_employer = redact_for_reviewers(
        reason, candidate_id=application.candidate_id
    )
    meeting.reason_by_candidate = True
    meeting.updated_at = timezone.now()
    meeting.save()
    log_action(
        "interview.new_date_requested",
        actor=by,
        employer=application.offer.employer,
        target=meeting.interview,
        data={"pseudonym": application.pseudonym},
        pseudonym=application.pseudonym,
    )
    transaction.on_commit(lambda: _mail_new_date_requested(meeting.pk, previous))
    return meeting


# -- either side -----------------------------------------------------------------------------


@transaction.atomic
def cancel_meeting(interview: Interview, reason: str, *, by, withdrawal: bool = False) -> Meeting:
    """The panel or the candidate calls the interview off, with a reason. A calendar entry
    already sent is cancelled (METHOD:CANCEL, same UID). The panel may propose slots again.
    `withdrawal`: the candidate withdrew their application; the emails say so to each one in
    their own words (« Vous avez retiré… », « <pseudonym> a retiré… ») and in each language."""
    by_candidate = by.is_candidate
    found: Meeting | None
    if by_candidate:
        found = _candidate_meeting(interview, by)
    else:
        _require_panel(interview, by)
        found = _locked_meeting(interview)
    if found is None:
        raise SchedulingError(_("Aucun créneau n'a encore été proposé."))
    meeting = found
    if meeting.status == MeetingStatus.CANCELLED:
        raise SchedulingError(_("Cet entretien est déjà annulé."))
    reason = _clean_reason(reason, required=True)
    if not by_candidate:
        _check_panel_words(reason=reason)
    application = meeting.interview.application
    meeting.status = MeetingStatus.CANCELLED
    meeting.reason = reason
    meeting.reason_for_employer = (
        redact_for_reviewers(reason, candidate_id=application.candidate_id)
        if by_candidate
        else reason
    )
    meeting.reason_by_candidate = by_candidate
    was_sent = meeting.invitation_sent and meeting.chosen_slot is not None
    if was_sent:
        meeting.sequence += 1
    meeting.updated_at = timezone.now()
    meeting.save()
    still_open = meeting.slots.filter(withdrawn=False)
    if meeting.chosen_slot_id is not None:  # the cancelled date stays, for the CANCEL file
        still_open = still_open.exclude(pk=meeting.chosen_slot_id)
    still_open.update(withdrawn=True)
    log_action(
        "interview.meeting_cancelled",
        actor=by,
        employer=application.offer.employer,
        target=meeting.interview,
        data={
            "pseudonym": application.pseudonym,
            "by": "candidate" if by_candidate else "employer",
        },
        pseudonym=application.pseudonym,
    )
    if was_sent:
        transaction.on_commit(
            lambda: _mail_invitation(meeting.pk, method="CANCEL", withdrawal=withdrawal)
        )
    else:
        transaction.on_commit(lambda: _mail_cancelled_proposal(meeting.pk, withdrawal=withdrawal))
    return meeting


# -- the reminder ----------------------------------------------------------------------------


def send_reminders(*, now: datetime | None = None) -> list[int]:
    """Remind both sides of the interviews starting within a day. Run hourly; each chosen slot
    is reminded once (a new slot, a new reminder); none once the application is decided."""
    now = now or timezone.now()
    due = Meeting.objects.filter(
        status=MeetingStatus.SCHEDULED,
        interview__application__stage__in=INTERVIEWABLE_STAGES,
        chosen_slot__starts_at__gt=now,
        chosen_slot__starts_at__lte=now + REMINDER_BEFORE,
    ).select_related("interview__application__offer__employer", "chosen_slot")
    reminded = []
    for meeting in due:
        if meeting.reminded_slot_id == meeting.chosen_slot_id:
            continue
        with transaction.atomic():
            locked = Meeting.objects.select_for_update().get(pk=meeting.pk)
            if locked.reminded_slot_id == locked.chosen_slot_id or locked.chosen_slot_id is None:
                continue
            locked.reminded_slot_id = locked.chosen_slot_id
            locked.save(update_fields=["reminded_slot"])
            application = meeting.interview.application
            log_action(
                "interview.meeting_reminded",
                actor=None,
                employer=application.offer.employer,
                target=meeting.interview,
                data={"pseudonym": application.pseudonym},
            )
            transaction.on_commit(partial(_mail_reminder, meeting.pk))
        reminded.append(meeting.pk)
    return reminded


# -- calendar files --------------------------------------------------------------------------


def _full_meeting(meeting_id: int) -> Meeting:
    return Meeting.objects.select_related(
        "interview__application__offer__employer", "chosen_slot"
    ).get(pk=meeting_id)


def _where(meeting: Meeting) -> str:
    return " · ".join(part for part in (meeting.place, meeting.video_url) if part)


def _organizer() -> tuple[str, str]:
    name, address = parseaddr(settings.DEFAULT_FROM_EMAIL)
    return address, name or "Vivier"


def panel_event(meeting: Meeting) -> CalendarEvent:
    """The panel's calendar entry: the pseudonym, never who the candidate is."""
    application = meeting.interview.application
    slot = meeting.chosen_slot
    assert slot is not None
    attendees = [(user.email, user.name_for_colleagues) for user in meeting.attendees.all()]
    return CalendarEvent(
        uid=str(meeting.uid),
        sequence=meeting.sequence,
        starts_at=slot.starts_at,
        ends_at=slot.ends_at,
        summary=_both(
            lambda: (
                _("Entretien : %(pseudonym)s — %(offer)s")
                % {"pseudonym": application.pseudonym, "offer": application.offer.title}
            ),
            separator=" / ",
        ),
        description=_both(
            lambda: (
                _(
                    "Entretien structuré %(de_pseudonym)s pour l'offre « %(offer)s ». "
                    "Grille et notation : %(url)s"
                )
                % {
                    "de_pseudonym": de(application.pseudonym),
                    "offer": application.offer.title,
                    "url": absolute_url(reverse("interviews:session", args=[application.pk])),
                }
            )
        ),
        location=_where(meeting),
        url=meeting.video_url,
        organizer=_organizer(),
        attendees=attendees,
    )


def candidate_event(meeting: Meeting) -> CalendarEvent:
    """The candidate's calendar entry: the employer and the offer, no panel member's address."""
    application = meeting.interview.application
    offer = application.offer
    slot = meeting.chosen_slot
    assert slot is not None
    return CalendarEvent(
        uid=str(meeting.uid),
        sequence=meeting.sequence,
        starts_at=slot.starts_at,
        ends_at=slot.ends_at,
        summary=_both(
            lambda: (
                _("Entretien : %(offer)s — %(employer)s")
                % {"offer": offer.title, "employer": offer.employer.name}
            ),
            separator=" / ",
        ),
        description=_both(
            lambda: (
                _("Votre entretien pour l'offre « %(offer)s ». Détails et changements : %(url)s")
                % {
                    "offer": offer.title,
                    "url": absolute_url(reverse("interviews:my_interview", args=[application.pk])),
                }
            )
        ),
        location=_where(meeting),
        url=meeting.video_url,
        organizer=(_organizer()[0], offer.employer.name),
    )


def panel_ics(meeting: Meeting) -> bytes:
    method = "CANCEL" if meeting.status == MeetingStatus.CANCELLED else "REQUEST"
    return ics(panel_event(meeting), method=method)


def candidate_ics(meeting: Meeting) -> bytes:
    method = "CANCEL" if meeting.status == MeetingStatus.CANCELLED else "REQUEST"
    return ics(candidate_event(meeting), method=method)


# -- emails ----------------------------------------------------------------------------------


def _both(compose: Callable[[], str], *, separator: str = "\n\n-- English --\n\n") -> str:
    """French, then English: the platform does not know which language each person reads."""
    texts = []
    for language in ("fr", "en"):
        with translation.override(language):
            texts.append(compose())
    return texts[0] if texts[0] == texts[1] else f"{texts[0]}{separator}{texts[1]}"


def _candidate_link(application: Application) -> str:
    return absolute_url(reverse("interviews:my_interview", args=[application.pk]))


def _send_to_panel(
    meeting: Meeting, subject: str, body: str, attachment=None, *, kind=None
) -> None:
    attachments = [attachment] if attachment is not None else []
    for user in meeting.attendees.all():
        send_email(user, subject=subject, body=body, kind=kind, attachments=attachments)


def _slot_lines(slots) -> str:
    return "\n".join(f"- {slot_text(slot.starts_at, slot.ends_at)}" for slot in slots)


def _mail_proposal(meeting: Meeting, slots, *, previous) -> None:
    meeting = _full_meeting(meeting.pk)
    application = meeting.interview.application
    offer = application.offer
    link = absolute_url(reverse("interviews:my_interview", args=[application.pk]))

    def body() -> str:
        parts = [_("Bonjour,")]
        if previous is not None:
            parts.append(
                _("L'employeur déplace votre entretien du %(slot)s. Motif : %(reason)s")
                % {
                    "slot": slot_text(previous.starts_at, previous.ends_at),
                    "reason": meeting.reason,
                }
            )
        parts += [
            _("%(employer)s vous propose ces créneaux d'entretien pour l'offre « %(offer)s » :")
            % {"employer": offer.employer.name, "offer": offer.title},
            _slot_lines(slots),
            _("Lieu : %(where)s") % {"where": _where(meeting)},
            _("Choisissez celui qui vous convient dans votre espace : %(link)s") % {"link": link},
            _("L'équipe Vivier"),
        ]
        return "\n\n".join(parts)

    subject = _both(
        lambda: (
            _("[Vivier] Choisissez la date de votre entretien : %(offer)s") % {"offer": offer.title}
        ),
        separator=" / ",
    )
    notify_candidate(application, subject=subject, message=_both(body))
    if previous is not None:
        _send_to_panel(
            meeting,
            _both(
                lambda: (
                    _("[Vivier] Entretien %(de_pseudonym)s déplacé")
                    % {"de_pseudonym": de(application.pseudonym)}
                ),
                separator=" / ",
            ),
            _both(
                lambda: (
                    _(
                        "L'entretien %(de_pseudonym)s du %(slot)s est déplacé : de nouveaux "
                        "créneaux sont proposés. Votre agenda sera mis à jour dès que la nouvelle "
                        "date sera choisie. Motif : %(reason)s"
                    )
                    % {
                        "de_pseudonym": de(application.pseudonym),
                        "slot": slot_text(previous.starts_at, previous.ends_at),
                        "reason": meeting.reason_for_employer,
                    }
                )
            ),
        )


def _why_cancelled(meeting: Meeting, *, for_candidate: bool, withdrawal: bool) -> str:
    """The reason line of a cancellation email, in the language active when it is called."""
    if withdrawal:
        if for_candidate:
            return _("Vous avez retiré votre candidature.")
        return _("%(pseudonym)s a retiré sa candidature.") % {
            "pseudonym": meeting.interview.application.pseudonym
        }
    reason = meeting.reason if for_candidate else meeting.reason_for_employer
    return _("Motif : %(reason)s") % {"reason": reason}


def _mail_invitation(meeting_id: int, *, method: str, withdrawal: bool = False) -> None:
    meeting = _full_meeting(meeting_id)
    application = meeting.interview.application
    offer = application.offer
    slot = meeting.chosen_slot
    assert slot is not None
    when = slot.starts_at, slot.ends_at
    cancelled = method == "CANCEL"
    mimetype = ICS_TYPE.format(method=method)

    def candidate_body() -> str:
        if cancelled:
            head = _("Votre entretien du %(slot)s pour l'offre « %(offer)s » est annulé.") % {
                "slot": slot_text(*when),
                "offer": offer.title,
            }
            reason = _why_cancelled(meeting, for_candidate=True, withdrawal=withdrawal)
            attached = _("L'annulation est jointe pour votre agenda. Votre espace : %(link)s")
        else:
            head = _("Votre entretien pour l'offre « %(offer)s » %(de_employer)s est fixé :") % {
                "offer": offer.title,
                "de_employer": de(offer.employer.name),
            }
            reason = _("Lieu : %(where)s") % {"where": _where(meeting)}
            attached = _("L'invitation est jointe pour votre agenda. Votre espace : %(link)s")
        return "\n\n".join(
            [
                _("Bonjour,"),
                head,
                "" if cancelled else slot_text(*when),
                reason,
                attached
                % {"link": absolute_url(reverse("interviews:my_interview", args=[application.pk]))},
                _("L'équipe Vivier"),
            ]
        ).replace("\n\n\n\n", "\n\n")

    def panel_body() -> str:
        if cancelled:
            head = _("L'entretien %(de_pseudonym)s du %(slot)s est annulé.") % {
                "de_pseudonym": de(application.pseudonym),
                "slot": slot_text(*when),
            }
            detail = _why_cancelled(meeting, for_candidate=False, withdrawal=withdrawal)
            attached = _("L'annulation est jointe pour votre agenda. La séance : %(link)s")
        else:
            head = _(
                "L'entretien %(de_pseudonym)s pour l'offre « %(offer)s » est fixé : %(slot)s."
            ) % {
                "de_pseudonym": de(application.pseudonym),
                "offer": offer.title,
                "slot": slot_text(*when),
            }
            detail = _("Lieu : %(where)s") % {"where": _where(meeting)}
            attached = _("L'invitation est jointe pour votre agenda. La séance : %(link)s")
        return "\n\n".join(
            [
                _("Bonjour,"),
                head,
                detail,
                attached
                % {"link": absolute_url(reverse("interviews:schedule", args=[application.pk]))},
                _("L'équipe Vivier"),
            ]
        )

    if cancelled:
        candidate_subject = _both(
            lambda: _("[Vivier] Entretien annulé : %(offer)s") % {"offer": offer.title},
            separator=" / ",
        )
        panel_subject = _both(
            lambda: (
                _("[Vivier] Entretien annulé : %(pseudonym)s")
                % {"pseudonym": application.pseudonym}
            ),
            separator=" / ",
        )
    else:
        candidate_subject = _both(
            lambda: _("[Vivier] Invitation à un entretien : %(offer)s") % {"offer": offer.title},
            separator=" / ",
        )
        panel_subject = _both(
            lambda: (
                _("[Vivier] Invitation : entretien %(de_pseudonym)s")
                % {"de_pseudonym": de(application.pseudonym)}
            ),
            separator=" / ",
        )
    notify_candidate(
        application,
        subject=candidate_subject,
        message=_both(candidate_body),
        attachments=[("invitation.ics", candidate_ics(meeting), mimetype)],
    )
    _send_to_panel(
        meeting,
        panel_subject,
        _both(panel_body),
        ("invitation.ics", panel_ics(meeting), mimetype),
    )


def _mail_new_date_requested(meeting_id: int, previous) -> None:
    meeting = _full_meeting(meeting_id)
    application = meeting.interview.application
    link = absolute_url(reverse("interviews:schedule", args=[application.pk]))
    _send_to_panel(
        meeting,
        _both(
            lambda: (
                _("[Vivier] %(pseudonym)s demande une autre date d'entretien")
                % {"pseudonym": application.pseudonym}
            ),
            separator=" / ",
        ),
        _both(
            lambda: "\n\n".join(
                [
                    _("Bonjour,"),
                    _(
                        "%(pseudonym)s ne peut pas venir à l'entretien du %(slot)s. "
                        "Son motif : %(reason)s"
                    )
                    % {
                        "pseudonym": application.pseudonym,
                        "slot": slot_text(previous.starts_at, previous.ends_at)
                        if previous
                        else "—",
                        "reason": meeting.reason_for_employer,
                    },
                    _(
                        "La personne peut choisir un autre des créneaux encore ouverts ; "
                        "proposez-en d'autres au besoin : %(link)s"
                    )
                    % {"link": link},
                    _("L'équipe Vivier"),
                ]
            )
        ),
    )


def _mail_cancelled_proposal(meeting_id: int, *, withdrawal: bool = False) -> None:
    meeting = _full_meeting(meeting_id)
    application = meeting.interview.application
    offer = application.offer
    notify_candidate(
        application,
        subject=_both(
            lambda: _("[Vivier] Entretien annulé : %(offer)s") % {"offer": offer.title},
            separator=" / ",
        ),
        message=_both(
            lambda: "\n\n".join(
                [
                    _("Bonjour,"),
                    _("Les créneaux d'entretien proposés pour l'offre « %(offer)s » sont annulés.")
                    % {"offer": offer.title},
                    _why_cancelled(meeting, for_candidate=True, withdrawal=withdrawal),
                    _("L'équipe Vivier"),
                ]
            )
        ),
    )
    _send_to_panel(
        meeting,
        _both(
            lambda: (
                _("[Vivier] Entretien annulé : %(pseudonym)s")
                % {"pseudonym": application.pseudonym}
            ),
            separator=" / ",
        ),
        _both(
            lambda: "\n\n".join(
                [
                    _("Bonjour,"),
                    _("Les créneaux proposés pour l'entretien %(de_pseudonym)s sont annulés.")
                    % {"de_pseudonym": de(application.pseudonym)},
                    _why_cancelled(meeting, for_candidate=False, withdrawal=withdrawal),
                    _("L'équipe Vivier"),
                ]
            )
        ),
    )


def _mail_reminder(meeting_id: int) -> None:
    meeting = _full_meeting(meeting_id)
    application = meeting.interview.application
    offer = application.offer
    slot = meeting.chosen_slot
    if slot is None:
        return
    when = slot_text(slot.starts_at, slot.ends_at)
    notify_candidate(
        application,
        subject=_both(
            lambda: (
                _("[Vivier] Rappel : votre entretien de demain, %(offer)s") % {"offer": offer.title}
            ),
            separator=" / ",
        ),
        message=_both(
            lambda: "\n\n".join(
                [
                    _("Bonjour,"),
                    _(
                        "Rappel : votre entretien pour l'offre « %(offer)s » %(de_employer)s "
                        "a lieu le %(slot)s."
                    )
                    % {"offer": offer.title, "de_employer": de(offer.employer.name), "slot": when},
                    _("Lieu : %(where)s") % {"where": _where(meeting)},
                    _("Un empêchement ? Votre espace : %(link)s")
                    % {"link": _candidate_link(application)},
                    _("L'équipe Vivier"),
                ]
            )
        ),
        kind=EmailKind.INTERVIEW_REMINDER,
    )
    _send_to_panel(
        meeting,
        _both(
            lambda: (
                _("[Vivier] Rappel : entretien %(de_pseudonym)s demain")
                % {"de_pseudonym": de(application.pseudonym)}
            ),
            separator=" / ",
        ),
        _both(
            lambda: "\n\n".join(
                [
                    _("Bonjour,"),
                    _("Rappel : l'entretien %(de_pseudonym)s a lieu le %(slot)s.")
                    % {"de_pseudonym": de(application.pseudonym), "slot": when},
                    _("Lieu : %(where)s") % {"where": _where(meeting)},
                    _("La séance : %(link)s")
                    % {"link": absolute_url(reverse("interviews:session", args=[application.pk]))},
                    _("L'équipe Vivier"),
                ]
            )
        ),
        kind=EmailKind.INTERVIEW_REMINDER,
    )
