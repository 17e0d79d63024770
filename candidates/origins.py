"""Where an application came from, as the apps above candidates know it (candidates does not
know them): advisers tell that an adviser applied on the person's behalf.

Contract: an app calls `register_origin(function)` from its `AppConfig.ready()`;
`function(application_ids)` returns {application id: Origin} for the applications it knows.
What an `Origin` says to the employer must hold nothing that identifies the person (the
disclosure rule of advisers acting for a person is in README.md).
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Origin:
    for_candidate: str  # what the person reads in their space
    for_employer: str  # what the employer reads, before and after the reveal
    note_for_employer: str = ""  # already redacted


_sources: list[Callable[[list[int]], dict[int, Origin]]] = []


def register_origin(function: Callable[[list[int]], dict[int, Origin]]) -> None:
    if function not in _sources:
        _sources.append(function)


def origins_of(application_ids: Iterable[int]) -> dict[int, Origin]:
    ids = list(application_ids)
    found: dict[int, Origin] = {}
    if not ids:
        return found
    for source in _sources:
        found.update(source(ids))
    return found
