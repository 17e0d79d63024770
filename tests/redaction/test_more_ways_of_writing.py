"""More ways of writing identity: a French number in any grouping, a birth year in two digits
after "née", years of life in slang, a name given "pour les intimes"."""

import pytest

from candidates.redaction import redact

CLARA = {"first_name": "Clarisse", "last_name": "Vannier", "birth_year": 1991}


@pytest.mark.parametrize(
    "number", ["07 581 294 36", "075 812 9436", "+33 7 581 294 36", "0033 7.58.12.94.36"]
)
def test_a_french_number_in_any_grouping(number):
    assert redact(f"Portable : {number}.", CLARA, lang="fr") == "Portable : [téléphone]."


def test_other_number_groups_stay():
    text = "Ticket 0 123 456 78 ; 12 345 678 requêtes ; ISBN 2 07 036822 X."
    assert redact(text, CLARA, lang="fr") == text


@pytest.mark.parametrize(
    "text",
    ["Je suis née un 2 mai, en 91.", "Born in '91, raised on dial-up.", "J'ai 33 printemps."],
)
def test_age_in_two_digits_or_slang(text):
    out = redact(text, CLARA)
    assert "91" not in out and "33" not in out


def test_versions_and_durations_after_ne_stay():
    text = "Le projet est né en 2 jours, en 12 tickets."
    assert redact(text, CLARA, lang="fr") == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Clarisse (Clacla pour les intimes).", "[nom] ([nom] pour les intimes)."),
        ("I'm Clarisse, Rissa to my friends.", "I'm [name], [name] to my friends."),
    ],
)
def test_a_name_for_the_close_ones(text, expected):
    assert redact(text, CLARA, lang="en" if "I'm" in text else "fr") == expected
