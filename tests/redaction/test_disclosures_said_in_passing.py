"""Protected disclosures said in passing (issue 16, round 4 on set F): a mother tongue given
in brackets after the language, a nationality as the second half of "I'm … and …", an
operation or a hospital stay, being a staff or union representative, grandchildren. Each with
the technical or impersonal look-alikes that stay."""

import pytest

from candidates.redaction import redact

NADIA = {"first_name": "Nadia", "last_name": "Ferhat", "city": "Roanne"}


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Langues : arabe (langue maternelle), anglais B2.", "arabe"),
        ("Languages: Tagalog (native), English (C1).", "Tagalog"),
        ("Langues parlées : wolof (natif), français (courant).", "wolof"),
        ("I speak Tamil (mother tongue) and English.", "Tamil"),
    ],
)
def test_a_mother_tongue_in_brackets_after_the_language(text, gone):
    assert gone not in redact(text, NADIA)


@pytest.mark.parametrize(
    "text",
    [
        "Langues : anglais (C1), espagnol (B2).",
        "L'appli mobile est en Kotlin (natif) et le web en React.",
        "We ship iOS (native) and Android (Flutter) apps.",
        "I'm a native English speaker, happy to review the docs.",
    ],
)
def test_a_level_or_a_native_app_stays(text):
    assert redact(text, NADIA) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("I'm 29 and Nigerian, which helps with the Lagos team.", "Nigerian"),
        ("Je suis développeuse et sénégalaise.", "sénégalaise"),
        ("I am a backend dev and Brazilian, based in Europe.", "Brazilian"),
        ("Portuguese by birth, I moved to France in 2015.", "Portuguese"),
    ],
)
def test_a_nationality_as_the_second_half_of_a_self_description(text, gone):
    assert gone not in redact(text, NADIA)


@pytest.mark.parametrize(
    "text",
    [
        "I'm fluent in English and Spanish.",
        "Je suis bilingue anglais et espagnol.",
        "I'm used to French and German keyboards.",
    ],
)
def test_languages_one_speaks_stay(text):
    assert redact(text, NADIA) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Je serai absente deux semaines pour une opération de la hanche.", "hanche"),
        ("I'll be off in May for knee surgery.", "knee surgery"),
        ("Hospitalisée en mars, j'ai repris en avril.", "Hospitalisée"),
        ("Je sors d'une intervention chirurgicale, je reprends lundi.", "chirurgicale"),
        ("Je suis en rééducation deux matins par semaine jusqu'en juin.", "rééducation"),
    ],
)
def test_an_operation_or_a_hospital_stay(text, gone):
    assert gone not in redact(text, NADIA)


@pytest.mark.parametrize(
    "text",
    [
        "L'opération de maintenance du 3 mars a duré deux heures.",
        "I built the surgery scheduling app for a clinic in Lyon.",
        "Chaque opération de la file est idempotente.",
    ],
)
def test_operations_of_a_system_and_software_for_surgeons_stay(text):
    assert redact(text, NADIA) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("J'ai été représentant du personnel pendant deux mandats.", "représentant du personnel"),
        ("I was the staff representative on our works council.", "staff representative"),
        ("Représentante syndicale de 2019 à 2022, j'ai appris à négocier.", "syndicale"),
    ],
)
def test_being_a_staff_or_union_representative(text, gone):
    assert gone not in redact(text, NADIA)


@pytest.mark.parametrize(
    "text",
    [
        "Le représentant du client a validé la maquette.",
        "Our customer representative signed off the release.",
    ],
)
def test_a_representative_of_a_client_stays(text):
    assert redact(text, NADIA) == text


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Le mercredi, je m'occupe de mes deux petits-enfants.", "petits-enfants"),
        ("I look after my grandchildren on Wednesdays.", "grandchildren"),
        ("Grand-mère de quatre petits-enfants, j'ai repris des études.", "petits-enfants"),
    ],
)
def test_grandchildren(text, gone):
    assert gone not in redact(text, NADIA)


def test_the_grandchildren_of_a_tree_node_stay():
    text = "On parcourt les petits-enfants de chaque nœud avant de remonter."
    assert redact(text, NADIA, lang="fr") == text
