import pytest
from django.core.exceptions import ValidationError

from employers.siret import luhn_sum, normalise_siret, validate_siret


@pytest.mark.parametrize("siret", ["13002526500013", "41816609600069", "73282932000074"])
def test_a_siret_with_a_right_luhn_key_is_valid(siret):
    validate_siret(siret)


def test_a_siret_with_a_wrong_key_is_refused():
    with pytest.raises(ValidationError) as error:
        validate_siret("13002526500014")
    assert error.value.code == "siret_key"


@pytest.mark.parametrize("siret", ["1300252650001", "130025265000133", "1300252650001A", ""])
def test_a_siret_is_fourteen_digits(siret):
    with pytest.raises(ValidationError) as error:
        validate_siret(siret)
    assert error.value.code == "siret_format"


def test_non_ascii_digits_are_refused():
    with pytest.raises(ValidationError):
        validate_siret("١٣٠٠٢٥٢٦٥٠٠٠١٣")  # Arabic-Indic digits: isdigit() but not a SIRET


def test_la_poste_sirets_are_valid_when_their_digits_sum_to_a_multiple_of_five():
    siret = "35600000049837"  # digits sum to 45; Luhn's key would refuse it
    assert luhn_sum(siret) % 10 != 0
    validate_siret(siret)


def test_la_poste_sirets_whose_digits_do_not_sum_to_a_multiple_of_five_are_refused():
    siret = "35600000049838"
    with pytest.raises(ValidationError):
        validate_siret(siret)


def test_spaces_and_dots_typed_in_a_siret_are_ignored():
    assert normalise_siret("130 025 265.00013") == "13002526500013"
