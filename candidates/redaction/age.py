"""Ages and dates of birth ("j'ai 34 ans", "né en 1990", "a 31-year-old", "born in 1995")."""

import re

from candidates.redaction.spans import Span

_MONTHS = (
    r"janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_DATE = (
    rf"(?:\d{{1,2}}(?:er)?\s+(?:{_MONTHS})\s+(?:19|20)\d{{2}}|\d{{1,2}}[/.\-]\d{{1,2}}[/.\-](?:19|20)?\d{{2}}"
    rf"|(?:{_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{{2}}|(?:19|20)\d{{2}})"
)
# Years of experience, durations and children's ages are not the candidate's age.
_NOT_AGE_AFTER = (
    r"(?!\s*(?:d'|de\s|dans|en\s|chez|comme|of\s|in\s|at\s|as\s|d'experience|experience))"
)

AGE_PATTERNS = [
    # fr: "j'ai 34 ans", "âgée de 29 ans", "à 35 ans" (reconverted at), ", 23 ans,"
    re.compile(rf"\bj'ai\s+\d{{1,2}}\s+ans\b{_NOT_AGE_AFTER}"),
    re.compile(rf"\bagee?s?\s+de\s+\d{{1,2}}\s+ans\b{_NOT_AGE_AFTER}"),
    re.compile(rf"(?<=\ba\s)(?<!y\sa\s)\d{{2}}\s+ans\b{_NOT_AGE_AFTER}"),
    re.compile(rf"(?<=,\s)\d{{2}}\s+ans\b{_NOT_AGE_AFTER}"),
    re.compile(rf"\bnee?s?\s+(?:en|le|au\s+mois\s+de)\s+{_DATE}"),
    re.compile(rf"\bdate\s+de\s+naissance\s*:?\s*{_DATE}"),
    # en: "35 years old", "a 31-year-old", "I'm 37", "aged 30", "born in 1995"
    re.compile(r"\b\d{1,2}\s*(?:-|\s)\s*years?\s*(?:-|\s)\s*old\b"),
    re.compile(
        r"(?:(?<=\bi'm\s)|(?<=\bi\sam\s))\d{2}\b(?!\s*(?:%|years of|years in|years at|\.\d|,\d))"
    ),
    re.compile(r"\baged\s+\d{1,2}\b"),
    re.compile(rf"\bborn\s+(?:in|on)\s+{_DATE}"),
    re.compile(rf"\b(?:date of birth|dob)\s*:?\s*{_DATE}"),
]
# "I'm Tom, Irish, 35, living in Dublin": a bare two-digit number in a self-introduction.
_INTRO = re.compile(r"\b(?:i'm|i am|je suis|je m'appelle|my name is)\b[^.!?\n]*")
_BARE_AGE = re.compile(r"(?<=,\s)(?:1[6-9]|[2-6]\d)(?=\s*,)")


def find_ages(folded: str) -> list[Span]:
    spans = []
    for regex in AGE_PATTERNS:
        spans += [Span(m.start(), m.end(), "age") for m in regex.finditer(folded)]
    for intro in _INTRO.finditer(folded):
        for m in _BARE_AGE.finditer(folded, intro.start(), intro.end()):
            spans.append(Span(m.start(), m.end(), "age"))
    return spans
