"""A year of one's life course (settling, arriving, graduating) dates the candidate; a year one
has done a job or a technology since is experience and stays. Residence status by any of its
names goes. One's parents named in passing go as words, the rest of the clause stays."""

import pytest

from candidates.redaction import redact

NOBODY = {"first_name": "Inès", "last_name": "Valadier", "city": "Pau"}


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Installé à Annecy depuis 2017, je cherche un poste hybride.", "2017"),
        ("Arrivée à Tours en 2015 pour la licence.", "2015"),
        ("Formation CDA à l'AFPA de Brest, 2021.", "2021"),
        ("I moved to Lyon in 2013 with my partner.", "2013"),
        ("Bootcamp, then a master in 2019.", "2019"),
    ],
)
def test_a_year_of_the_life_course_goes(text, year):
    assert year not in redact(text, NOBODY)


@pytest.mark.parametrize(
    "text",
    [
        "Je fais du Scala depuis 2014 et du Go depuis peu.",
        "Dev full stack depuis 2015, surtout du Django.",
        "The 2019 release of the framework changed the router.",
    ],
)
def test_experience_since_a_year_stays(text):
    assert redact(text, NOBODY) == text


@pytest.mark.parametrize(
    "text",
    [
        "Bénéficiaire de la protection subsidiaire, autorisée à travailler.",
        "I hold a residence card as the spouse of an EU citizen.",
    ],
)
def test_residence_status_goes(text):
    out = redact(text, NOBODY)
    assert "protection subsidiaire" not in out and "residence card" not in out


def test_parents_named_in_passing_go_as_words_only():
    out = redact("Mes parents ne savaient pas que j'apprendrais le langage Ada.", NOBODY)
    assert "Mes parents" not in out
    assert "le langage Ada" in out


def test_a_degree_from_abroad_being_recognised_goes():
    out = redact("Diplôme obtenu à l'étranger, équivalence en cours à l'ENIC-NARIC.", NOBODY)
    assert "ENIC-NARIC" not in out
