"""Age said through a year: a birth year closing a sentence, "born 1993" without a
preposition, the writer's age as a code constant, the year of a degree (an age within a year or
two, see the README's anonymity section); the birthplace; standing for election."""

import re

import pytest

from candidates.redaction import redact

NOAH = {"first_name": "Noah", "last_name": "Perret", "birth_year": 1993, "city": "Metz"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Backend dev. Born 1993.", "Backend dev. [age]."),
        ("Backend dev, born 1993, into Rust.", "Backend dev, [age], into Rust."),
        ("Signé Noah — 1993.", "Signé [nom] — [âge]."),
    ],
)
def test_a_birth_year_closing_a_sentence_or_without_preposition(text, expected):
    assert redact(text, NOAH, lang="fr" if "Signé" in text else "en") == expected


def test_the_birth_year_as_the_value_of_a_year_in_code():
    code = "const year = 1993;\nconst build = 2024;\nexport const by = `${year} Noah`;\n"
    out = redact(code, NOAH, kind="code", lang="en")
    assert "1993" not in out and "const build = 2024;" in out


@pytest.mark.parametrize(
    "code", ["#define AUTHOR_AGE 29\n", "MY_AGE = 29\n", "author_age: 29\n", "$mon_age = 29;\n"]
)
def test_the_writers_age_as_a_constant(code):
    out = redact(code, NOAH, kind="code", lang="fr")
    assert "29" not in out and out.count("0") == 1


def test_other_ages_in_code_stay():
    code = "MAX_AGE = 30\nCOOKIE_AGE = 86400\nPAGE_SIZE = 20\n"
    assert redact(code, NOAH, kind="code", lang="fr") == code


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Diplômée en 2016, puis trois ans chez un éditeur.", "Diplômée en [âge], puis"),
        ("I graduated from a small college in 2014.", "I graduated from a small college in [age]."),
        ("Class of 2020 at a bootcamp.", "Class of [age] at a bootcamp."),
    ],
)
def test_the_year_of_a_degree(text, expected):
    assert redact(text, NOAH).startswith(expected)


def test_a_promotion_year_goes():
    assert "2018" not in redact("Promotion 2018, spécialité réseaux.", NOAH, lang="fr")


def test_other_years_stay():
    text = "En 2019 j'ai migré vers Kubernetes 1.15 ; depuis 2021 je fais du Go. ISO 8601:2004."
    assert redact(text, NOAH, lang="fr") == text


@pytest.mark.parametrize(
    "text",
    [
        "Born in Kinshasa, I moved to France at 12.",
        "I'm standing for the city council in March.",
        "Je suis candidat aux élections municipales de ma ville.",
        "Je me présente aux législatives l'an prochain.",
    ],
)
def test_birthplace_and_standing_for_election_are_personal(text):
    assert "[" in redact(text, NOAH)
    assert not any(
        w in redact(text, NOAH) for w in ("Kinshasa", "council", "municipales", "législatives")
    )


def test_elections_as_a_technical_subject_stay():
    text = "I built the dashboard of the regional elections API; candidates sorted by votes."
    assert redact(text, NOAH, lang="en") == text


# The years written right after a school or a work-study, and citations (issue 16, set E) -------

LOU = {
    "first_name": "Lou",
    "last_name": "Garnier",
    "school": "Université de Picardie Jules Verne",
    "birth_year": 1996,
}


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Diplômée de l'Université de Picardie Jules Verne (2019), je fais du PHP.", "2019"),
        ("Ingénieure Université de Picardie Jules Verne 2018, puis un an de freelance.", "2018"),
        ("Verne '19, then two years of support work.", "'19"),
        ("Mon apprentissage chez Ynov Informatique (2016-2018) m'a tout appris.", "2016"),
        ("Stage chez Vertbaudet (2017) en fin de licence.", "2017"),
    ],
)
def test_the_years_after_ones_school_or_work_study_go(text, year):
    assert year not in redact(text, LOU, lang="fr")


@pytest.mark.parametrize(
    "text",
    [
        "Session Université de Picardie Jules Verne 2024 : le jury se réunit en juin.",
        "// Bloom filters, as described by Bloom (1970), trade memory for false positives.",
        "# Consensus proposé par Lamport (1998), voir Paxos Made Simple.",
        "J'ai travaillé chez Ynov Informatique en 2021 sur leur CRM.",
    ],
)
def test_other_years_near_schools_employers_or_authors_stay(text):
    out = redact(text, LOU, kind="code" if text[0] in "/#" else "answer", lang="fr")
    assert re.findall(r"(?:19|20)\d\d", out) == re.findall(r"(?:19|20)\d\d", text)
