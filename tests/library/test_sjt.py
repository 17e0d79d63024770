"""Situational judgement tests: coverage, expert key and the partial-credit scoring rule."""

from collections import Counter

import pytest

from assessments.library.sjt import (
    COMPETENCIES,
    SCORING_NOTE,
    Response,
    Scenario,
    load_scenarios,
    score_ranking,
    score_sjt,
)

SCENARIOS = load_scenarios()


def make_scenario(ratings: dict[str, int]) -> Scenario:
    text = {"fr": "texte", "en": "text"}
    return Scenario(
        id="hand-made",
        competency="communication",
        situation=text,
        question=text,
        responses=tuple(Response(rid, text, rating) for rid, rating in ratings.items()),
        rationale=text,
    )


# a=5 (best), b=1 (worst), c=3, d=4, e=2 → spread 4
EXAMPLE = make_scenario({"a": 5, "b": 1, "c": 3, "d": 4, "e": 2})


def test_at_least_sixteen_scenarios_and_four_per_competency():
    assert len(SCENARIOS) >= 16
    counts = Counter(scenario.competency for scenario in SCENARIOS)
    assert set(counts) >= set(COMPETENCIES)
    assert all(counts[competency] >= 4 for competency in COMPETENCIES)
    assert len({scenario.id for scenario in SCENARIOS}) == len(SCENARIOS)


def test_filter_by_competency():
    teamwork = load_scenarios("teamwork")
    assert teamwork and all(scenario.competency == "teamwork" for scenario in teamwork)


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_scenario_has_four_or_five_rated_responses_and_a_clear_key(scenario):
    assert 4 <= len(scenario.responses) <= 5
    ratings = [response.rating for response in scenario.responses]
    assert all(1 <= rating <= 5 for rating in ratings)
    assert ratings.count(max(ratings)) == 1 and ratings.count(min(ratings)) == 1
    assert len({response.id for response in scenario.responses}) == len(scenario.responses)


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_scenario_texts_and_rationale_exist_in_both_languages(scenario):
    for locale in ("fr", "en"):
        assert scenario.situation[locale].strip()
        assert scenario.question[locale].strip()
        assert len(scenario.rationale[locale]) >= 100, "the rationale explains the key"
        assert all(response.text[locale].strip() for response in scenario.responses)


@pytest.mark.parametrize("scenario", SCENARIOS, ids=lambda s: s.id)
def test_best_and_worst_picks_score_one_and_reversed_picks_score_zero(scenario):
    assert score_sjt(scenario, scenario.best.id, scenario.worst.id) == 1.0
    assert score_sjt(scenario, scenario.worst.id, scenario.best.id) == 0.0


def test_partial_credit_on_hand_computed_examples():
    # most=d (4): 0.5 × (4−1)/4 = 0.375 ; least=e (2): 0.5 × (5−2)/4 = 0.375
    assert score_sjt(EXAMPLE, "d", "e") == pytest.approx(0.75)
    # most=a (5): 0.5 ; least=c (3): 0.5 × (5−3)/4 = 0.25
    assert score_sjt(EXAMPLE, "a", "c") == pytest.approx(0.75)
    # most=c (3): 0.25 ; least=b (1): 0.5
    assert score_sjt(EXAMPLE, "c", "b") == pytest.approx(0.75)
    # most=e (2): 0.125 ; least=d (4): 0.125
    assert score_sjt(EXAMPLE, "e", "d") == pytest.approx(0.25)


def test_picking_the_same_response_twice_earns_nothing():
    assert score_sjt(EXAMPLE, "a", "a") == 0.0
    assert score_sjt(EXAMPLE, "c", "c") == 0.0


def test_unknown_response_is_an_error():
    with pytest.raises(ValueError):
        score_sjt(EXAMPLE, "z", "b")


def test_ranking_score_is_the_share_of_pairs_in_expert_order():
    assert score_ranking(EXAMPLE, ["a", "d", "c", "e", "b"]) == 1.0
    assert score_ranking(EXAMPLE, ["b", "e", "c", "d", "a"]) == 0.0
    # one adjacent swap (d before a is wrong): 9 of 10 pairs agree
    assert score_ranking(EXAMPLE, ["d", "a", "c", "e", "b"]) == pytest.approx(0.9)


def test_ranking_ignores_pairs_the_experts_rated_equal():
    tied = make_scenario({"a": 5, "b": 3, "c": 3, "d": 1})
    assert score_ranking(tied, ["a", "b", "c", "d"]) == 1.0
    assert score_ranking(tied, ["a", "c", "b", "d"]) == 1.0


def test_ranking_must_be_a_permutation_of_the_responses():
    with pytest.raises(ValueError):
        score_ranking(EXAMPLE, ["a", "b", "c", "d"])
    with pytest.raises(ValueError):
        score_ranking(EXAMPLE, ["a", "a", "c", "d", "e"])


def test_scoring_note_is_documented_in_both_languages():
    assert "max − min" in SCORING_NOTE["fr"] and "max − min" in SCORING_NOTE["en"]
