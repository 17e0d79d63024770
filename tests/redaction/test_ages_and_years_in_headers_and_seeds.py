"""Ages and the years that date one's studies, in more places (issue 16, round 4 on set F): an
age between the separators of a profile header ("· 36 ans ·"), an age after a colon that opens
a self-description ("Petit résumé : 42 ans, ancienne infirmière"), the year right before one's
school ("depuis 2016 (IUT de Vannes)"), the year after one's school on the header of an
end-of-studies project, the year after one's own name signing coursework, a birth year as a
bare number in a SQL seed row. Durations, experience and other years stay."""

import pytest

from candidates.redaction import redact

LENA = {
    "first_name": "Léna",
    "last_name": "Carvalho",
    "city": "Dijon",
    "school": "IUT de Vannes",
    "birth_year": 1993,
}


@pytest.mark.parametrize(
    "text",
    [
        "Léna Carvalho · 36 ans · Dijon",
        "Léna Carvalho | 36 ans | développeuse backend",
        "Léna C. • 36 ans • télétravail",
        "Léna Carvalho — 36 — Dijon",
        "Léna Carvalho · 36 · backend",
        "Léna Carvalho (36), Dijon",
    ],
)
def test_an_age_between_the_separators_of_a_header(text):
    assert "36" not in redact(text, LENA, kind="answer", lang="fr")


def test_experience_between_separators_stays():
    text = "Développeuse · 12 ans d'expérience · full remote"
    assert redact(text, LENA, lang="fr") == text


@pytest.mark.parametrize(
    "text",
    [
        "Petit résumé : 42 ans, ancienne infirmière, reconvertie dans la data.",
        "En bref : 29 ans, ex-boulanger, autodidacte en Python.",
        "About me: 51, former teacher, now writing Go.",
    ],
)
def test_an_age_opening_a_self_description_after_a_colon(text):
    out = redact(text, LENA)
    assert not any(n in out for n in ("42", "29", "51"))


@pytest.mark.parametrize(
    "text",
    [
        "Durée du projet : 10 ans, de la v1 à la v4.",
        "Expérience : 12 ans, surtout en Java.",
        "Rétention des journaux : 10 ans, pour l'audit.",
        "Timeout: 30, retries: 3.",
        "Je propose : 30, 60 puis 90 jours de rétention.",
        "About the cache: 64, then 128 entries per shard.",
    ],
)
def test_a_duration_or_a_setting_after_a_colon_stays(text):
    assert redact(text, LENA) == text


def test_the_year_right_before_ones_school_in_brackets():
    out = redact("Développeuse web depuis 2016 (IUT de Vannes).", LENA, lang="fr")
    assert "2016" not in out


def test_a_year_before_brackets_that_hold_no_school_stays():
    text = "Développeuse web depuis 2016 (Python, Django)."
    assert redact(text, LENA, lang="fr") == text


@pytest.mark.parametrize(
    "code",
    [
        "# Projet de fin d'études — IUT de Vannes 2014\n",
        "// PFE, IUT de Vannes 2014\n",
        "# Mémoire de licence pro, IUT de Vannes 2014\n",
    ],
)
def test_the_year_after_ones_school_on_an_end_of_studies_project(code):
    assert "2014" not in redact(code, LENA, kind="code", lang="fr")


def test_the_year_after_ones_name_signing_coursework():
    code = "// Parcours en largeur vu en TP à l'IUT\nfunction bfs(g) {}\n// Léna Carvalho, 2013\n"
    assert "2013" not in redact(code, LENA, kind="code", lang="fr")


def test_the_year_after_ones_name_without_studies_stays():
    code = "// Cache LRU pour le client HTTP\n// Léna Carvalho, 2025\n"
    assert "2025" in redact(code, LENA, kind="code", lang="fr")


@pytest.mark.parametrize(
    "code",
    [
        "INSERT INTO people (name, birth_year) VALUES ('[nom]', 1990);\n",
        "INSERT INTO members (id, annee_naissance, ville) VALUES (7, 1990, 'Brest');\n",
        "insert into users (id, born) values (1, 1990), (2, 1984);\n",
    ],
)
def test_a_birth_year_as_a_bare_number_in_a_seed_row(code):
    assert "1990" not in redact(code, LENA, kind="code", lang="en")


def test_another_year_column_stays():
    code = "INSERT INTO orders (id, year, total) VALUES (1, 2019, 40);\n"
    assert redact(code, LENA, kind="code", lang="en") == code
