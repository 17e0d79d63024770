"""Programming languages are proper nouns: their names are the same in every interface language,
and no other string's translation may replace them (Django's admin translates « Go » as
« Envoyer » in French)."""

import pytest
from django.utils import translation

from assessments.enums import ExerciseLanguage

PROPER_NAMES = {
    "python": "Python 3",
    "javascript": "JavaScript (Node.js)",
    "typescript": "TypeScript",
    "java": "Java",
    "php": "PHP",
    "c": "C",
    "cpp": "C++",
    "go": "Go",
    "bash": "Bash",
    "sql": "SQL (SQLite)",
}


def test_every_language_of_the_sandbox_has_a_proper_name():
    assert {language.value for language in ExerciseLanguage} == set(PROPER_NAMES)


@pytest.mark.parametrize("interface_language", ["fr", "en"])
def test_the_label_of_every_language_is_its_proper_name(interface_language):
    with translation.override(interface_language):
        labels = {key: str(label) for key, label in ExerciseLanguage.choices}
    assert labels == PROPER_NAMES
