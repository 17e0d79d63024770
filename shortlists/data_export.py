"""What shortlists keep about an application, for the candidate's data export (registered
with `candidates.data_export` in `ShortlistsConfig.ready`): each decision with its reason,
comment and the scores sent, the stages the application went through, the reminders the
employer got, and every time someone saw the candidate's identity."""

from accounts.models import AuditEntry
from candidates.identity import looks_at_identity
from shortlists.models import Decision, Message, NoAnswerReminder


def _entries(application, action: str):
    return (
        AuditEntry.objects.filter(
            action=action, target_type="candidates.application", target_id=str(application.pk)
        )
        .select_related("actor", "employer")
        .order_by("created_at", "id")
    )


def decisions(application) -> list[dict]:
    return [
        {
            "decided_at": decision.decided_at.isoformat(),
            "decision": decision.kind,
            "decision_label": str(decision.get_kind_display()),
            "reason": decision.reason,
            "reason_label": str(decision.get_reason_display()),
            "comment": decision.comment,
            "from_stage": decision.from_stage,
            "to_stage": decision.to_stage,
            "scores_sent": decision.scores,
            "automatic": decision.is_automatic,
        }
        for decision in Decision.objects.filter(application=application).order_by("decided_at")
    ]


def identity_reveals(application) -> list[dict]:
    """Who saw the candidate's identity, and when: the person's display name and employer."""
    return [
        {
            "revealed_at": look.at.isoformat(),
            "by": look.actor.display_name if look.actor is not None else "",
            "employer": look.employer_name,
            "stage": look.stage,
        }
        for look in looks_at_identity([application.pk]).get(application.pk, [])
    ]


def stage_history(application) -> list[dict]:
    return [
        {
            "changed_at": entry.created_at.isoformat(),
            "from": entry.data.get("from"),
            "to": entry.data.get("to"),
        }
        for entry in _entries(application, "application.stage_changed")
    ]


def no_answer_reminders(application) -> list[dict]:
    return [
        {"waiting_since": r.waiting_since.isoformat(), "reminded_at": r.reminded_at.isoformat()}
        for r in NoAnswerReminder.objects.filter(application=application).order_by("reminded_at")
    ]


def messages(application) -> list[dict]:
    """The application's thread as the candidate reads it: their own words."""
    return [
        {
            "sent_at": message.sent_at.isoformat(),
            "from_candidate": message.from_candidate,
            "text": message.text,
        }
        for message in Message.objects.filter(application=application).order_by("sent_at", "id")
    ]
