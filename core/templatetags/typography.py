"""`{% colon %}`: the colon after a label, as the reader's language writes it: French puts a
space before it, English does not. For a colon outside any translated sentence
(« Lieu : … » built from a translated label and a value); inside a sentence, each translation
writes its own."""

from django import template

from core.i18n import current_language

register = template.Library()


@register.simple_tag
def colon() -> str:
    return " : " if current_language() == "fr" else ": "
