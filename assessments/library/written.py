"""Open written questions with behaviourally anchored rubrics (levels 1–5, fr/en).

Data: ``assessments/library/written/questions.json``: ``{"questions": [...]}``, each question
with an ``id``, a ``competency`` (same keys as the SJT), a ``prompt`` (fr/en) and a ``rubric`` of
exactly five levels ``{"level": 1..5, "fr": ..., "en": ...}`` describing what can be observed in
the answer at that level.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from importlib import resources

from assessments.library.sjt import COMPETENCIES

LOCALES = ("fr", "en")
LEVELS = (1, 2, 3, 4, 5)


class WrittenDataError(ValueError):
    """The written questions file does not follow the documented format."""


@dataclass(frozen=True)
class RubricLevel:
    level: int
    description: dict[str, str]


@dataclass(frozen=True)
class WrittenQuestion:
    id: str
    competency: str
    prompt: dict[str, str]
    rubric: tuple[RubricLevel, ...]


def _localized(raw: dict, where: str) -> dict[str, str]:
    if any(not isinstance(raw.get(loc), str) or not raw[loc].strip() for loc in LOCALES):
        raise WrittenDataError(f"{where}: needs non-empty 'fr' and 'en' texts")
    return {locale: raw[locale] for locale in LOCALES}


@functools.cache
def _load_all() -> tuple[WrittenQuestion, ...]:
    path = resources.files("assessments.library").joinpath("written", "questions.json")
    questions = []
    for raw in json.loads(path.read_text(encoding="utf-8"))["questions"]:
        where = f"written question {raw.get('id')!r}"
        if raw.get("competency") not in COMPETENCIES:
            raise WrittenDataError(f"{where}: unknown competency {raw.get('competency')!r}")
        rubric = tuple(
            RubricLevel(item["level"], _localized(item, f"{where} level {item.get('level')}"))
            for item in raw["rubric"]
        )
        if tuple(level.level for level in rubric) != LEVELS:
            raise WrittenDataError(f"{where}: rubric needs levels 1 to 5, in order")
        questions.append(
            WrittenQuestion(raw["id"], raw["competency"], _localized(raw["prompt"], where), rubric)
        )
    if len({question.id for question in questions}) != len(questions):
        raise WrittenDataError("duplicate written question ids")
    return tuple(questions)


def load_written_questions(competency: str | None = None) -> list[WrittenQuestion]:
    """All written questions (or those of one competency), in file order."""
    return [q for q in _load_all() if competency is None or q.competency == competency]
