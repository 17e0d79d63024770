"""The SIRET number of an establishment: 14 digits whose Luhn sum is a multiple of 10.

La Poste's establishments share one SIREN (356 000 000) and are numbered past what the Luhn key
allows: theirs are valid when the sum of their digits is a multiple of 5 (INSEE's rule)."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

LA_POSTE_SIREN = "356000000"


def luhn_sum(digits: str) -> int:
    """Luhn's sum: from the right, every second digit doubled (minus 9 above 9)."""
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char)
        if position % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total


def normalise_siret(value: str) -> str:
    """What people type ("552 100 554 00029"), without spaces, dots or dashes."""
    return "".join(char for char in (value or "") if char not in " .-\u00a0\u202f")


def validate_siret(value: str) -> None:
    """Raise ValidationError unless `value` (normalised) is a well-formed SIRET."""
    if len(value) != 14 or not value.isascii() or not value.isdigit():
        raise ValidationError(
            _("Le SIRET comporte 14 chiffres (les espaces sont acceptés)."), code="siret_format"
        )
    if value.startswith(LA_POSTE_SIREN):
        valid = sum(int(char) for char in value) % 5 == 0
    else:
        valid = luhn_sum(value) % 10 == 0
    if not valid:
        raise ValidationError(
            _("Ce SIRET n'existe pas : sa clé de contrôle est fausse. Vérifiez les chiffres."),
            code="siret_key",
        )
