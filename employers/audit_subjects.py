"""How the employer's audit log names what an entry is about, for employers' own models
(registered in `EmployersConfig.ready`, see `accounts.audit_subjects`): the employer and offers
by name, members by the name colleagues know them by (even after they left), invitations by
the address invited."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.utils.translation import gettext as _

from accounts.audit_subjects import name_each, register_subject, target_ids, target_pk
from employers.models import Employer, EmployerInvitation, EmployerMembership, Offer


def _employers(entries) -> dict[int, str]:
    names = dict(Employer.objects.filter(pk__in=target_ids(entries)).values_list("pk", "name"))
    return name_each(entries, names, _("Entreprise %(name)s"))


def _offers(entries) -> dict[int, str]:
    titles = dict(Offer.objects.filter(pk__in=target_ids(entries)).values_list("pk", "title"))
    return name_each(entries, titles, _("Offre « %(name)s »"))


def _memberships(entries) -> dict[int, str]:
    """The member, from the membership while it lasts, then from the account the entry
    recorded (a removal, a departure, a role change) or the one who accepted the invitation."""
    users_by_membership = dict(
        EmployerMembership.objects.filter(pk__in=target_ids(entries)).values_list("pk", "user_id")
    )

    def user_id(entry):
        return (
            users_by_membership.get(target_pk(entry))
            or (entry.data or {}).get("user_id")
            or (entry.actor_id if entry.action == "team.invitation_accepted" else None)
        )

    users = get_user_model().objects.in_bulk({user_id(entry) for entry in entries} - {None})
    labels = {}
    for entry in entries:
        user = users.get(user_id(entry))
        labels[entry.pk] = (
            _("Membre : %(name)s") % {"name": user.name_for_colleagues}
            if user is not None
            else _("Membre dont le compte a été supprimé")
        )
    return labels


def _invitations(entries) -> dict[int, str]:
    emails = dict(
        EmployerInvitation.objects.filter(pk__in=target_ids(entries)).values_list("pk", "email")
    )
    return name_each(entries, emails, _("Invitation envoyée à %(name)s"))


def register() -> None:
    register_subject("employers.employer", _employers)
    register_subject("employers.offer", _offers)
    register_subject("employers.employermembership", _memberships)
    register_subject("employers.employerinvitation", _invitations)
