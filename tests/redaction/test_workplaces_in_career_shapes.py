"""Former employers in the shapes career stories take beyond "chez X" and "at X": an
organisation with the time spent there, a time then the organisation, employers listed after a
school on a profile line, a job in a public or care institution. Technologies with a duration,
a headline of skills and a client's institution stay."""

import pytest

from candidates.redaction import redact

NOBODY = {"first_name": "Inès", "last_name": "Valadier", "city": "Pau"}


@pytest.mark.parametrize(
    ("text", "employer", "kind"),
    [
        ("Licence pro, IUT de Lens. Leroy Merlin (4 ans), Kiabi (2 ans).", "Kiabi", "profile"),
        ("MSc 2016 · Ocado (5 yrs, Hatfield), then Monzo.", "Ocado", "profile"),
        ("Dix-huit ans à la Banque de France, puis la reconversion.", "Banque de France", "answer"),
        ("I spent 12 years at Rolls Royce before retraining.", "Rolls Royce", "answer"),
        (
            "INSA Rennes 2015 · Orange Business · Ubisoft Montpellier",
            "Ubisoft Montpellier",
            "profile",
        ),
        ("Polytech Nice (2019) → Amadeus → Qonto", "Qonto", "profile"),
        ("J'étais aide-soignante à l'hôpital Beaujon pendant dix ans.", "Beaujon", "answer"),
        ("Je travaille comme agent administratif à la préfecture du Var.", "Var", "answer"),
    ],
)
def test_an_employer_in_a_career_shape_goes(text, employer, kind):
    assert employer not in redact(text, NOBODY, kind=kind)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Java (8 ans), Spring Boot (3 ans), Kafka (2 ans).", "profile"),
        ("Backend engineer · Python · Django · PostgreSQL", "profile"),
        ("Pour le cas de la clinique, j'ajouterais un index sur la date.", "answer"),
        ("Le client, une mairie de 20 000 habitants, voulait un export CSV.", "answer"),
    ],
)
def test_skills_with_durations_and_clients_stay(text, kind):
    assert redact(text, NOBODY, kind=kind) == text


def test_an_organisation_with_its_town_in_brackets_in_a_profile_goes():
    out = redact(
        "IUT de Bayonne, Ikerlan (Bilbao), Orona (Saint-Sébastien).", NOBODY, kind="profile"
    )
    assert "Ikerlan" not in out


def test_a_client_with_its_town_in_an_answer_stays():
    text = "Le client, Renault (Boulogne-Billancourt), voulait un export."
    assert redact(text, NOBODY) == text
