"""What the adviser's note for the employer must lose on top of the candidate-text redaction.

The employer learns that an adviser sent the application, never which structure nor which
kind of structure: a mission locale serves people under 26, Cap emploi disabled people, an E2C
or the EPIDE young people without a diploma, and the town after the name tells where the person
lives. So the names of employment and integration structures, with the place or number that
follows them (« mission locale de Grigny », « France Travail Évry-Courcouronnes », « Cap
emploi 91 »), and the adviser's own structures' names become « [structure] ».

This runs before `candidates.redaction.redact` (which it does not change, and which leaves the
placeholder alone) and only on advisers' notes. Pure Python: no Django import.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

PLACEHOLDER = "[structure]"

# Written in any case: the words of the structure's kind.
_KINDS_ANY_CASE = [
    r"france\s+travail",
    r"p[ôo]le[\s-]+emploi",
    r"missions?[\s-]+locales?",
    r"cap[\s-]+emploi",
    r"maisons?\s+de\s+l['’]\s?emploi",
    r"[ée]coles?\s+de\s+la\s+(?:deuxi[èe]me|2e|2ème|2nde|seconde)\s+chance",
    r"points?\s+information\s+jeunesse",
    r"bureaux?\s+information\s+jeunesse",
    r"centres?\s+communal\s+d['’]\s?action\s+sociale",
]
# Acronyms, as written in capitals only: « plie » is also a verb.
_ACRONYMS = ["E2C", "EPIDE", "Epide", "CIDJ", "CRIJ", "BIJ", "PIJ", "PLIE", "CCAS", "APEC", "Apec"]
_ACRONYMS += ["AFPA", "Afpa", "GRETA", "Greta", "SIAE", "CHRS"]

# What follows the name and places it: a capitalised word or a number (Grigny,
# Évry-Courcouronnes, 91, 13e), after « de », « du », « d' », « à »… or right after the name.
_PLACE_WORD = r"(?:[A-ZÀ-ÖØ-Þ][\w'’-]*|\d{1,3}(?:e|ème|er)?\b)"
_LINK = r"(?:de\s+la\s+|de\s+l['’]\s?|de\s+|du\s+|des\s+|d['’]\s?|à\s+|au\s+|aux\s+|en\s+|sur\s+)"
_COMPLEMENT = rf"(?:\s+{_LINK}?{_PLACE_WORD}(?:[\s-]+{_LINK}?{_PLACE_WORD})*)?"

_KIND_RE = re.compile(
    r"(?<![\w])(?:(?i:" + "|".join(_KINDS_ANY_CASE) + r")|(?:" + "|".join(_ACRONYMS) + r"))"
    r"(?![\w])" + _COMPLEMENT
)

_ACCENTS = {
    "a": "aàâä",
    "c": "cç",
    "e": "eéèêë",
    "i": "iîï",
    "o": "oôö",
    "u": "uùûü",
    "y": "yÿ",
}


def _letter(char: str) -> str:
    base = next((key for key, variants in _ACCENTS.items() if char.lower() in variants), None)
    if base is None:
        return re.escape(char)
    return "[" + _ACCENTS[base] + _ACCENTS[base].upper() + "]"


def _name_pattern(name: str) -> str | None:
    words = re.findall(r"\w+", name)
    if not words:
        return None
    return r"(?<![\w])" + r"[\s'’-]+".join("".join(map(_letter, w)) for w in words) + r"(?![\w])"


def redact_structures(text: str, own_structures: Iterable[str] = ()) -> str:
    """`text` with the adviser's own structures' names (any case, accents or not) and the names
    of employment and integration structures, with the place that follows them, replaced by
    « [structure] »."""
    if not text:
        return text
    names = sorted({name.strip() for name in own_structures if name.strip()}, key=len, reverse=True)
    for pattern in filter(None, map(_name_pattern, names)):
        text = re.sub("(?i:" + pattern + ")" + _COMPLEMENT, PLACEHOLDER, text)
    return _KIND_RE.sub(PLACEHOLDER, text)
