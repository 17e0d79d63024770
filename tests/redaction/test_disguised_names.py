"""Names and numbers disguised on purpose: digits for letters, names backwards, a phone number
digit by digit. Only the candidate's own name is looked for, so technical words with digits
stay as written."""

import pytest

from candidates.redaction import redact

LOUISE = {"first_name": "Louise", "last_name": "Hamidou", "email": "louise.h@free.fr"}
TRISTAN = {"first_name": "Tristan", "last_name": "Le Brun"}


@pytest.mark.parametrize(
    "written",
    ["L0u1s3 H4m1d0u", "L0UI53 HAM1D0U", "l0u!s3 h@m1d0u", "Lou1se Ham!dou"],
)
def test_digits_standing_for_letters_in_a_signature(written):
    assert redact(f"Bonne journée, {written}.", LOUISE, lang="fr") == "Bonne journée, [nom]."


def test_digits_standing_for_letters_inside_a_literal_and_an_identifier():
    code = 'OWNER = "h4m1d0u_l0u1s3"  # garder\n'
    out = redact(code, LOUISE, kind="code", lang="fr")
    assert "h4m1d0u" not in out and "l0u1s3" not in out
    assert out.startswith("OWNER = ")


def test_technical_words_with_digits_are_kept():
    text = "Déployé sur k8s avec i18n, l10n, a11y, S3 et une VM x86 ; codec h264. Louise."
    assert redact(text, LOUISE, lang="fr") == (
        "Déployé sur k8s avec i18n, l10n, a11y, S3 et une VM x86 ; codec h264. [nom]."
    )


@pytest.mark.parametrize("backwards", ["uodimaH esiuoL", "esiuol uodimah", "NURB EL NATSIRT"])
def test_a_name_written_backwards(backwards):
    identity = TRISTAN if "NATSIRT" in backwards else LOUISE
    out = redact(f"Mon nom à l'envers : {backwards}.", identity, lang="fr")
    assert out == "Mon nom à l'envers : [nom]."


def test_a_name_reversed_in_code_by_the_program():
    code = 'const who = "uodimaH".split("").reverse().join("");\n'
    out = redact(code, LOUISE, kind="code", lang="en")
    assert "uodimaH" not in out and '.split("").reverse()' in out


def test_a_name_whose_reverse_is_an_ordinary_word_is_not_searched_backwards():
    # "Leon" backwards is "noel": Christmas stays.
    assert redact("Livraison avant Noel.", {"first_name": "Leon"}, lang="fr") == (
        "Livraison avant Noel."
    )


@pytest.mark.parametrize(
    "digits",
    [
        "0 7 5 1 2 8 3 9 4 6",
        "0.7.5.1.2.8.3.9.4.6",
        "0-7-5-1-2-8-3-9-4-6",
        "0  7  5  1  2  8  3  9  4  6",
    ],
)
def test_a_phone_number_digit_by_digit(digits):
    assert redact(f"Joignable au {digits} le soir.", LOUISE, lang="fr") == (
        "Joignable au [téléphone] le soir."
    )


def test_counting_digits_is_not_a_phone_number():
    text = "Les chiffres 0 1 2 3 4 5 6 7 8 9 et la matrice 1 0 0 1."
    assert redact(text, LOUISE, lang="fr") == text
