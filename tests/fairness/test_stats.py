"""The statistics engine on hand-computed examples (pure Python, no database)."""

import math

import pytest

from fairness import stats
from fairness.stats import Record, fisher_exact

FUNNEL = ["applied", "assessed", "interview", "shortlisted", "hired"]
GENDER = {"gender": ["woman", "man", "non_binary"]}
BINARY = {"rqth": ["yes", "no"]}


def first_stage(group, advanced, rejected, attribute="gender"):
    groups = {attribute: group} if group else {}
    return [
        Record("assessed", "assessed", groups, advanced),
        Record("applied", "rejected", groups, rejected),
    ]


def report(records, attributes=GENDER):
    return stats.funnel_report(records, attributes, FUNNEL, stopped="rejected")


def figure(tables, group, attribute="gender", stage=0):
    table = next(t for t in tables[stage].attributes if t.attribute == attribute)
    return next(f for f in table.groups if f.group == group)


# Fisher's exact test ------------------------------------------------------------------------


def test_fisher_matches_the_tea_tasting_lady():
    # Fisher (1935): 3 of 4 cups right each way; two-sided p = 34/70 = 0.4857.
    assert fisher_exact(3, 1, 1, 3) == pytest.approx(34 / 70, rel=1e-9)


def test_fisher_matches_a_hand_computed_table():
    # [[8, 2], [1, 5]]: margins 10/6 and 9/7; the tables no more probable than the observed
    # one have a = 8, 9 and 3, i.e. (270 + 10 + 120) / C(16, 9) = 400 / 11440.
    assert fisher_exact(8, 2, 1, 5) == pytest.approx(400 / 11440, rel=1e-9)


def test_fisher_is_symmetric_and_bounded():
    assert fisher_exact(6, 14, 12, 8) == pytest.approx(fisher_exact(12, 8, 6, 14))
    assert fisher_exact(5, 5, 5, 5) == pytest.approx(1.0)
    assert fisher_exact(0, 0, 0, 0) == 1.0


def test_fisher_handles_large_tables_in_log_space():
    # C(2000, 1000) overflows a float; log-space keeps the p-value finite and tiny.
    assert 0 <= fisher_exact(300, 700, 700, 300) < 1e-12


def test_fisher_on_a_large_balanced_table_is_one_and_a_large_gap_is_zero():
    assert fisher_exact(50_000, 50_000, 50_000, 50_000) == pytest.approx(1.0, abs=1e-9)
    assert fisher_exact(20_000, 30_000, 30_000, 20_000) == pytest.approx(0.0, abs=1e-12)


def test_fisher_on_a_large_table_matches_the_normal_approximation():
    # 5,000 vs 5,000 with rates 50 % and 52 %: with Yates' continuity correction,
    # z = (0.02 - 0.0002) / sqrt(0.51 * 0.49 * 2 / 5000) = 1.980, two-sided p = 0.0477.
    p_value = fisher_exact(2_500, 2_500, 2_600, 2_400)
    assert p_value == pytest.approx(0.0477, abs=0.0005)


def test_fisher_refuses_negative_counts():
    with pytest.raises(ValueError):
        fisher_exact(-1, 2, 3, 4)


# Rates, impact ratio, significance ------------------------------------------------------------


def test_a_flag_that_may_be_noise_is_flagged_but_not_significant():
    # Women 6 of 20 (30 %), men 12 of 20 (60 %): ratio 0.5, Fisher p = 0.1110.
    tables = report(first_stage("woman", 6, 14) + first_stage("man", 12, 8))
    women, men = figure(tables, "woman"), figure(tables, "man")
    assert (women.n, women.advanced, women.rate) == (20, 6, 0.3)
    assert women.impact_ratio == pytest.approx(0.5)
    assert women.flagged and not women.significant
    assert women.p_value == pytest.approx(0.11097, abs=1e-5)
    assert women.small_sample
    assert men.impact_ratio == 1.0 and not men.flagged


def test_a_large_gap_on_enough_people_is_flagged_and_significant():
    # Women 5 of 30, men 15 of 30: ratio 1/3, Fisher p = 0.01270, no small-sample warning.
    tables = report(first_stage("woman", 5, 25) + first_stage("man", 15, 15))
    women = figure(tables, "woman")
    assert women.impact_ratio == pytest.approx(1 / 3)
    assert women.p_value == pytest.approx(0.012699, abs=1e-6)
    assert women.flagged and women.significant and not women.small_sample


def test_the_group_is_compared_with_everyone_else_including_the_undeclared():
    tables = report(
        first_stage("woman", 5, 25) + first_stage("man", 10, 10) + first_stage("", 5, 5)
    )
    women = figure(tables, "woman")
    assert women.p_value == pytest.approx(fisher_exact(5, 25, 15, 15))
    assert (tables[0].decided, tables[0].advanced) == (60, 20)


def test_only_decided_applications_count_at_a_stage():
    records = [
        Record("assessed", "assessed", {}, 12),  # went on: advanced at "applied"
        Record("applied", "rejected", {}, 10),  # stopped at "applied"
        Record("applied", "applied", {}, 7),  # still waiting: not decided
        Record("applied", "withdrawn", {}, 3),  # the candidate left: nobody's decision
        Record("rejected", "rejected", {}, 2),  # not a funnel stage: ignored, not a crash
    ]
    stage = report(records)[0]
    assert (stage.decided, stage.advanced) == (22, 12)


def test_each_stage_uses_the_furthest_stage_reached():
    records = [
        Record("hired", "hired", {}, 2),
        Record("interview", "rejected", {}, 3),
        Record("assessed", "rejected", {}, 4),
    ]
    tables = report(records)
    assert [(t.stage, t.decided, t.advanced) for t in tables] == [
        ("applied", 9, 9),
        ("assessed", 9, 5),
        ("interview", 5, 2),
        ("shortlisted", 2, 2),
    ]


# Suppression ------------------------------------------------------------------------------------


def test_a_group_of_nine_shows_nothing():
    records = first_stage("woman", 3, 6) + first_stage("man", 20, 20) + first_stage("", 5, 6)
    women = figure(report(records), "woman")
    assert women.suppressed_because == stats.TOO_FEW
    assert (women.n, women.advanced, women.rate, women.p_value, women.impact_ratio) == (None,) * 5


def test_a_group_of_ten_shows_its_figures():
    records = first_stage("woman", 3, 7) + first_stage("man", 20, 20) + first_stage("", 5, 6)
    women = figure(report(records), "woman")
    assert not women.suppressed and women.n == 10


def test_the_complement_is_suppressed_when_it_would_reveal_a_small_group_by_difference():
    # Women 9 (suppressed), men 40, nobody undeclared: total - men would give the women.
    men = figure(report(first_stage("woman", 3, 6) + first_stage("man", 20, 20)), "man")
    assert men.suppressed_because == stats.DIFFERENCE


def test_the_complement_stays_when_the_remainder_is_large_enough():
    records = first_stage("woman", 3, 6) + first_stage("man", 20, 20) + first_stage("", 5, 5)
    assert not figure(report(records), "man").suppressed


def test_the_ratio_is_taken_against_shown_groups_only():
    records = (
        first_stage("woman", 5, 15) + first_stage("man", 10, 10) + first_stage("non_binary", 8, 1)
    )
    records += first_stage("", 5, 5)
    tables = report(records)
    assert figure(tables, "non_binary").suppressed
    assert figure(tables, "man").impact_ratio == 1.0
    assert figure(tables, "woman").impact_ratio == pytest.approx(0.5)


def test_a_lone_shown_group_gets_no_impact_ratio_but_keeps_its_test():
    # Men are withheld (the 9 undeclared would give them away), women stand alone.
    records = first_stage("woman", 6, 14) + first_stage("man", 12, 8) + first_stage("", 3, 6)
    tables = report(records)
    women = figure(tables, "woman")
    assert figure(tables, "man").suppressed_because == stats.DIFFERENCE
    assert women.impact_ratio is None and not women.flagged
    assert women.p_value == pytest.approx(fisher_exact(6, 14, 15, 14))


def test_no_group_figure_when_fewer_than_ten_advanced_at_the_stage():
    table = report(first_stage("woman", 4, 20) + first_stage("man", 5, 20))[0].attributes[0]
    assert table.withheld_because == stats.STAGE_TOO_SMALL
    assert all(f.n is None for f in table.groups)


def test_no_group_figure_when_one_group_holds_everyone_who_advanced():
    # Every one of the 12 who advanced declared RQTH: showing it would tell their group.
    records = first_stage("yes", 12, 10, "rqth") + first_stage("no", 0, 30, "rqth")
    table = report(records, BINARY)[0].attributes[0]
    assert table.withheld_because == stats.WHOLE_SIDE
    assert all(f.rate is None for f in table.groups)


# Diversity ---------------------------------------------------------------------------------------


def test_diversity_is_one_for_equal_groups_and_zero_for_a_single_group():
    assert stats.normalised_shannon({"yes": 15, "no": 15}, 2) == pytest.approx(1.0)
    assert stats.normalised_shannon({"yes": 0, "no": 30}, 2) == 0.0


def test_diversity_divides_by_the_number_of_possible_groups():
    # Two equal groups out of three possible: ln 2 / ln 3.
    value = stats.normalised_shannon({"woman": 20, "man": 20}, 3)
    assert value == pytest.approx(math.log(2) / math.log(3))


def test_diversity_is_withheld_when_a_group_has_fewer_than_ten_people():
    assert stats.normalised_shannon({"yes": 9, "no": 40}, 2) is None
    assert stats.normalised_shannon({"yes": 4, "no": 5}, 2) is None


def test_the_combined_index_is_the_mean_of_the_published_attributes():
    figures, applicants, hires = stats.diversity_index(
        {"rqth": {"yes": 10, "no": 10}, "qpv": {"yes": 0, "no": 20}, "zrr": {"yes": 3}},
        {},
        {"rqth": ["yes", "no"], "qpv": ["yes", "no"], "zrr": ["yes", "no"]},
    )
    assert [f.applicants for f in figures] == [pytest.approx(1.0), 0.0, None]
    assert applicants == pytest.approx(0.5)
    assert hires is None


def test_withdrawals_are_counted_at_the_stage_where_they_happened():
    records = [
        Record("assessed", "assessed", {}, 12),
        Record("applied", "rejected", {}, 10),
        Record("applied", "withdrawn", {}, 3),  # left before the assessment
        Record("assessed", "withdrawn", {}, 5),  # left after it
        Record("interview", "withdrawn", {}, 1),
    ]
    tables = stats.funnel_report(records, GENDER, FUNNEL, stopped="rejected", withdrawn="withdrawn")
    assert [(t.stage, t.reached, t.withdrawn) for t in tables] == [
        ("applied", 31, 3),
        ("assessed", 18, 5),
        ("interview", 1, 1),
        ("shortlisted", 0, 0),
    ]
    assert tables[0].withdrawn_percent == pytest.approx(100 * 3 / 31)
    assert tables[3].withdrawn_percent is None
    # Still nobody's selection decision: the selection rates leave them out.
    assert (tables[0].decided, tables[0].advanced) == (28, 18)  # 5 + 1 went on, then left
