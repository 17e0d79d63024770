"""The candidate's name and number disguised so that a filter misses them.

- digits standing for letters ("J3r0m3 L3f3vr3", "S4r4_C0h3n": 4 for a, 3 for e, 1 for i or l,
  0 for o, 5 for s, 7 for t, 8 for b, 9 for g), in prose, literals or identifiers;
- names written backwards ("niboR luaP", or in code ``"niboR".split("").reverse()``);
- a phone number written digit by digit ("0 6 1 2 3 4 5 6 7 8", "0-6-1-2-...").

Only the candidate's own name parts are looked for, so technical words with digits ("k8s",
"i18n", "S3", "x86") are never touched.
"""

import re

from candidates.redaction.identity import PARTICLES, NameForms
from candidates.redaction.lexicon import common_words, first_names, tech_words
from candidates.redaction.spans import Span

_LEET = str.maketrans({"4": "a", "@": "a", "3": "e", "1": "i", "!": "i", "l": "i", "0": "o"})
_LEET_MORE = str.maketrans({"5": "s", "$": "s", "7": "t", "8": "b", "9": "g", "6": "g"})
# A word of letters and digits with at least one of each: "G1r4rd", "4l3x4ndr4", "H40r4n".
_CHAR = r"(?:[^\W_]|[@!$])"
_MIXED = re.compile(rf"(?<!{_CHAR})(?={_CHAR}*[\d@!$])(?={_CHAR}*[^\W\d_]){_CHAR}{{3,}}(?!{_CHAR})")


def _canon(word: str) -> str:
    """One spelling for "l", "1" and "i" alike, and digits read as the letters they stand for."""
    return word.translate(_LEET).translate(_LEET_MORE)


def _name_parts(forms: NameForms) -> set[str]:
    parts = set(forms.first_full + forms.first_tokens + forms.nicknames + forms.last_full)
    parts |= set(forms.last_tokens)
    parts = {re.sub(r"[^a-z]", "", p) for p in parts}
    return {p for p in parts if len(p) >= 3 and p not in PARTICLES}


def find_leet_names(folded: str, forms: NameForms) -> list[Span]:
    """Name parts with digits for letters, also inside identifiers ("H40r4n_Zh4ng")."""
    parts = {_canon(p) for p in _name_parts(forms)}
    if not parts:
        return []
    return [
        Span(m.start(), m.end(), "name")
        for m in _MIXED.finditer(folded)
        if _canon(m.group()) in parts
    ]


def find_reversed_names(text: str, folded: str, forms: NameForms) -> list[Span]:
    """Name parts spelt backwards, alone or as a reversed full name ("inarmA lE ruoN").

    A name turned round letter by letter keeps its capital at the end ("uodimaH") or is all in
    one case; a word written with a leading capital ("Noel" for Leon) is an ordinary word."""
    ordinary = first_names() | common_words() | tech_words()
    parts = {p[::-1] for p in _name_parts(forms) if len(p) >= 4 and p != p[::-1]}
    parts = {p for p in parts if p not in ordinary}  # "Leon" backwards is "noel"
    if not parts:
        return []
    spans = []
    alternation = "|".join(sorted((re.escape(p) for p in parts), key=len, reverse=True))
    # A reversed part, then optionally particles and other reversed parts.
    pattern = re.compile(
        rf"(?<![^\W\d_])(?:{alternation})(?:[\s\-']+(?:[a-z]{{1,3}}[\s\-']+)?"
        rf"(?:{alternation}))*(?![^\W\d_])"
    )
    for m in pattern.finditer(folded):
        if not all(w.istitle() for w in text[m.start() : m.end()].split()):
            spans.append(Span(m.start(), m.end(), "name"))
    return spans


# Ten digits one by one, a French number: "0 6 1 4 9 3 7 0 2 6", "0.6.1.4...", "+ 3 3 6 ...".
_DIGIT_BY_DIGIT = re.compile(
    r"(?<![\w+])(?:\+\s?3\s?3(?:[ .\-]{1,2}\d){9}|0(?:[ .\-]{1,2}\d){9})(?![ .\-]?\d)"
)
_DUMMY = {"0123456789", "0000000000", "0987654321"}


def find_digit_by_digit_phones(text: str) -> list[Span]:
    spans = []
    for m in _DIGIT_BY_DIGIT.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if digits not in _DUMMY and len(set(digits)) > 2:
            spans.append(Span(m.start(), m.end(), "phone"))
    return spans
