"""What surrounds the candidate's name on the author line of a piece of code.

An author line ("# Maëva T., alternance 2021-2023", "-- Auteur : F. Aubert — service
informatique, clinique X", "! Code de thèse — D. Mbarga, UPJV, laboratoire LPMC, 2012",
"// Copyright (c) 2009-2023 A. Petrossian") tells, after the name, where the author worked or
studied and when; the header's date lines ("DATE : 12/03/1994", 42's "Created: … by login")
date the author too. Only comment lines are read, never the code or its strings.
"""

import re

from candidates.redaction.lexicon import tech_words
from candidates.redaction.spans import Span
from candidates.redaction.text import fold

_COMMENT_LINE = re.compile(r"(?m)^[ \t]*(?:#|//|/\*|\*|--|;|<!--|%|!|\*>|REM\b|')[ \t*>]*")
_AFTER_NAME = re.compile(
    r"[ \t]*(?:[,—–]|-(?=\s)|\()[ \t]*(?P<rest>[^\n]*?)[ \t]*(?:\*/|-->|#+.*)?$"
)
_YEARS = re.compile(
    r"(?<![\w.\-/])(?:(?:19|20)\d\d(?:[-/]\d\d[-/]\d\d(?:[ T]\d\d:\d\d(?::\d\d)?)?)?"
    r"(?:\s*[-–]\s*(?:19|20)\d\d)?|\d\d/\d\d/(?:19|20)\d\d)(?![\w/])"
)
_DATE_LABEL = re.compile(
    r"(?i:\b(?:date|created|updated|cr[ée]{1,2}e?|[ée]crit|written|derni[èe]re modif\w*|"
    r"last modified|copyright|\(c\)|©))"
)
_BY_LOGIN = re.compile(
    r"(?i:\b(?:created|updated)\s*:.*?\bby)\s+(?P<login>[a-z][a-z0-9_\-]{2,15})\b"
)
_HEADER_LINES = 15
_STUDIES = re.compile(
    r"(?i:\b(?:th[èe]se|thesis|m[ée]moire|master|licence|alternance|apprenti\w*|stage|internship|"
    r"promo\w*|tp|td|cours|course\w*|homework|devoir|projet de fin|pfe|semestre|semester|"
    r"universit\w*|[ée]cole|school|iut|bts|but|dut|l[123]|m[12]|[123]a)\b)"
)


def find_author_lines(
    text: str, name_spans: list[Span], protected: list[tuple[int, int]]
) -> list[Span]:
    spans = []
    for span in name_spans:
        line_start = text.rfind("\n", 0, span.start) + 1
        line_end = text.find("\n", span.end)
        line_end = len(text) if line_end == -1 else line_end
        head = _COMMENT_LINE.match(text, line_start)
        if not head:
            continue
        rest = _AFTER_NAME.match(text[:line_end], span.end)
        if rest and rest.group("rest"):
            for item in _items(text, rest.start("rest"), rest.end("rest")):
                words = re.findall(r"[^\W\d_][\w'’\-]*", text[item.start : item.end])
                named = any(
                    w[0].isupper() and fold(w) not in tech_words() and not _EPONYM.match(w)
                    for w in words
                )
                if _LICENCE.search(text, item.start, item.end):
                    continue
                if named and not any(a < item.end and item.start < b for a, b in protected):
                    spans.append(item)
        # the years of one's studies or a span of years on one's code ("Code de thèse, 2012",
        # "alternance 2021-2023", "Copyright (c) 2009-2023"); a bare date of writing stays
        studies = _STUDIES.search(text, line_start, line_end)
        for m in _YEARS.finditer(text, line_start, line_end):
            if studies or re.search(r"[-–]\s*(?:19|20)\d\d$", m.group()):
                spans.append(Span(m.start(), m.end(), "age"))
    return spans


_LICENCE = re.compile(
    r"(?i:\b(?:MIT|BSD|GPL\w*|LGPL\w*|AGPL\w*|MPL|Apache|ISC|CC[- ]BY\S*|CC0|Unlicense|EUPL|"
    r"WTFPL|licen[cs]e\w*|all rights reserved|tous droits r[ée]serv[ée]s|public domain|"
    r"domaine public|SPDX)\b)"
)
_MONTH = (
    r"(?:janv\w*|f[ée]v\w*|mars|avr\w*|mai|juin|juil\w*|ao[ûu]t|sept\w*|oct\w*|nov\w*|d[ée]c\w*|"
    r"jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|dec\w*)"
)
# A date of writing at the end of an item ("session X 2024", "mars 2024", "2023-11-14") stays:
# when one wrote a piece of code is not one's age.
_TRAILING_DATE = re.compile(
    rf"(?i:\s*,?\s*(?:(?:le\s+)?\d{{1,2}}\s+)?(?:{_MONTH}\s+)?(?:19|20)\d\d(?:[-/]\d\d[-/]\d\d)?)$"
)


# "Gram-Schmidt", "Runge-Kutta", "Boyer-Moore": a method named after two people, not a place
# ("Saint-Gatien", "Villeneuve-d'Ascq").
_EPONYM = re.compile(
    r"^(?!(?:Saint|Sainte|St|Ste|Mont|Port|Pont|Bourg|Ville|Villeneuve|Fort|Val|Le|La|Les|"
    r"Bois|Champ|Neuf|Vieux|Grand|Petit|Haute?|Basse?)-)[A-Z][a-z]+(?:-[A-Z][a-z]+)+$"
)


def _items(text: str, start: int, end: int) -> list[Span]:
    """The items after the name, each without a date of writing at its end."""
    spans = []
    for m in re.finditer(r"[^,—–()]+", text[start:end]):
        a, b = start + m.start(), start + m.end()
        piece = text[a:b]
        date = _TRAILING_DATE.search(piece)
        if date and not re.search(r"[-–]\s*(?:19|20)\d\d$", piece):
            b = a + date.start()
        piece = text[a:b]
        if piece.strip(" .-"):
            lead = len(piece) - len(piece.lstrip(" .-"))
            trail = len(piece) - len(piece.rstrip(" .-"))
            spans.append(Span(a + lead, b - trail, "employer"))
    return spans


def find_header_dates(text: str) -> list[Span]:
    """Dates on the labelled lines of a file's opening comment block."""
    spans = []
    for number, line in enumerate(re.finditer(r"[^\n]*", text)):
        if number > 2 * _HEADER_LINES:  # the empty matches between lines count twice
            break
        if not _COMMENT_LINE.match(line.group()) or not _DATE_LABEL.search(line.group()):
            continue
        for m in _YEARS.finditer(line.group()):
            spans.append(Span(line.start() + m.start(), line.start() + m.end(), "age"))
        for m in _BY_LOGIN.finditer(line.group()):
            spans.append(
                Span(
                    line.start() + m.start("login"),
                    line.start() + m.end("login"),
                    "ident",
                    anywhere=True,
                )
            )
    return spans
