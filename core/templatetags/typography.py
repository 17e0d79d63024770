"""`{% colon %}`: the colon after a label, as the reader's language writes it: French puts a
space before it, English does not. For a colon outside any translated sentence
(« Lieu : … » built from a translated label and a value); inside a sentence, each translation
writes its own.

`|in_sentence`: a label made to stand alone (a choice's label: « Invité·e en entretien »)
written within a sentence, after a colon: French and English start it in lower case
(« étape actuelle : invité·e en entretien »)."""

from django import template

from core.i18n import current_language

register = template.Library()


@register.simple_tag
def colon() -> str:
    return " : " if current_language() == "fr" else ": "


@register.filter
def in_sentence(label) -> str:
    """The label with its first letter in lower case, unless its first word is an acronym
    (« CDI »)."""
    text = str(label)
    first_word = text.split(" ", 1)[0]
    if len(first_word) > 1 and first_word.isupper():
        return text
    return text[:1].lower() + text[1:]
