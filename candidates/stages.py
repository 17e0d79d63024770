"""The application life cycle: an explicit transition table, one audited service."""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from accounts.audit import log_action
from accounts.notifications import send_email
from candidates.enums import FUNNEL, ApplicationStage
from candidates.models import Application
from candidates.signals import application_moved
from core.i18n import in_both_languages, subject_in_both_languages

S = ApplicationStage
TRANSITIONS: dict[str, frozenset[str]] = {
    S.APPLIED: frozenset({S.ASSESSED, S.INTERVIEW, S.REJECTED, S.WITHDRAWN}),
    S.ASSESSED: frozenset({S.INTERVIEW, S.SHORTLISTED, S.REJECTED, S.WITHDRAWN}),
    S.INTERVIEW: frozenset({S.SHORTLISTED, S.REJECTED, S.WITHDRAWN}),
    S.SHORTLISTED: frozenset({S.HIRED, S.REJECTED, S.WITHDRAWN}),
    S.HIRED: frozenset(),
    S.REJECTED: frozenset(),
    S.WITHDRAWN: frozenset(),
}


class InvalidStageTransition(Exception):
    pass


@transaction.atomic
def move_application(
    application: Application,
    to: str,
    *,
    by,
    timed_by_candidate: bool = False,
    candidate_told: bool = False,
) -> Application:
    """Move `application` to stage `to`, audited. A change the candidate's own action times
    (by a candidate, or `timed_by_candidate`: a sitting's hand-in or automatic end) is kept
    out of the employer's log, like the sitting itself: its time would tell how long the
    sitting lasted, hence who had extra time. Staff still see it. `candidate_told`: the caller
    emails the candidate about this move itself (a decision), saying what receivers of
    `application_moved` would have said, so that one move sends one email."""
    application = Application.objects.select_for_update().get(pk=application.pk)
    if to not in TRANSITIONS[application.stage]:
        raise InvalidStageTransition(f"{application.stage} → {to} is not allowed.")
    previous = application.stage
    application.stage = to
    application.stage_changed_at = timezone.now()
    if to in FUNNEL and FUNNEL.index(to) > FUNNEL.index(application.furthest_stage):
        application.furthest_stage = to
    application.save(update_fields=["stage", "stage_changed_at", "furthest_stage"])
    candidate_timed = timed_by_candidate or (by is not None and getattr(by, "is_candidate", False))
    log_action(
        "application.stage_changed",
        actor=by,
        employer=None if candidate_timed else application.offer.employer,
        target=application,
        data={"from": previous, "to": to, "pseudonym": application.pseudonym},
        pseudonym=application.pseudonym,
    )
    application_moved.send(
        sender=Application,
        application=application,
        previous=previous,
        to=to,
        by=by,
        candidate_told=candidate_told,
    )
    return application


def identity_shared_text() -> str:
    """What the candidate is told once the employer may see who they are (in the active
    language): alone in `notify_identity_shared`, or within a decision's email."""
    return _(
        "À partir de cette étape, l'employeur peut voir votre identité et vos coordonnées pour "
        "vous contacter. Chaque consultation est enregistrée, et vous la voyez dans votre "
        "espace candidat."
    )


def notify_identity_shared(application: Application) -> None:
    """Tell the candidate that the employer may now see who they are."""
    names = {"employer": application.offer.employer.name, "offer": application.offer.title}

    def body() -> str:
        good_news = _(
            "Bonne nouvelle : %(employer)s vous invite à la suite du recrutement pour l'offre "
            "« %(offer)s »."
        )
        return f"{good_news % names}\n\n{identity_shared_text()}\n"

    notify_candidate(
        application,
        subject=subject_in_both_languages(
            lambda: _("Votre candidature avance : %(offer)s") % names, prefix="[Vivier] "
        ),
        message=in_both_languages(body),
    )


def notify_candidate(
    application: Application, *, subject: str, message: str, attachments=(), kind=None
) -> bool:
    """Email the candidate of `application` without the caller ever holding their address.
    ``attachments``: (filename, content, mimetype) triples, such as an interview's calendar
    file. ``kind``: an optional email (`accounts.enums.EmailKind`) the candidate may have
    switched off; None for one that is always sent. False when nothing was sent (the
    candidate deleted their account, or switched that kind off)."""
    return send_email(
        application.candidate.user,
        subject=subject,
        body=message,
        kind=kind,
        attachments=attachments,
    )
