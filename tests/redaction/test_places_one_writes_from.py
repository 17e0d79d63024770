"""Where one is, said around the town (issue 16, round 4 on set F): the neighbourhood in
brackets after the town one lives in, and the place one writes from ("Réponse écrite depuis
X", "Writing from X"). A database "dans Docker" is not a place one is based in."""

import pytest

from candidates.redaction import redact

YANN = {"first_name": "Yann", "last_name": "Le Corre", "city": "Villeurbanne"}


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("J'habite à Villeurbanne (Gratte-Ciel), à dix minutes du métro.", "Gratte-Ciel"),
        ("Je vis à Nantes (Bottière) depuis deux ans.", "Bottière"),
        ("I live in Leeds (Headingley) with two cats.", "Headingley"),
        ("Basé à Strasbourg (Hautepierre), je peux venir sur site.", "Hautepierre"),
    ],
)
def test_the_neighbourhood_in_brackets_after_the_town_one_lives_in(text, gone):
    assert gone not in redact(text, YANN)


def test_the_district_number_after_the_town_goes_whole():
    out = redact("Je vis à Villeurbanne 2e, près du métro.", YANN, lang="fr")
    assert out == "Je vis à [ville], près du métro."


def test_a_postcode_or_a_note_in_brackets_after_the_town_is_not_a_neighbourhood():
    out = redact("J'habite à Lyon (pas loin de la gare), donc mobile.", YANN, lang="fr")
    assert "(pas loin de la gare)" in out


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("(Message écrit depuis Kerfeunteun, pardon pour la mise en page.)", "Kerfeunteun"),
        ("Je vous écris depuis Montreuil, entre deux trains.", "Montreuil"),
        ("Réponse rédigée depuis le Mirail, la 4G est lente.", "Mirail"),
        ("Writing from Croxteth, so replies may be slow.", "Croxteth"),
        ("Je vous écris depuis Paris, entre deux trains.", "Paris"),
        ("Connectée depuis Montchat, la fibre arrive enfin.", "Montchat"),
        ("Working from Ancoats today, so my camera may lag.", "Ancoats"),
    ],
)
def test_the_place_one_writes_from(text, gone):
    assert gone not in redact(text, YANN)


@pytest.mark.parametrize(
    "text",
    [
        "Je vous écris depuis mon téléphone, pardon pour les fautes.",
        "Writing from scratch would take longer than patching it.",
        "Le script écrit depuis Python vers un fichier Parquet.",
        "Je travaille depuis 2019 sur des API de paiement.",
        "Working from home suits me.",
        "Vu, merci.\nSent from Outlook for iOS",
        "Ok pour moi.\nEnvoyé depuis Yahoo Mail sur Android",
        "Les tests d'intégration tournent avec une vraie base dans Docker.",
        "Je garde la base dans PostgreSQL et le cache dans Redis.",
    ],
)
def test_what_is_not_a_place_stays(text):
    assert redact(text, YANN) == text


@pytest.mark.parametrize(
    "text",
    [
        "Basée à Quimper, je peux venir deux jours par semaine.",
        "Mobile, basee a Quimper, je peux venir deux jours par semaine.",
        "Based near Quimper, happy to commute twice a week.",
    ],
)
def test_based_somewhere_still_names_the_place(text):
    assert "Quimper" not in redact(text, YANN)
