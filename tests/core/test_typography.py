"""A colon after a label follows the reader's language: « Lieu : … » in French, "Location: …" in
English (the English pages showed French spacing: « Time left : 59:59 »)."""

from django.template import Context, Template
from django.utils import translation

TEMPLATE = Template('{% load i18n typography %}{% translate "Lieu" %}{% colon %}Évry')


def test_french_puts_a_space_before_the_colon():
    with translation.override("fr"):
        assert TEMPLATE.render(Context()) == "Lieu : Évry"


def test_english_does_not():
    with translation.override("en"):
        assert TEMPLATE.render(Context()) == "Location: Évry"
