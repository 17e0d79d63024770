"""Towns of the candidate's life that the identity record does not hold.

A gazetteer built from the official list of French communes and GeoNames' larger towns of the
world is read where the writer introduces a town as their own place: where they live, come
from, studied, worked, or want to work ("à", "de", "au", "sur", "in", "from", "near"…), and as
a whole item of a profile line. Towns of the exercise's data, of clients, shops, events, a
route, and towns in quotes or code strings stay."""

import pytest

from candidates.redaction import redact

NOBODY = {"first_name": "Inès", "last_name": "Valadier", "city": "Pau"}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("J'ai grandi à Sarcelles et j'y vis encore.", "Sarcelles"),
        ("Je suis originaire de Bouaké, arrivée en France en 2015.", "Bouaké"),
        ("J'ai fait mon master à Saragosse avant de rentrer.", "Saragosse"),
        ("Je cherche un poste sur Orléans ou Blois.", "Blois"),
        ("Mon dernier poste était au Moule, en Guadeloupe.", "Moule"),
        ("I worked for a bank in Hyderabad before moving here.", "Hyderabad"),
        ("I'm originally from Kaunas.", "Kaunas"),
        ("My parents still live near Gdańsk.", "Gdańsk"),
        ("jsuis de Villepinte moi, je connais le coin", "Villepinte"),
        ("J'ai déménagé de Lyon à Vénissieux en 2019.", "Vénissieux"),
    ],
)
def test_a_town_of_the_writers_life_goes(text, town):
    assert town not in redact(text, NOBODY)


def test_a_town_standing_alone_in_a_profile_line_goes():
    profile = "Data engineer · Airflow · dbt\nFranco-chilienne, maman de deux enfants, Montreuil."
    assert "Montreuil" not in redact(profile, NOBODY, kind="profile")


@pytest.mark.parametrize(
    "text",
    [
        "J'ai testé l'algorithme sur Nantes, Angers et Tours.",
        "Le trajet de Dijon à Besançon fait 90 km, je l'ai vérifié.",
        "I presented it at a meetup in Nantes last year.",
        "My query ranks orders per customer in Lille and Grenoble.",
        "Nos magasins à Rouen et Caen ont des doublons, j'ai corrigé le calcul.",
        "I'd be happy to travel to your office in Strasbourg.",
        "I contribute to Tokio and Serde.",
        "J'ai écrit la mesure DAX pour le rapport.",
        "The shipments go from Rotterdam to Hamburg; I joined the two tables.",
    ],
)
def test_towns_of_data_clients_events_and_routes_stay(text):
    assert redact(text, NOBODY) == text


def test_towns_in_code_strings_stay_and_go_in_comments():
    code = (
        "# mon premier script, écrit quand j'habitais à Gonesse\n"
        + 'VILLES = ["Gonesse", "Sevran"]\n'
    )
    out = redact(code, NOBODY, kind="code")
    assert 'VILLES = ["Gonesse", "Sevran"]' in out
    assert "habitais à Gonesse" not in out


def test_a_town_said_without_a_pronoun_about_ones_studies_goes():
    assert "Oran" not in redact("Diplôme d'ingénieur obtenu à Oran, équivalence en cours.", NOBODY)


def test_every_other_mention_of_the_writers_town_goes_too():
    text = "J'ai fait mes études à Gênes. Le chantier Nice-Gênes m'a appris le BIM."
    assert "Gênes" not in redact(text, NOBODY)


def test_the_place_one_inhabits_goes_even_outside_the_gazetteer():
    out = redact("Habitant des Aubiers depuis toujours, je connais le quartier.", NOBODY)
    assert "Aubiers" not in out


def test_a_town_as_a_sentence_of_its_own_in_a_profile_goes():
    out = redact(
        "Dev mobile. Kotlin, Swift. ENSEA 2016. Cergy. github.com/x", NOBODY, kind="profile"
    )
    assert "Cergy" not in out


def test_a_town_joined_by_an_elided_article_goes():
    text = "J'ai travaillé comme data analyst à Villeneuve-d'Ascq pendant trois ans."
    assert "Villeneuve-d'Ascq" not in redact(text, NOBODY)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Intégratrice web — Millau (Aveyron), télétravail possible", "profile"),
        ("J'habite à Figeac (Lot) depuis deux ans.", "answer"),
    ],
)
def test_the_departement_after_the_writers_town_goes(text, kind):
    out = redact(text, NOBODY, kind=kind)
    assert "Aveyron" not in out and "(Lot)" not in out


def test_the_quarter_named_in_a_profile_goes():
    out = redact("Nantaise de cœur, quartier Doulon. Python, dbt.", NOBODY, kind="profile")
    assert "Doulon" not in out
