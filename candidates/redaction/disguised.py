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
from candidates.redaction.text import compiled
from candidates.redaction.variants import within

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
    if not any(p in folded for p in parts):
        return []
    spans = []
    alternation = "|".join(sorted((re.escape(p) for p in parts), key=len, reverse=True))
    # A reversed part, then optionally particles and other reversed parts.
    pattern = compiled(
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


# --- Names in another script -------------------------------------------------------------------

_CYRILLIC = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяєіїґ",
        (
            "a b v g d e e zh z i i k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya ye i yi g"
        ).split(),
        strict=True,
    )
)
_GREEK = dict(
    zip(
        "αβγδεζηθικλμνξοπρσςτυφχψωάέήίόύώϊϋΐΰ",
        "a v g d e z i th i k l m n x o p r s s t y f ch ps o a e i i o y o i y i y".split(),
        strict=True,
    )
)
_TRANSLIT = {**_CYRILLIC, **_GREEK}
_TRANSLIT = {k: ("" if v == "_" else v) for k, v in _TRANSLIT.items()}
_OTHER_SCRIPT_WORD = re.compile(r"[\u0370-\u03ff\u0400-\u04ff]{2,}")
# Runs of words in scripts without a simple Latin reading (Arabic, Hebrew, Chinese, Japanese,
# Korean, Devanagari, Thai, Armenian, Georgian...).
_FAR_SCRIPT_RUN = re.compile(
    r"[\u0530-\u058f\u0590-\u05ff\u0600-\u06ff\u0750-\u077f\u0900-\u097f\u0e00-\u0e7f"
    r"\u10a0-\u10ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+"
    r"(?:[ \u00b7\u30fb\u200c]+[\u0530-\u058f\u0590-\u05ff\u0600-\u06ff\u0750-\u077f"
    r"\u0900-\u097f\u0e00-\u0e7f\u10a0-\u10ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]+){0,3}"
)
_SELF_LINE = re.compile(
    r"(?:je m'appelle|my name is|moi c'est|je suis|i'm|i am|signe|name|nom|prenom|"
    r"ecrit|written|spelled|spelt|en (?:arabe|russe|grec|chinois|hebreu|cyrillique)|"
    r"in (?:arabic|russian|greek|chinese|hebrew|cyrillic|korean|japanese))"
)


def _latin(word: str) -> str:
    return "".join(_TRANSLIT.get(c, c) for c in word.lower())


def _close(reading: str, name: str) -> bool:
    """A transliteration matches loosely: "dmitrii" for Dmitri, "volkov" for Volkov."""
    if reading == name:
        return True
    a, b = _squash(reading), _squash(name)
    return a == b or (len(b) >= 5 and a[:1] == b[:1] and within(a, b, 2 if len(b) >= 6 else 1))


def _squash(word: str) -> str:
    word = word.replace("w", "v").replace("y", "i").replace("ff", "v").replace("kh", "h")
    return re.sub(r"(.)\1+", r"\1", word).replace("ii", "i")


def find_other_script_names(text: str, folded: str, forms: NameForms) -> list[Span]:
    """The name in Cyrillic or Greek letters (read in Latin letters and compared), and a short
    run of words in another script on a line where the writer gives their name."""
    spans = []
    parts = _name_parts(forms)
    if parts and _OTHER_SCRIPT_WORD.search(text):
        for m in _OTHER_SCRIPT_WORD.finditer(text):
            reading = _latin(m.group())
            if any(_close(reading, p) for p in parts):
                spans.append(Span(m.start(), m.end(), "name"))
    if _FAR_SCRIPT_RUN.search(text):
        own = [p for p in parts if len(p) >= 3]
        for m in _FAR_SCRIPT_RUN.finditer(text):
            if len(m.group()) > 30:
                continue  # a sentence, not a name
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.end())
            line = folded[line_start : len(text) if line_end < 0 else line_end]
            if _SELF_LINE.search(line) or any(p in line for p in own):
                spans.append(Span(m.start(), m.end(), "name"))
    return spans
