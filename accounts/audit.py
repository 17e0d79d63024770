"""Writing to the audit log. Every sensitive action goes through `log_action`."""

from accounts.models import AuditEntry


def log_action(action: str, *, actor, employer=None, target=None, data=None) -> AuditEntry:
    return AuditEntry.objects.create(
        action=action,
        actor=actor if actor is not None and actor.is_authenticated else None,
        employer=employer,
        target_type=target._meta.label_lower if target is not None else "",
        target_id=str(target.pk) if target is not None else "",
        data=data or {},
    )
