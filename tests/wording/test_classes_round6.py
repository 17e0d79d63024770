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
