"""The one way to email a user: `send_email(user, subject=…, body=…, kind=…)`.

- `kind=None`: a mail that is always sent (receipt, invitation, interview date, decision,
  security). Apps above may keep their own wording; they send through here.
- `kind=EmailKind.…`: an optional mail. It is not sent when the user switched that kind off
  (their preferences page, or the link in the mail). It carries a one-click unsubscribe
  (RFC 8058): `List-Unsubscribe: <https://…/compte/desinscription/<token>/>` and
  `List-Unsubscribe-Post: List-Unsubscribe=One-Click`, and the same link at its foot.

The unsubscribe token is signed with `SECRET_KEY` (`django.core.signing`, its own salt) and
names the user and the kind; it does not expire, as an unsubscribe link must keep working for
as long as the mail is kept. Opening it (GET) only asks for confirmation, since mail scanners
prefetch links; a POST unsubscribes, without login nor CSRF token (what mail clients send).
"""

from __future__ import annotations

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage
from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext as _

from accounts.audit import log_action
from accounts.enums import EMAIL_KINDS_BY_ROLE, EmailKind, Role
from accounts.models import EmailOptOut, User
from core.i18n import in_both_languages
from core.site import absolute_url

SALT = "accounts.notifications.unsubscribe"


class BadUnsubscribeLink(Exception):
    """The token was altered, is not one of ours, or names an account that is gone."""


def kinds_for(user) -> tuple[EmailKind, ...]:
    """The optional emails this account can receive, which its preferences page offers: its
    role's kinds (`EMAIL_KINDS_BY_ROLE`), and for a recruiter's account only those its
    memberships bring (`_RECRUITER_RECEIVES`). An interviewer only sits on panels: the
    interview reminder alone; an account of no employer: none."""
    kinds = EMAIL_KINDS_BY_ROLE.get(user.role, ())
    if user.role == Role.RECRUITER:
        kinds = tuple(kind for kind in kinds if _RECRUITER_RECEIVES[kind](user))
    return kinds


# Whether a recruiter's account receives a kind, as the app that sends it chooses its readers.
# Through the reverse relation: accounts stands below employers and does not import it.


def _recruits(user) -> bool:
    """Admin or member of an employer, not an interviewer only: the recruiters' digest
    (`shortlists.recruiter_digest.recruiters`) and the notice of a candidate's message
    (`shortlists.threads.employer_recipients`)."""
    return user.employer_memberships.recruiting().exists()


def _reminded_of_undecided(user) -> bool:
    """The employer's admins, or those who recruit for an employer without one
    (`shortlists.reminders.employer_recipients`)."""
    memberships = user.employer_memberships
    if memberships.admins().exists():
        return True
    employers_with_admins = memberships.model.objects.admins().values("employer")
    return memberships.recruiting().exclude(employer__in=employers_with_admins).exists()


def _sits_on_panels(user) -> bool:
    """Any member of an employer may sit on an interview panel (the interview reminder,
    `interviews.scheduling`)."""
    return user.employer_memberships.exists()


_RECRUITER_RECEIVES = {
    EmailKind.RECRUITER_DIGEST: _recruits,
    EmailKind.NO_ANSWER_REMINDER: _reminded_of_undecided,
    EmailKind.INTERVIEW_REMINDER: _sits_on_panels,
    EmailKind.MESSAGE_WAITING: _recruits,
}


def always_sent(user) -> list[str]:
    """The emails that cannot be switched off, as the preferences page names them."""
    by_role = {
        Role.CANDIDATE: [
            _("l'accusé de réception de chaque candidature ;"),
            _(
                "les invitations, les dates d'entretien et leurs changements, les décisions "
                "sur une candidature, la clôture de l'offre ou de l'évaluation qu'elle attend ;"
            ),
        ],
        Role.RECRUITER: [
            _(
                "les invitations à rejoindre une organisation, les dates d'entretien et leurs "
                "changements ;"
            ),
        ],
        Role.ADVISER: [_("les invitations à rejoindre une structure ;")],
    }
    return [
        *by_role.get(user.role, []),
        _(
            "les e-mails de sécurité et de compte (confirmation d'adresse, mot de passe, "
            "double authentification, conservation des données)."
        ),
    ]


def switched_off(user) -> set[str]:
    return set(EmailOptOut.objects.filter(user=user).values_list("kind", flat=True))


def wants(user, kind: str) -> bool:
    return not EmailOptOut.objects.filter(user=user, kind=kind).exists()


def unsubscribe_token(user, kind: str) -> str:
    return signing.dumps({"user": user.pk, "kind": str(kind)}, salt=SALT)


def read_unsubscribe_token(token: str) -> tuple[User, EmailKind]:
    try:
        data = signing.loads(token, salt=SALT)
        kind = EmailKind(data["kind"])
        user = User.objects.get(pk=data["user"], is_active=True)
    except (signing.BadSignature, KeyError, TypeError, ValueError, User.DoesNotExist):
        raise BadUnsubscribeLink from None
    return user, kind


def masked_email(address: str) -> str:
    """« c•••@example.org »: enough for the owner to recognise the address, not enough to
    learn it from an unsubscribe link that anyone holding it can open."""
    local, at, domain = (address or "").partition("@")
    if not local:
        return ""
    return f"{local[0]}•••{at}{domain}"


def unsubscribe_url(user, kind: str) -> str:
    return absolute_url(reverse("accounts:unsubscribe", args=[unsubscribe_token(user, kind)]))


@transaction.atomic
def unsubscribe(user, kind: str) -> bool:
    """Switch `kind` off for `user` (from the mail's link: no one is signed in). True when it
    was on."""
    _opt_out, created = EmailOptOut.objects.get_or_create(user=user, kind=kind)
    if created:
        log_action("notifications.unsubscribed", actor=None, target=user, data={"kind": kind})
    return created


@transaction.atomic
def set_preferences(user, *, enabled, by) -> None:
    """Keep the optional emails of `enabled` on and switch the user's other kinds off."""
    kinds = {str(kind) for kind in kinds_for(user)}
    wanted = {str(kind) for kind in enabled} & kinds
    before = switched_off(user)
    off = kinds - wanted
    EmailOptOut.objects.filter(user=user, kind__in=wanted).delete()
    EmailOptOut.objects.bulk_create(
        [EmailOptOut(user=user, kind=kind) for kind in sorted(off - before)]
    )
    if (before & kinds) != off:
        log_action(
            "notifications.preferences_changed",
            actor=by,
            target=user,
            data={"off": sorted(off)},
        )


def _footer(kind: str, unsubscribe_link: str) -> str:
    preferences_link = absolute_url(reverse("accounts:email_preferences"))
    return in_both_languages(
        lambda: (
            _(
                "Vous recevez cet e-mail car « %(kind)s » est activé dans vos préférences.\n"
                "Ne plus recevoir ce type d'e-mail : %(unsubscribe)s\n"
                "Toutes vos préférences : %(preferences)s"
            )
            % {
                "kind": EmailKind(kind).label,
                "unsubscribe": unsubscribe_link,
                "preferences": preferences_link,
            }
        )
    )


def send_email(user, *, subject: str, body: str, kind: str | None = None, attachments=()) -> bool:
    """Email `user`; an optional `kind` the user switched off is not sent. `attachments`:
    (filename, content, mimetype) triples. False when nothing was sent."""
    if user is None or not user.is_active or not user.email:
        return False
    headers = {}
    if kind is not None:
        if not wants(user, kind):
            return False
        link = unsubscribe_url(user, kind)
        headers = {
            "List-Unsubscribe": f"<{link}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        }
        body = f"{body.rstrip()}\n\n-- \n{_footer(kind, link)}\n"
    email = EmailMessage(
        subject=subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[user.email],
        headers=headers,
    )
    for filename, content, mimetype in attachments:
        email.attach(filename, content, mimetype)
    email.send()
    return True
