"""The France Travail « Offres d'emploi v2 » shape, contract type by contract type."""

import datetime

import pytest

from broadcasting.france_travail import to_france_travail
from employers.enums import ContractType, ExperienceLevel, RemotePolicy
from tests.employers.factories import OfferFactory

pytestmark = pytest.mark.django_db

START = datetime.date(2027, 1, 4)
SIX_MONTHS_LATER = datetime.date(2027, 7, 3)


CONTRACT_CASES = [
    (
        ContractType.CDI,
        None,
        ("CDI", "Contrat à durée indéterminée", "Contrat travail", False),
    ),
    (
        ContractType.CDD,
        SIX_MONTHS_LATER,
        ("CDD", "Contrat à durée déterminée - 6 Mois", "Contrat travail", False),
    ),
    (
        ContractType.INTERIM,
        SIX_MONTHS_LATER,
        ("MIS", "Mission intérimaire - 6 Mois", "Contrat travail", False),
    ),
    (
        ContractType.INTERIM,
        None,
        ("MIS", "Mission intérimaire", "Contrat travail", False),
    ),
    (
        ContractType.APPRENTISSAGE,
        SIX_MONTHS_LATER,
        ("CDD", "Contrat à durée déterminée - 6 Mois", "Contrat apprentissage", True),
    ),
    (
        ContractType.APPRENTISSAGE,
        None,
        ("CDI", "Contrat à durée indéterminée", "Contrat apprentissage", True),
    ),
    (
        ContractType.PROFESSIONNALISATION,
        SIX_MONTHS_LATER,
        ("CDD", "Contrat à durée déterminée - 6 Mois", "Cont. professionnalisation", True),
    ),
    (
        ContractType.STAGE,
        SIX_MONTHS_LATER,
        (None, "Stage - 6 Mois", None, False),
    ),
    (
        ContractType.FREELANCE,
        None,
        ("LIB", "Profession libérale", "Emploi non salarié", False),
    ),
]


def test_the_cases_cover_every_contract_type():
    assert {case[0] for case in CONTRACT_CASES} == set(ContractType)


@pytest.mark.parametrize(("contract_type", "end", "expected"), CONTRACT_CASES)
def test_contract_fields_per_contract_type(contract_type, end, expected):
    offer = OfferFactory(
        published=True, contract_type=contract_type, start_date=START, contract_end_date=end
    )
    data = to_france_travail(offer)
    assert (
        data["typeContrat"],
        data["typeContratLibelle"],
        data["natureContrat"],
        data["alternance"],
    ) == expected


def test_the_common_fields(offer):
    offer.rome_code = "M1805"
    offer.positions = 3
    offer.description = "<p>Vous développez.</p><ul><li>Python</li></ul>"
    offer.save()
    data = to_france_travail(offer)
    assert data["id"] == str(offer.pk)
    assert data["intitule"] == offer.title
    assert data["description"] == "Vous développez.\nPython"
    assert data["dateCreation"].endswith("Z") and len(data["dateCreation"]) == 24
    assert data["dateActualisation"] >= data["dateCreation"]
    assert data["romeCode"] == "M1805"
    assert data["entreprise"] == {"nom": offer.employer.name}
    assert data["lieuTravail"]["libelle"] == "91 - Évry-Courcouronnes"
    assert data["lieuTravail"]["codePostal"] == "91000"
    assert 48.5 < data["lieuTravail"]["latitude"] < 48.8
    assert data["competences"] == [
        {"libelle": "Python", "exigence": "E"},
        {"libelle": "SQL", "exigence": "E"},
    ]
    assert data["qualitesProfessionnelles"] == []
    assert data["formations"] == []
    assert data["salaire"] == {"libelle": "Annuel de 32000,00 Euros à 38000,00 Euros"}
    assert data["dureeTravailLibelle"] == "35H/semaine"
    assert data["dureeTravailLibelleConverti"] == "Temps plein"
    assert data["nombrePostes"] == 3
    url = f"http://127.0.0.1:8000/offres/{offer.pk}/"
    assert data["contact"] == {"urlPostulation": url}
    assert data["origineOffre"]["urlOrigine"] == url


@pytest.mark.parametrize(
    ("level", "code", "label"),
    [
        (ExperienceLevel.BEGINNER_WELCOME, "D", "Débutant accepté"),
        (ExperienceLevel.WISHED, "S", "Expérience souhaitée"),
        (ExperienceLevel.REQUIRED, "E", "Expérience exigée"),
    ],
)
def test_experience(level, code, label):
    data = to_france_travail(OfferFactory(published=True, experience_level=level))
    assert (data["experienceExige"], data["experienceLibelle"]) == (code, label)


def test_part_time_hours():
    data = to_france_travail(OfferFactory(published=True, part_time=True, weekly_hours="24.5"))
    assert data["dureeTravailLibelle"] == "24,5H/semaine"
    assert data["dureeTravailLibelleConverti"] == "Temps partiel"


def test_salary_with_one_figure_or_none():
    one = OfferFactory(published=True, salary_min=None, salary_max=40000)
    none = OfferFactory(published=True, salary_min=None, salary_max=None)
    assert to_france_travail(one)["salaire"] == {"libelle": "Annuel de 40000,00 Euros"}
    assert to_france_travail(none)["salaire"] == {}


def test_full_remote_without_a_place():
    offer = OfferFactory(published=True, remote_policy=RemotePolicy.FULL, postcode="", commune="")
    data = to_france_travail(offer)
    assert data["lieuTravail"] == {"libelle": "France"}
    assert data["complementExercice"] == "Télétravail complet"
