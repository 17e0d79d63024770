"""Divergence flags and the weighted consensus score (pure module)."""

from decimal import Decimal

import pytest

from interviews.scoring import needs_discussion, shown_score, spread, weighted_score


@pytest.mark.parametrize(
    ("levels", "flagged"),
    [([3, 3, 3], False), ([2, 3], False), ([2, 4], True), ([1, 3, 2], True), ([5, 1], True)],
)
def test_scores_two_levels_apart_or_more_are_flagged_for_discussion(levels, flagged):
    assert needs_discussion(levels) is flagged


def test_no_score_means_no_spread_and_no_flag():
    assert spread([]) is None
    assert not needs_discussion([])


def test_weighted_score_follows_the_grid_weights():
    """Weights 3, 2, 1 and levels 4, 2, 5: (12 + 4 + 5) / 6 = 21 / 6 = 3.5."""
    assert weighted_score([(3, 4), (2, 2), (1, 5)]) == Decimal("3.50")


def test_weighted_score_keeps_ten_decimals_and_is_shown_with_two():
    """Weights 1, 1, 1 and levels 4, 4, 3: 11 / 3 = 3.666…, kept 3.6666666667, shown 3.67
    (rounded half up): whatever is derived from it is rounded from the exact figure."""
    score = weighted_score([(1, 4), (1, 4), (1, 3)])
    assert score == Decimal("3.6666666667")
    assert shown_score(score) == Decimal("3.67")


def test_weights_must_be_positive():
    with pytest.raises(ValueError):
        weighted_score([(0, 3)])
