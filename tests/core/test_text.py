"""Invisible control characters: refused in titles and names, removed from free text."""

import pytest
from django import forms
from django.core.exceptions import ValidationError

from core.text import (
    InvisibleCharactersMixin,
    invisible_characters,
    refuse_invisible,
    strip_invisible,
)

# Each one, between two letters: bidi embeddings and overrides, isolates, zero-width
# characters and marks, the byte order mark, a soft hyphen, C0 and C1 controls.
INVISIBLE = [
    *map(chr, range(0x202A, 0x202F)),
    *map(chr, range(0x2066, 0x206A)),
    *map(chr, range(0x200B, 0x2010)),
    "\ufeff",
    "\u00ad",
    "\u2060",
    "\x00",
    "\x1b",
    "\x7f",
    "\x85",
]


@pytest.mark.parametrize("character", INVISIBLE, ids=lambda c: f"U+{ord(c):04X}")
def test_every_invisible_character_is_removed_from_free_text(character):
    assert strip_invisible(f"a{character}b") == "ab"


@pytest.mark.parametrize("character", INVISIBLE, ids=lambda c: f"U+{ord(c):04X}")
def test_every_invisible_character_is_refused_in_a_name(character):
    with pytest.raises(ValidationError):
        refuse_invisible(f"a{character}b")


def test_tabs_and_line_breaks_stay():
    assert strip_invisible("a\tb\r\nc\nd") == "a\tb\r\nc\nd"


def test_letters_of_every_script_stay():
    text = "Zoé Ngọc Ånström محمد 李华 👩‍💻"
    assert strip_invisible(text) == text.replace("\u200d", "")


def test_the_error_names_the_character():
    with pytest.raises(ValidationError) as error:
        refuse_invisible("Atelier\u202enumérique")
    assert "U+202E" in error.value.messages[0]


def test_each_character_is_named_once():
    assert invisible_characters("\u202ea\u202eb\u200b") == ["U+202E", "U+200B"]


class Form(InvisibleCharactersMixin, forms.Form):
    refuse_invisible_in = ("name",)
    name = forms.CharField()
    text = forms.CharField(widget=forms.Textarea)


def test_a_form_refuses_in_names_and_cleans_free_text():
    form = Form({"name": "Ada\u2066", "text": "Bon\u200bjour"})
    assert not form.is_valid()
    assert "U+2066" in form.errors["name"][0]
    assert form.cleaned_data["text"] == "Bonjour"
