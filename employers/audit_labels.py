"""What the employer's audit log calls each action code (the code stays shown beside it)."""

from django.utils.translation import gettext_lazy as _

AUDIT_LABELS = {
    "employer.signed_up": _("Inscription de l'entreprise"),
    "employer.confirmed": _("Entreprise confirmée par l'équipe Vivier"),
    "adviser_organisation.signed_up": _("Inscription de la structure"),
    "adviser_organisation.validated": _("Structure validée par l'équipe Vivier"),
    "team.invitation_sent": _("Invitation envoyée"),
    "team.invitation_resent": _("Invitation renvoyée"),
    "team.invitation_revoked": _("Invitation révoquée"),
    "team.invitation_accepted": _("Invitation acceptée"),
    "membership.role_changed": _("Rôle modifié"),
    "membership.removed": _("Membre retiré·e"),
    "membership.left": _("Départ d'un·e membre"),
    "offer.created": _("Offre créée"),
    "offer.updated": _("Offre modifiée"),
    "offer.published": _("Offre publiée"),
    "offer.closed": _("Offre clôturée"),
}


def audit_label(action: str) -> str:
    return str(AUDIT_LABELS.get(action, action))
