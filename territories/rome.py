"""France Travail's ROME referential shipped with the code: job families (codes and labels) and
their 11,061 job titles (« appellations »).

`territories/data/rome-codes.csv` and `rome-appellations.csv`; `territories/data/README.md` says
where they come from. Nothing is downloaded at run time.

`search_appellations` answers each keystroke of the offer form's job title field: the titles
are folded (accents, case, punctuation) once, and a query scans them in memory
(BENCHMARKS.md, « ROME appellation search »).
"""

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from territories.text import fold

DATA = Path(__file__).resolve().parent / "data"
CODES_FILE = DATA / "rome-codes.csv"
APPELLATIONS_FILE = DATA / "rome-appellations.csv"


@dataclass(frozen=True)
class Appellation:
    code: str
    label: str
    rome_code: str

    @property
    def rome_label(self) -> str:
        return rome_label(self.rome_code) or ""


@cache
def _labels() -> dict[str, str]:
    with CODES_FILE.open(newline="", encoding="utf-8") as handle:
        return {row["rome_code"]: row["label"] for row in csv.DictReader(handle)}


@cache
def _appellations() -> dict[str, Appellation]:
    with APPELLATIONS_FILE.open(newline="", encoding="utf-8") as handle:
        return {
            row["appellation_code"]: Appellation(
                row["appellation_code"], row["label"], row["rome_code"]
            )
            for row in csv.DictReader(handle)
        }


@cache
def _folded() -> list[tuple[str, Appellation]]:
    """(" " + folded title, appellation), by folded title: a typed word starts a word of the
    title exactly when " " + word is in it, a test done in C."""
    rows = [(" " + fold(a.label), a) for a in _appellations().values()]
    return sorted(rows, key=lambda row: row[0])


def rome_label(code: str) -> str | None:
    """The referential's label of a ROME code ('M1805' → 'Études et développement
    informatique'), or None for a code it does not list."""
    return _labels().get(code.strip().upper())


def rome_exists(code: str) -> bool:
    return rome_label(code) is not None


def appellation(code: str) -> Appellation | None:
    return _appellations().get(str(code).strip())


def search_appellations(query: str, *, limit: int = 10) -> list[Appellation]:
    """Job titles for what the recruiter typed, accents and case aside: every word typed must
    start a word of the title ('dev back' finds « Développeur / Développeuse back-end »); titles
    starting with the first word come first, then alphabetical order. A ROME code ('M1805')
    gives that family's titles."""
    text = query.strip()
    if len(text) == 5 and rome_exists(text):
        code = text.upper()
        return [a for _name, a in _folded() if a.rome_code == code][:limit]
    words = [" " + word for word in fold(text).split()]
    if not words:
        return []
    first: list[Appellation] = []
    rest: list[Appellation] = []
    head, others = words[0], words[1:]
    for name, found in _folded():
        if head in name and all(word in name for word in others):
            (first if name.startswith(head) else rest).append(found)
            if len(first) >= limit:
                break
    return (first + rest)[:limit]
