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


# A label inside a sentence, after a colon: French and English write it in lower case.


def in_sentence(text: str) -> str:
    return Template("{% load typography %}{{ label|in_sentence }}").render(Context({"label": text}))


def test_a_label_inside_a_sentence_starts_in_lower_case():
    assert in_sentence("Invité·e en entretien") == "invité·e en entretien"
    assert in_sentence("Évaluation terminée") == "évaluation terminée"
    assert in_sentence("Application sent") == "application sent"


def test_an_acronym_keeps_its_capitals_inside_a_sentence():
    assert in_sentence("CDI à temps plein") == "CDI à temps plein"
