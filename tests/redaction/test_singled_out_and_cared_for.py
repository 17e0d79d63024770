"""Disclosures in more ways of writing (issue 16, set E): being singled out in a group, caring
for a relative or picking up children, sight and hearing said otherwise, a heritage language
one speaks, the named neighbourhood of one's daily life, and the own name spelled as it is said.
Each class with look-alikes that must stay."""

import pytest

from candidates.redaction import redact

IRIS = {"first_name": "Iris", "last_name": "Ndiaye", "city": "Toulouse", "birth_year": 1994}


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("I was the only Black engineer in the platform team for two years.", "only Black"),
        ("J'étais la seule femme de l'équipe d'astreinte, ça forge.", "seule femme"),
        ("One of the few mums on the trading floor, I learned to timebox.", "few mums"),
        ("Proud hijabi and Kotlin fan.", "hijabi"),
    ],
)
def test_being_singled_out_in_a_group_goes(text, gone):
    assert gone not in redact(text, IRIS)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Je dépose mes trois enfants à la crèche à 8h30.", "mes trois enfants"),
        ("Le mercredi je garde ma petite, donc pas de réunion.", "ma petite"),
        ("Mon père, qui est malade, vit chez nous.", "malade"),
        ("I pick up my twins at four, so mornings suit me.", "my twins"),
        ("My mother is disabled and I am her carer.", "disabled"),
    ],
)
def test_caring_for_a_relative_or_children_goes(text, gone):
    assert gone not in redact(text, IRIS)


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("I'm partially sighted, so I zoom a lot.", "partially sighted"),
        ("Avec ma déficience auditive, je préfère l'écrit.", "déficience auditive"),
        ("Living with hearing loss taught me to document.", "hearing loss"),
    ],
)
def test_sight_and_hearing_said_otherwise_go(text, gone):
    assert gone not in redact(text, IRIS)


@pytest.mark.parametrize(
    "text",
    [
        "The app supports partially sighted users with a high-contrast theme.",
        "J'ai travaillé l'accessibilité pour les personnes malvoyantes.",
        "Hearing loss simulation is part of our audio test suite for customers.",
    ],
)
def test_a_condition_of_the_users_one_builds_for_stays(text):
    assert redact(text, IRIS) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Wolof speaker, I also do Elm on weekends.", "Wolof speaker"),
        ("Ma langue maternelle est le lingala.", "lingala"),
        ("Native Tamil speaker; fluent in English and French.", "Tamil"),
    ],
)
def test_a_heritage_language_one_speaks_goes(text, gone):
    assert gone not in redact(text, IRIS)


def test_languages_as_technology_or_skill_stay():
    text = "I wrote a Tamil transliteration library and speak English and Spanish fluently."
    assert redact(text, IRIS, lang="en") == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Je fais mes courses au marché du quartier Bagatelle le samedi.", "Bagatelle"),
        ("Mes enfants vont à l'école du quartier des Izards.", "Izards"),
    ],
)
def test_the_named_neighbourhood_of_ones_daily_life_goes(text, gone):
    assert gone not in redact(text, IRIS, lang="fr")


def test_a_neighbourhood_named_as_a_project_without_the_writer_stays():
    text = "L'appli recense les commerces du quartier Saint-Cyprien pour la mairie."
    assert redact(text, IRIS, lang="fr") == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Iris Ndiaye (pronounced 'N-jie'), backend developer.", "N-jie"),
        ("Ndiaye, prononcez « Ndjaï », comme on l'entend.", "Ndjaï"),
    ],
)
def test_the_own_name_spelled_as_it_is_said_goes(text, gone):
    assert gone not in redact(text, IRIS)
