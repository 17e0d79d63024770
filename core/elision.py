"""French « de » before a name: « l'équipe de Lille » but « l'équipe d'Atelier », « l'entretien
d'Olivier-JXZ3 », « d'Hélène ». Employer and structure names, pseudonyms, colleagues' names
and addresses are only known when the message is composed, so the sentence cannot be written
with the right form in advance: messages take the name with its preposition, `de(name)`
(`{{ name|de }}` in templates, from `core.templatetags.elision`), in a placeholder named
`de_…`, as in « Équipe %(de_name)s ».

The preposition is translatable: in English (no elision, word order of its own) both forms
translate to the bare name, and each English message says « of », « from » or « with » itself
(« Team of %(de_name)s »).
"""

import unicodedata

from django.utils.translation import pgettext

VOWELS = frozenset("aeiou")
# Words whose h is aspirated: « de Hachette », « de Hong Kong ». Every other h is mute
# (« d'Hélène », « d'Hôpital Nord »). Prefixes, lowercase, without accents.
ASPIRATED_H = (
    "hach",
    "hall",
    "hamb",
    "hand",
    "hang",
    "hard",
    "haut",
    "hero",
    "hibou",
    "hollande",
    "hong",
    "honte",
    "hors",
    "huit",
)


def _plain(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word.strip().lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def elides(name: str) -> bool:
    """Whether « de » becomes « d' » before `name`: a vowel, a mute h, or a y before a
    consonant (« d'Yves », but « de Yannick »)."""
    plain = _plain(name)
    if not plain:
        return False
    first = plain[0]
    if first in VOWELS:
        return True
    if first == "h":
        return len(plain) > 1 and not plain.startswith(ASPIRATED_H)
    if first == "y":
        return len(plain) > 1 and plain[1].isalpha() and plain[1] not in VOWELS | {"y"}
    return False


def pattern(name: str) -> str:
    """The translated « de %(name)s » or « d'%(name)s » that fits `name`."""
    if elides(name):
        return pgettext("« de » before a name starting with a vowel sound", "d'%(name)s")
    return pgettext("« de » before a name", "de %(name)s")


def de(name) -> str:
    """« de `name` » or « d'`name` » (French); the bare name in English."""
    name = str(name)
    return pattern(name) % {"name": name}
