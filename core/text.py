"""Text people type, fit to show others: no invisible control characters.

Bidirectional controls (U+202A–U+202E, U+2066–U+2069) reorder on screen what follows them, so
that a title or a name reads otherwise than it is written; zero-width characters (U+200B–U+200F,
U+FEFF) make two different names look the same. No title, name or text shown to others needs
them, nor any other format (Cf) or control (Cc) character, but the tab and the line breaks.

Titles and names refuse them (`refuse_invisible`, a validator with a clear message): a name
must be what it looks like. Free text loses them (`strip_invisible`): a text pasted from a
word processor often carries some, and they change nothing a reader sees. Forms use
`InvisibleCharactersMixin`; services that take text from elsewhere (a websocket) call
`strip_invisible` themselves.
"""

import unicodedata
from typing import TYPE_CHECKING

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

KEPT = frozenset("\t\n\r")


def is_invisible(character: str) -> bool:
    return character not in KEPT and unicodedata.category(character) in ("Cf", "Cc")


def invisible_characters(text: str) -> list[str]:
    """The invisible characters of `text`, each once, as "U+202E"."""
    found = dict.fromkeys(f"U+{ord(c):04X}" for c in text if is_invisible(c))
    return list(found)


def strip_invisible(text: str) -> str:
    if text.isascii() and text.isprintable():
        return text
    return "".join(c for c in text if not is_invisible(c))


def strip_invisible_from(value):
    """`strip_invisible` on a string or on each string of a list; anything else as it is."""
    if isinstance(value, str):
        return strip_invisible(value)
    if isinstance(value, list):
        return [strip_invisible_from(item) for item in value]
    return value


def refuse_invisible(value) -> None:
    """Validator for titles and names."""
    if not isinstance(value, str):
        return
    found = invisible_characters(value)
    if found:
        raise ValidationError(
            _(
                "Ce texte contient un caractère invisible (%(characters)s), qui peut changer "
                "l'ordre ou l'apparence de ce qui s'affiche. Retirez-le, par exemple en "
                "retapant le texte au lieu de le coller."
            ),
            code="invisible_character",
            params={"characters": ", ".join(found)},
        )


if TYPE_CHECKING:
    from django.forms import BaseForm as _FormBase
else:
    _FormBase = object


class InvisibleCharactersMixin(_FormBase):
    """Form mixin: the fields named in `refuse_invisible_in` (titles, names) refuse invisible
    characters with an error; every other value the form receives loses them before it is
    cleaned, so that what is checked (required, lengths, the wording) is what is stored."""

    refuse_invisible_in: tuple[str, ...] = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in self.refuse_invisible_in:
            field = self.fields.get(name)
            if field is not None and refuse_invisible not in field.validators:
                field.validators.append(refuse_invisible)

    def full_clean(self):
        if self.is_bound:
            refused = {self.add_prefix(name) for name in self.refuse_invisible_in}
            data = self.data.copy()  # type: ignore[attr-defined]  # a QueryDict or a dict
            for key in data:
                if key in refused:
                    continue
                if hasattr(data, "setlist"):
                    data.setlist(key, [strip_invisible_from(v) for v in data.getlist(key)])
                else:
                    data[key] = strip_invisible_from(data[key])
            self.data = data
        super().full_clean()
