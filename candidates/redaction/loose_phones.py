"""Phone numbers written loosely, where no phone pattern holds them whole.

- after a phone cue ("mon num", "tél :", "call me on", "WhatsApp"), digit groups cut by
  slashes, dashes, dots or words ("06 28 / 59 41 / 07", "07 69 puis 23 55 81"): taken together
  when they add up to a number's length (6 to 12 digits);
- in a profile line, a field that is only digits in pairs ("87 71 30 46", "79.42.18"): the
  6- and 8-digit numbers of New Caledonia, French Polynesia, Wallis-et-Futuna and
  Saint-Pierre-et-Miquelon, which no 10-digit pattern sees.

Answers and profiles only: in code, digits in pairs are data (versions, addresses, ports).
"""

import re

from candidates.redaction.spans import Span

_CUE = re.compile(
    r"(?i:\b(?:(?:mon|my|new|nouveau)\s+(?:num(?:[ée]ro)?|n°|t[ée]l(?:[ée]phone)?|portable|mobile|"
    r"phone(?:\s+number)?|number|cell)|num(?:[ée]ro)?\s+de\s+(?:t[ée]l[ée]phone|portable|t[ée]l)|"
    r"t[ée]l[ée]phone|t[ée]l|portable|mobile|phone|cell|whatsapp|call me (?:on|at)|"
    r"text me (?:on|at)|joignable au|appelez-moi au)\b\.?)"
    r"(?:\s*(?:a chang[ée]|has changed|est|is|c['’]est))?\s*[:=]?\s*"
)
_GROUP = r"\+?\d{1,4}"
_JOIN = r"(?:\s*(?:[/.\-—–,]|puis|then|et|and|ou)\s*|\s+)"
_RUN = re.compile(rf"{_GROUP}(?:{_JOIN}{_GROUP}){{1,6}}(?!\d)")
_PAIRS_FIELD = re.compile(
    r"(?m)(?:^|(?<=[·•|—–]))[ \t]*(?P<n>\d\d(?:[ .]\d\d){2,3})[ \t]*(?=[·•|—–]|$)"
)


def find_loose_phones(text: str) -> list[Span]:
    spans = []
    for cue in _CUE.finditer(text):
        m = _RUN.match(text, cue.end())
        if m and 6 <= sum(c.isdigit() for c in m.group()) <= 12:
            spans.append(Span(m.start(), m.end(), "phone"))
    for m in _PAIRS_FIELD.finditer(text):
        spans.append(Span(m.start("n"), m.end("n"), "phone"))
    return spans
