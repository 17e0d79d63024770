"""The time zone one lives in, said as an offset or a place's time: it locates the writer as a
town does ("je suis à 11 h de décalage", "I'm on Hobart time (UTC+10)", "fuseau UTC−4").

Three shapes, in answers and profiles only (in code a zone is configuration):

- a difference of hours said where the writer says where they are: "9 h de décalage avec
  Paris", "six hours ahead of the team", with the rest of the clause;
- "I'm on <Place> time", with the offset in brackets after it;
- a zone or an offset given as one's own: "fuseau UTC−4", "timezone: GMT+8", "I'm in UTC-5".

Offsets of metropolitan France and its neighbours (UTC, UTC+1, UTC+2) say nothing and stay, as
do the zones of servers and of the team ("stocker en UTC", "Europe/Paris").
"""

import re

from candidates.redaction.spans import Span
from candidates.redaction.text import sentence_around

_NUMBER = (
    r"(?:\d{1,2}(?:[.,]5)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze)"
)
_OFFSET = r"(?:UTC|GMT)\s*(?P<sign>[+\-−–])\s*(?P<hours>\d{1,2})(?::?[0-5]\d)?"
_DIFFERENCE = re.compile(
    rf"(?i:\b{_NUMBER}\s*(?:h|heures?)\s+de\s+d[ée]calage\b"
    rf"|\b{_NUMBER}[- ]hours?\s+(?:ahead|behind|(?:of\s+)?(?:time\s+)?difference)\b)"
    r"[^.;!?\n]*"
)
_LIVING = re.compile(
    r"(?i:\b(?:je suis|j['’]habite|je vis|je travaille|chez moi|ici|on est|nous sommes|"
    r"i['’]m|i am|i live|i work|we['’]re|we are|here|at home|based|bas[ée]e?)\b)"
)
_PLACE_TIME = re.compile(
    r"(?i:\b(?:i['’]m|i am|we['’]re|we are|i work|i live|i['’]ll be)\s+on\s+)"
    r"(?P<zone>(?P<place>[A-ZÀ-Þ][\w'’\-]*(?:\s+[A-ZÀ-Þ][\w'’\-]*)?)\s+time\b"
    rf"(?:\s*\(\s*{_OFFSET}\s*\))?)"
)
_NOT_A_PLACE = frozenset(
    "paris london uk gmt utc cet cest bst european europe french british central western "
    "eastern the".split()
)
_OWN_ZONE = re.compile(
    r"(?i:\b(?:fuseau(?:\s+horaire)?|time\s*zone|timezone|tz)\s*:?\s*"
    r"|\b(?:i['’]m|i am|je suis|based|bas[ée]e?|living|live)\s+(?:in|en|on|sur)\s+)"
    rf"{_OFFSET}"
)


def _says_nothing(m: re.Match) -> bool:
    hours = int(m.group("hours"))
    return hours == 0 or (hours <= 2 and m.group("sign") == "+")


def find_time_zones(text: str) -> list[Span]:
    if not re.search(r"(?i)d[ée]calage|hours?\s|time|fuseau|zone|tz|utc|gmt", text):
        return []
    spans = []
    for m in _DIFFERENCE.finditer(text):
        start, end = sentence_around(text, m.start())
        if _LIVING.search(text, start, end):
            spans.append(Span(m.start(), m.end(), "place"))
    for m in _PLACE_TIME.finditer(text):
        if m.group("place").casefold() not in _NOT_A_PLACE:
            spans.append(Span(m.start("zone"), m.end("zone"), "place"))
    for m in _OWN_ZONE.finditer(text):
        if not _says_nothing(m):
            spans.append(Span(m.start(), m.end(), "place"))
    return spans
