"""Religion, family and health said by the words of their whole class: any denomination one
belongs to, an observance or its schedule, kin beyond parents and children, children by where
they are looked after, chronic conditions and impairments by name, an age at a moment of life.
Only the age itself goes when it dates an event, so what the writer did stays readable."""

import pytest

from candidates.redaction import redact

NOBODY = {"first_name": "Inès", "last_name": "Valadier", "city": "Pau"}


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("I'm a practising Methodist, so Sunday mornings are off.", "Methodist"),
        ("Je suis pentecôtiste et je chante à la chorale.", "pentecôtiste"),
        ("Unavailable from Friday sundown, back on Saturday night.", "sundown"),
        ("Je jeûne pendant Navratri, rien de grave pour le travail.", "Navratri"),
        ("Our temple runs the Sunday school where I teach.", "temple"),
        ("J'habite chez mon oncle depuis mon arrivée.", "oncle"),
        ("My stepdad drives me to the station.", "stepdad"),
        ("Avec mes deux neveux à garder le mercredi, je préfère le télétravail.", "neveux"),
        ("Trois enfants en primaire, donc départ à 16h30.", "primaire"),
        ("I'd rather be home early, with three young children.", "children"),
        ("Atteinte de fibromyalgie, je travaille mieux à distance.", "fibromyalgie"),
        ("Protanope, so I check every chart with a simulator.", "Protanope"),
        ("Mon frère est sous dialyse, je l'accompagne.", "dialyse"),
        ("After a workplace injury I retrained as a tester.", "injury"),
        ("J'avais quatorze ans quand on a eu notre premier PC.", "quatorze"),
        ("I emigrated with my family at 9 and learnt English.", "at 9"),
    ],
)
def test_a_disclosure_of_its_class_goes(text, gone):
    assert gone not in redact(text, NOBODY)


def test_only_the_age_goes_when_it_dates_what_one_did():
    out = redact("J'ai commencé à programmer à 13 ans sur un Thomson MO5.", NOBODY)
    assert "13 ans" not in out
    assert "Thomson MO5" in out


@pytest.mark.parametrize(
    "text",
    [
        "The cron job runs at 17 and again at 18:30.",
        "We scaled the cluster at 10 and then at 20 nodes.",
        "L'appli aide les patients diabétiques à suivre leur glycémie.",
        "La chapelle Sixtine est un bon exemple de voûte, pour l'exercice de 3D.",
    ],
)
def test_data_and_others_conditions_stay(text):
    assert redact(text, NOBODY) == text
