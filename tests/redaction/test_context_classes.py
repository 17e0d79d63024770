"""Classes where the context decides: a town that names a school is still a town; a school
publishing an online course is not where one studied; a condition of the users one builds for is
not a disclosure; a book's ISBN is not a phone number. And their counterparts that must go."""

import pytest

from candidates.redaction import redact

MAXIME = {
    "first_name": "Maxime",
    "last_name": "Roux",
    "city": "Tourcoing",
    "postcode": "59200",
    "school": "Université de Lille",
    "birth_year": 1995,
}


@pytest.mark.parametrize(
    "text",
    [
        "Deux ans au centre de tri de la Poste de Lille, puis chez un éditeur à Lille.",
        "J'ai livré pour un traiteur lillois ; le client, la SNCF Lille, était exigeant.",
    ],
)
def test_the_town_in_the_school_name_alone_is_a_town(text):
    assert redact(text, MAXIME, lang="fr") == text


def test_the_school_named_after_its_town_still_goes():
    out = redact("Diplômé de l'Université de Lille, j'habite à Tourcoing.", MAXIME, lang="fr")
    assert out == "Diplômé de l'[école], j'habite à [ville]."


@pytest.mark.parametrize(
    "text",
    [
        "J'ai suivi le MOOC de l'INSA sur les réseaux.",
        "I took a Coursera course from Stanford on ML.",
        "Cours en ligne de Polytechnique sur l'optimisation, très bien fait.",
    ],
)
def test_a_school_publishing_an_online_course(text):
    assert redact(text, MAXIME) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("J'ai étudié à UPEC puis travaillé.", "J'ai étudié à [école] puis travaillé."),
        ("I studied at KTH for a year.", "I studied at [school] for a year."),
    ],
)
def test_an_acronym_after_a_verb_of_study(text, expected):
    assert redact(text, MAXIME, lang="fr" if "J'ai" in text else "en") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Audit RGAA pour des usagers malvoyants et des lecteurs d'écran.",
        "We tested the player with deaf users and blind people.",
    ],
)
def test_a_condition_of_the_users_is_not_a_disclosure(text):
    assert redact(text, MAXIME) == text


@pytest.mark.parametrize(
    "text", ["Je suis malvoyant depuis l'enfance.", "I'm deaf, captions help."]
)
def test_the_writers_own_condition_still_goes(text):
    assert "[" in redact(text, MAXIME)


def test_an_isbn_is_not_a_phone_number():
    text = 'book = {"isbn": "978-2100547661", "alt": "ISBN 2-10-054766-7"}\n'
    assert redact(text, MAXIME, kind="code", lang="fr") == text


def test_a_plural_street_type():
    text = "Courrier : 14 allées Paul Riquet, 59200."
    assert redact(text, MAXIME, lang="fr") == "Courrier : [adresse], [code postal]."


def test_two_letters_swapped_in_a_four_letter_name_next_to_the_other_name():
    four = {"first_name": "Bao", "last_name": "Pham"}
    assert redact("Bao Pahm, dev.", four, lang="en") == "[name], dev."
