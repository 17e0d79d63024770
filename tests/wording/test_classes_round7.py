"""Seventh round of classes (issue 21): ways of saying a ground, and lawful neighbours, named
from the misses and false alarms of an independent set (G) and written from the language.
Every sentence is invented here; none is copied from a set."""

import pytest

from employers.wording import check


def found(text: str, lang: str) -> list[tuple[str, str]]:
    return [(f.category, f.quote) for f in check(text, lang=lang)]


def categories(text: str, lang: str) -> set[str]:
    return {f.category for f in check(text, lang=lang)}


# ------------------------------------------------------- lawful neighbours: reasons said inline
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a licence whose reason names the vehicle the job drives
        ("fr", "Permis B exigé (rondes de nuit en véhicule sur les parkings)."),
        ("fr", "Permis B indispensable pour les essais routiers des véhicules réparés."),
        ("fr", "Permis B obligatoire : dépannage et remorquage sur autoroute."),
        ("en", "Full licence required: you will drive the company van between depots."),
        ("en", "Driving licence essential (forklift and yard tractor moves)."),
        # a licence held for years as the entry to one the employer funds
        ("fr", "Nous finançons le permis poids lourd aux titulaires du permis B depuis 2 ans."),
        # a diploma the law requires, or one the employer funds, or with an equivalent
        ("fr", "Diplôme d'État d'éducateur·rice spécialisé·e exigé (condition d'exercice)."),
        ("fr", "CAP boucherie obligatoire : la formation est prise en charge si besoin."),
        ("en", "Nursing degree required by the regulator before you can practise."),
        ("en", "Degree required; equivalent experience is also accepted."),
        # pay said attractive on its own line (appearance says nothing of it)
        ("en", "Salary: attractive, to be discussed (€40k–€46k)."),
        # night workers' medical follow-up is a protection, not a demand
        ("fr", "Visite médicale renforcée pour les travailleurs de nuit, 1 950 € brut."),
    ],
)
def test_lawful_neighbours_with_their_reason_inline_are_not_flagged(lang, text):
    assert found(text, lang) == [], text


@pytest.mark.parametrize(
    ("lang", "text", "category"),
    [
        # the same requirements with no reason, or with every alternative refused
        ("fr", "Poste de comptable au siège. Permis B exigé.", "driving_licence"),
        ("fr", "Bac+3 en gestion exigé, aucune équivalence par l'expérience.", "diploma_rigid"),
        ("en", "MBA required by our partners, no equivalent experience accepted.", "diploma_rigid"),
        ("en", "Attractive appearance required for the front desk.", "appearance"),
    ],
)
def test_the_same_requirements_without_a_reason_stay_flagged(lang, text, category):
    assert category in categories(text, lang), found(text, lang)


# --------------------------------------------------------- inclusive endings of every title
@pytest.mark.parametrize(
    "text",
    [
        "Gestionnaire administratif·ve de paie — CDI, 2 300 € brut.",
        "Nous recrutons des formateur·rices en bureautique.",
        "Recrutement de conseiller·ères clientèle, 2 000 € brut.",
    ],
)
def test_a_title_with_an_inclusive_ending_in_any_form_is_no_gendered_title(text):
    assert "gendered_title" not in categories(text, "fr"), found(text, "fr")


# ------------------------------------------------ offer-scope: words that only look like sides
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Permanent contract, €52k.\nWe offer adjustments at every stage of the process.",
        ),
        (
            "fr",
            "CDI cadre, 50 K€.\nDSCG (condition d'inscription au stage d'expertise comptable).",
        ),
        (
            "fr",
            "CDI à temps partiel, 24 h par semaine (évolutif vers un temps plein), 1 400 € brut.",
        ),
        (
            "fr",
            "Emploi permanent, 2 000 € brut. Ouvert aux titulaires et, à défaut, aux "
            "contractuel·les (CDD de 3 ans).",
        ),
    ],
)
def test_a_stage_of_a_process_a_later_full_time_or_a_fallback_contract_is_no_contradiction(
    lang, text
):
    assert "contradiction" not in categories(text, lang), found(text, lang)
