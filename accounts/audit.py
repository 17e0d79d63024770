"""Writing to the audit log. Every sensitive action goes through `log_action`."""

from accounts.models import AuditEntry


def log_action(
    action: str, *, actor, employer=None, target=None, data=None, pseudonym: str = ""
) -> AuditEntry:
    """Record `action` by `actor` (None for the system).

    Write `action` as a string literal: the leak test reads every code from the source and
    performs each one. An entry with an `employer` is read by that employer's admins: when
    the actor is a candidate, it keeps only that they were a candidate and `pseudonym`, the
    pseudonym of the application concerned (what the employer already knows them by), never
    their account.
    """
    person = actor if actor is not None and actor.is_authenticated else None
    by_candidate = person is not None and person.is_candidate and employer is not None
    return AuditEntry.objects.create(
        action=action,
        actor=None if by_candidate else person,
        by_candidate=by_candidate,
        actor_pseudonym=pseudonym if by_candidate else "",
        employer=employer,
        target_type=target._meta.label_lower if target is not None else "",
        target_id=str(target.pk) if target is not None else "",
        data=data or {},
    )
