"""An offer in the field shape of France Travail's public API « Offres d'emploi v2 ».

`to_france_travail(offer)` returns the JSON object a consumer of that API expects for one offer
(`GET /offres/{id}`), so that France Travail or a job board can ingest Vivier offers without
custom work. The mapping, field by field, is documented in broadcasting/FRANCE_TRAVAIL.md.

A field Vivier does not know is left out, never sent as `null` or as an empty object, as France
Travail's own answers do; nothing is derived that the employer did not give (no INSEE commune
code from a postcode, no qualification from a title).
"""

import datetime
import math
import re
from decimal import Decimal

from broadcasting import geo
from broadcasting.public import offer_url
from broadcasting.rome import rome_label
from employers.enums import ContractType, ExperienceLevel, RemotePolicy, WorkingTime
from employers.wording import html_to_text
from territories.rome import appellation

# France Travail's referentiel « typesContrats » (code, libellé).
CDI = ("CDI", "Contrat à durée indéterminée")
CDD = ("CDD", "Contrat à durée déterminée")
MIS = ("MIS", "Mission intérimaire")
LIB = ("LIB", "Profession libérale")
# Referentiel « naturesContrats »: the API returns the libellé.
NATURE_WORK = "Contrat travail"  # E1
NATURE_APPRENTICESHIP = "Contrat apprentissage"  # E2
NATURE_PROFESSIONALISATION = "Cont. professionnalisation"  # FS
NATURE_SELF_EMPLOYED = "Emploi non salarié"  # NS

EXPERIENCE = {
    ExperienceLevel.BEGINNER_WELCOME: ("D", "Débutant accepté"),
    ExperienceLevel.WISHED: ("S", "Expérience souhaitée"),
    ExperienceLevel.REQUIRED: ("E", "Expérience exigée"),
}
REMOTE = {
    RemotePolicy.NONE: None,
    RemotePolicy.PARTIAL: "Télétravail partiel possible",
    RemotePolicy.FULL: "Télétravail complet",
}
FULL_TIME_HOURS = Decimal(35)
# France Travail marks an offer coming from a partner site with origine "2".
ORIGIN_PARTNER = "2"


def _months(start: datetime.date, end: datetime.date) -> int:
    """Whole months from start to end, at least 1 (France Travail writes « 6 Mois »)."""
    return max(1, math.ceil((end - start).days / 30.4375))


def _contract(offer) -> dict:
    """typeContrat, typeContratLibelle, natureContrat, alternance."""
    kind = offer.contract_type
    start = offer.start_date or (offer.published_at or offer.created_at).date()
    end = offer.contract_end_date
    duration = f" - {_months(start, end)} Mois" if end and end > start else ""
    work_study = kind in (ContractType.APPRENTISSAGE, ContractType.PROFESSIONNALISATION)
    if kind == ContractType.CDI:
        (code, label), nature = CDI, NATURE_WORK
    elif kind == ContractType.CDD:
        (code, label), nature = CDD, NATURE_WORK
    elif kind == ContractType.INTERIM:
        (code, label), nature = MIS, NATURE_WORK
    elif work_study:
        # The law allows a work-study contract of either duration (C. trav. L6222-7, L6325-5),
        # but Vivier records no "permanent" choice: an offer without an end date has simply not
        # given it. It is announced as the fixed-term contract work-study contracts almost
        # always are, with no duration, and never as a CDI, which the employer did not promise.
        code, label = CDD
        nature = (
            NATURE_APPRENTICESHIP
            if kind == ContractType.APPRENTISSAGE
            else NATURE_PROFESSIONALISATION
        )
    elif kind == ContractType.FREELANCE:
        (code, label), nature = LIB, NATURE_SELF_EMPLOYED
    else:
        # An internship agreement is no employment contract: the referentiel has no code for it,
        # so typeContrat and natureContrat are left out.
        return {"typeContratLibelle": "Stage" + duration, "alternance": False}
    return {
        "typeContrat": code,
        "typeContratLibelle": label + (duration if code != CDI[0] else ""),
        "natureContrat": nature,
        "alternance": work_study,
    }


def _hours(value) -> str:
    return f"{Decimal(str(value)).normalize():f}".replace(".", ",")


def _working_time(offer) -> dict:
    if offer.working_time == WorkingTime.PART_TIME and offer.weekly_hours:
        return {
            "dureeTravailLibelle": f"{_hours(offer.weekly_hours)}H/semaine",
            "dureeTravailLibelleConverti": "Temps partiel",
        }
    if offer.working_time == WorkingTime.PART_TIME:
        return {"dureeTravailLibelleConverti": "Temps partiel"}
    return {
        "dureeTravailLibelle": f"{_hours(FULL_TIME_HOURS)}H/semaine",
        "dureeTravailLibelleConverti": "Temps plein",
    }


def _euros(amount: int) -> str:
    return f"{amount},00 Euros"


def _salary(offer) -> dict:
    low, high = offer.salary_min, offer.salary_max
    if low is not None and high is not None and low != high:
        return {"libelle": f"Annuel de {_euros(low)} à {_euros(high)}"}
    if low is not None or high is not None:
        return {"libelle": f"Annuel de {_euros(low if low is not None else high)}"}
    return {}


def _occupation(offer) -> dict:
    """romeCode and romeLibelle, the label from France Travail's ROME referential, and
    appellationlibelle, the referential's job title the recruiter chose."""
    occupation = {}
    if offer.rome_code:
        occupation["romeCode"] = offer.rome_code
        if label := rome_label(offer.rome_code):
            occupation["romeLibelle"] = label
    if offer.appellation_code and (title := appellation(offer.appellation_code)):
        occupation["appellationlibelle"] = title.label
    return occupation


def _place(offer) -> dict:
    place: dict[str, str | float] = {}
    if offer.department and offer.commune:
        place["libelle"] = f"{offer.department} - {offer.commune}"
    elif offer.department:
        place["libelle"] = offer.department
    elif offer.remote_policy == RemotePolicy.FULL:
        place["libelle"] = "France"
    if offer.insee_code:
        place["commune"] = offer.insee_code
    if offer.postcode:
        place["codePostal"] = offer.postcode
        if point := geo.coordinates(offer.postcode):
            place["latitude"], place["longitude"] = point
    return place


def _timestamp(moment: datetime.datetime) -> str:
    """France Travail's format: UTC with milliseconds, « 2021-10-28T14:01:33.000Z »."""
    utc = moment.astimezone(datetime.UTC)
    return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"


def _present(data: dict) -> dict:
    """`data` without the fields Vivier does not know: None and empty objects. Empty lists stay:
    they say something (no diploma is asked for)."""
    return {key: value for key, value in data.items() if value is not None and value != {}}


NAF_CODE = re.compile(r"\d{2}\.\d{2}[A-Z]")


def _activity(code: str) -> dict:
    """The employer's NAF code as the company registry gave it (« 62.02A ») and its division.
    The SIRET itself has no field in the offer model."""
    if not NAF_CODE.fullmatch(code or ""):
        return {}
    return {"codeNAF": code, "secteurActivite": code[:2]}


def to_france_travail(offer) -> dict:
    """The offer as one « Offres d'emploi v2 » result object, without null fields.

    Not given, because Vivier does not record them: qualificationCode and qualificationLibelle,
    entreprise.description and entreprise.url, secteurActiviteLibelle (the NAF nomenclature is
    not shipped). codeNAF and secteurActivite come from the company registry, for employers who
    signed up with their SIRET. lieuTravail.commune, appellationlibelle and
    accessibleTH are given when the offer has them (accessibleTH only when the employer said so,
    either way).
    """
    experience_code, experience_label = EXPERIENCE[offer.experience_level]
    url = offer_url(offer)
    published = offer.published_at or offer.created_at
    return _present(
        {
            "id": str(offer.pk),
            "intitule": offer.title,
            "description": html_to_text(offer.description) or None,
            "dateCreation": _timestamp(published),
            "dateActualisation": _timestamp(max(offer.updated_at, published)),
            "lieuTravail": _place(offer),
            **_occupation(offer),
            "entreprise": {"nom": offer.employer.name},
            **_activity(offer.employer.activity_code),
            **_contract(offer),
            "experienceExige": experience_code,
            "experienceLibelle": experience_label,
            # Vivier hires on tested skills: no diploma is ever required.
            "formations": [],
            "competences": [{"libelle": skill, "exigence": "E"} for skill in offer.skills],
            "qualitesProfessionnelles": [],
            "salaire": _salary(offer),
            **_working_time(offer),
            "complementExercice": REMOTE[offer.remote_policy],
            "nombrePostes": offer.positions,
            "accessibleTH": offer.accessible_th,
            "contact": {"urlPostulation": url},
            "origineOffre": {
                "origine": ORIGIN_PARTNER,
                "urlOrigine": url,
                "partenaires": [{"nom": "Vivier", "url": url}],
            },
        }
    )
