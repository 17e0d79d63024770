"""Ready-made structured interview grids for common digital jobs (plain Python + JSON).

Data: ``interviews/library/grids/<slug>.json`` with ``slug``, ``title`` (fr/en) and 4 to 6
``competencies``. Each competency has a ``key``, a ``name`` (fr/en), a positive ``weight``, one
or more job-related ``questions`` (``kind``: ``behavioural`` or ``situational``, ``text``
fr/en) and a behaviourally anchored scale of exactly five ``levels`` (``level`` 1..5, ``fr``,
``en``), each describing what the interviewer can observe in the answer.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

LOCALES = ("fr", "en")
QUESTION_KINDS = ("behavioural", "situational")
LEVELS = (1, 2, 3, 4, 5)
MIN_COMPETENCIES, MAX_COMPETENCIES = 4, 6


class GridDataError(ValueError):
    """A grid file does not follow the documented format."""


@dataclass(frozen=True)
class GridQuestion:
    kind: str
    text: dict[str, str]


@dataclass(frozen=True)
class RatingLevel:
    level: int
    description: dict[str, str]


@dataclass(frozen=True)
class GridCompetency:
    key: str
    name: dict[str, str]
    weight: float
    questions: tuple[GridQuestion, ...]
    levels: tuple[RatingLevel, ...]


@dataclass(frozen=True)
class GridSpec:
    slug: str
    title: dict[str, str]
    competencies: tuple[GridCompetency, ...]

    @property
    def total_weight(self) -> float:
        return sum(competency.weight for competency in self.competencies)


def _localized(raw: Any, where: str) -> dict[str, str]:
    if not isinstance(raw, dict) or any(
        not isinstance(raw.get(loc), str) or not raw[loc].strip() for loc in LOCALES
    ):
        raise GridDataError(f"{where}: needs non-empty 'fr' and 'en' texts")
    return {locale: raw[locale] for locale in LOCALES}


def _competency(raw: dict[str, Any], where: str) -> GridCompetency:
    where = f"{where} competency {raw.get('key')!r}"
    weight = raw.get("weight")
    if not isinstance(weight, int | float) or weight <= 0:
        raise GridDataError(f"{where}: weight must be positive")
    questions = tuple(
        GridQuestion(item["kind"], _localized(item.get("text"), f"{where} question"))
        for item in raw.get("questions", [])
    )
    if not questions or any(q.kind not in QUESTION_KINDS for q in questions):
        raise GridDataError(f"{where}: needs behavioural or situational questions")
    levels = tuple(
        RatingLevel(item["level"], _localized(item, f"{where} level {item.get('level')}"))
        for item in raw.get("levels", [])
    )
    if tuple(level.level for level in levels) != LEVELS:
        raise GridDataError(f"{where}: the rating scale needs levels 1 to 5, in order")
    return GridCompetency(
        raw["key"], _localized(raw.get("name"), where), float(weight), questions, levels
    )


def _grid(raw: dict[str, Any], file_name: str) -> GridSpec:
    where = f"grid {file_name}"
    if raw.get("slug") != file_name.removesuffix(".json"):
        raise GridDataError(f"{where}: slug must match the file name")
    competencies = tuple(_competency(item, where) for item in raw.get("competencies", []))
    if not MIN_COMPETENCIES <= len(competencies) <= MAX_COMPETENCIES:
        raise GridDataError(f"{where}: needs {MIN_COMPETENCIES} to {MAX_COMPETENCIES} competencies")
    if len({c.key for c in competencies}) != len(competencies):
        raise GridDataError(f"{where}: duplicate competency keys")
    return GridSpec(raw["slug"], _localized(raw.get("title"), where), competencies)


@functools.cache
def _load_all() -> tuple[GridSpec, ...]:
    folder = resources.files("interviews.library").joinpath("grids")
    entries = sorted(
        (entry for entry in folder.iterdir() if entry.name.endswith(".json")),
        key=lambda entry: entry.name,
    )
    return tuple(_grid(json.loads(e.read_text(encoding="utf-8")), e.name) for e in entries)


def load_grids() -> list[GridSpec]:
    """Every shipped grid, sorted by slug."""
    return list(_load_all())


def get_grid(slug: str) -> GridSpec:
    for grid in _load_all():
        if grid.slug == slug:
            return grid
    raise KeyError(f"unknown interview grid {slug!r}")


__all__ = [
    "GridCompetency",
    "GridDataError",
    "GridQuestion",
    "GridSpec",
    "RatingLevel",
    "get_grid",
    "load_grids",
]
