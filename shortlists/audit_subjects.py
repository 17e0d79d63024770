"""How the employer's audit log names selection rules (registered in `ShortlistsConfig.ready`,
see `accounts.audit_subjects`): by their offer and version."""

from __future__ import annotations

from django.utils.translation import gettext as _

from accounts.audit_subjects import register_subject, target_pk, target_rows
from shortlists.models import SelectionPolicy


def _policies(entries) -> dict[int, str]:
    rows = target_rows(SelectionPolicy.objects, entries, "offer__title", "number")
    return {
        entry.pk: _("Règles de sélection de l'offre « %(offer)s », version %(number)s")
        % {"offer": rows[pk][0], "number": rows[pk][1]}
        for entry in entries
        if (pk := target_pk(entry)) in rows
    }


def register() -> None:
    register_subject("shortlists.selectionpolicy", _policies)
