"""The adviser's note loses the names of employment and integration structures, with the place
that follows them, and the adviser's own structure's name: the employer must not learn which
kind of structure sent the person, nor where."""

import pytest

from advisers.note_redaction import redact_structures


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "a suivi une formation de technicienne support à la mission locale de Grigny.",
            "a suivi une formation de technicienne support à la [structure].",
        ),
        (
            "Inscrit à France Travail Évry-Courcouronnes depuis mai.",
            "Inscrit à [structure] depuis mai.",
        ),
        (
            "Suivi au Pôle emploi de Lille puis au CIDJ.",
            "Suivi au [structure] puis au [structure].",
        ),
        (
            "Cap emploi 91 et l'E2C de l'Essonne, puis l'EPIDE.",
            "[structure] et l'[structure], puis l'[structure].",
        ),
        ("Vient du PLIE Nord Essonne.", "Vient du [structure]."),
        ("Ancienne de l'école de la deuxième chance de Marseille.", "Ancienne de l'[structure]."),
        ("La Mission Locale du Val d'Oise l'a orientée.", "La [structure] l'a orientée."),
    ],
)
def test_structure_names_and_their_place_are_removed(text, expected):
    assert redact_structures(text) == expected


def test_the_advisers_own_structure_is_removed_in_any_case_with_or_without_accents():
    own = ["Association Tremplin Numérique 93"]
    text = (
        "Suivie à l'association tremplin numerique 93 : atelier web. "
        "ASSOCIATION TREMPLIN NUMÉRIQUE 93."
    )
    assert redact_structures(text, own) == "Suivie à l'[structure] : atelier web. [structure]."


@pytest.mark.parametrize(
    "text",
    [
        "Il plie les câbles et range le matériel.",
        "A travaillé chez Capgemini sur des missions variées.",
        "Maîtrise Python, SQL et Linux ; travaille en équipe.",
    ],
)
def test_other_words_are_left_alone(text):
    assert redact_structures(text) == text
