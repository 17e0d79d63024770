"""Protected disclosures said in fewer words (issue 16, item 4, second round).

Each is a class: a condition named short ("en fauteuil", "colour-blind"), a language of the
deaf community one uses, a Jewish practice or identity, the year one arrived in France, a first
name chosen after someone, a military past. Their technical look-alikes stay."""

import pytest

from candidates.redaction import redact

IRIS = {"first_name": "Iris", "last_name": "Kerbrat", "city": "Niort", "birth_year": 1990}


@pytest.mark.parametrize(
    ("text", "lang", "gone"),
    [
        ("Je me déplace en fauteuil, le télétravail me convient.", "fr", "en fauteuil"),
        ("Daltonienne, je teste toujours les contrastes.", "fr", "Daltonienne"),
        ("Being colour-blind, I check palettes with a simulator.", "en", "colour-blind"),
        ("En réunion je suis plus à l'aise en langue des signes.", "fr", "langue des signes"),
        ("I'm Jewish and keep Sukkot, so that week is hard.", "en", "Sukkot"),
        ("As a Jew I don't work on Saturdays.", "en", "Jew"),
        ("Absente pour Yom Kippour la semaine prochaine.", "fr", "Yom Kippour"),
        ("Off for Yom Kippur next Monday.", "en", "Yom Kippur"),
        ("Arrivée en France en 2012, j'ai repris des études.", "fr", "Arrivée en France"),
        ("My mother named me after a singer.", "en", "named me after"),
        ("Ancien militaire, j'ai rejoint la cyber en 2020.", "fr", "Ancien militaire"),
    ],
)
def test_the_short_disclosure_goes(text, lang, gone):
    assert gone not in redact(text, IRIS, lang=lang)


@pytest.mark.parametrize(
    "text",
    [
        "On-call veteran: I have written runbooks for three teams.",
        "The button is named after the action it triggers.",
        "Le module LSFR gère les flux de données du fauteuil connecté du client.",
    ],
)
def test_technical_lookalikes_stay(text):
    assert redact(text, IRIS, lang="en") == text


def test_a_clause_after_since_is_cut_off_from_what_came_before():
    text = "Please send me the deadline since I'm off for Passover that week."
    out = redact(text, IRIS, lang="en")
    assert out.startswith("Please send me the deadline ") and "Passover" not in out


def test_since_with_a_year_stays_in_the_disclosure():
    out = redact("I've been in France since 2015 and I write Go.", IRIS, lang="en")
    assert "2015" not in out and "I write Go." in out
