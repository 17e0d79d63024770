"""Wording rules for every text Vivier ships to candidates and interviewers.

No cultural or class references that favour some candidates, and no personal questions in
interview grids or written questions.
"""

import re

import pytest

from assessments.library import load_exercises
from assessments.library.sjt import load_scenarios
from assessments.library.written import load_written_questions
from interviews.library import load_grids

# Leisure, schooling and networking references tied to social class (fr + en).
CLASS_MARKERS = [
    "golf", "ski", "skis", "grande école", "grandes écoles", "prépa", "polo", "voile", "yacht",
    "rallye", "équitation", "horse riding", "croisière", "cruise", "opéra", "opera", "bridge",
    "tennis", "club de sport", "country club", "sommelier", "vin", "wine", "château", "chasse",
    "gala", "cocktail", "rugby", "sailing", "skiing",
]  # fmt: skip

# Topics an interviewer must never ask about (fr + en).
PERSONAL_MARKERS = [
    "âge", "age", "enfant", "enfants", "children", "famille", "family", "marié", "mariée",
    "married", "mariage", "marriage", "conjoint", "spouse", "enceinte", "grossesse", "pregnant",
    "pregnancy", "religion", "religieux", "religious", "origine", "origines", "origin",
    "nationalité", "nationality", "santé", "health", "handicap", "disability", "syndicat",
    "trade union", "domicile", "habitez", "quartier", "where do you live", "né", "born",
    "politique", "political",
]  # fmt: skip


def _pattern(words: list[str]) -> re.Pattern[str]:
    return re.compile(r"\b(" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


def _localized(value: dict[str, str]) -> list[str]:
    return [value["fr"], value["en"]]


def exercise_texts() -> list[str]:
    texts = []
    for spec in load_exercises():
        texts += _localized(spec.title) + _localized(spec.statement)
    return texts


def sjt_texts() -> list[str]:
    texts = []
    for scenario in load_scenarios():
        for value in (scenario.situation, scenario.question, scenario.rationale):
            texts += _localized(value)
        for response in scenario.responses:
            texts += _localized(response.text)
    return texts


def written_texts() -> list[str]:
    texts = []
    for question in load_written_questions():
        texts += _localized(question.prompt)
        for level in question.rubric:
            texts += _localized(level.description)
    return texts


def grid_texts() -> list[str]:
    texts = []
    for grid in load_grids():
        texts += _localized(grid.title)
        for competency in grid.competencies:
            texts += _localized(competency.name)
            for question in competency.questions:
                texts += _localized(question.text)
            for level in competency.levels:
                texts += _localized(level.description)
    return texts


def grid_questions() -> list[str]:
    return [
        text
        for grid in load_grids()
        for competency in grid.competencies
        for question in competency.questions
        for text in _localized(question.text)
    ]


def test_the_marker_patterns_catch_what_they_should():
    assert _pattern(CLASS_MARKERS).search("Un week-end de SKI avec l'équipe")
    assert _pattern(CLASS_MARKERS).search("ancien·ne de grande école")
    assert not _pattern(CLASS_MARKERS).search("ses skills et la page dévoilée")
    assert _pattern(PERSONAL_MARKERS).search("Avez-vous des enfants ?")
    assert not _pattern(PERSONAL_MARKERS).search("la page du message")


@pytest.mark.parametrize(
    "collect", [exercise_texts, sjt_texts, written_texts, grid_texts], ids=lambda f: f.__name__
)
def test_no_class_marked_references(collect):
    pattern = _pattern(CLASS_MARKERS)
    hits = [(match.group(0), text[:80]) for text in collect() if (match := pattern.search(text))]
    assert hits == []


@pytest.mark.parametrize("collect", [grid_questions, written_texts], ids=lambda f: f.__name__)
def test_no_personal_questions(collect):
    pattern = _pattern(PERSONAL_MARKERS)
    hits = [(match.group(0), text[:80]) for text in collect() if (match := pattern.search(text))]
    assert hits == []
