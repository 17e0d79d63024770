"""The candidate's name where it is a word of something else (issue 16, set E): a first name in
a fixed phrase ("Grâce à"), a technology named like the candidate after a noun of its use
("ateliers Ruby", "tests Jasmine"), a surname as an eponym after a mathematical noun ("processus
de Lévy"), a disclosure word inside an employer's name ("chez Veuve Clicquot"); and the reverse,
a name that is a technology word used as the account one configured ("DB_USER=jasmine")."""

import pytest

from candidates.redaction import redact

GRACE = {"first_name": "Grâce", "last_name": "Kabeya", "city": "Lille"}
RUBY = {"first_name": "Ruby", "last_name": "Okafor", "city": "Nantes"}
JASMINE = {"first_name": "Jasmine", "last_name": "Tall", "city": "Lyon"}
POISSON = {"first_name": "Aurélien", "last_name": "Poisson", "city": "Caen"}


def test_a_first_name_in_a_fixed_phrase_stays():
    out = redact("Grâce à ce projet, j'ai appris Go. Signé : Grâce Kabeya", GRACE, lang="fr")
    assert out.startswith("Grâce à ce projet")
    assert "Kabeya" not in out


@pytest.mark.parametrize(
    ("text", "person", "kept"),
    [
        ("Je m'appelle Ruby et j'anime des ateliers Ruby le mardi.", RUBY, "ateliers Ruby"),
        ("I'm Jasmine; our tests Jasmine run in Karma on CI.", JASMINE, "tests Jasmine"),
    ],
)
def test_a_technology_named_like_the_candidate_after_a_noun_of_its_use(text, person, kept):
    out = redact(text, person)
    assert kept in out
    assert out.count(person["first_name"]) == 1


def test_a_surname_as_an_eponym_after_a_mathematical_noun():
    out = redact(
        "Un processus de Poisson modélise les arrivées. — Aurélien Poisson", POISSON, lang="fr"
    )
    assert "processus de Poisson" in out
    assert "Aurélien" not in out and out.count("Poisson") == 1


def test_a_disclosure_word_in_an_employers_name_stays_as_the_employer():
    out = redact("J'ai fait mon alternance chez Veuve Clicquot à Reims.", GRACE, lang="fr")
    assert "[information personnelle]" not in out


def test_a_group_named_by_what_it_gathers_still_discloses():
    out = redact("I co-organise our local Queer Coders meetup.", GRACE, lang="en")
    assert "Queer" not in out


@pytest.mark.parametrize(
    "code",
    [
        "DB_USER=jasmine\nDB_NAME=shop\n",
        "Host prod\n    User jasmine\n",
        '{"author": "jasmine.tall", "license": "MIT"}\n',
    ],
)
def test_the_account_one_configured_is_ones_name_even_a_technology_word(code):
    assert "jasmine" not in redact(code, JASMINE, kind="code", lang="en")


def test_a_technology_account_of_someone_else_stays():
    code = "DB_USER=postgres\nTEST_RUNNER=jasmine\n"
    assert redact(code, JASMINE, kind="code", lang="en") == code
