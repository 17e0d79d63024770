from django.db import transaction

from accounts.audit import log_action
from accounts.enums import Role
from employers.models import EmployerMembership


@transaction.atomic
def set_member_role(employer, user, role, *, by) -> EmployerMembership:
    """Add `user` to `employer` with `role`, or change their role. Audited."""
    membership, created = EmployerMembership.objects.get_or_create(
        employer=employer, user=user, defaults={"role": role}
    )
    previous = None if created else membership.role
    if not created and membership.role != role:
        membership.role = role
        membership.save(update_fields=["role"])
    if created or previous != role:
        if user.role != Role.RECRUITER:
            user.role = Role.RECRUITER
            user.save(update_fields=["role"])
        log_action(
            "membership.role_changed",
            actor=by,
            employer=employer,
            target=membership,
            data={"user_id": user.pk, "from": previous, "to": role},
        )
    return membership
