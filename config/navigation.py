from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from accounts.enums import Role
from employers.models import is_employer_admin, recruits_for_an_employer

# Entries for those who recruit only: an interviewer's menu is their interviews.
RECRUITING_ENTRIES = {
    "employers:dashboard",
    "assessments:work_sample_list",
    "fairness:employer_index",
    "employers:audit_log",
}
# Entries whose page has sub-pages of its own in the menu are "current" on their exact address
# only (the adviser's dashboard is /conseil/, a prefix of every adviser page).
EXACT = {"advisers:dashboard"}
ANONYMOUS_MENU = [("broadcasting:offer_list", _("Offres d'emploi"))]

MENUS = {
    Role.CANDIDATE: [
        ("candidates:dashboard", _("Mes candidatures")),
        ("candidates:open_offers", _("Offres ouvertes")),
        ("advisers:my_advisers", _("Suivi par mes conseiller·ères")),
    ],
    Role.RECRUITER: [
        ("employers:dashboard", _("Mes offres")),
        ("assessments:work_sample_list", _("Exercices de l'entreprise")),
        ("interviews:mine", _("Mes entretiens")),
        ("fairness:employer_index", _("Équité")),
        ("employers:audit_log", _("Journal d'audit")),
    ],
    Role.ADVISER: [
        ("advisers:dashboard", _("Offres à diffuser")),
        ("advisers:follow_up", _("Suivi de mes invitations")),
        ("advisers:subscriptions", _("Mes abonnements")),
    ],
    Role.STAFF: [
        ("fairness:platform_report", _("Équité")),
        ("admin:index", _("Administration")),
    ],
}


def navigation(request):
    """The menu of the signed-in user's role, and nothing of the other roles (worked out once
    per request, however many templates the view renders)."""
    menu = getattr(request, "_vivier_menu", None)
    if menu is None:
        menu = _menu(request)
        if hasattr(request, "__dict__"):
            request._vivier_menu = menu
    return {"role_menu": menu}


def _menu(request) -> list[dict]:
    user = getattr(request, "user", None)
    current = getattr(request, "path", "")
    if user is None or not user.is_authenticated:
        entries = ANONYMOUS_MENU
    else:
        entries = MENUS.get(user.role, [])
    menu = []
    recruits = None
    for url_name, label in entries:
        if url_name in RECRUITING_ENTRIES:
            if recruits is None:
                recruits = recruits_for_an_employer(user)
            if not recruits:
                continue
        if url_name == "employers:audit_log" and not is_employer_admin(user):
            continue
        url = reverse(url_name)
        is_current = current == url if url_name in EXACT else current.startswith(url)
        menu.append({"url": url, "label": label, "current": is_current})
    return menu
