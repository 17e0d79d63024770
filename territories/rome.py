"""France Travail's ROME referential shipped with the code: job families (codes and labels),
their 11,061 job titles (« appellations ») and the skills (ROME 4.0 savoir-faire and savoirs)
each family lists.

`territories/data/rome-codes.csv`, `rome-appellations.csv`, `rome-skills.csv` and
`rome-skill-links.csv`; `territories/data/README.md` says where they come from. Nothing is
downloaded at run time.

`search_appellations` answers each keystroke of the offer form's job title field: the titles
are folded (accents, case, punctuation) once, and a query scans them in memory
(BENCHMARKS.md, « ROME appellation search »).
"""

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django.utils.translation import gettext_lazy as _

from territories.text import fold

DATA = Path(__file__).resolve().parent / "data"
CODES_FILE = DATA / "rome-codes.csv"
APPELLATIONS_FILE = DATA / "rome-appellations.csv"
SKILLS_FILE = DATA / "rome-skills.csv"
SKILL_LINKS_FILE = DATA / "rome-skill-links.csv"

KIND_LABELS = {
    "savoir_faire": _("Savoir-faire"),
    "savoir": _("Savoir"),
    "savoir_etre": _("Savoir-être professionnel"),
}


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


# The job families of digital jobs, Vivier's own ground: their titles come first among equals
# (« développeur » should offer « Développeur / Développeuse web » before « Développeur
# culturel »). Systems and telecoms (M18), multimedia content (E1101, E1104, E1205).
DIGITAL_FAMILIES = ("M18", "E1101", "E1104", "E1205")


def search_appellations(query: str, *, limit: int = 10) -> list[Appellation]:
    """Job titles for what the recruiter typed, accents and case aside: every word typed must
    start a word of the title ('dev back' finds « Développeur / Développeuse back-end »); titles
    starting with the first word come first, those of digital jobs first among them, then
    alphabetical order. A ROME code ('M1805') gives that family's titles. One more than `limit`
    may be asked to tell whether there are more."""
    text = query.strip()
    if len(text) == 5 and rome_exists(text):
        code = text.upper()
        return [a for _name, a in _folded() if a.rome_code == code][:limit]
    words = [" " + word for word in fold(text).split()]
    if not words:
        return []
    head, others = words[0], words[1:]
    found = [
        (not name.startswith(head), not appellation.rome_code.startswith(DIGITAL_FAMILIES), i)
        for i, (name, appellation) in enumerate(_folded())
        if head in name and all(word in name for word in others)
    ]
    titles = _folded()
    return [titles[i][1] for *_rank, i in sorted(found)[:limit]]


@dataclass(frozen=True)
class Skill:
    """A skill of the ROME 4.0 referential; `core` when the job family it was listed for marks
    it « principale » (only in `skills_for`)."""

    code: str
    label: str
    kind: str
    core: bool = False

    @property
    def kind_label(self) -> str:
        return str(KIND_LABELS.get(self.kind, ""))


@cache
def _skills() -> dict[str, Skill]:
    with SKILLS_FILE.open(newline="", encoding="utf-8") as handle:
        return {
            row["skill_code"]: Skill(row["skill_code"], row["label"], row["kind"])
            for row in csv.DictReader(handle)
        }


@cache
def _skills_by_family() -> dict[str, tuple[Skill, ...]]:
    skills = _skills()
    listed: dict[str, list[Skill]] = {}
    with SKILL_LINKS_FILE.open(newline="", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            found = skills[row["skill_code"]]
            if row["core"] == "principale":
                found = Skill(found.code, found.label, found.kind, core=True)
            listed.setdefault(row["rome_code"], []).append(found)
    return {
        code: tuple(sorted(found, key=lambda s: (not s.core, fold(s.label))))
        for code, found in listed.items()
    }


@cache
def _folded_skills() -> list[tuple[str, Skill]]:
    rows = [(" " + fold(s.label), s) for s in _skills().values()]
    return sorted(rows, key=lambda row: row[0])


@cache
def _skills_by_folded_label() -> dict[str, Skill]:
    found: dict[str, Skill] = {}
    for skill in sorted(_skills().values(), key=lambda s: int(s.code)):
        found.setdefault(fold(skill.label), skill)
    return found


def skill(code: str) -> Skill | None:
    return _skills().get(str(code).strip())


def skills_for(rome_code: str) -> list[Skill]:
    """The skills a ROME job family lists: the « principale » ones first, then alphabetical
    order, accents aside. Empty for a code the referential does not list."""
    return list(_skills_by_family().get(rome_code.strip().upper(), ()))


def skill_by_label(text: str) -> Skill | None:
    """The referential's skill with this label, accents, case and punctuation aside."""
    return _skills_by_folded_label().get(fold(text)) if fold(text) else None


def search_skills(query: str, *, rome_code: str = "", limit: int = 10) -> list[Skill]:
    """Skills for what the recruiter typed: every word typed must start a word of the label,
    accents and case aside; the skills of `rome_code`'s family first, then alphabetical order."""
    words = [" " + word for word in fold(query).split()]
    if not words:
        return []
    head, others = words[0], words[1:]

    def matches(name: str) -> bool:
        return head in name and all(word in name for word in others)

    own = skills_for(rome_code) if rome_code else []
    own_found = [s for s in own if matches(" " + fold(s.label))]
    first = sorted(own_found, key=lambda s: fold(s.label))[:limit]
    codes = {s.code for s in own}
    rest: list[Skill] = []
    wanted = limit - len(first)
    if wanted > 0:
        for name, found in _folded_skills():
            if matches(name) and found.code not in codes:
                rest.append(found)
                if len(rest) >= wanted:
                    break
    return [*first, *rest]
