"""What an audit entry is about, in words an employer understands: « Offre « Technicien·ne
support » », « Membre : Ada Martin », « Candidature de Loutre-12 », never « Offre n°12 ».

The models an entry names belong to the apps above accounts, so each app registers, for the
models it logs as targets, a function naming a batch of entries (`register_subject`, in its
`AppConfig.ready`): one or two queries per kind of target, whatever the number of entries, so
the employer's log costs the same with more rows. A candidate is named by the application's
pseudonym only, what the employer already knows them by (tests/test_anonymity_leaks.py).

`subject_labels(entries)` gives {entry id: words}; an entry whose kind no app names falls back
on `AuditEntry.target_label`, the kind of object alone.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable

from accounts.models import AuditEntry

# A target type ("employers.offer") -> its entries -> {entry id: words}.
Describe = Callable[[list[AuditEntry]], dict[int, str]]
_DESCRIBERS: dict[str, Describe] = {}


def register_subject(target_type: str, describe: Describe) -> None:
    """`describe` names the entries whose target is of `target_type` (a model's
    `_meta.label_lower`)."""
    _DESCRIBERS[target_type] = describe


def described_types() -> frozenset[str]:
    return frozenset(_DESCRIBERS)


def subject_labels(entries: Iterable[AuditEntry]) -> dict[int, str]:
    by_type: dict[str, list[AuditEntry]] = defaultdict(list)
    labels: dict[int, str] = {}
    for entry in entries:
        if entry.target_type in _DESCRIBERS:
            by_type[entry.target_type].append(entry)
        labels[entry.pk] = entry.target_label
    for target_type, group in by_type.items():
        labels.update(_DESCRIBERS[target_type](group))
    return labels


def target_pk(entry: AuditEntry) -> int | None:
    """The target's primary key (stored as text)."""
    return int(entry.target_id) if entry.target_id.isdigit() else None


def target_ids(entries: Iterable[AuditEntry]) -> set[int]:
    """The targets' primary keys, for one query over a batch."""
    return {pk for entry in entries if (pk := target_pk(entry)) is not None}


def target_rows(queryset, entries: Iterable[AuditEntry], *fields: str) -> dict[int, tuple]:
    """{target pk: (field values…)} of the entries' targets found in `queryset`, in one query."""
    return {
        pk: tuple(values)
        for pk, *values in queryset.filter(pk__in=target_ids(entries)).values_list("pk", *fields)
    }


def name_each(entries: Iterable[AuditEntry], names: dict[int, str], words: str) -> dict[int, str]:
    """{entry id: `words` % {"name": its target's name}} for the entries whose target is in
    `names` (one that no longer exists keeps the kind alone)."""
    return {
        entry.pk: words % {"name": names[pk]}
        for entry in entries
        if (pk := target_pk(entry)) in names
    }
