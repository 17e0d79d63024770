"""Spans, placeholders and overlap resolution."""

import re
from dataclasses import dataclass, replace

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
        "employer": "[employeur]",
        "personal": "[information personnelle]",
        "file": "[fichier]",
        "ident": "candidat",
        "number": "0",
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
        "employer": "[employer]",
        "personal": "[personal information]",
        "file": "[file]",
        "ident": "candidate",
        "number": "0",
    },
}

# When spans overlap, the union takes the label of the strongest one.
PRIORITY = {
    "personal": 9,
    "email": 8,
    "profile": 7,
    "url": 7,
    "file": 7,
    "ident": 7,
    "number": 5,
    "address": 6,
    "school": 5,
    "phone": 5,
    "age": 5,
    "place": 4,
    "employer": 4,
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
    # In code, spans are kept only inside comments and strings unless they may stand anywhere
    # (an e-mail in a git log, a name written into an identifier).
    anywhere: bool = False


def placeholder(label: str, lang: str, written: str = "") -> str:
    word = PLACEHOLDERS.get(lang, PLACEHOLDERS["fr"])[label]
    if label == "number":
        return re.sub(r"\d+", "0", written)  # date(1989, 6, 30) -> date(0, 0, 0): still code
    if label == "ident":
        # Keep the identifier valid and its case style: AWA_DIALLO -> CANDIDATE, AwaDiallo ->
        # Candidate, awaDiallo / awa_diallo / awadiallo -> candidate.
        letters = [c for c in written if c.isalpha()]
        if len(letters) > 1 and all(c.isupper() for c in letters):
            return word.upper()
        if written[:1].isupper():
            return word.capitalize()
    return word


def trim(text: str, span: Span) -> Span | None:
    start, end = span.start, span.end
    while start < end and text[start] in " \t\r\n,;:":
        start += 1
    while end > start and text[end - 1] in " \t\r\n,;:":
        end -= 1
    return replace(span, start=start, end=end) if end > start else None


def _stronger(a: Span, b: Span) -> str:
    key_a = (PRIORITY[a.label], a.end - a.start)
    key_b = (PRIORITY[b.label], b.end - b.start)
    return a.label if key_a >= key_b else b.label


# What may separate two spans that read better as one placeholder.
_JOINABLE = {
    "personal": re.compile(
        r"[\s,;:]*(?:(?:et|and|mais|but|so|donc|because|car|parce que|hence)\s+)?", re.IGNORECASE
    ),
    "name": re.compile(r"[ \t]*"),
}


# A person's name never swallows the school, city or place written after it ("Mon collègue
# Jean Dupont de Sciences Po"): the name stops before it, without the linking word.
_CUT_BY = {"school", "city", "place", "postcode", "address"}
_LINK_TAIL = re.compile(
    r"(?:[\s,]+(?:de|du|des|d'|d’|de la|de l'|of|from|at|chez|à|a|au|aux|in|l'|the)?)*[\s,']*$",
    re.IGNORECASE,
)


def _cut_names(text: str, spans: list[Span]) -> list[Span]:
    cutters = [s for s in spans if s.label in _CUT_BY]
    if not cutters:
        return spans
    out = []
    for span in spans:
        if span.label == "name":
            for other in cutters:
                if span.start < other.start < span.end:
                    head = text[span.start : other.start]
                    span = replace(span, end=span.start + len(_LINK_TAIL.sub("", head)))
            if span.end <= span.start:
                continue
        out.append(span)
    return out


def resolve(text: str, spans: list[Span], lang: str) -> list[Span]:
    """Merge overlapping spans, then glue neighbours of the same kind, then attach placeholders."""
    ordered = sorted(_cut_names(text, spans), key=lambda s: (s.start, -s.end))
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
    return [
        Span(s.start, s.end, s.label, placeholder(s.label, lang, text[s.start : s.end]))
        for s in glued
    ]


def apply(text: str, spans: list[Span]) -> str:
    out, cursor = [], 0
    for span in spans:
        out.append(text[cursor : span.start])
        out.append(span.placeholder)
        cursor = span.end
    out.append(text[cursor:])
    return "".join(out)
