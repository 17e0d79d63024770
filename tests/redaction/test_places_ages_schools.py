"""Addresses, postcodes, residence, ages and birth dates, schools."""

import pytest

from candidates.redaction import redact


def test_postal_address_postcode_and_city(fatou):
    text = "Mon adresse : 12 rue des Lilas, 78200 Mantes-la-Jolie."
    assert redact(text, fatou) == "Mon adresse : [adresse], [code postal] [ville]."


def test_uk_postcode(fatou):
    assert (
        redact("I live in Bristol (BS1 4DJ).", fatou, lang="en") == "I live in [city] ([postcode])."
    )


def test_residence_that_is_not_the_identity_city(fatou):
    text = "I still live in Rusholme, Manchester, near the university."
    assert redact(text, fatou, lang="en") == "I still live in [city], [city], near the university."


def test_place_that_is_not_the_residence_stays(fatou):
    text = "J'ai travaillé pour un client à Lyon et présenté à une conférence à Berlin."
    assert redact(text, fatou) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bonjour, j'ai 34 ans.", "Bonjour, [âge]."),
        ("Je suis né en 1990 à Lyon.", "Je suis [âge] à [ville]."),
        ("Je suis née le 3 avril 2000.", "Je suis [âge]."),
        ("Reconvertie à 35 ans.", "Reconvertie à [âge]."),
    ],
)
def test_french_ages_and_birth_dates(text, expected, fatou):
    assert redact(text, fatou) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'm 35 years old.", "I'm [age]."),
        ("A 31-year-old developer.", "A [age] developer."),
        ("I was born in 1995.", "I was [age]."),
    ],
)
def test_english_ages(text, expected, fatou):
    assert redact(text, fatou, lang="en") == expected


def test_years_of_experience_are_not_an_age(fatou):
    text = "J'ai 5 ans d'expérience, il y a 10 ans j'ai commencé. I have 6 years of experience."
    assert redact(text, fatou) == text


@pytest.mark.parametrize(
    "school",
    [
        "l'ESSEC",
        "HEC",
        "Polytechnique",
        "l'Université Paris-Saclay",
        "TU Berlin",
        "l'IUT de Lannion",
        "l'INSA Lyon",
        "le lycée Suger",
        "Le Wagon",
    ],
)
def test_schools(school, fatou):
    out = redact(f"Diplômée de {school} en 2015.", fatou)
    assert out.endswith("[école] en [âge].")  # the year of the degree tells the age
    assert school.split()[-1].split("'")[-1] not in out


def test_polytechnique_nicknames(fatou):
    assert redact("Diplômé de l'X (promo X2016).", fatou) == "Diplômé de l'[école] ([école])."


def test_mit_licence_is_not_a_school(fatou):
    assert redact("# Licence MIT", fatou, kind="code") == "# Licence MIT"


def test_english_street_address(fatou):
    out = redact("Send it to Flat 2, 41 Elm Grove, Bristol BS6 6AH.", fatou, lang="en")
    assert "Elm Grove" not in out and "41" not in out and "BS6" not in out


def test_birthplace_after_a_full_birth_date(fatou):
    out = redact("Je suis née le 3 mars 1996 à Dakar.", fatou)
    assert "1996" not in out and "Dakar" not in out


def test_postcode_in_brackets_after_a_town(fatou):
    assert redact("Basée à Toulouse (31200).", fatou) == "Basée à [ville] ([code postal])."


def test_own_city_in_a_list_of_cities_stays():
    who = {"first_name": "Zoé", "last_name": "Perrin", "city": "Lyon"}
    code = "WHERE o.city IN ('Paris', 'Marseille', 'Lyon')"
    assert redact(code, who, kind="code") == code
    assert (
        redact("Nos agences : Paris, Lyon et Nantes.", who)
        == "Nos agences : Paris, Lyon et Nantes."
    )
    assert redact("J'habite à Lyon.", who) == "J'habite à [ville]."


@pytest.mark.parametrize(
    "text", ["I did my master's at EURECOM.", "Étudiante à l'ESIR.", "Graduated from ESEO."]
)
def test_school_acronyms_after_a_study_cue(text, fatou):
    assert "[" in redact(text, fatou)


@pytest.mark.parametrize("text", ["J'ai fait du SQL et de l'AWS.", "En alternance à la SNCF."])
def test_acronyms_that_are_not_schools_stay(text, fatou):
    assert redact(text, fatou) == text
