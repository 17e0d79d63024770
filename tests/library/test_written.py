"""Written open questions: every question has a five-level, behaviourally anchored rubric."""

import pytest

from assessments.library.sjt import COMPETENCIES
from assessments.library.written import load_written_questions

QUESTIONS = load_written_questions()


def test_at_least_six_questions_covering_every_competency():
    assert len(QUESTIONS) >= 6
    assert {question.competency for question in QUESTIONS} == set(COMPETENCIES)
    assert len({question.id for question in QUESTIONS}) == len(QUESTIONS)


@pytest.mark.parametrize("question", QUESTIONS, ids=lambda q: q.id)
def test_prompt_asks_for_a_real_situation_in_both_languages(question):
    assert question.prompt["fr"].startswith("Décrivez une situation")
    assert question.prompt["en"].startswith("Describe a situation")


@pytest.mark.parametrize("question", QUESTIONS, ids=lambda q: q.id)
def test_rubric_has_five_distinct_levels_in_both_languages(question):
    assert [level.level for level in question.rubric] == [1, 2, 3, 4, 5]
    for locale in ("fr", "en"):
        descriptions = [level.description[locale] for level in question.rubric]
        assert all(len(text) >= 30 for text in descriptions)
        assert len(set(descriptions)) == 5
