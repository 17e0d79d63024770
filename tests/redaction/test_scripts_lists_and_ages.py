"""The name in another script, every name of a nickname list, and ages said otherwise: a
number in words closing a sentence, a decade of life, a whole date in the birth year, the year
of a degree."""

import pytest

from candidates.redaction import redact

OLENA = {"first_name": "Olena", "last_name": "Kovalenko", "birth_year": 1994, "city": "Caen"}
SAMI = {"first_name": "Sami", "last_name": "Haddad"}


@pytest.mark.parametrize(
    "text",
    [
        "Je m'appelle Олена Коваленко.",
        "Sur mon passeport : ОЛЕНА КОВАЛЕНКО.",
        "Signed: Ολένα Κοβαλένκο.",
    ],
)
def test_the_name_in_cyrillic_or_greek_letters(text):
    out = redact(text, OLENA)
    assert "[" in out and not any(c.isalpha() and ord(c) > 0x36F for c in out)


def test_a_short_run_of_another_script_where_the_writer_gives_their_name():
    assert redact("Mon nom en arabe : سامي حداد", SAMI, lang="fr") == "Mon nom en arabe : [nom]"


def test_text_in_another_script_that_is_not_a_name_stays():
    text = "J'ai traduit l'interface : Вход, Выход, Настройки ; et en japonais ログイン."
    assert redact(text, OLENA, lang="fr") == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Au travail on m'appelle Lena ou Olenka.", "Au travail on m'appelle [nom] ou [nom]."),
        ("Friends call me Lena, Lenochka or OK.", "Friends call me [name], [name] or [name]."),
        ("On m'appelle Lena et Kafka m'occupe.", "On m'appelle [nom] et Kafka m'occupe."),
    ],
)
def test_every_name_of_a_nickname_list(text, expected):
    assert redact(text, OLENA, lang="en" if "Friends" in text else "fr") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hi, I'm thirty-one.", "Hi, [age]."),
        ("I'm in my early thirties and love Go.", "I'm [age] and love Go."),
        ("J'ai eu 30 ans en avril.", "[âge] en avril."),
        ("J'ai la trentaine et du recul.", "J'ai [âge] et du recul."),
        ("Née le 14/02/1994.", "[âge]."),
        ("Anniversaire : 14 février 1994 !", "Anniversaire : [âge] !"),
    ],
)
def test_ages_said_otherwise(text, expected):
    assert redact(text, OLENA, lang="en" if "I'm" in text else "fr") == expected


@pytest.mark.parametrize(
    "text",
    [
        "J'ai eu 10 ans d'expérience en C++ avant Rust.",
        "Une trentaine de tests échouaient ; livré le 14/02/2021.",
        "We merged into the master branch in 2015 and tagged v1.0.",
    ],
)
def test_counts_and_other_dates_stay(text):
    assert redact(text, OLENA, lang="fr") == text


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("J'ai eu mon bac en 2012 puis un DUT.", "2012"),
        ("I completed my MSc in 2018 at night school.", "2018"),
        ("Licence pro obtenue en 2016.", "2016"),
    ],
)
def test_the_year_of_a_degree(text, year):
    assert year not in redact(text, OLENA)
