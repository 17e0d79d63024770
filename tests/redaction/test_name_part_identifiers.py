"""One name part alone inside an identifier, in any casing, is the candidate signing their code;
it is replaced by an identifier-safe word so that the code still reads and compiles. Names that
are also ordinary or technical words are left in identifiers, except as a package's owner."""

import pytest

from candidates.redaction import redact

ROMANE = {"first_name": "Romane", "last_name": "Thibaut"}
PERLE = {"first_name": "Julia", "last_name": "Marchand"}


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("class ThibautCartService {}", "class CandidatCartService {}"),
        ("def romane_helper():\n    pass\n", "def candidat_helper():\n    pass\n"),
        ("MAX_THIBAUT_RETRIES = 3\n", "MAX_CANDIDAT_RETRIES = 3\n"),
        ("const logger = getLogger('romaneApp');\n", "const logger = getLogger('candidatApp');\n"),
        (
            "<my-thibaut-widget></my-thibaut-widget>\n",
            "<my-candidat-widget></my-candidat-widget>\n",
        ),
        ("namespace thibaut {\n}\n", "namespace candidat {\n}\n"),
        ("export DB_OWNER=romane\n", "export DB_OWNER=candidat\n"),
        ("package io.thibaut.shop;\n", "package io.candidat.shop;\n"),
    ],
)
def test_a_name_part_inside_an_identifier(code, expected):
    assert redact(code, ROMANE, kind="code", lang="fr") == expected


def test_ordinary_and_technical_name_words_stay_in_identifiers_but_not_as_a_package_owner():
    code = (
        "package fr.marchand.checkout;\nimport julia_bridge\nsite_marchand_id = JuliaSet(order=3)\n"
    )
    assert redact(code, PERLE, kind="code", lang="fr") == (
        "package fr.candidat.checkout;\nimport julia_bridge\nsite_marchand_id = JuliaSet(order=3)\n"
    )


def test_in_prose_a_hyphenated_name_stays_a_name_and_an_algorithm_stays_an_algorithm():
    identity = {"first_name": "Lucas", "last_name": "Thibaut"}
    text = "J'ai codé le flot optique de Lucas-Kanade avec Lucas_Thibaut_utils."
    assert redact(text, identity, lang="fr") == (
        "J'ai codé le flot optique de Lucas-Kanade avec Candidat_utils."
    )
