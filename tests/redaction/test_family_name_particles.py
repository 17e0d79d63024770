"""A particle of the family name ("Le" of Le Corre, "Da" of Da Costa) is a word of the language
when it stands alone: only the whole family name, or its other words, are the candidate's."""

import pytest

from candidates.redaction import redact

YANN = {"first_name": "Yann", "last_name": "Le Corre", "city": "Morlaix"}
INES = {"first_name": "Inès", "last_name": "Da Costa", "city": "Tours"}


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Le cache est invalidé à chaque déploiement.", YANN),
        ("Da Vinci Resolve exporte en ProRes.", INES),
    ],
)
def test_the_particle_alone_stays(text, person):
    assert redact(text, person, lang="fr") == text


@pytest.mark.parametrize(
    ("text", "person", "gone"),
    [
        ("Signé : Yann LE CORRE", YANN, "CORRE"),
        ("Merci, Da Costa", INES, "Costa"),
        ("Relu par Corre.", YANN, "Corre"),
    ],
)
def test_the_family_name_still_goes(text, person, gone):
    assert gone not in redact(text, person, lang="fr")
