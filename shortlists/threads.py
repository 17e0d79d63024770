"""Messages between an employer and an anonymous candidate: one thread per application.

- The employer's messages go through the wording checker: illegal or exclusionary wording is
  refused, as for offers and decision comments (`MessageRefused`, with the findings).
- The candidate's messages are redacted before any employer sees them: the employer's side
  stores and reads the redacted text only; the candidate keeps their own words.
- Every message is audited, without its content and without the candidate's account.
- Emails only say that a message is waiting, with a link: never its content.
"""

from __future__ import annotations

from django.db import transaction
from django.urls import reverse
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
from employers.models import EmployerMembership
from employers.wording import Finding
from shortlists.feedback import in_both_languages, subject_in_both_languages
from shortlists.models import Message

MAX_MESSAGE_LENGTH = 4000


class MessageError(Exception):
    """A refused message; the text is for the user."""


class NotInThread(MessageError):
    """Neither a member of the application's employer nor its candidate: views answer 404."""


class MessageRefused(MessageError):
    def __init__(self, findings: list[Finding]):
        self.findings = findings
        super().__init__(_("Le message contient une formulation discriminatoire."))


def WITHDRAWN_MESSAGE() -> str:  # noqa: N802 (a message, translated when asked for)
    return _("La personne a retiré sa candidature : vous ne pouvez plus lui écrire.")


def _clean(text: str) -> str:
    text = strip_invisible(text or "").strip()
    if not text:
        raise MessageError(_("Écrivez votre message."))
    if len(text) > MAX_MESSAGE_LENGTH:
        raise MessageError(_("Un message tient en 4000 caractères au plus."))
    return text


def thread(application: Application, *, for_candidate: bool) -> list[dict]:
    """The thread as one side reads it: the candidate their own words, the employer the
    redacted ones. Who wrote an employer's message is shown by their name for colleagues."""
    messages = Message.objects.filter(application=application).select_related("author")
    return [
        {
            "from_candidate": message.from_candidate,
            "text": message.text if for_candidate else message.text_for_employer,
            "author_name": (
                message.author.name_for_colleagues
                if message.author is not None and not for_candidate
                else ""
            ),
            "sent_at": message.sent_at,
        }
        for message in messages
    ]


@transaction.atomic
def send_employer_message(application: Application, text: str, *, by) -> Message:
    if not Application.objects.of_employer_member(by).filter(pk=application.pk).exists():
        raise NotInThread(_("Cette candidature n'est pas celle de votre organisation."))
    if Application.objects.filter(pk=application.pk, stage=ApplicationStage.WITHDRAWN).exists():
        raise MessageError(WITHDRAWN_MESSAGE())
    text = _clean(text)
    findings = refusing_findings(text)  # as for decision comments and offers
    if findings:
        raise MessageRefused(findings)
    application = Application.objects.select_related("offer__employer").get(pk=application.pk)
    message = Message.objects.create(
        application=application, from_candidate=False, author=by, text=text, text_for_employer=text
    )
    log_action(
        "application.message_sent",
        actor=by,
        employer=application.offer.employer,
        target=application,
        data={"pseudonym": application.pseudonym, "from": "employer", "length": len(text)},
    )
    transaction.on_commit(lambda: _tell_candidate(application))
    return message


@transaction.atomic
def send_candidate_message(application: Application, text: str, *, by) -> Message:
    if not Application.objects.of_candidate_user(by).filter(pk=application.pk).exists():
        raise NotInThread(_("Cette candidature n'est pas la vôtre."))
    text = _clean(text)
    application = Application.objects.select_related("offer__employer").get(pk=application.pk)
    message = Message.objects.create(
        application=application,
        from_candidate=True,
        author=None,
        text=text,
        text_for_employer=redact_for_reviewers(text, candidate_id=application.candidate_id),
    )
    log_action(
        "application.message_sent",
        actor=by,
        employer=application.offer.employer,
        target=application,
        data={"pseudonym": application.pseudonym, "from": "candidate", "length": len(text)},
        pseudonym=application.pseudonym,
    )
    transaction.on_commit(lambda: _tell_employer(application))
    return message


def employer_recipients(application: Application) -> list:
    """Who hears of a candidate's message: the members who wrote in the thread and the member
    who created the offer, if they still recruit for the employer; else the employer's
    admins."""
    offer = application.offer
    writers = set(
        Message.objects.filter(application=application, author__isnull=False).values_list(
            "author_id", flat=True
        )
    )
    if offer.created_by_id:
        writers.add(offer.created_by_id)
    # Those who recruit: an interviewer (a former writer or creator whose role changed) cannot
    # open the thread.
    memberships = EmployerMembership.objects.filter(employer_id=offer.employer_id).recruiting()
    chosen = memberships.filter(user_id__in=writers)
    if not chosen.exists():
        chosen = memberships.admins()
    return [membership.user for membership in chosen.select_related("user").order_by("user__email")]


def _tell_candidate(application: Application) -> None:
    offer = application.offer
    link = absolute_url(reverse("candidate_threads:thread", args=[application.pk]))
    notify_candidate(
        application,
        kind=EmailKind.MESSAGE_WAITING,
        subject=subject_in_both_languages(
            lambda: _("[Vivier] Un message vous attend : %(offer)s") % {"offer": offer.title}
        ),
        message=in_both_languages(
            lambda: "\n\n".join(
                [
                    _("Bonjour,"),
                    _(
                        "%(employer)s vous a écrit au sujet de votre candidature à l'offre "
                        "« %(offer)s ». Lisez le message et répondez dans votre espace : %(link)s"
                    )
                    % {"employer": offer.employer.name, "offer": offer.title, "link": link},
                    _("L'équipe Vivier"),
                ]
            )
        ),
    )


def _tell_employer(application: Application) -> None:
    link = absolute_url(reverse("applications:thread", args=[application.pk]))
    subject = subject_in_both_languages(
        lambda: (
            _("[Vivier] Un message %(de_pseudonym)s vous attend")
            % {"de_pseudonym": de(application.pseudonym)}
        )
    )
    body = in_both_languages(
        lambda: "\n\n".join(
            [
                _("Bonjour,"),
                _(
                    "%(pseudonym)s a écrit au sujet de sa candidature à l'offre « %(offer)s ». "
                    "Lisez le message dans Vivier : %(link)s"
                )
                % {
                    "pseudonym": application.pseudonym,
                    "offer": application.offer.title,
                    "link": link,
                },
                _("L'équipe Vivier"),
            ]
        )
    )
    for user in employer_recipients(application):
        send_email(user, subject=subject, body=body, kind=EmailKind.MESSAGE_WAITING)
