"""Starter code speaks the candidate's interface language: its comments are French in French
and English in English, never both and never the other one (issue 18: « # Write your solution
here. » was shown in a French interface, and « À vous : … » in an English one)."""

import re

import pytest
from django.utils import translation

from assessments.library import load_exercises
from assessments.starters import DEFAULT_STARTERS, SENTENCES, localize
from tests.assessments.factories import ExerciseFactory

BILINGUAL = (
    "import sys\n\n    # Écrivez votre solution ici.\n    # Write your solution here.\nmain()\n"
)
COMMENT = re.compile(r"(?:^|\s)(#(?![!i])|//|--|/\*)\s*(?P<text>.*?)\s*(?:\*/)?\s*$")
FRENCH_WORDS = re.compile(r"\b(À vous|Écrivez|lisez|affichez|calculez|traitez|requête)\b", re.I)


def comments(code: str) -> list[str]:
    """The text of each comment line of ``code`` (not ``#include`` nor ``#!``)."""
    found = []
    for line in code.splitlines():
        match = COMMENT.search(line)
        if match and match.group("text"):
            found.append(match.group("text"))
    return found


def english(sentence: str) -> str:
    with translation.override("en"):
        return translation.gettext(sentence)


def test_a_bilingual_starter_shows_only_the_french_line_in_french():
    assert localize(BILINGUAL, "fr") == "import sys\n\n    # Écrivez votre solution ici.\nmain()\n"


def test_a_bilingual_starter_shows_only_the_english_line_in_english():
    assert localize(BILINGUAL, "en") == "import sys\n\n    # Write your solution here.\nmain()\n"


def test_a_french_comment_is_translated_in_english():
    code = "data = input()\n# À vous : calculez et affichez la réponse avec print(...)\n"
    assert localize(code, "en") == (
        "data = input()\n# Your turn: compute the answer and print it with print(...)\n"
    )


def test_code_around_a_comment_is_kept_as_it_is():
    code = "\t\t_ = in.Text() // À vous : traitez chaque ligne\n"
    assert localize(code, "en") == "\t\t_ = in.Text() // Your turn: handle each line\n"


def test_two_equal_lines_of_code_both_stay():
    code = "print(1)\nprint(1)\n"
    assert localize(code, "en") == code


def test_every_sentence_has_an_english_translation():
    untranslated = [sentence for sentence in SENTENCES if english(sentence) == sentence]
    assert not untranslated


@pytest.mark.parametrize("language", ["fr", "en"])
def test_no_library_starter_shows_the_other_languages_comments(language):
    """The whole class: every starter of every library exercise, in both interfaces."""
    french = set(SENTENCES)
    other = french if language == "en" else {english(sentence) for sentence in SENTENCES}
    wrong = {}
    for spec in load_exercises():
        for key, code in spec.starters.items():
            shown = comments(localize(code, language))
            bad = [text for text in shown if any(sentence in text for sentence in other)]
            if language == "en":
                bad += [text for text in shown if FRENCH_WORDS.search(text)]
            if bad:
                wrong[f"{spec.slug}/{key}"] = bad
    assert not wrong


def test_every_comment_of_a_library_starter_is_a_known_sentence():
    """A new starter with a comment of its own adds its sentence to assessments.starters (and
    its English to locale/en): otherwise an English interface would show it in French."""
    known = set(SENTENCES) | {english(sentence) for sentence in SENTENCES}
    unknown = {
        f"{spec.slug}/{key}": text
        for spec in load_exercises()
        for key, code in spec.starters.items()
        for text in comments(code)
        if text not in known
    }
    assert not unknown


@pytest.mark.parametrize("language", sorted(DEFAULT_STARTERS))
def test_an_employers_exercise_starter_is_in_the_interface_language(language):
    code = DEFAULT_STARTERS[language]
    assert FRENCH_WORDS.search(localize(code, "fr"))
    assert not FRENCH_WORDS.search(localize(code, "en"))


@pytest.mark.django_db
def test_the_exercise_gives_its_starter_in_the_interface_language():
    exercise = ExerciseFactory(starters={"python": BILINGUAL})
    with translation.override("en"):
        assert "Écrivez" not in exercise.starter_for("python")
    with translation.override("fr"):
        assert "Write your" not in exercise.starter_for("python")
