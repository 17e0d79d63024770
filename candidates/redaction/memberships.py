"""Clubs, associations, bands and brigades that place the candidate in a town or a community.

Matched by the shapes such names take rather than by a list of names:

- a sports club: a club prefix ("US", "ES", "FC", "Stade", "Étoile", "Section"…) then a
  capitalised name ("l'US Ivry", "l'Étoile de Morne-à-l'Eau", "Section Paloise"), where the
  sentence says the writer plays, coaches, supports or volunteers;
- a neighbourhood institution named after its place, which is always local: "MJC
  Bellefontaine", "centre social des Tilleuls", "maison de quartier du Vieux-Port";
- an association or a club by what it gathers, with its place: "l'asso Vaulx Numérique", "le club
  de pêche du Port", "l'association des étudiants togolais de Dijon", where the writer belongs;
- the band or choir one plays or sings in: "je joue dans le groupe Lafourmi Band", "mon groupe
  de maloya";
- a volunteer firefighter and their station ("pompier volontaire à la caserne de …").
"""

import re

from candidates.redaction.spans import Span
from candidates.redaction.text import sentence_around

_CAP = r"[A-ZÀ-ÖØ-Þ]"
_NAME = rf"{_CAP}[\w'’\-]*(?:[ \-](?:(?:de|du|des|d['’]|la|le|l['’])\s*)?{_CAP}[\w'’\-]*){{0,3}}"
_CLUB = re.compile(
    r"(?<![\w])(?P<club>(?:US|AS|ES|FC|RC|SC|CS|SA|UA|JA|JS|AJ|SO|OGC|CA|ASPTT|USM|ASM|UST|ESM|"
    r"AAS|SCO|SU|EA|GS|ASC|USC|FCO|AL|Stade|Olympique|Racing|Sporting|Entente|[ÉE]toile|"
    r"Jeunesse|Avenir|Section|Union sportive|Association sportive|Amicale|Cercle|Patronage)"
    rf"\s+(?:(?:de|du|des)\s+|d['’]\s*)?{_NAME})"
)
_MEMBER = re.compile(
    r"(?i:\b(?:coach\w*|entra[îi]n\w*|[ée]ducat\w*|joue\w*|play\w*|licenci\w*|b[ée]n[ée]vole\w*|"
    r"volunteer\w*|membre|member|pr[ée]sident\w*|tr[ée]sori\w*|secr[ée]tai\w*|capitaine|"
    r"captain|arbitre|referee|supporte\w*|fan|for life|anime\w*|animat\w*|je fais|i run|runs|"
    r"atelier|cours|lessons?|j['’]y|club|rugby|foot\w*|soccer|basket\w*|hand\w*|tennis|judo|"
    r"karat[ée]|boxe|boxing|natation|swimming|hurling|gaelic|cricket|athl[ée]\w*|escalade|"
    r"climbing|ping-pong|badminton|volley\w*|cyclis\w*|v[ée]lo|loisirs?|U\d{2}|secretary|"
    r"treasurer|chair\w*|committee|sings?|singer|singing|alto|soprano|tenor|rameu\w*|rower|"
    r"rowing|pagaie\w*|paddl\w*|joueu\w*|player|tutor\w*|mentor\w*)\b)"
)
_LOCAL_PLACE = re.compile(
    rf"(?<![\w])(?P<club>(?:MJC|centre social|maison de quartier|maison des jeunes|"
    rf"maison pour tous|foyer rural|comit[ée] des f[êe]tes)\s+(?:(?:de la|de l['’]|du|des|de)\s*)?"
    rf"{_NAME})",
    re.IGNORECASE,
)
_ASSOCIATION = re.compile(
    r"(?<![\w])(?P<club>(?:l['’]\s*)?(?i:asso(?:ciation)?|amicale|club|collectif|f[ée]d[ée]ration)"
    r"(?:\s+(?:de|du|des|d['’])\s*[a-zà-ÿ][\w\-'’]*(?:\s+[a-zà-ÿ][\w\-'’]*)?)?"
    r"(?:\s+(?:de la|de l['’]|du|des|de|d['’])\s*|\s+)"
    rf"{_NAME})"
)
_BAND = re.compile(
    r"(?i:\b(?:dans|avec|in|with)\s+(?:le|mon|ma|notre|my|our|the|a|un|une)\s+)"
    r"(?P<club>(?i:groupe|band|chorale|choir|orchestre|orchestra|fanfare|troupe|ensemble|"
    r"batucada|bagad|cercle celtique)"
    rf"(?:\s+(?i:de|d['’])\s*[\w\-]+|\s+{_NAME})?)"
)
# "Young Farmers' Club", "Hebden Bridge Cricket Club", "St Cuthbert's Choir": a named club,
# society, choir or band in English.
_EN_CLUB = re.compile(
    r"(?<![\w])(?!(?:\w+[ \t]+)?(?:Code|Coding|Hack\w*|Tech|Dev\w*|Data|Book|Startup|Fight|"
    r"Breakfast|Rust|Python|Java\w*)[ \t]+Club)"
    rf"(?P<club>(?:{_CAP}[\w'’\-]*[ \t]+){{1,3}}(?:Club|Society|Choir|Band|Orchestra|"
    r"Ensemble|Scouts|Guides))(?![\w])"
)
# "joueur de gwoka, groupe Akiyo", "I sing in the choir Voces8": a band named after a music cue.
_MUSIC = re.compile(
    r"(?i:\b(?:jou\w+|play\w*|chant\w*|sing\w*|musicien\w*|percussion\w*|drumm\w*|"
    r"guitar\w*|danse\w*|danc\w*)\b)"
)
_NAMED_BAND = re.compile(
    rf"(?<![\w])(?P<club>(?i:groupe|band|chorale|choir|ensemble|orchestre|troupe)\s+{_NAME})"
)
# "a morna band in Delfshaven", "une chorale à Hautepierre": a band and where it plays.
_BAND_PLACE = re.compile(
    rf"(?<![\w])(?P<club>(?i:band|groupe|chorale|choir|troupe|fanfare)\s+(?i:in|at|à|a|de|du)\s+"
    rf"{_NAME})"
)
# "the Ladypool Road mosque", "la paroisse Saint-Joseph": a named place of worship.
_WORSHIP = re.compile(
    rf"(?<![\w])(?P<club>{_NAME}\s+(?i:mosque|church|temple|synagogue|gurdwara|chapel|parish|"
    rf"cathedral)|(?i:mosqu[ée]e|[ée]glise|temple|synagogue|paroisse|chapelle|gurdwara)\s+"
    rf"(?:(?i:de la|de l['’]|du|des|de|d['’])\s*)?{_NAME})"
)
_FIRST_PERSON = re.compile(r"(?i:(?<![\w'’])(?:je|moi|mon|ma|mes|i|i'm|my|me|jsuis|j['’]))(?![\w])")
_BRIGADE = re.compile(
    r"(?i:\b(?:sapeurs?[- ]pompiers?|pompiers?\s+volontaires?|volunteer\s+fire\s*fighters?|"
    r"retained\s+firefighters?|on-call\s+firefighters?|jeunes sapeurs-pompiers|jsp)\b"
    r"[^.;\n]*)"
)


def find_memberships(text: str, *, code: bool) -> list[Span]:
    spans = []
    for m in _CLUB.finditer(text):
        start, end = sentence_around(text, m.start())
        if _MEMBER.search(text, start, end) or _FIRST_PERSON.search(text, start, end):
            spans.append(Span(m.start("club"), m.end("club"), "personal"))
    for m in _LOCAL_PLACE.finditer(text):
        spans.append(Span(m.start("club"), m.end("club"), "personal"))
    for m in _ASSOCIATION.finditer(text):
        if re.search(rf"{_CAP}[\w\-]*\s$", text[max(0, m.start() - 20) : m.start()]):
            continue  # "Code Club de Grenoble": a named network; its town is found as a town
        start, end = sentence_around(text, m.start())
        if _MEMBER.search(text, start, end) and (
            _FIRST_PERSON.search(text, start, end) or not code
        ):
            spans.append(Span(m.start("club"), m.end("club"), "personal"))
    for m in _BAND.finditer(text):
        start, end = sentence_around(text, m.start())
        if _FIRST_PERSON.search(text, start, end) and m.group("club").lower() != "groupe":
            spans.append(Span(m.start("club"), m.end("club"), "personal"))
    for regex in (_EN_CLUB, _NAMED_BAND, _BAND_PLACE, _WORSHIP):
        for m in regex.finditer(text):
            start, end = sentence_around(text, m.start())
            if code and regex is not _WORSHIP:
                continue
            cue = _MUSIC if regex is _NAMED_BAND else _MEMBER
            if cue.search(text, start, end) or _FIRST_PERSON.search(text, start, end):
                spans.append(Span(m.start("club"), m.end("club"), "personal"))
    for m in _BRIGADE.finditer(text):
        spans.append(Span(m.start(), m.end(), "personal"))
    return spans
