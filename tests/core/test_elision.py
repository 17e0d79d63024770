"""« de » before a name composed into a message: « de Lille », « d'Atelier », « d'Olivier-JXZ3 »;
in English, the bare name (each English message carries its own preposition)."""

import pytest
from django.template import Context, Template
from django.utils import translation

from core.elision import de, elides


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Atelier Numérique du Val", "d'Atelier Numérique du Val"),
        ("Olivier-JXZ3", "d'Olivier-JXZ3"),
        ("Émeraude Conseil", "d'Émeraude Conseil"),
        ("île-de-France Mobilités", "d'île-de-France Mobilités"),
        ("Hélène Martin", "d'Hélène Martin"),  # mute h
        ("Hachette Livre", "de Hachette Livre"),  # aspirated h
        ("Yves-K2", "d'Yves-K2"),
        ("Yannick-P7", "de Yannick-P7"),  # y before a vowel is a consonant
        ("Lille Numérique", "de Lille Numérique"),
        ("France Travail Évry", "de France Travail Évry"),
        ("ada@example.org", "d'ada@example.org"),
        ("3D Studio", "de 3D Studio"),
        ("", "de "),
    ],
)
def test_de_elides_before_a_vowel_sound(name, expected):
    with translation.override("fr"):
        assert de(name) == expected


def test_in_english_the_name_stands_alone():
    with translation.override("en"):
        assert de("Atelier") == "Atelier"
        assert de("Lille") == "Lille"


def test_the_template_filter_escapes_the_name_not_the_apostrophe():
    template = Template("{% load elision %}{{ name|de }}")
    with translation.override("fr"):
        assert template.render(Context({"name": "Ô <b>"})) == "d'Ô &lt;b&gt;"
        assert template.render(Context({"name": "Lille"})) == "de Lille"


def test_the_filter_inside_blocktranslate():
    template = Template(
        "{% load i18n elision %}"
        "{% blocktranslate with de_name=name|de %}Équipe {{ de_name }}{% endblocktranslate %}"
    )
    with translation.override("fr"):
        assert template.render(Context({"name": "Atelier"})) == "Équipe d'Atelier"


def test_elides_needs_a_letter():
    assert not elides("  ")
    assert elides("  atelier")
