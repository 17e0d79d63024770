"""Comparing what people type with reference labels: accents, case and punctuation aside."""

import re
import unicodedata

_SEPARATORS = re.compile(r"[^0-9a-z]+")


def fold(text: str) -> str:
    """'Saint-Étienne-du-Rouvray' → 'saint etienne du rouvray'; 'Œuvre' → 'oeuvre'."""
    text = text.casefold().replace("œ", "oe").replace("æ", "ae")
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return _SEPARATORS.sub(" ", bare).strip()
