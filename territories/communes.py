"""French communes and their rural classification, from data shipped with the code.

`territories/data/communes.csv` lists the communes of Etalab's Code officiel géographique
(and the districts of Paris, Lyon and Marseille), `territories/data/zrr-communes-2022.csv` the
last list of rural revitalisation zones (ZRR) by commune; `territories/data/README.md` says where
each comes from. Nothing is downloaded at run time.
"""

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from territories.text import fold

DATA = Path(__file__).resolve().parent / "data"
COMMUNES_FILE = DATA / "communes.csv"
ZRR_FILE = DATA / "zrr-communes-2022.csv"
# ZRR statuses: classified, not classified, partly classified.
CLASSIFIED, NOT_CLASSIFIED, PARTLY = "C", "NC", "PC"


@dataclass(frozen=True)
class Commune:
    insee_code: str
    name: str
    department: str
    postcodes: tuple[str, ...]
    parent: str  # the city of a municipal district, else ""
    former_codes: tuple[str, ...]

    def __str__(self) -> str:
        postcode = self.postcodes[0] if self.postcodes else self.department
        return f"{self.name} ({postcode})"


@cache
def _communes() -> dict[str, Commune]:
    with COMMUNES_FILE.open(newline="", encoding="utf-8") as handle:
        return {
            row["insee_code"]: Commune(
                insee_code=row["insee_code"],
                name=row["name"],
                department=row["department"],
                postcodes=tuple(row["postcodes"].split()),
                parent=row["parent"],
                former_codes=tuple(row["former_codes"].split()),
            )
            for row in csv.DictReader(handle)
        }


@cache
def _folded_names() -> list[tuple[str, Commune]]:
    return [(fold(commune.name), commune) for commune in _communes().values()]


@cache
def _zrr() -> dict[str, str]:
    with ZRR_FILE.open(newline="", encoding="utf-8") as handle:
        return {row["insee_code"]: row["zrr_status"] for row in csv.DictReader(handle)}


def commune(insee_code: str) -> Commune | None:
    return _communes().get(insee_code.strip().upper())


def search(text: str, *, limit: int = 20) -> list[Commune]:
    """Communes matching a postcode (5 digits), an INSEE code, or a name (accents and case
    aside): exact names first, then names starting with the text, then containing it."""
    text = text.strip()
    if len(text) == 5 and text.isdigit():
        by_postcode = [c for c in _communes().values() if text in c.postcodes and not c.parent]
        found = commune(text)
        if found and found not in by_postcode:
            by_postcode.insert(0, found)
        return by_postcode[:limit]
    if found := commune(text):
        return [found]
    wanted = fold(text)
    if not wanted:
        return []
    exact, starting, containing = [], [], []
    for name, candidate in _folded_names():
        if name == wanted:
            exact.append(candidate)
        elif name.startswith(wanted):
            starting.append(candidate)
        elif f" {wanted}" in f" {name}":
            containing.append(candidate)
    return (exact + starting + containing)[:limit]


def rural(insee_code: str) -> bool | None:
    """Whether the commune is rural by the ZRR classification: True when classified, False
    when not, None when unknown (a commune the list does not know, or one only partly
    classified: whether a given address is in the classified part is not known).

    A commune created by a merger after the list (2022) is judged by its former communes: all
    classified, or none, gives an answer; a mix gives None. A district of Paris, Lyon or
    Marseille takes its city's status."""
    found = commune(insee_code)
    code = found.parent if found and found.parent else insee_code.strip().upper()
    statuses = _zrr()
    if code in statuses:
        return _answer({statuses[code]})
    if found and found.former_codes:
        if all(old in statuses for old in found.former_codes):
            return _answer({statuses[old] for old in found.former_codes})
    return None


def _answer(statuses: set[str]) -> bool | None:
    if statuses == {CLASSIFIED}:
        return True
    if statuses == {NOT_CLASSIFIED}:
        return False
    return None
