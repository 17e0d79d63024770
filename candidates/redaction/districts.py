"""Where one lives given as a district and its postcode district, or a town's area.

- a place then a British outward code ("Sparkbrook, B11", "Peckham SE15", "Leith EH6"), at the
  end of a profile field or a sentence: the outward code is one of the 121 postcode areas of the
  Royal Mail (B, CR, EH, SE…) followed by the district number;
- a town of the gazetteer with a word of its area ("Lille metro", "Greater Leeds", "la
  métropole de Rennes", "l'agglo de Caen", "near Bristol area").

Answers and profiles only.
"""

import re
from functools import cache

from candidates.redaction.spans import Span
from candidates.redaction.text import CAP_WORD, fold
from candidates.redaction.towns import towns

# Royal Mail postcode areas.
_AREAS = (
    "AB AL B BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT DY E "
    "EC EH EN EX FK FY G GL GU HA HD HG HP HR HS HU HX IG IP IV KA KT KW KY L LA LD LE LL LN LS LU "
    "M ME MK ML N NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM S SA SE SG SK SL SM SN SO SP "
    "SR SS ST SW SY TA TD TF TN TQ TR TS TW UB W WA WC WD WF WN WR WS WV YO ZE"
).split()
_PLACE = rf"{CAP_WORD}(?:[ \-]{CAP_WORD}){{0,2}}"


@cache
def _outward() -> re.Pattern:
    areas = "|".join(sorted(_AREAS, key=len, reverse=True))
    return re.compile(
        rf"(?<![\w\-])(?P<place>{_PLACE}),?[ \t]+(?P<code>(?:{areas})\d{{1,2}}[A-Z]?)"
        r"(?=[ \t]*(?:[·•|—–)\n.;]|$))"
    )


_AREA_AFTER = re.compile(rf"(?P<town>{_PLACE})[ \t]+(?i:metro|metropolitan area|area)\b")
_AREA_BEFORE = re.compile(
    rf"\b(?:Greater|greater|(?i:la m[ée]tropole (?:de|d['’])|l['’]agglo(?:m[ée]ration)? "
    rf"(?:de|d['’])|le grand|the greater))[ \t]*(?P<town>{_PLACE})"
)


def find_districts(text: str) -> list[Span]:
    spans = []
    for m in _outward().finditer(text):
        if m.group("place").isupper():
            continue  # "ICH E9", "ISO E6": a standard and its section
        spans.append(Span(m.start("place"), m.end("place"), "city"))
        spans.append(Span(m.start("code"), m.end("code"), "postcode"))
    for regex in (_AREA_AFTER, _AREA_BEFORE):
        for m in regex.finditer(text):
            if fold(m.group("town")) in towns():
                spans.append(Span(m.start("town"), m.end("town"), "city"))
    return spans
