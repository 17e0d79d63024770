"""The ranking engine on hand-computed examples (pure Python, no database)."""

from decimal import Decimal as D

import pytest

from shortlists.ranking import BELOW, NO_RULE, PASSES, PENDING, Entry, Rules, points, rank

EVEN = Rules(weights={"coding": 1, "sjt": 1, "written": 1, "interview": 1})


def entry(key, label, **scores):
    return Entry(key, label, {c: scores.get(c) for c in ("coding", "sjt", "written", "interview")})


def test_points_are_hundredths_with_one_decimal():
    assert points(0.7256) == D("72.6")
    assert points(None) is None


def test_a_score_outside_zero_one_is_refused():
    with pytest.raises(ValueError):
        points(1.2)


def test_weights_must_have_one_positive():
    with pytest.raises(ValueError):
        Rules(weights={"coding": 0, "sjt": 0, "written": 0, "interview": 0})


def test_the_total_is_the_weighted_mean():
    rules = Rules(weights={"coding": 3, "sjt": 1, "written": 0, "interview": 0})
    # (3 × 80 + 1 × 40) / 4 = 70
    assert rules.total({"coding": D(80), "sjt": D(40), "written": D(10)}) == D("70.0")


def test_a_missing_component_is_left_out_of_the_total_by_default():
    # Coding 60 and interview 90 with SJT and written missing: (60 + 90) / 2.
    assert EVEN.total({"coding": D(60), "interview": D(90)}) == D("75.0")


def test_a_missing_component_counts_zero_when_the_policy_says_so():
    rules = Rules(weights=EVEN.weights, missing_as_zero=True)
    # (60 + 0 + 0 + 90) / 4 = 37.5
    assert rules.total({"coding": D(60), "interview": D(90)}) == D("37.5")


def test_no_weighted_result_means_no_total():
    assert EVEN.total({}) is None


def test_rows_are_ordered_by_total_and_ranked():
    rows = rank([entry(1, "Lynx", coding=D(50)), entry(2, "Orme", coding=D(90))], EVEN)
    assert [(r.label, r.rank, r.tied) for r in rows] == [("Orme", 1, False), ("Lynx", 2, False)]


def test_equal_totals_share_a_rank_and_are_marked_tied():
    rows = rank(
        [
            entry(1, "Cèdre", coding=D(80), interview=D(80)),
            entry(2, "Aulne", coding=D(70), interview=D(90)),
            entry(3, "Bouleau", coding=D(60), interview=D(60)),
            entry(4, "Alisier", coding=D(90), interview=D(70)),
        ],
        EVEN,
    )
    # Aulne (70 + 90) / 2 = 80 ties with Alisier and Cèdre: all three are first, Bouleau fourth.
    assert [(r.label, r.rank, r.tied) for r in rows] == [
        ("Alisier", 1, True),
        ("Aulne", 1, True),
        ("Cèdre", 1, True),
        ("Bouleau", 4, False),
    ]
    assert rows[0].comparison.tied and rows[1].comparison.tied
    assert not rows[2].comparison.tied


def test_equal_totals_with_fewer_results_do_not_tie_with_complete_ones():
    rows = rank(
        [
            entry(1, "Cèdre", coding=D(80)),
            entry(2, "Aulne", coding=D(70), interview=D(90)),
            entry(3, "Alisier", coding=D(80)),
        ],
        EVEN,
    )
    # All three total 80; Aulne has both results: first, alone; the other two tie behind.
    assert [(r.label, r.rank, r.tied) for r in rows] == [
        ("Aulne", 1, False),
        ("Alisier", 2, True),
        ("Cèdre", 2, True),
    ]


def test_rows_without_results_come_last_unranked():
    rows = rank([entry(1, "Aulne"), entry(2, "Bouleau", coding=D(10))], EVEN)
    assert [(r.label, r.rank) for r in rows] == [("Bouleau", 1), ("Aulne", None)]
    assert rows[0].comparison is None


def test_the_explanation_names_the_components_that_make_the_difference():
    rules = Rules(weights={"coding": 1, "sjt": 0, "written": 0, "interview": 1})
    rows = rank(
        [
            entry(1, "Aulne", coding=D(90), interview=D(60)),
            entry(2, "Bouleau", coding=D(50), interview=D(80)),
        ],
        rules,
    )
    comparison = rows[0].comparison
    # Totals 75 and 65: coding gives Aulne +20 in the total, the interview gives Bouleau +10.
    assert comparison.gap == D("10.0")
    assert [(d.component, d.points) for d in comparison.ahead] == [("coding", D("20.0"))]
    assert [(d.component, d.points) for d in comparison.behind] == [("interview", D("-10.0"))]


def test_the_explanation_compares_only_the_components_both_have_a_result_for():
    rules = Rules(weights={"coding": 1, "sjt": 1, "written": 0, "interview": 1})
    rows = rank(
        [
            entry(1, "Aulne", coding=D(80), sjt=D(70)),
            entry(2, "Bouleau", sjt=D(50), interview=D(60)),
        ],
        rules,
    )
    # Both have two of three results: Aulne (75) above Bouleau (55). Aulne has no interview:
    # never « behind on the interview », which it did not sit; Bouleau has no coding result.
    comparison = rows[0].comparison
    assert [(d.component, d.points) for d in comparison.ahead] == [("sjt", D("10.0"))]
    assert comparison.behind == ()
    assert comparison.missing_here == ("interview",)
    assert comparison.missing_there == ("coding",)


def test_with_missing_as_zero_a_missing_result_is_not_named_as_a_loss():
    rules = Rules(
        weights={"coding": 1, "sjt": 0, "written": 0, "interview": 1}, missing_as_zero=True
    )
    rows = rank(
        [entry(1, "Aulne", coding=D(100)), entry(2, "Bouleau", coding=D(40), interview=D(40))],
        rules,
    )
    # Aulne 50 (its interview counts 0), Bouleau 40.
    comparison = rows[0].comparison
    assert [(d.component, d.points) for d in comparison.ahead] == [("coding", D("30.0"))]
    assert comparison.behind == ()
    assert comparison.missing_here == ("interview",)


def test_cutoffs_say_which_rule_fails_and_which_waits():
    rules = Rules(
        weights=EVEN.weights,
        minimums={"coding": D(50), "interview": D(60)},
        min_total=D(55),
    )
    rows = rank(
        [
            entry(1, "Aulne", coding=D(40), interview=D(90)),
            entry(2, "Bouleau", coding=D(70)),
            entry(3, "Cèdre", coding=D(70), interview=D(60)),
        ],
        rules,
    )
    by_label = {row.label: row for row in rows}
    assert by_label["Cèdre"].status == PASSES
    assert (by_label["Aulne"].status, by_label["Aulne"].below) == (BELOW, ["coding"])
    assert (by_label["Bouleau"].status, by_label["Bouleau"].pending) == (PENDING, ["interview"])


def test_without_cutoffs_the_status_says_so():
    assert rank([entry(1, "Aulne", coding=D(10))], EVEN)[0].status == NO_RULE


def test_ranks_of_a_large_campaign_are_those_of_counting_the_higher_totals():
    """5,000 rows with many ties: every rank is 1 + the number of larger totals, and a row is
    tied when another has its total (the definition), computed in one pass after the sort."""
    import random

    rng = random.Random(5)
    entries = [
        entry(n, f"P-{n:05d}", coding=D(rng.randint(0, 400)) / 4 if n % 50 else None)
        for n in range(2000)
    ]
    rows = rank(entries, EVEN)
    totals = [r.total for r in rows if r.total is not None]
    for row in rows:
        if row.total is None:
            assert row.rank is None and not row.tied
        else:
            assert row.rank == 1 + sum(1 for t in totals if t > row.total)
            assert row.tied == (totals.count(row.total) > 1)
