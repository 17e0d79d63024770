"""The grid's measures, on examples computed by hand (pure module, no database)."""

import math

import pytest

from interviews.reliability import krippendorff_alpha_interval, rater_drift


def test_alpha_on_a_hand_computed_example():
    """Three units (competency × interview), two raters each: (1, 3), (2, 2), (4, 5).

    n = 6 pairable values. Observed disagreement, ordered pairs within each unit, divided by
    m_u − 1 = 1:  (1−3)² + (3−1)² = 8;  0;  (4−5)² + (5−4)² = 2;  total 10, D_o = 10/6.
    Expected disagreement over all 6 values 1, 3, 2, 2, 4, 5: mean 17/6, sum of squares
    59 − 6·(17/6)² = 65/6, so Σ over unordered pairs (a−b)² = n·SS = 65, ordered 130, and
    D_e = 130 / (6·5) = 13/3.  α = 1 − (10/6)/(13/3) = 1 − 5/13 = 8/13 ≈ 0.6154.
    """
    alpha = krippendorff_alpha_interval([[1, 3], [2, 2], [4, 5]])
    assert alpha == pytest.approx(8 / 13)


def test_alpha_matches_krippendorffs_published_example_with_missing_values():
    """Krippendorff (2011), 4 coders × 12 units with gaps: interval α = 0.849."""
    missing = None
    coders = [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, missing, missing, missing],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, missing, 3],
        [missing, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, missing],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, missing],
    ]
    units = [[v for v in column if v is not None] for column in zip(*coders, strict=True)]
    assert round(krippendorff_alpha_interval(units), 3) == 0.849


def test_alpha_is_one_for_perfect_agreement_and_ignores_single_values():
    assert krippendorff_alpha_interval([[2, 2, 2], [4, 4], [5]]) == pytest.approx(1.0)


def test_alpha_is_undefined_without_pairs_or_without_variation():
    assert krippendorff_alpha_interval([[3], [4]]) is None
    assert krippendorff_alpha_interval([[3, 3], [3, 3]]) is None


def test_drift_on_a_hand_computed_example():
    """Four units, raters A, B, C. A's offsets (own − mean of the others):
    u1 {A 4, B 3, C 3}: 4 − 3 = +1;   u2 {A 5, B 4, C 4}: +1;
    u3 {A 3, B 3, C 2}: 3 − 2.5 = +0.5;   u4 {A 4, B 2}: +2.
    A's drift = (1 + 1 + 0.5 + 2) / 4 = 1.125; offsets' sd = sqrt(((−.125)² + (−.125)² +
    (−.625)² + (.875)²)/3) = sqrt(1.1875/3) ≈ 0.6292, standard error ≈ 0.3146: 1.125 ≥ 0.5 and
    ≥ 2 × 0.3146, over 4 observations: flagged.
    B: u1 3 − 3.5 = −0.5; u2 −0.5; u3 3 − 2.5 = +0.5; u4 2 − 4 = −2: mean −0.625, beyond half
    a level, but its offsets vary: sd = sqrt((.125² + .125² + 1.125² + 1.375²)/3) =
    sqrt(3.1875/3) ≈ 1.031, se ≈ 0.515, 2·se ≈ 1.031 > 0.625: not flagged.
    C: u1 −0.5, u2 −0.5, u3 2 − 3 = −1: mean −2/3 over 3 observations: too few, not flagged.
    """
    units = [
        {"A": 4, "B": 3, "C": 3},
        {"A": 5, "B": 4, "C": 4},
        {"A": 3, "B": 3, "C": 2},
        {"A": 4, "B": 2},
        {"C": 5},  # alone: nothing to compare
    ]
    drifts = {d.rater: d for d in rater_drift(units)}
    assert drifts["A"].mean == pytest.approx(1.125)
    assert drifts["A"].observations == 4
    assert drifts["A"].standard_error == pytest.approx(math.sqrt(1.1875 / 3) / 2)
    assert drifts["A"].flagged
    assert drifts["B"].mean == pytest.approx(-0.625)
    assert drifts["B"].standard_error == pytest.approx(math.sqrt(3.1875 / 3) / 2)
    assert not drifts["B"].flagged
    assert drifts["C"].mean == pytest.approx(-2 / 3)
    assert drifts["C"].observations == 3
    assert not drifts["C"].flagged
    assert [d.rater for d in rater_drift(units)][0] == "A"  # largest drift first
