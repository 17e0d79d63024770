"""Ready-made interview grids: job-related questions and anchored 1–5 rating scales."""

import pytest

from interviews.library import load_grids

GRIDS = load_grids()


def test_grids_for_the_three_common_digital_jobs():
    assert len(GRIDS) >= 3
    assert {"web-developer", "support-technician", "data-analyst"} <= {g.slug for g in GRIDS}


@pytest.mark.parametrize("grid", GRIDS, ids=lambda g: g.slug)
def test_grid_has_four_to_six_weighted_competencies(grid):
    assert grid.title["fr"].strip() and grid.title["en"].strip()
    assert 4 <= len(grid.competencies) <= 6
    assert all(competency.weight > 0 for competency in grid.competencies)
    assert len({competency.key for competency in grid.competencies}) == len(grid.competencies)


@pytest.mark.parametrize("grid", GRIDS, ids=lambda g: g.slug)
def test_every_competency_has_questions_and_five_anchored_levels(grid):
    for competency in grid.competencies:
        assert competency.questions
        for question in competency.questions:
            assert question.kind in ("behavioural", "situational")
            assert question.text["fr"].strip() and question.text["en"].strip()
        assert [level.level for level in competency.levels] == [1, 2, 3, 4, 5]
        for locale in ("fr", "en"):
            assert len({level.description[locale] for level in competency.levels}) == 5
