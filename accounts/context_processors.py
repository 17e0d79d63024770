from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from accounts.enums import Role
from employers.models import is_employer_admin

MENUS = {
    Role.CANDIDATE: [
        ("candidates:dashboard", _("Mes candidatures")),
    ],
    Role.RECRUITER: [
        ("employers:dashboard", _("Mes offres")),
        ("employers:audit_log", _("Journal d'audit")),
    ],
    Role.ADVISER: [
        ("advisers:dashboard", _("Offres à diffuser")),
    ],
    Role.STAFF: [
        ("admin:index", _("Administration")),
    ],
}


def navigation(request):
    """The menu of the signed-in user's role, and nothing of the other roles."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"role_menu": []}
    current = request.path
    menu = []
    for url_name, label in MENUS.get(user.role, []):
        if url_name == "employers:audit_log" and not is_employer_admin(user):
            continue
        url = reverse(url_name)
        menu.append({"url": url, "label": label, "current": current.startswith(url)})
    return {"role_menu": menu}
