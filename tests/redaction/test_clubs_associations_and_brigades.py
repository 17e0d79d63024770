"""Clubs, associations, bands and fire brigades that place the candidate in a town or a
community, matched by the shapes their names take: a sports club's prefix and name where the
writer plays, coaches or supports; a neighbourhood institution (always local); an association
by what it gathers and its place; the band one plays in; a volunteer firefighter. A named
network, a famous club cited for its name and a client stay."""

import pytest

from candidates.redaction import redact

NOBODY = {"first_name": "Inès", "last_name": "Valadier", "city": "Pau"}


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Je coache les U11 de l'AS Bondy le mercredi.", "AS Bondy"),
        ("Licenciée au Stade Rochelais depuis dix ans.", "Stade Rochelais"),
        ("I play for Sporting Fingal on Sundays.", "Sporting Fingal"),
        ("Atelier code à la MJC des Hauts-de-Belleville.", "Hauts-de-Belleville"),
        ("Je suis trésorière de l'amicale des Antillais de Créteil.", "Antillais de Créteil"),
        ("Bénévole à l'association Femmes Solidaires de Roubaix.", "Femmes Solidaires"),
        ("Je joue du tambour dans le bagad Kemper.", "bagad"),
        ("Sapeur-pompier volontaire au centre de secours de Lamballe.", "Lamballe"),
    ],
)
def test_a_membership_that_places_the_writer_goes(text, gone):
    assert gone not in redact(text, NOBODY)


@pytest.mark.parametrize(
    "text",
    [
        "Le client est le Stade de France, qui veut une billetterie.",
        "On a fait le projet en groupe avec Trello.",
        "The Association for Computing Machinery publishes the paper.",
        "Je suis bénévole au Code Club le samedi matin.",
    ],
)
def test_clients_groups_of_work_and_networks_stay(text):
    assert redact(text, NOBODY) == text
