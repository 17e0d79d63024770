"""Sixth round of classes (issue 21): ways of saying a ground, and lawful neighbours, named
from the misses of an independent set (F) and written from the language. Every sentence is
invented here; none is copied from a set. Each class is a test of its own: the ways of saying
it, then the neighbours that must stay clean."""

import pytest

from employers.wording import check


def found(text: str, lang: str) -> list[tuple[str, str]]:
    return [(f.category, f.quote) for f in check(text, lang=lang)]


def categories(text: str, lang: str) -> set[str]:
    return {f.category for f in check(text, lang=lang)}


# ------------------------------------------------- one ground said twice in a clause: one finding
@pytest.mark.parametrize(
    ("lang", "text", "category"),
    [
        (
            "fr",
            "Culture fit indispensable : ici on recrute des profils qui nous ressemblent.",
            "culture_fit",
        ),
        ("fr", "Profil non syndiqué, sans engagement militant.", "union_political"),
        ("en", "Excellent health required, no history of back problems.", "health_disability"),
    ],
)
def test_one_ground_said_twice_in_one_clause_is_one_finding(lang, text, category):
    quotes = [quote for cat, quote in found(text, lang) if cat == category]
    assert len(quotes) == 1, quotes


def test_one_ground_in_two_sentences_stays_two_findings():
    text = "Culture fit indispensable. Ici on recrute des profils qui nous ressemblent."
    assert [c for c, _ in found(text, "fr")].count("culture_fit") == 2


# ------------------------------------------------- exemptions read where they speak, and only
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a legal minimum age (majority, alcohol, night work) is no age limit
        ("en", "Must be over 18 (alcohol licensing law)."),
        ("fr", "Vous devez avoir plus de 18 ans (vente d'alcool)."),
        # young people or graduates the job serves are not the people hired
        ("en", "You'll coach young people in our youth club."),
        ("en", "Grow our audience among students and recent graduates."),
        # "his" of someone named just before is not the hire
        ("en", "The successful candidate will support the CTO and his team."),
        # a question answered in the next sentence
        ("fr", "Tu as déjà connu une période sans emploi ? Ce n'est pas un problème pour nous."),
        # a demand said not to be made
        ("fr", "Pas besoin d'une grande école : on regarde tes projets."),
        ("fr", "Le casier judiciaire n'est jamais demandé à la candidature."),
        # attractive pay is no appearance
        ("en", "Attractive package with a pension and 30 days off, €45k."),
        ("en", "Attractive salary: €50k–€60k."),
        # a driving job said on the line before the licence
        ("fr", "Chauffeur·se livreur·se (H/F)\nTournées en camion.\nPermis C exigé."),
    ],
)
def test_the_lawful_neighbours_of_this_round_are_not_flagged(lang, text):
    assert found(text, lang) == [], text


@pytest.mark.parametrize(
    ("lang", "text", "category"),
    [
        # an age ceiling with its reason in brackets
        ("en", "Applicants must be under 40 (insurance reasons).", "age"),
        # lodging is no adjustment for a disability
        ("en", "Women only: the staff accommodation is a shared flat.", "sex_gender"),
        ("en", "Men only, on-site accommodation is a dorm.", "sex_gender"),
        # a welcome to beginners on the next line does not welcome those a demand turned away
        (
            "fr",
            "Vous résidez obligatoirement dans le 11e arrondissement.\nDébutant·es bienvenu·es.",
            "residence",
        ),
    ],
)
def test_an_exemption_of_another_sentence_or_another_sense_does_not_clear_a_finding(
    lang, text, category
):
    assert category in categories(text, lang), text


def test_a_mother_tongue_named_with_natif_is_a_language_not_an_origin():
    assert categories("Locuteur·rice natif·ve d'allemand uniquement.", "fr") == {"native_language"}
