"""Addresses written without the usual "number, street type, name": a street where one lives,
the line after "Adresse :", the town after a street address."""

import pytest

from candidates.redaction import redact

ANAIS = {"first_name": "Anaïs", "last_name": "Colin", "city": "Bayonne"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("J'habite rue des Tanneurs, c'est calme.", "J'habite [adresse], c'est calme."),
        ("I live on Mercer Street, close to work.", "I live on [address], close to work."),
    ],
)
def test_a_street_where_one_lives(text, expected):
    assert redact(text, ANAIS, lang="en" if "I live" in text else "fr") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Adresse : Résidence Les Pins, Bât. C, appt 4, 64600. Merci.",
            "Adresse : [adresse]. Merci.",
        ),
        (
            "Postal address: Unit 7, 18 Quay Lane, Cork T12 X2Y\nThanks.",
            "Postal address: [address]\nThanks.",
        ),
    ],
)
def test_the_line_after_an_address_cue(text, expected):
    assert redact(text, ANAIS, lang="en" if "Postal" in text else "fr") == expected


def test_the_town_after_a_street_address():
    assert redact("Je vis au 3, impasse des Mouettes, Anglet.", ANAIS, lang="fr") == (
        "Je vis au [adresse], [ville]."
    )


@pytest.mark.parametrize(
    "text",
    [
        "Adresse IP : 10.0.0.12, adresse e-mail : aucune.",
        "The address space: 0x7fff0000 to 0x7fffffff.",
        "L'adresse de la fonction : 0x4005d0.",
    ],
)
def test_other_addresses_stay(text):
    assert redact(text, ANAIS, lang="fr") == text
