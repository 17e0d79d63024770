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


# The consensus is kept to ten decimals, not the two it is shown with: scales derived from it
# (the ranking's points on 0–100) are rounded from this figure, and a figure rounded twice can
# differ from the exact one (19 / 6 = 3.1666… is 54.2 points, 3.17 would be 54.3). With weights
# in tenths, a mean that is not exactly on a rounding boundary of the points lies at least
# 1 / (500 × Σ weights in tenths) from it, far more than 0.5 × 10⁻¹⁰ for any real grid.
STORED_PLACES = Decimal("1E-10")
SHOWN_PLACES = Decimal("0.01")


def weighted_score(pairs: Iterable[tuple[Decimal | float | int, int]]) -> Decimal:
    """Σ weight × level / Σ weight, on the 1–5 scale, rounded half up to ten decimals (shown
    with two: `shown_score`)."""
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
    return (total / total_weight).quantize(STORED_PLACES, rounding=ROUND_HALF_UP)


def shown_score(score: Decimal) -> Decimal:
    """The consensus as people read it: two decimals, rounded half up."""
    return score.quantize(SHOWN_PLACES, rounding=ROUND_HALF_UP)
