"""The France Travail « Offres d'emploi v2 » shape, contract type by contract type, and the
endpoint's answer checked field by field against a public client's offer model.

The client: `france-travail-api` 1.7.0 (PyPI), repository https://github.com/cmnemoi/france-travail-api,
`france_travail_api/offres/models/offre.py` and the models it nests, commit
d65c4fe843ac47151d12dafe1167ce65e3982a99; its fields and types are written down in
tests/broadcasting/france_travail_client_model.py.
"""

import datetime

import pytest

from broadcasting.france_travail import to_france_travail
from employers.enums import ContractType, ExperienceLevel, RemotePolicy, WorkingTime
from territories import rome
from tests.broadcasting import france_travail_client_model as client_model
from tests.employers.factories import EmployerFactory, OfferFactory

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
        ("CDD", "Contrat à durée déterminée", "Contrat apprentissage", True),
    ),
    (
        ContractType.PROFESSIONNALISATION,
        SIX_MONTHS_LATER,
        ("CDD", "Contrat à durée déterminée - 6 Mois", "Cont. professionnalisation", True),
    ),
    (
        ContractType.PROFESSIONNALISATION,
        None,
        ("CDD", "Contrat à durée déterminée", "Cont. professionnalisation", True),
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
        data.get("typeContrat"),
        data["typeContratLibelle"],
        data.get("natureContrat"),
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
    assert data["romeLibelle"] == "Études et développement informatique"
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
    assert "salaire" not in to_france_travail(none)


def test_full_remote_without_a_place():
    offer = OfferFactory(published=True, remote_policy=RemotePolicy.FULL, postcode="", commune="")
    data = to_france_travail(offer)
    assert data["lieuTravail"] == {"libelle": "France"}
    assert data["complementExercice"] == "Télétravail complet"


# The endpoint ----------------------------------------------------------------------------------


def export(client, offer) -> dict:
    response = client.get(f"/api/v1/offers/{offer.pk}/france-travail/")
    assert response.status_code == 200
    return response.json()


# Offers that lack what can be lacking: salary, place, ROME code, hours, contract code.
SPARSE_OFFERS = {
    "internship-remote-nowhere": dict(
        contract_type=ContractType.STAGE,
        remote_policy=RemotePolicy.FULL,
        postcode="",
        commune="",
        salary_min=None,
        salary_max=None,
        rome_code="",
    ),
    "on-site-no-salary": dict(salary_min=None, salary_max=None, rome_code=""),
    "part-time-no-hours": dict(working_time=WorkingTime.PART_TIME, weekly_hours=None),
    "partial-remote-no-place": dict(remote_policy=RemotePolicy.PARTIAL, postcode="", commune=""),
    "no-description-no-skills": dict(description="", skills=[]),
    "unknown-postcode-point": dict(postcode="97133", commune="Saint-Barthélemy"),
}


def absent_values(value, path="$") -> list[str]:
    """Paths of every null or empty object in a JSON value."""
    if value is None or value == {}:
        return [path]
    if isinstance(value, dict):
        return [p for key, item in value.items() for p in absent_values(item, f"{path}.{key}")]
    if isinstance(value, list):
        return [p for i, item in enumerate(value) for p in absent_values(item, f"{path}[{i}]")]
    return []


@pytest.mark.parametrize("fields", SPARSE_OFFERS.values(), ids=SPARSE_OFFERS.keys())
def test_the_endpoint_leaves_out_what_the_offer_lacks_instead_of_null(client, fields):
    data = export(client, OfferFactory(published=True, **fields))
    assert absent_values(data) == []


def test_the_endpoint_leaves_out_an_internship_s_contract_code(client):
    data = export(client, OfferFactory(published=True, contract_type=ContractType.STAGE))
    assert "typeContrat" not in data
    assert "natureContrat" not in data


def test_the_endpoint_names_the_rome_job_family_from_the_referential(client, offer):
    data = export(client, offer)
    assert (data["romeCode"], data["romeLibelle"]) == (
        "M1805",
        "Études et développement informatique",
    )


def test_a_rome_code_the_referential_does_not_list_has_no_label(client):
    data = export(client, OfferFactory(published=True, rome_code="N9999"))
    assert data["romeCode"] == "N9999"
    assert "romeLibelle" not in data


def test_what_vivier_does_not_record_is_not_made_up(client, offer):
    # No appellation chosen, no disability statement, no qualification, no company description
    # or site: nothing is derived for them.
    data = export(client, offer)
    assert data["entreprise"] == {"nom": offer.employer.name}
    for field in (
        "appellationlibelle",
        "qualificationCode",
        "qualificationLibelle",
        "accessibleTH",
    ):
        assert field not in data


def test_the_commune_s_insee_code_comes_from_its_name_and_postcode(client, offer):
    assert export(client, offer)["lieuTravail"]["commune"] == "91228"


def test_a_commune_the_postcode_does_not_serve_has_no_insee_code(client):
    offer = OfferFactory(published=True, commune="Lille", postcode="91000")
    assert "commune" not in export(client, offer)["lieuTravail"]


def test_the_chosen_appellation_and_the_disability_statement_are_sent(client):
    offer = OfferFactory(
        published=True, rome_code="M1805", appellation_code="14156", accessible_th=True
    )
    data = export(client, offer)
    assert data["appellationlibelle"] == rome.appellation("14156").label
    assert data["accessibleTH"] is True
    offer.accessible_th = False
    offer.save()
    assert export(client, offer)["accessibleTH"] is False


def mismatches(value, model, path="$") -> list[str]:
    """Where a JSON value does not fit the client library's model (see the module docstring)."""
    if isinstance(model, dict):
        if not isinstance(value, dict):
            return [f"{path}: an object expected, got {value!r}"]
        return [
            problem
            for key, item in value.items()
            for problem in (
                mismatches(item, model[key], f"{path}.{key}")
                if key in model
                else [f"{path}.{key}: not in the client's model"]
            )
        ]
    if isinstance(model, list):
        if not isinstance(value, list):
            return [f"{path}: a list expected, got {value!r}"]
        return [
            p for i, item in enumerate(value) for p in mismatches(item, model[0], f"{path}[{i}]")
        ]
    if isinstance(model, frozenset):
        return [] if value in model else [f"{path}: {value!r} is none of {sorted(model)}"]
    if model == client_model.DATETIME:
        try:
            datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except (AttributeError, ValueError):
            return [f"{path}: {value!r} is no ISO 8601 date and time"]
        return []
    if model is float:
        fits = isinstance(value, int | float) and not isinstance(value, bool)
    elif model is int:
        fits = isinstance(value, int) and not isinstance(value, bool)
    else:
        fits = isinstance(value, model)
    return [] if fits else [f"{path}: {model.__name__} expected, got {value!r}"]


EVERY_KIND_OF_OFFER = {
    **{kind.value: dict(contract_type=kind) for kind in ContractType},
    "cdd-with-end": dict(
        contract_type=ContractType.CDD, start_date=START, contract_end_date=SIX_MONTHS_LATER
    ),
    "apprenticeship-with-end": dict(
        contract_type=ContractType.APPRENTISSAGE,
        start_date=START,
        contract_end_date=SIX_MONTHS_LATER,
    ),
    "part-time": dict(working_time=WorkingTime.PART_TIME, weekly_hours="24.5"),
    "remote": dict(remote_policy=RemotePolicy.FULL),
    "experience-required": dict(experience_level=ExperienceLevel.REQUIRED),
    "one-salary-figure": dict(salary_min=None, salary_max=45000),
    "appellation-and-disability": dict(appellation_code="14156", accessible_th=True),
    **SPARSE_OFFERS,
}


@pytest.mark.parametrize("fields", EVERY_KIND_OF_OFFER.values(), ids=EVERY_KIND_OF_OFFER.keys())
def test_every_field_the_endpoint_sends_is_in_the_client_s_offer_model(client, fields):
    offer = OfferFactory(**{"published": True, "rome_code": "M1805", **fields})
    assert mismatches(export(client, offer), client_model.OFFRE) == []


def test_the_employer_s_activity_code_from_the_company_registry_is_sent(client):
    """The SIRET has no field in France Travail's offer model (its `entreprise` holds a name,
    description, logo, site and « entreprise adaptée »); what the registry gave beside it, the
    NAF code, has one: codeNAF and its division as secteurActivite."""
    employer = EmployerFactory(siret="41816609600069", activity_code="62.02A")
    data = export(client, OfferFactory(published=True, employer=employer))
    assert (data["codeNAF"], data["secteurActivite"]) == ("62.02A", "62")
    assert "siret" not in str(data).casefold()
    assert mismatches(data, client_model.OFFRE) == []


def test_no_activity_code_is_made_up_for_an_employer_created_by_staff(client, offer):
    data = export(client, offer)
    assert "codeNAF" not in data and "secteurActivite" not in data
