"""Spans, placeholders and overlap resolution."""

import re
from dataclasses import dataclass

PLACEHOLDERS = {
    "fr": {
        "name": "[nom]",
        "email": "[email]",
        "phone": "[téléphone]",
        "address": "[adresse]",
        "postcode": "[code postal]",
        "age": "[âge]",
        "url": "[lien]",
        "profile": "[profil]",
        "school": "[école]",
        "city": "[ville]",
        "place": "[lieu]",
        "personal": "[information personnelle]",
        "file": "[fichier]",
    },
    "en": {
        "name": "[name]",
        "email": "[email]",
        "phone": "[phone]",
        "address": "[address]",
        "postcode": "[postcode]",
        "age": "[age]",
        "url": "[link]",
        "profile": "[profile]",
        "school": "[school]",
        "city": "[city]",
        "place": "[place]",
        "personal": "[personal information]",
        "file": "[file]",
    },
}

# When spans overlap, the union takes the label of the strongest one.
PRIORITY = {
    "personal": 9,
    "email": 8,
    "profile": 7,
    "url": 7,
    "file": 7,
    "address": 6,
    "school": 5,
    "phone": 5,
    "age": 5,
    "place": 4,
    "name": 3,
    "city": 3,
    "postcode": 2,
}


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    label: str
    placeholder: str = ""


def placeholder(label: str, lang: str) -> str:
    return PLACEHOLDERS.get(lang, PLACEHOLDERS["fr"])[label]


def trim(text: str, span: Span) -> Span | None:
    start, end = span.start, span.end
    while start < end and text[start] in " \t\r\n,;:":
        start += 1
    while end > start and text[end - 1] in " \t\r\n,;:":
        end -= 1
    return Span(start, end, span.label) if end > start else None


def _stronger(a: Span, b: Span) -> str:
    key_a = (PRIORITY[a.label], a.end - a.start)
    key_b = (PRIORITY[b.label], b.end - b.start)
    return a.label if key_a >= key_b else b.label


# What may separate two spans that read better as one placeholder.
_JOINABLE = {
    "personal": re.compile(r"[\s,;:]*"),
    "name": re.compile(r"[ \t]*"),
}


def resolve(text: str, spans: list[Span], lang: str) -> list[Span]:
    """Merge overlapping spans, then glue neighbours of the same kind, then attach placeholders."""
    ordered = sorted(spans, key=lambda s: (s.start, -s.end))
    merged: list[Span] = []
    for span in ordered:
        if merged and span.start < merged[-1].end:
            last = merged[-1]
            label = _stronger(last, span)
            merged[-1] = Span(last.start, max(last.end, span.end), label)
        else:
            merged.append(span)
    glued: list[Span] = []
    for span in merged:
        if glued and glued[-1].label == span.label and span.label in _JOINABLE:
            gap = text[glued[-1].end : span.start]
            if _JOINABLE[span.label].fullmatch(gap):
                glued[-1] = Span(glued[-1].start, span.end, span.label)
                continue
        glued.append(span)
    return [Span(s.start, s.end, s.label, placeholder(s.label, lang)) for s in glued]


def apply(text: str, spans: list[Span]) -> str:
    out, cursor = [], 0
    for span in spans:
        out.append(text[cursor : span.start])
        out.append(span.placeholder)
        cursor = span.end
    out.append(text[cursor:])
    return "".join(out)
