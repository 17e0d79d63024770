"""Word lists bundled with the package (see data/*.txt), loaded once and folded."""

from functools import cache
from pathlib import Path

from candidates.redaction.text import fold

DATA_DIR = Path(__file__).parent / "data"


def _lines(name: str) -> list[str]:
    text = (DATA_DIR / name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _words(name: str) -> frozenset[str]:
    return frozenset(fold(w) for line in _lines(name) for w in line.split())


@cache
def first_names() -> frozenset[str]:
    return _words("first_names.txt")


@cache
def ambiguous_names() -> frozenset[str]:
    return _words("ambiguous_names.txt")


@cache
def common_words() -> frozenset[str]:
    return _words("common_words.txt")


@cache
def famous_surnames() -> frozenset[str]:
    return _words("famous_surnames.txt")


@cache
def famous_people() -> tuple[str, ...]:
    names = {fold(n.strip()) for line in _lines("famous_people.txt") for n in line.split("|")}
    return tuple(sorted(n for n in names if n))


@cache
def schools() -> tuple[str, ...]:
    names = {n.strip() for line in _lines("schools.txt") for n in line.split("|")}
    return tuple(sorted(n for n in names if n))


@cache
def cue_only_schools() -> tuple[str, ...]:
    return tuple(w for line in _lines("cue_only_schools.txt") for w in line.split())


@cache
def tech_words() -> frozenset[str]:
    return _words("tech_words.txt")


@cache
def countries() -> tuple[str, ...]:
    names = {fold(n.strip()) for line in _lines("countries.txt") for n in line.split("|")}
    return tuple(sorted(n for n in names if n))


@cache
def political_groups() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(names that stand alone, names that need a membership cue), folded."""

    def names(file):
        return tuple(sorted({fold(n.strip()) for ln in _lines(file) for n in ln.split("|")} - {""}))

    return names("political_groups.txt"), names("political_groups_cued.txt")


@cache
def neighbourhoods() -> tuple[str, ...]:
    names = {n.strip() for line in _lines("neighbourhoods.txt") for n in line.split("|")}
    return tuple(sorted(n for n in names if n))


@cache
def departements() -> dict[str, tuple[str, ...]]:
    """Département number ("06", "2a", "974") -> its names as written ("Alpes-Maritimes")."""
    table = {}
    for line in _lines("departements.txt"):
        number, *names = [part.strip() for part in line.split("|")]
        table[number.lower()] = tuple(names)
    return table


@cache
def regional_demonyms() -> frozenset[str]:
    """Demonyms of French regions and towns (data/demonyms.txt), masculine singular, folded."""
    return _words("demonyms.txt")
