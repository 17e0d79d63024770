"""How the employer's audit log names an application (registered in `CandidatesConfig.ready`,
see `accounts.audit_subjects`): by the pseudonym the employer knows the candidate by, and the
offer. Never anything of the person."""

from __future__ import annotations

from django.utils.translation import gettext as _

from accounts.audit_subjects import register_subject, target_ids, target_pk
from candidates.models import Application
from core.elision import de


def application_words(pseudonym: str, offer_title: str) -> str:
    """« Candidature de Loutre-12 à l'offre « Technicien·ne support » »."""
    return _("Candidature %(de_pseudonym)s à l'offre « %(offer)s »") % {
        "de_pseudonym": de(pseudonym),
        "offer": offer_title,
    }


def _applications(entries) -> dict[int, str]:
    rows = {
        pk: (pseudonym, title)
        for pk, pseudonym, title in Application.objects.filter(
            pk__in=target_ids(entries)
        ).values_list("pk", "pseudonym", "offer__title")
    }
    return {
        entry.pk: application_words(*rows[pk])
        for entry in entries
        if (pk := target_pk(entry)) in rows
    }


def register() -> None:
    register_subject("candidates.application", _applications)
