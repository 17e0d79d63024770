"""How the employer's audit log names interviews and grids (registered in
`InterviewsConfig.ready`, see `accounts.audit_subjects`): an interview by the candidate's
pseudonym and the offer, a grid by its offer and version."""

from __future__ import annotations

from django.utils.translation import gettext as _

from accounts.audit_subjects import register_subject, target_ids, target_pk
from core.elision import de
from interviews.models import GridVersion, Interview


def _interviews(entries) -> dict[int, str]:
    rows = {
        pk: (pseudonym, title)
        for pk, pseudonym, title in Interview.objects.filter(
            pk__in=target_ids(entries)
        ).values_list("pk", "application__pseudonym", "application__offer__title")
    }
    return {
        entry.pk: _("Entretien %(de_pseudonym)s, offre « %(offer)s »")
        % {"de_pseudonym": de(rows[pk][0]), "offer": rows[pk][1]}
        for entry in entries
        if (pk := target_pk(entry)) in rows
    }


def _grids(entries) -> dict[int, str]:
    rows = {
        pk: (title, number)
        for pk, title, number in GridVersion.objects.filter(pk__in=target_ids(entries)).values_list(
            "pk", "offer__title", "number"
        )
    }
    return {
        entry.pk: _("Grille d'entretien de l'offre « %(offer)s », version %(number)s")
        % {"offer": rows[pk][0], "number": rows[pk][1]}
        for entry in entries
        if (pk := target_pk(entry)) in rows
    }


def register() -> None:
    register_subject("interviews.interview", _interviews)
    register_subject("interviews.gridversion", _grids)
