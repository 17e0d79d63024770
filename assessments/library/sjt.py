"""Situational judgement tests (SJT): scenarios, expert key and partial-credit scoring.

Data: ``assessments/library/sjt/<competency>.json``, one file per competency, each holding
``{"competency": ..., "scenarios": [...]}``. A scenario has an ``id``, a ``situation`` and a
``question`` (fr/en), 4 to 5 ``responses`` (``id``, ``text`` fr/en, expert ``rating`` 1–5) and
a ``rationale`` (fr/en) explaining the key. Each scenario has exactly one best-rated and one
worst-rated response, so "most" and "least" effective are unambiguous.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from importlib import resources
from itertools import combinations
from typing import Any

COMPETENCIES = ("communication", "teamwork", "problem_solving", "client_orientation")
LOCALES = ("fr", "en")
MIN_RESPONSES, MAX_RESPONSES = 4, 5
MIN_RATING, MAX_RATING = 1, 5

SCORING_NOTE = {
    "fr": (
        "La personne choisit la réponse la plus efficace et la moins efficace. Chaque réponse a "
        "une note d'efficacité de 1 à 5 fixée par des expert·es. Avec min et max les notes "
        "extrêmes du scénario : le choix « plus efficace » rapporte "
        "0,5 × (note − min) / (max − min) et le choix « moins efficace » rapporte "
        "0,5 × (max − note) / (max − min). Le score va donc de 0 à 1 ; une réponse proche de la "
        "bonne rapporte une partie des points. Choisir la même réponse pour les deux vaut 0. "
        "Pour un classement complet, le score est la part des paires de réponses (de notes "
        "différentes) que la personne range dans le même ordre que les expert·es."
    ),
    "en": (
        "The person picks the most and the least effective response. Each response has an "
        "effectiveness rating from 1 to 5 set by experts. With min and max the extreme ratings "
        "of the scenario: the “most effective” pick earns 0.5 × (rating − min) / (max − min) and "
        "the “least effective” pick earns 0.5 × (max − rating) / (max − min). The score thus "
        "ranges from 0 to 1; a response close to the right one earns part of the points. Picking "
        "the same response for both earns 0. For a full ranking, the score is the share of "
        "response pairs (with different ratings) that the person orders like the experts."
    ),
}


class SjtDataError(ValueError):
    """A scenario file does not follow the documented format."""


@dataclass(frozen=True)
class Response:
    id: str
    text: dict[str, str]
    rating: int


@dataclass(frozen=True)
class Scenario:
    id: str
    competency: str
    situation: dict[str, str]
    question: dict[str, str]
    responses: tuple[Response, ...]
    rationale: dict[str, str]

    def rating(self, response_id: str) -> int:
        for response in self.responses:
            if response.id == response_id:
                return response.rating
        raise ValueError(f"scenario {self.id!r} has no response {response_id!r}")

    @property
    def best(self) -> Response:
        return max(self.responses, key=lambda response: response.rating)

    @property
    def worst(self) -> Response:
        return min(self.responses, key=lambda response: response.rating)


def _localized(value: Any, where: str) -> dict[str, str]:
    if not isinstance(value, dict) or any(
        not isinstance(value.get(locale), str) or not value[locale].strip() for locale in LOCALES
    ):
        raise SjtDataError(f"{where}: needs non-empty 'fr' and 'en' texts")
    return {locale: value[locale] for locale in LOCALES}


def _scenario(raw: dict[str, Any], competency: str) -> Scenario:
    where = f"scenario {raw.get('id')!r}"
    responses = tuple(
        Response(
            id=item["id"],
            text=_localized(item.get("text"), f"{where} response {item.get('id')!r}"),
            rating=item["rating"],
        )
        for item in raw["responses"]
    )
    ids = [response.id for response in responses]
    ratings = [response.rating for response in responses]
    if not MIN_RESPONSES <= len(responses) <= MAX_RESPONSES:
        raise SjtDataError(f"{where}: needs {MIN_RESPONSES} to {MAX_RESPONSES} responses")
    if len(set(ids)) != len(ids):
        raise SjtDataError(f"{where}: duplicate response ids")
    if any(not isinstance(r, int) or not MIN_RATING <= r <= MAX_RATING for r in ratings):
        raise SjtDataError(f"{where}: ratings must be integers from 1 to 5")
    if ratings.count(max(ratings)) != 1 or ratings.count(min(ratings)) != 1:
        raise SjtDataError(f"{where}: needs exactly one best and one worst response")
    return Scenario(
        id=raw["id"],
        competency=competency,
        situation=_localized(raw.get("situation"), f"{where} situation"),
        question=_localized(raw.get("question"), f"{where} question"),
        responses=responses,
        rationale=_localized(raw.get("rationale"), f"{where} rationale"),
    )


@functools.cache
def _load_all() -> tuple[Scenario, ...]:
    scenarios: list[Scenario] = []
    folder = resources.files("assessments.library").joinpath("sjt")
    for entry in sorted(folder.iterdir(), key=lambda item: item.name):
        if not entry.name.endswith(".json"):
            continue
        data = json.loads(entry.read_text(encoding="utf-8"))
        competency = data["competency"]
        if competency not in COMPETENCIES:
            raise SjtDataError(f"{entry.name}: unknown competency {competency!r}")
        scenarios.extend(_scenario(raw, competency) for raw in data["scenarios"])
    ids = [scenario.id for scenario in scenarios]
    if len(set(ids)) != len(ids):
        raise SjtDataError("duplicate scenario ids")
    return tuple(scenarios)


def load_scenarios(competency: str | None = None) -> list[Scenario]:
    """All scenarios (or those of one competency), in file then declaration order."""
    return [s for s in _load_all() if competency is None or s.competency == competency]


def get_scenario(scenario_id: str) -> Scenario:
    for scenario in _load_all():
        if scenario.id == scenario_id:
            return scenario
    raise KeyError(f"unknown scenario {scenario_id!r}")


def score_sjt(scenario: Scenario, most: str, least: str) -> float:
    """Partial-credit score in [0, 1] for a most/least effective pick (see SCORING_NOTE)."""
    most_rating = scenario.rating(most)
    least_rating = scenario.rating(least)
    if most == least:
        return 0.0
    low, high = scenario.worst.rating, scenario.best.rating
    spread = high - low
    return 0.5 * (most_rating - low) / spread + 0.5 * (high - least_rating) / spread


def score_ranking(scenario: Scenario, ranking: list[str]) -> float:
    """Pairwise-agreement share in [0, 1] for a full ranking, most effective first.

    Every pair of responses whose expert ratings differ counts once; the score is the share of
    those pairs that ``ranking`` puts in the expert order (1.0 = same order, 0.0 = reversed).
    """
    expected_ids = sorted(response.id for response in scenario.responses)
    if sorted(ranking) != expected_ids:
        raise ValueError(f"ranking must list each of {expected_ids} exactly once")
    position = {response_id: index for index, response_id in enumerate(ranking)}
    agreements = comparable = 0
    for first, second in combinations(scenario.responses, 2):
        if first.rating == second.rating:
            continue
        comparable += 1
        better, worse = (first, second) if first.rating > second.rating else (second, first)
        if position[better.id] < position[worse.id]:
            agreements += 1
    return agreements / comparable
