"""People known by a public work (a book, a talk, a library, an algorithm) are not the
candidate's acquaintances: their names stay. Colleagues are still redacted."""

import pytest

from candidates.redaction import redact

ELSA = {"first_name": "Elsa", "last_name": "Garnier"}


@pytest.mark.parametrize(
    "text",
    [
        "J'ai appris le DDD dans le livre de Vaughn Vernon et les talks de Kevlin Henney.",
        "I follow the blog by Tania Rascia and Kent Beck's book on TDD.",
        "The parser library written by Sophie Alpert was easy to extend.",
        "On a codé l'algorithme de Jean Vuillemin en Rust.",
    ],
)
def test_people_known_by_a_public_work_stay(text):
    assert redact(text, ELSA) == text


def test_a_colleague_next_to_an_author_is_still_redacted():
    text = "Avec ma collègue Inès Morvan, on a lu le livre de Vaughn Vernon."
    assert (
        redact(text, ELSA, lang="fr")
        == "Avec ma collègue [nom], on a lu le livre de Vaughn Vernon."
    )
