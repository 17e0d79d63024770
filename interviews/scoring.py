"""Pure arithmetic of one interview's scores (no Django): divergence and the consensus score."""

from collections.abc import Iterable, Sequence
from decimal import ROUND_HALF_UP, Decimal

# Scores two levels apart or more describe different observed behaviour on the anchored scale
# (e.g. "describes a few checks" vs "isolates the cause and adds a test"): the panel discusses.
DISCUSSION_SPREAD = 2


def spread(levels: Sequence[int]) -> int | None:
    """Highest minus lowest level; None without any score."""
    return max(levels) - min(levels) if levels else None


def needs_discussion(levels: Sequence[int], threshold: int = DISCUSSION_SPREAD) -> bool:
    value = spread(levels)
    return value is not None and value >= threshold


def weighted_score(pairs: Iterable[tuple[Decimal | float | int, int]]) -> Decimal:
    """Σ weight × level / Σ weight, on the 1–5 scale, rounded half up to two decimals."""
    total_weight = Decimal(0)
    total = Decimal(0)
    for weight, level in pairs:
        weight = Decimal(str(weight))
        if weight <= 0:
            raise ValueError("weights must be positive")
        total_weight += weight
        total += weight * Decimal(level)
    if not total_weight:
        raise ValueError("no weighted level")
    return (total / total_weight).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
