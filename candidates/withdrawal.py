"""A candidate withdraws their own application.

The application moves to « Retirée » through the stage table (`candidates.stages`); the employer
sees that stage (and the reason's category, below) and nothing more, and the move is kept out
of the employer's log like any change the candidate times. What was under way ends in the apps
above candidates, which receive `candidates.signals.application_moved`: the sitting in
progress is handed in, interview dates proposed or chosen are cancelled
(`shortlists.withdrawal`).

The candidate may say why (nothing is required): a category (`WithdrawalReason`), which the
employer reads beside the stage, and a comment in their own words, which no employer ever reads
(it could tell who they are, and redaction cannot promise to catch everything): the person
finds it in their data export, it is kept for Vivier's staff (no page shows it yet), and it is
erased with the account.
Withdrawals count as a stage of their own in the fairness figures (`fairness.stats`).
"""

from django.db import transaction
from django.utils.translation import gettext as _

from accounts.audit import log_action
from candidates.enums import ApplicationStage, WithdrawalReason
from candidates.models import Application
from candidates.stages import move_application
from core.text import strip_invisible

MAX_COMMENT_LENGTH = 1000

# Decided applications stay as they are: a hire, a refusal or an earlier withdrawal.
DECIDED_STAGES = frozenset(
    {ApplicationStage.HIRED, ApplicationStage.REJECTED, ApplicationStage.WITHDRAWN}
)


class WithdrawalRefused(Exception):
    """The application cannot be withdrawn; the message is for the candidate."""


class NotYourApplication(WithdrawalRefused):
    """Another person's application: views answer 404."""


def can_withdraw(application: Application) -> bool:
    return application.stage not in DECIDED_STAGES


def refusal_message(stage: str) -> str:
    if stage == ApplicationStage.WITHDRAWN:
        return _("Vous avez déjà retiré cette candidature.")
    if stage == ApplicationStage.HIRED:
        return _(
            "Cette candidature a abouti à un recrutement : elle ne peut plus être retirée. "
            "Écrivez à l'employeur depuis vos messages si vous renoncez au poste."
        )
    return _("L'employeur a déjà rendu sa décision : cette candidature ne peut plus être retirée.")


@transaction.atomic
def withdraw_application(
    application: Application, *, by, reason: str = "", comment: str = ""
) -> Application:
    """`by`, the candidate of `application`, withdraws it, saying why if they wish (`reason`, a
    WithdrawalReason or "", and `comment`). Refused (WithdrawalRefused) once the application
    is decided; NotYourApplication for anyone else."""
    if reason and reason not in WithdrawalReason.values:
        raise ValueError(f"Unknown withdrawal reason {reason!r}.")
    comment = strip_invisible(comment or "").strip()[:MAX_COMMENT_LENGTH]
    locked = (
        Application.objects.select_for_update(of=("self",))
        .select_related("offer__employer", "candidate")
        .get(pk=application.pk)
    )
    if by is None or locked.candidate.user_id is None or locked.candidate.user_id != by.pk:
        raise NotYourApplication(_("Cette candidature n'est pas la vôtre."))
    if not can_withdraw(locked):
        raise WithdrawalRefused(refusal_message(locked.stage))
    previous = locked.stage
    moved = move_application(locked, ApplicationStage.WITHDRAWN, by=by)
    moved.withdrawal_reason, moved.withdrawal_comment = reason, comment
    moved.save(update_fields=["withdrawal_reason", "withdrawal_comment"])
    # Staff only (no employer): the employer reads the stage, not when the person left. The
    # comment stays out of the log, which outlives the account.
    log_action(
        "application.withdrawn",
        actor=by,
        target=moved,
        data={"offer": moved.offer_id, "from": previous, "reason": reason},
    )
    return moved
