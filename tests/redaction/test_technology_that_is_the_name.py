"""A technology that is also the candidate's own name, used as the technology, stays
(issue 16 item 4, round 2): by its version ("Kotlin 2 brings"), its kind ("Swift, le langage",
"Rust is still my favourite language"), its product name, or after "en"/"in", whatever rule
found the name elsewhere in the text. The person stays redacted."""

import pytest

from candidates.redaction import redact

PASCAL = {"first_name": "Pascal", "last_name": "Rivière", "city": "Tulle"}
KOTLIN = {"first_name": "Mathis", "last_name": "Kotlin", "city": "Tulle"}


@pytest.mark.parametrize(
    ("text", "who", "kept", "gone"),
    [
        (
            "Je m'appelle Kotlin. Mathis Kotlin. Et oui je code en Kotlin.",
            KOTLIN,
            "code en Kotlin",
            "Mathis Kotlin",
        ),
        (
            "Moi c'est Pascal Rivière. J'aime Pascal, le langage, pour enseigner.",
            PASCAL,
            "Pascal, le langage",
            "Rivière",
        ),
        (
            "Pascal is still my favourite teaching language. — Pascal Rivière",
            PASCAL,
            "Pascal is still my favourite teaching language",
            "Rivière",
        ),
        ('// by Mathis Kotlin\nprintln("Kotlin 2 brings K2")', KOTLIN, "Kotlin 2 brings", "Mathis"),
    ],
)
def test_the_technology_stays_and_the_person_goes(text, who, kept, gone):
    kind = "code" if text.startswith("//") else "answer"
    out = redact(text, who, kind=kind, lang="fr")
    assert kept in out and gone not in out


def test_the_name_as_a_person_still_goes():
    out = redact("Bonjour, je suis Pascal, 12 ans de Java.", PASCAL, lang="fr")
    assert "Pascal" not in out


ALICE = {"first_name": "Alice", "last_name": "Fontaine", "city": "Tulle"}


def test_the_cast_of_a_protocol_example_stays_for_a_candidate_named_like_them():
    code = "# Alice signs, Bob verifies, Mallory replays\nsig = sign(key_alice, msg)\n"
    assert redact(code, ALICE, kind="code", lang="en") == code


def test_the_candidate_alone_with_that_name_still_goes():
    assert "Alice" not in redact("Bonjour, Alice Fontaine, dev Go.", ALICE, lang="fr")
