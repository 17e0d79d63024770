"""Protected criteria: the whole disclosing clause goes, the rest of the answer stays."""

import pytest

from candidates.redaction import redact

FR = "[information personnelle]"
EN = "[personal information]"


@pytest.mark.parametrize(
    "clause",
    [
        "Je suis marié et père de deux enfants",
        "En tant que musulmane",
        "Je suis reconnue travailleuse handicapée",
        "Je suis enceinte de cinq mois",
        "Je suis d'origine guinéenne",
        "Mes parents sont portugais",
        "Je porte le voile",
        "Je suis dyslexique",
        "Je suis de nationalité ukrainienne",
        "J'habite dans le quartier de la Grande Borne",
        "Maman solo de deux ados",
    ],
)
def test_french_disclosures(clause, fatou):
    assert redact(f"{clause}, et je code en Python.", fatou) == f"{FR}, et je code en Python."


@pytest.mark.parametrize(
    "clause",
    [
        "I'm married and my husband works in Paris",
        "As an Irish citizen I can work in France",
        "I have ADHD",
        "I use a wheelchair",
        "I attend church on Sunday mornings",
        "I'm a single dad",
        "I grew up in Seoul",
    ],
)
def test_english_disclosures(clause, fatou):
    assert redact(f"{clause}, so I code in Python.", fatou, lang="en") == (
        f"{EN}, so I code in Python."
    )


def test_disclosure_does_not_swallow_the_next_independent_clause(fatou):
    out = redact("Je suis père de trois enfants et je cherche un poste en télétravail.", fatou)
    assert out == f"{FR} et je cherche un poste en télétravail."


def test_nationality_in_a_self_introduction(fatou):
    out = redact("Je suis Fatou, sénégalaise, et je code en Python.", fatou)
    assert out == f"Je suis [nom], {FR}, et je code en Python."


def test_languages_spoken_are_not_an_origin(fatou):
    text = "Je parle arabe et anglais ; I explain things in French and in English."
    assert redact(text, fatou) == text


def test_tech_words_near_health_or_family_terms_stay(fatou):
    text = "Chaque nœud a deux enfants. We trained a model on the breast cancer dataset."
    assert redact(text, fatou) == text
