"""Who may open which workspace. Views declare their role; objects are then fetched through
querysets scoped to the user's organisation, so another tenant's object is a 404."""

from functools import wraps

from allauth.mfa.utils import is_mfa_enabled
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from accounts.enums import ROLES_REQUIRING_MFA, Role


def needs_second_factor(user) -> bool:
    if user.role not in ROLES_REQUIRING_MFA:
        return False
    # Read with the user by config.auth_backends on every request; other user objects ask.
    has_second_factor = getattr(user, "has_second_factor", None)
    if has_second_factor is None:
        has_second_factor = is_mfa_enabled(user)
    return not has_second_factor


def role_required(*roles: Role):
    """Restrict a view to some roles; recruiters and advisers must have enabled MFA first."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            user = request.user
            if user.role not in roles:
                raise PermissionDenied
            if needs_second_factor(user):
                messages.warning(
                    request,
                    _(
                        "Activez la double authentification avant d'accéder aux données "
                        "des candidat·es."
                    ),
                )
                return redirect("mfa_activate_totp")
            return view(request, *args, **kwargs)

        return wrapper

    return decorator
