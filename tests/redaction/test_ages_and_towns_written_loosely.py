"""Ages and towns written loosely (issue 16 item 4, round 2).

An age in SMS style ("jai 31 ans", "j'ai 27ans") or as a bare number after the name
("Lina Haddad, 33."); the candidate's town in lower case in prose or in a code comment. The
look-alikes stay: a number that is a count, a town word in code."""

import pytest

from candidates.redaction import redact

LINA = {"first_name": "Lina", "last_name": "Haddad", "city": "Quimper", "birth_year": 1992}


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("slt jai 33 ans et je fais du php", "33"),
        ("j'ai 33ans, dev mobile", "33ans"),
        ("Lina Haddad, 33. Data engineer.", "33"),
        ("Lina Haddad, 33, Quimper. Kotlin.", "33"),
    ],
)
def test_an_age_written_loosely_goes(text, gone):
    assert gone not in redact(text, LINA, lang="fr")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("j'habite a quimper depuis longtemps", "answer"),
        ("# (c) 2022 Lina Haddad, quimper\nrm -rf build/", "code"),
    ],
)
def test_the_town_in_lower_case_goes(text, kind):
    assert "quimper" not in redact(text, LINA, kind=kind, lang="fr").lower()


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Tests : 12 verts, 3 rouges, 33.", "answer"),
        ('villes = {"quimper": 29}\n', "code"),
    ],
)
def test_counts_and_towns_as_data_stay(text, kind):
    assert redact(text, LINA, kind=kind, lang="fr") == text


TOURS = {"first_name": "Lina", "last_name": "Haddad", "city": "Tours"}


def test_a_town_that_is_a_word_goes_in_lower_case_after_where_one_lives():
    out = redact("j'habite a tours et j'ai fait trois tours de piste", TOURS, lang="fr")
    assert out == "j'habite a [ville] et j'ai fait trois tours de piste"
