"""Where one comes from, said by the département: its number after "du" / "from the", with or
without its name in brackets, and the candidate's own département by name. Quantities, dates
and versions that happen to follow "du" stay."""

import pytest

from candidates.redaction import redact

INES = {"first_name": "Inès", "last_name": "Barry", "city": "Créteil", "postcode": "94000"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fière d'être du 13 !", "Fière d'être du [lieu] !"),
        ("Je suis du 29 (Finistère).", "Je suis du [lieu]."),
        ("Backend dev, I come from the 2B.", "Backend dev, I come from the [place]."),
        ("Petit gars du 62 🙂 et dev Java.", "Petit gars du [lieu] 🙂 et dev Java."),
        ("A true kid from the 13 (Bouches-du-Rhône).", "A true kid from the [place]."),
    ],
)
def test_the_departement_one_comes_from(text, expected):
    lang = "en" if "from the" in text else "fr"
    assert redact(text, INES, lang=lang) == expected


def test_the_own_departement_by_name_and_by_number():
    text = "J'ai grandi dans le Val-de-Marne, et franchement le 94 c'est chez moi : je suis du 94."
    assert redact(text, INES, lang="fr") == (
        "J'ai grandi dans le [lieu], et franchement le 94 c'est chez moi : je suis du [lieu]."
    )


@pytest.mark.parametrize(
    "text",
    [
        "La latence est passée du 95 % au 99 % des requêtes sous 50 ms.",
        "Le sprint du 12 au 26 mars, puis la démo du 28.",
        "Of the 40, 12 tests failed on the 32-bit build.",
        "Le correctif du 17 (v2.3) est en prod.",
        "Rapport du 14 : RAS.",
        "Nous avons migré la Marne et la Somme (deux bases de données) vers PostgreSQL.",
    ],
)
def test_numbers_and_words_that_are_not_an_origin(text):
    assert redact(text, INES, lang="fr") == text
