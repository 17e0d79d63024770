"""The offer model of a public France Travail client library, as field names and JSON types.

Library: `france-travail-api` 1.7.0 (PyPI, Apache-2.0), a Python SDK of France Travail's APIs by
Charles-Meldhine Madi Mnemoi. Repository https://github.com/cmnemoi/france-travail-api, commit
d65c4fe843ac47151d12dafe1167ce65e3982a99 (tag v1.7.0, 2026-02-06). Files read:
`france_travail_api/offres/models/offre.py` (`Offre` and `Offre.from_dict`, which names the JSON
field behind each attribute) and, in the same folder, `lieu_travail.py`, `entreprise.py`,
`salaire.py`, `contact.py`, `origine_offre.py`, `competence.py`, `exigence.py`, `formation.py`,
`qualite_pro.py`, `langue.py`, `permis.py`, `agence.py`, `contexte_travail.py`, `contrat.py`,
`experience.py`. Its code is not copied: only what its model accepts is written down below, each
JSON field with the type its dataclass declares and, for the fields it parses into an enum, the
codes its `from_code` / enum constructor accepts (anything else raises there).

Types: `str`, `int`, `float`, `bool`; `DATETIME` for a string the library reads with
`datetime.fromisoformat(value.replace("Z", "+00:00"))`; a frozenset for the codes of an enum; a
dict for a nested object; a one-item list for a list of that item.
"""

DATETIME = "datetime"

# Exigence.from_code (competences, formations, langues, permis): E obligatoire, S souhaité.
EXIGENCE = frozenset({"E", "S"})

LIEU_TRAVAIL = {
    "libelle": str,
    "latitude": float,
    "longitude": float,
    "codePostal": str,
    "commune": str,  # the INSEE code
}
ENTREPRISE = {
    "nom": str,
    "description": str,
    "logo": str,
    "url": str,
    "entrepriseAdaptee": bool,
}
SALAIRE = {
    "libelle": str,
    "commentaire": str,
    "complement1": str,
    "complement2": str,
    "listeComplements": [{"code": str, "libelle": str}],
}
CONTACT = {
    "nom": str,
    "coordonnees1": str,
    "coordonnees2": str,
    "coordonnees3": str,
    "telephone": str,
    "courriel": str,
    "commentaire": str,
    "urlRecruteur": str,
    "urlPostulation": str,
}
ORIGINE_OFFRE = {
    "origine": frozenset({"1", "2"}),  # CodeOrigineOffre.from_code: France Travail, partenaire
    "urlOrigine": str,
    "partenaires": [{"nom": str, "url": str, "logo": str}],
}

OFFRE = {
    "id": str,
    "intitule": str,
    "description": str,
    "dateCreation": DATETIME,
    "dateActualisation": DATETIME,
    "lieuTravail": LIEU_TRAVAIL,
    "romeCode": str,
    "romeLibelle": str,
    "appellationlibelle": str,
    "entreprise": ENTREPRISE,
    # CodeTypeContrat
    "typeContrat": frozenset(
        {"CDI", "CDD", "MIS", "SAI", "CCE", "FRA", "LIB", "REP", "TTI", "DDI", "DIN", "DDT"}
    ),
    "typeContratLibelle": str,
    "natureContrat": str,
    "experienceExige": frozenset({"D", "S", "E"}),  # ExperienceExigee.from_code
    "experienceLibelle": str,
    "experienceCommentaire": str,
    "formations": [
        {
            "codeFormation": str,
            "domaineLibelle": str,
            "niveauLibelle": str,
            "commentaire": str,
            "exigence": EXIGENCE,
        }
    ],
    "langues": [{"libelle": str, "exigence": EXIGENCE}],
    "permis": [{"libelle": str, "exigence": EXIGENCE}],
    "outilsBureautiques": [str],
    "competences": [{"code": str, "libelle": str, "exigence": EXIGENCE}],
    "salaire": SALAIRE,
    "dureeTravailLibelle": str,
    "dureeTravailLibelleConverti": str,
    "complementExercice": str,
    "conditionExercice": str,
    "alternance": bool,
    "contact": CONTACT,
    "agence": {"telephone": str, "courriel": str},
    "nombrePostes": int,
    "accessibleTH": bool,
    "deplacementCode": str,
    "deplacementLibelle": str,
    "qualificationCode": str,
    "qualificationLibelle": str,
    "codeNAF": str,
    "secteurActivite": str,
    "secteurActiviteLibelle": str,
    "qualitesProfessionnelles": [{"libelle": str, "description": str}],
    "trancheEffectifEtab": str,
    "origineOffre": ORIGINE_OFFRE,
    "offresManqueCandidats": bool,
    "contexteTravail": {"horaires": [str], "conditionsExercice": [str]},
    "entrepriseAdaptee": bool,
    "employeurHandiEngage": bool,
}
