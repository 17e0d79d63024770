"""Pure scoring rules of the campaigns (no Django): written reviews, reviewer order, the order
of situational judgement responses, weighting.

SJT items are scored by the library (``assessments.library.sjt.score_sjt``, formula in
``SCORING_NOTE``); this module adds what sits around them.
"""

import random
from collections.abc import Iterable, Mapping, Sequence

RUBRIC_MIN, RUBRIC_MAX = 1, 5
# Two reviewers whose levels differ by this much or more are flagged for a discussion.
DISAGREEMENT_LEVELS = 2
MIN_REVIEWS = 2


def level_to_score(level: float) -> float:
    """A rubric level (1–5, possibly a mean) as a score in [0, 1]: 1 → 0, 3 → 0.5, 5 → 1."""
    return (level - RUBRIC_MIN) / (RUBRIC_MAX - RUBRIC_MIN)


def mean(values: Iterable[float]) -> float | None:
    values = list(values)
    return sum(values) / len(values) if values else None


def is_disagreement(levels: Sequence[int]) -> bool:
    """Flag an answer whose reviewers are ``DISAGREEMENT_LEVELS`` levels apart or more."""
    return len(levels) >= 2 and max(levels) - min(levels) >= DISAGREEMENT_LEVELS


def written_answer_score(levels: Sequence[int]) -> float | None:
    """Mean of the reviewers' levels as a score in [0, 1]; None until ``MIN_REVIEWS`` reviews."""
    if len(levels) < MIN_REVIEWS:
        return None
    return level_to_score(sum(levels) / len(levels))


def reviewer_order(item_ids: Iterable[int], *, reviewer_id: int, question_id: int) -> list[int]:
    """The items in this reviewer's own random order for this question.

    Seeded by reviewer and question (a string seed is hashed with SHA-512 by ``random``, so
    the order is the same in every process): a reviewer always meets answers in the same order,
    two reviewers meet them in different orders, and nobody's order follows submission time.
    """
    ordered = sorted(item_ids)
    random.Random(f"vivier-review:{reviewer_id}:{question_id}").shuffle(ordered)
    return ordered


def response_order(response_ids: Iterable[str], *, attempt_id: int, scenario_id: int) -> list[str]:
    """The responses of a scenario in this attempt's own random order.

    The library tends to list the best response first or second; shown in that order, a
    candidate could guess it. Seeded by attempt and scenario like ``reviewer_order``: a reload
    shows the same order, another candidate (or another scenario) gets another one.
    """
    ordered = sorted(response_ids)
    random.Random(f"vivier-sjt:{attempt_id}:{scenario_id}").shuffle(ordered)
    return ordered


def weighted_overall(
    scores: Mapping[str, float | None], weights: Mapping[str, int | float]
) -> float | None:
    """Weighted mean of the components that have a score and a positive weight."""
    parts = [(score, weights.get(key, 0)) for key, score in scores.items() if score is not None]
    parts = [(score, weight) for score, weight in parts if weight > 0]
    total = sum(weight for _, weight in parts)
    if not total:
        return None
    return sum(score * weight for score, weight in parts) / total
