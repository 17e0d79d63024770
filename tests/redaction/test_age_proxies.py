"""Ages said otherwise: in code comments, generations, birth years, dates of birth as data."""

import pytest

from candidates.redaction import redact

THEO = {"first_name": "Théo", "last_name": "Garnier", "birth_year": 1993}


@pytest.mark.parametrize(
    ("comment", "expected"),
    [
        ("# Auteur : Théo Garnier (1993)", "# Auteur : [nom] ([âge])"),
        ("// by Théo, 31 y/o", "// by [nom], [âge]"),
        ("-- Théo Garnier — 31 ans, dev back", "-- [nom] — [âge], dev back"),
        ("/* T. Garnier (31 ans) */", "/* [nom] ([âge]) */"),
        ("# written by Théo - b. 1993-04-12", "# written by [nom] - [âge]"),
    ],
)
def test_ages_in_code_comments(comment, expected):
    assert redact(f"{comment}\nx = 1\n", THEO, kind="code", lang="fr") == f"{expected}\nx = 1\n"


@pytest.mark.parametrize(
    "text",
    [
        "Je suis de la génération Y, j'ai connu le modem.",
        "Pur produit de la Gen Z, je code depuis le collège.",
        "As a millennial I learned HTML on Geocities.",
        "Classic Gen X: I started on a Commodore.",
        "Les boomers de mon ancienne équipe m'ont formé.",
        "I'm a 1993 kid, so dial-up was my first internet.",
        "Je suis de 1993, donc j'ai connu les disquettes.",
        "Vrai enfant des années 90, j'ai grandi avec la N64.",
        "I was born in the 90s and grew up with Flash games.",
    ],
)
def test_generations_and_birth_years(text):
    out = redact(text, THEO)
    assert "1993" not in out and "90" not in out
    assert not any(w in out.lower() for w in ("génération y", "gen z", "millennial", "gen x"))
    assert "boomers" not in out


@pytest.mark.parametrize(
    "text",
    [
        "Le port 1993 est libre ; la table a 1993 lignes.",
        "En 2000 le bug de l'an 2000 a fait peur ; la v2016 était petite.",
        "We generate X and Y; gen_x = 3 is a variable.",
        "I have worked since 2015 and have 8 years of experience.",
    ],
)
def test_years_and_numbers_that_are_not_ages_stay(text):
    assert redact(text, {**THEO, "birth_year": 2000}, lang="fr") == text


def test_own_birth_year_after_the_name():
    assert redact("Théo (1993), dev Go.", THEO) == "[nom] ([âge]), dev Go."


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (
            "INSERT INTO people (id, name, birth_date) VALUES (1, 'Théo', '1993-04-12');",
            "INSERT INTO people (id, name, birth_date) VALUES (1, '[nom]', '[âge]');",
        ),
        ('user = {"dob": "12/04/1993", "plan": "pro"}', 'user = {"dob": "[âge]", "plan": "pro"}'),
        (
            "# ma vraie date de naissance, pour tester\nBIRTH = date(1993, 4, 12)",
            "# ma vraie date de naissance, pour tester\nBIRTH = date(0, 0, 0)",
        ),
        (
            "// my birthday, for the age check test\nconst d = new Date(1993, 3, 12);",
            "// my birthday, for the age check test\nconst d = new Date(0, 0, 0);",
        ),
    ],
)
def test_date_of_birth_as_data_in_code(code, expected):
    assert redact(code, THEO, kind="code", lang="fr") == expected


def test_date_bounds_and_other_dates_in_code_stay():
    code = (
        "SELECT id FROM people WHERE birth_date < DATE '1993-01-01';\n"
        "START = date(2024, 1, 15)\n"
        "INSERT INTO logs (id, created_at) VALUES (1, '1993-04-12');\n"
    )
    assert redact(code, THEO, kind="code") == code


def test_blanked_date_of_birth_still_compiles():
    code = "from datetime import date\n# date de naissance\nDOB = date(1993, 4, 12)\n"
    compile(redact(code, THEO, kind="code"), "<redacted>", "exec")


@pytest.mark.parametrize(
    "text",
    [
        "Âge : 41 ans. Disponible en mars.",
        "Age: 41, available in March.",
        "41 ans, développeur embarqué.",
        "Je fêterai mes 41 ans en juin.",
        "I turned 41 last month.",
        "I'll be 41 in May.",
        "A child of the 80s, I started on a ZX Spectrum.",
    ],
)
def test_ages_said_plainly(text):
    assert "41" not in redact(text, THEO) and "80s" not in redact(text, THEO)


@pytest.mark.parametrize(
    "text",
    [
        "The job turned 41 minutes into 5.",
        "I'll be 10 minutes late to the stand-up.",
        "La page 41 du guide ; the average age of the stack.",
    ],
)
def test_durations_and_pages_are_not_ages(text):
    assert redact(text, THEO) == text


def test_own_age_assigned_in_code():
    code = "<?php\n$age = 31; // mon âge, pour le test\n$min_age = 18;\n"
    assert redact(code, THEO, kind="code") == (
        "<?php\n$age = 0; // mon âge, pour le test\n$min_age = 18;\n"
    )
