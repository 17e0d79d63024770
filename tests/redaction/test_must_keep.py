"""What must not be redacted: knowledge, tools, numbers and places that say nothing about who."""

import re

import pytest

from candidates.redaction import redact

BROOKS = {"first_name": "William", "last_name": "Brooks", "city": "Toulouse"}
GRACE = {"first_name": "Grace", "last_name": "Kim", "city": "Issy-les-Moulineaux"}
SCHMIDT = {"first_name": "Hannah", "last_name": "Schmidt", "city": "Berlin"}


@pytest.mark.parametrize(
    "text",
    [
        "J'ai implémenté l'algorithme de Dijkstra et relu Turing.",
        "La loi de Moore ralentit ; la matrice d'Eisenhower aide à trier.",
        "I follow Knuth's advice and Conway's law.",
        "Ada Lovelace et Grace Hopper sont mes modèles ; Martin Fowler aussi.",
        "Django, React, pandas, Rust, Ruby on Rails, Vue et Spring Boot.",
        "Le serveur écoute sur le port 8080 puis 443 ; 2024 est une valeur.",
        "J'ai 5 ans d'expérience et 2 ans d'alternance.",
        "Le client à Lyon voulait un export CSV.",
        "Du rose pâle, de l'huile d'olive et une pierre angulaire.",
    ],
)
def test_knowledge_and_tools_stay(text, fatou):
    assert redact(text, fatou) == text


def test_eponym_sharing_the_candidates_name_stays():
    assert redact("I keep Brooks's law in mind. Will Brooks", BROOKS, lang="en") == (
        "I keep Brooks's law in mind. [name]"
    )


def test_famous_namesake_and_common_word_stay():
    text = "Grace Hopper inspired our grace period. — Grace Kim"
    assert redact(text, GRACE, lang="en") == "Grace Hopper inspired our grace period. — [name]"


def test_compound_eponym_stays():
    text = "# H. Schmidt - classical Gram-Schmidt"
    assert redact(text, SCHMIDT, kind="code", lang="en") == "# [name] - classical Gram-Schmidt"


def test_city_is_kept_when_it_is_not_the_candidates():
    assert redact("A conference in Lyon, then Berlin.", GRACE, lang="en") == (
        "A conference in Lyon, then Berlin."
    )


def test_prefiltered_patterns_find_what_one_alternation_finds():
    from candidates.redaction.text import Prefiltered

    patterns = [r"\bsyndica\w*|\b(?:gay|queer)\b", r"(?<=,\s)\d{2}\s*ans\b", r"\bgen[- ]?[xyz]\b"]
    texts = ["Je suis syndicaliste, 34 ans, gen Z ; queer.", "rien ici", "gay gay, 20 ans, 21 ans"]
    keyed = Prefiltered([patterns[0], (("ans",), patterns[1]), patterns[2]])
    one = re.compile("|".join(f"(?:{p})" for p in patterns))
    for text in texts:
        assert sorted({m.start() for m in keyed.finditer(text)}) == [
            m.start() for m in one.finditer(text)
        ]


def test_prefiltered_finds_the_same_without_the_automaton():
    from candidates.redaction.disclosures import STRONG
    from candidates.redaction.text import Prefiltered

    with_automaton, without = Prefiltered(STRONG), Prefiltered(STRONG)
    without.automaton = None
    text = "je suis syndiquée, gay, musulmane ; mon mari est rqth ; i'm married, a union rep."
    assert with_automaton.automaton is not None
    assert sorted(m.span() for m in with_automaton.finditer(text)) == sorted(
        m.span() for m in without.finditer(text)
    )
