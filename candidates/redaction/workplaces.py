"""Where the candidate worked, in the shapes career stories take beyond "chez X" / "at X".

- an organisation with the time spent there in brackets: "Sage (3 yrs)", "Telerik (4 ans)",
  "Decathlon (5 ans, siège de Lille)";
- a time then the organisation: "30 ans à la Caisse d'Épargne", "12 years at Thales";
- a profile line that lists a school then employers: "Ensimag 2014 · Schneider Electric ·
  Soitec", "EPITA 2012 → BlaBlaCar → Lydia", "University of Leeds, BSc 2011 · Sky · Sage";
- a job held in a public or care institution, named or not by its proper name: "infirmière à
  l'hôpital Henri-Mondor", "technicien au ministère de l'Intérieur", "secrétaire à la clinique
  Saint-Roch", "agent à la mairie de Pantin", in a sentence where the writer speaks.
"""

import re

from candidates.redaction.background import _JOB_WORD, _ORG, _STUDIES
from candidates.redaction.lexicon import tech_words
from candidates.redaction.spans import Span
from candidates.redaction.text import fold
from candidates.redaction.towns import towns

_NUMBER = (
    r"(?i:\d+\+?|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix(?:-\w+)?|onze|douze|"
    r"treize|quatorze|quinze|seize|vingt"
    r"(?:-\w+)?|trente|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty(?:-\w+)?|thirty)"
)
_UNIT = r"(?:ans?|années?|mois|years?|yrs?|months?)"
_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’.\-]*[\w]|[A-ZÀ-ÖØ-Þ]"
# "Caisse d'Épargne", "Sky Betting & Gaming", "Banque de France", "Bank of Ireland"
_FULL_ORG = (
    rf"(?:{_WORD})(?:(?:\s+(?:(?:de|du|des|de la|of|and|&)\s+)?|\s*d['’]\s*)(?:{_WORD})){{0,4}}"
)
_ORG_TIME = re.compile(
    rf"(?<![\w\-])(?P<org>{_FULL_ORG})\s*\(\s*(?:~|±|plus de|over|about|environ)?\s*{_NUMBER}\s*"
    rf"{_UNIT}\b[^()\n]{{0,60}}\)",
    re.IGNORECASE,
)
_TIME_AT = re.compile(
    rf"(?<![\w\-]){_NUMBER}\s*(?i:{_UNIT})\s+(?i:à|a|au|chez|at|with|in)\s+"
    rf"(?:(?i:la|le|les|the)\s+|(?i:l)['’]\s*)?(?P<org>{_FULL_ORG})"
)
_AGE_AFTER_NAME = re.compile(
    r"(?:\b[A-Z]\.\s*)?\b[A-ZÀ-Þ][\w'’\-]+\s*\(\s*(?:1[6-9]|[2-9]\d)\s*"
    r"(?:ans|years old|y\.?o\.?)\s*\)"
)
_SEPARATOR = re.compile(r"\s+(?:·|•|→|->|\||»)\s+")
_SCHOOL_ITEM = re.compile(
    r"(?:(?:19|20)\d\d|['’]\d\d\b|\b(?:bsc|msc|ba|ma|mba|phd|master|licence|bachelor|"
    r"ing[ée]nieur|engineering degree|dipl[ôo]m\w*|graduate)\b)",
    re.IGNORECASE,
)
_ORG_ITEM = re.compile(rf"^(?:{_ORG})$")
_INSTITUTION = re.compile(
    r"(?<![\w])(?i:à|a|au|aux|chez|at)\s+(?:(?i:la|le|les|the)\s+|(?i:l)['’]\s*)?"
    r"(?P<org>(?i:clinique|h[ôo]pital|hospital|minist[èe]re|ministry|mairie|town hall|"
    r"collectivit[ée]|pr[ée]fecture|chambre d['’]\w+|caisse|banque|chu|chr|centre hospitalier|"
    r"ehpad|maison de retraite|rectorat|conseil (?:d[ée]partemental|r[ée]gional|g[ée]n[ée]ral)|"
    r"m[ée]tropole|communaut[ée] d['’]agglom[ée]ration|agglo|d[ée]partement|r[ée]gion|"
    r"universit[ée]|university|laboratoire|labo|lyc[ée]e|coll[èe]ge|[ée]cole|caf|cpam|urssaf|"
    r"pôle emploi|france travail|sncf|ratp)"
    r"(?:(?:[ \-](?:de |du |des |de la |de l['’])?|\s*d['’])[A-ZÀ-Þ][\w'’\-]*){0,4})"
)
_WORKER = re.compile(
    r"(?:\bj['’](?:etais|ai ete|ai travaille|ai bosse)|\bje (?:suis|travaille|bosse|travaillais)|"
    r"\bcomme\b|\ben tant que\b|\bi (?:was|am|worked|work)\b|\bi'm\b|\bas an?\b|\bancien\w*|"
    r"\bformer\b|\bex-)"
)


# "Ikusi (San Sebastián)", "currently at Apple (Cork)": an organisation and the town it is in.
_ORG_TOWN = re.compile(rf"(?<![\w\-])(?P<org>{_FULL_ORG})\s*\(\s*(?P<town>[^()\n,]{{2,40}}?)\s*\)")


_UNIT_WORD = re.compile(r"\b(?:ans?|annees?|mois|years?|yrs?|months?)\b")


def find_workplaces(text: str, folded: str, *, kind: str) -> list[Span]:
    spans = []
    timed = bool(_UNIT_WORD.search(folded))
    bracketed = "(" in text
    for m in _ORG_TOWN.finditer(text) if bracketed else ():
        if fold(m.group("town")) in towns() and not _not_an_organisation(m.group("org")):
            if kind == "profile" or _WORKER.search(folded, max(0, m.start() - 60), m.start()):
                spans.append(Span(m.start("org"), m.end("org"), "employer"))
                spans.append(Span(m.start("town"), m.end("town"), "city"))
    for regex in (_ORG_TIME, _TIME_AT) if timed else ():
        if regex is _ORG_TIME and not bracketed:
            continue
        for m in regex.finditer(text):
            if _not_an_organisation(m.group("org")):
                continue
            if regex is _ORG_TIME and _AGE_AFTER_NAME.search(text, max(0, m.start() - 4), m.end()):
                continue  # "T. Garnier (31 ans)": a person's age
            spans.append(Span(m.start("org"), m.end("org"), "employer"))
    for m in _INSTITUTION.finditer(text):
        start = max(folded.rfind(c, 0, m.start()) for c in ".!?\n") + 1
        if _WORKER.search(folded, start, m.start()):
            spans.append(Span(m.start("org"), m.end("org"), "employer"))
    if kind == "profile":
        spans += _career_lines(text)
    return spans


def _not_an_organisation(org: str) -> bool:
    words = [fold(w) for w in re.findall(r"[^\W\d_]+", org)]
    return (
        not words
        or any(w in tech_words() for w in words)
        or bool(_JOB_WORD.search(org))
        or bool(_STUDIES.search(org))
        or fold(org) in towns()
    )


def _career_lines(text: str) -> list[Span]:
    """Employers listed after a school on one profile line."""
    spans = []
    for line in re.finditer(r"[^\n]+", text):
        pieces, pos = [], line.start()
        for sep in _SEPARATOR.finditer(line.group()):
            pieces.append((pos, line.start() + sep.start()))
            pos = line.start() + sep.end()
        pieces.append((pos, line.end()))
        if len(pieces) < 2:
            continue
        items = [(a, text[a:b].rstrip(" .")) for a, b in pieces]
        if sum(_is_technology(item) for _, item in items) >= 2:
            continue  # "Spring Boot · Kafka · OpenShift · Univ. Lorraine 2015": a stack line
        if not any(_SCHOOL_ITEM.search(item) or _STUDIES.search(item) for _, item in items):
            continue
        for start, item in items:
            if _SCHOOL_ITEM.search(item) or _STUDIES.search(item):
                continue
            if _ORG_ITEM.match(item) and not _not_an_organisation(item):
                spans.append(Span(start, start + len(item), "employer"))
    return spans


def _is_technology(item: str) -> bool:
    words = [fold(w) for w in re.findall(r"[^\W\d_]+", item)]
    return bool(words) and words[0] in tech_words()
