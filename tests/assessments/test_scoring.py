"""Scoring rules, computed by hand: SJT partial credit, written reviews, order, weighting."""

import pytest

from assessments import scoring
from assessments.library.sjt import Response, Scenario, score_sjt

TEXT = {"fr": "x", "en": "x"}


def scenario(*ratings):
    responses = tuple(Response(chr(ord("a") + i), TEXT, r) for i, r in enumerate(ratings))
    return Scenario("s", "teamwork", TEXT, TEXT, responses, TEXT)


# Ratings a=5, b=3, c=2, d=1: min 1, max 5, spread 4.
KEY = scenario(5, 3, 2, 1)


def test_the_expert_picks_earn_full_marks():
    assert score_sjt(KEY, "a", "d") == 1.0


def test_the_reversed_picks_earn_nothing():
    assert score_sjt(KEY, "d", "a") == 0.0


def test_a_near_miss_earns_partial_credit():
    # most b: 0.5 × (3 − 1) / 4 = 0.25 ; least c: 0.5 × (5 − 2) / 4 = 0.375
    assert score_sjt(KEY, "b", "c") == pytest.approx(0.625)


def test_a_right_most_and_a_middling_least():
    # most a: 0.5 ; least b: 0.5 × (5 − 3) / 4 = 0.25
    assert score_sjt(KEY, "a", "b") == pytest.approx(0.75)


def test_the_same_response_for_both_picks_earns_nothing():
    assert score_sjt(KEY, "a", "a") == 0.0


def test_the_spread_comes_from_the_scenario_not_from_the_scale():
    # Ratings 4, 3, 2: min 2, max 4. most b: 0.5 × 1/2 = 0.25 ; least c: 0.5 × 2/2 = 0.5
    assert score_sjt(scenario(4, 3, 2), "b", "c") == pytest.approx(0.75)


def test_a_rubric_level_maps_onto_zero_to_one():
    assert [scoring.level_to_score(n) for n in (1, 2, 3, 4, 5)] == [0, 0.25, 0.5, 0.75, 1]


def test_a_written_answer_has_no_score_before_two_reviews():
    assert scoring.written_answer_score([4]) is None


def test_the_written_score_is_the_mean_of_the_reviewers_levels():
    # levels 4 and 5: mean 4.5 → (4.5 − 1) / 4
    assert scoring.written_answer_score([4, 5]) == pytest.approx(0.875)


@pytest.mark.parametrize(
    ("levels", "flagged"),
    [([3, 4], False), ([2, 4], True), ([1, 5], True), ([3, 3, 5], True), ([4], False)],
)
def test_two_levels_apart_or_more_is_a_disagreement(levels, flagged):
    assert scoring.is_disagreement(levels) is flagged


def test_a_reviewer_always_gets_the_same_order_for_a_question():
    ids = list(range(1, 21))
    first = scoring.reviewer_order(ids, reviewer_id=7, question_id=3)
    again = scoring.reviewer_order(reversed(ids), reviewer_id=7, question_id=3)
    assert first == again
    assert sorted(first) == ids


def test_two_reviewers_get_different_orders():
    ids = list(range(1, 21))
    mine = scoring.reviewer_order(ids, reviewer_id=7, question_id=3)
    theirs = scoring.reviewer_order(ids, reviewer_id=8, question_id=3)
    assert mine != theirs


def test_the_order_is_not_the_submission_order():
    ids = list(range(1, 21))
    assert scoring.reviewer_order(ids, reviewer_id=7, question_id=3) != ids


def test_the_overall_score_weights_the_known_components():
    scores = {"coding": 0.5, "sjt": 1.0, "written": None}
    # (0.5 × 1 + 1.0 × 3) / 4; written has no score yet and is left out
    assert scoring.weighted_overall(scores, {"coding": 1, "sjt": 3, "written": 2}) == 0.875


def test_a_component_without_weight_does_not_count():
    scores = {"coding": 0.0, "sjt": 0.6, "written": None}
    assert scoring.weighted_overall(scores, {"coding": 0, "sjt": 1}) == pytest.approx(0.6)
