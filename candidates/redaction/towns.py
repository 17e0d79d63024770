"""Towns the candidate lives in, comes from, studied or worked in, outside their identity record.

The gazetteer (data/towns.txt, built by data/build_towns.py from the official list of French
communes and GeoNames' towns of the world) is read only where a town is introduced as a place:

- after a word that introduces one ("à Vitrolles", "de Tizi Ouzou", "au Lamentin", "sur
  Tours", "in Chennai", "from Antananarivo", "near Basel"), and the towns listed after it
  ("Mulhouse ou Bâle");
- as a whole item of a profile line ("Vietnamese-French, dad of two, Ivry.", "Mantes 📍 ·").

A route ("de Dijon à Besançon", "from Leeds to York"), a town in quotes or a string literal,
and a town in code outside comments are data and stay.
"""

import re
from functools import cache

from candidates.redaction.lexicon import (
    DATA_DIR,
    countries,
    departements,
    first_names,
    tech_words,
)
from candidates.redaction.spans import Span
from candidates.redaction.text import CAP_WORD, fold


@cache
def towns() -> frozenset[str]:
    lines = (DATA_DIR / "towns.txt").read_text(encoding="utf-8").splitlines()
    names = {fold(n.strip()) for n in lines if n.strip() and not n.startswith("#")}
    return frozenset(names - first_names() - tech_words() - set(countries()))


_LINK = r"(?:sur|sous|en|lès|lez|les|la|le|de|du|des|d'|l'|aux|au|à|am|an|im|del|de la|di|da)"
_PHRASE = (
    rf"{CAP_WORD}(?:(?:[ \-]{_LINK}[ \-]|[ \-]|['’]|-[dl]['’]|-à-l['’]|-(?:sur|en|lès|le|la|les)-)"
    rf"{CAP_WORD}){{0,3}}"
)
_CUE = re.compile(
    r"(?<![\w\-'’])(?i:à|au|de|d['’]|du|pr[èe]s\s+de|vers|sur|depuis|originaire\s+de|"
    r"r[ée]gion\s+de|in|from|near|around|outside|to|between|via)"
    rf"(?:\s+|(?<=['’]))(?P<place>{_PHRASE})"
)
_INHABITANT = re.compile(
    r"(?<![\w\-])(?i:habitante?s?|native\s+of|born\s+and\s+raised\s+in)\s+"
    rf"(?:(?i:de\s+la|de\s+l['’]|du|des|de|d['’]|in|of)\s*)?(?P<place>{_PHRASE})"
)
_QUARTER = re.compile(
    r"(?<![\w\-])(?i:quartier|cit[ée]|r[ée]sidence|neighbou?rhood)\s+"
    rf"(?:(?i:de\s+la|de\s+l['’]|du|des|de|d['’])\s*)?(?P<place>{_PHRASE})"
)
_MORE = re.compile(
    rf"\s*(?:,|/|\bou\b|\bor\b|\bet\b|\band\b|\bà\b|\bto\b|->|→)\s*(?P<place>{_PHRASE})"
)
_ROUTE = re.compile(
    rf"(?<![\w\-'’])(?i:de|d['’]|from|entre|between)\s*{_PHRASE}\s*"
    rf"(?i:à|a|au|vers|jusqu['’]à|to|et|and|->|→|–|-)\s*{_PHRASE}"
)
# "J'ai déménagé de Lyon à Vitrolles", "I commute from Bayonne to San Sebastián": one's own move.
_MOVED = re.compile(
    r"(?:demenag\w*|install\w*|arrive\w*|venue?s?|partie?s?|parti|mute\w*|move[ds]?|moving|"
    r"relocat\w*|commut\w*|emigr\w*|immigr\w*|fled|fui|came|come|went|trajet quotidien)\s+$"
)
_ARTICLE_TOWN = {"au": "le ", "du": "le "}


def _longest_town(phrase: str, article: str = "") -> str | None:
    """The longest run of the phrase's first words that names a town."""
    words = re.split(r"(?<=[ \-'’])", phrase)
    for n in range(len(words), 0, -1):
        candidate = "".join(words[:n]).rstrip(" -'’")
        key = fold(candidate)
        if key in towns() or article and fold(article + candidate) in towns():
            return candidate
    return None


# Who the town belongs to: the writer ("je", "my"), not the exercise's data or someone else's
# place ("des magasins à Lyon", "a client in Caen", "a meetup in Nantes", "your office in
# Lille", "hébergé à Paris").
_WRITER = re.compile(
    r"(?<![\w'’])(?:(?:je|jsuis|moi|mon|ma|mes|i|i'm|i've|i'd|my|me)(?![\w'’])|[jm]['’])"
    # what one says of oneself without a pronoun: "Diplôme obtenu à …", "Née à …"
    r"|\b(?:dipl[oô]m\w*|etudes|studied|studies|stage|internship|formation|master|licence|"
    r"alternance|apprenti\w*|nee?s?|born|grandi|grew up|raised|originaire|originally|"
    r"habit\w*|lives?|lived|living|based|basee?s?|installee?s?|arrivee?s?|demenag\w*|moved|"
    r"mobile|mobilite|relocat\w*|travaill\w*|worked|working|ancien\w*|former\w*|"
    r"previously|ex-\w+)\b"
)
_OTHERS_PLACE = re.compile(
    r"(?<![\w])(?:test\w*|essai\w*|benchmark\w*|evalu\w*|simul\w*|clients?|customers?|magasins?|stores?|shops?|boutiques?|agences?|branch\w*|"
    r"entrep[ôo]ts?|warehouses?|players?|joueurs?|users?|utilisateurs?|meetups?|conf[ée]rences?|"
    r"conferences?|salons?|hackathons?|talks?|events?|[ée]v[ée]nements?|offices?|bureaux?|"
    r"h[ée]berg\w*|hosted|hosting|serveurs?|servers?|r[ée]plique|replicas?|datacenters?|"
    r"donn[ée]es|data(?!\s+(?:analyst|engineer|scientist|science|engineering|manager|architect))|"
    r"dataset|jeu|sample|trajets?|routes?|shipments?|livraisons?|deliver\w*|"
    r"export\w*|your|votre|vos|distance|jo|olympi\w*|"
    r"projets?|projects?|march[ée]|market|ville|city|mairie|m[ée]tropole|vols?|flights?|trains?|"
    r"voyage\w*|travel\w*|visit\w*|tourn[ée]e|tour|vacances|holidays?|trip)(?![\w'’])"
)
_SENTENCE_END = re.compile(r"[.!?;\n]")
# "an app for a clinic in Lyon", "un site pour une boulangerie de Caen": whom one built for;
# "I worked for a bank in Pune" is one's employer.
_BUILT_FOR = re.compile(r"(?<![\w])(?:for|pour)\s+(?:an?|the|une?|la|le|les|des|l['’])\s")
_WORKED = re.compile(r"(?:work\w*|travaill\w*|bosse\w*|bossai\w*)\s+(?:for|pour)\s+\S+\s$")


def _sentence(text: str, pos: int) -> tuple[int, int]:
    start = max(text.rfind(c, 0, pos) for c in ".!?;\n") + 1
    end = _SENTENCE_END.search(text, pos)
    return start, end.start() if end else len(text)


def find_towns(text: str, *, kind: str, code: bool) -> list[Span]:
    spans = []
    folded = fold(text)
    routes = [
        (m.start(), m.end())
        for m in _ROUTE.finditer(text)
        if not _MOVED.search(folded, max(0, m.start() - 40), m.start())
    ]
    for m in _CUE.finditer(text):
        cue = fold(m.group().split()[0]).rstrip("'")
        if any(a <= m.start("place") < b for a, b in routes):
            continue  # "de Dijon à Besançon", "from Leeds to York": a route, data
        start, end = _sentence(folded, m.start())
        window = folded[max(start, m.start() - 40) : m.start() + len(m.group().split()[0])]
        if _OTHERS_PLACE.search(window):
            continue
        built_for = _BUILT_FOR.search(window)
        if built_for and not _WORKED.search(window, 0, built_for.end()):
            continue
        if kind != "profile" and not _WRITER.search(folded, start, end):
            continue
        found = _town_at(text, m.start("place"), m.group("place"), _ARTICLE_TOWN.get(cue, ""))
        while found:
            spans.append(found)
            more = _MORE.match(text, found.end)
            found = more and _town_at(text, more.start("place"), more.group("place"))
    # "habitante du Franc-Moisin", "native of Ballyfermot": where one lives, in the gazetteer or not
    for m in _INHABITANT.finditer(text):
        spans.append(Span(m.start("place"), m.end("place"), "place"))
    if kind == "profile":
        spans += _towns_as_items(text)
        # a profile describes its writer: "Luso-bordelais, quartier Saint-Michel."
        spans += [Span(m.start("place"), m.end("place"), "place") for m in _QUARTER.finditer(text)]
    spans += _elsewhere(text, {text[s.start : s.end] for s in spans})
    # "Bastia (Haute-Corse)", "Rodez (12)": the département after the writer's town
    for span in list(spans):
        after = _DEPARTEMENT_AFTER.match(text, span.end)
        if after and fold(after.group("dept")) in _departement_names():
            spans.append(Span(after.start("dept"), after.end("dept"), "place"))
    if code:
        spans = [s for s in spans if _in_comment(text, s.start)]
    return spans


def _town_at(text: str, start: int, phrase: str, article: str = "") -> Span | None:
    name = _longest_town(phrase, article)
    if not name or name.isupper():
        return None  # "DAX", "LENS": an acronym, not a town
    end = start + len(name)
    before = text[start - 1 : start]
    if before in "\"'`«“" and start > 0 and text[start - 2 : start - 1] != " " and before != "'":
        return None
    if before in '"`«“' or text[end : end + 1] in '"`»”':
        return None  # a town in quotes is data
    return Span(start, end, "city")


_DEPARTEMENT_AFTER = re.compile(r"\s*\(\s*(?P<dept>[^()\n]{2,30}?)\s*\)")


@cache
def _departement_names() -> frozenset[str]:
    table = departements()
    return frozenset({fold(n) for names in table.values() for n in names} | set(table))


def _elsewhere(text: str, names: set[str]) -> list[Span]:
    """Every other mention of a town found as the writer's: "études à Turin" makes the Turin of
    "le chantier Lyon-Turin" theirs too, as a reader would link them."""
    spans = []
    for name in names:
        for m in re.finditer(rf"(?<![^\W\d_]){re.escape(name)}(?![^\W\d_])", text):
            spans.append(Span(m.start(), m.end(), "city"))
    return spans


_ITEM = re.compile(
    rf"(?m)(?:^|(?<=[·•|,;—–(])|(?<=[.!?] ))[ \t]*(?P<place>{_PHRASE})[ \t]*"
    r"(?:\([^()\n]{1,30}\)|[^\w\s,.;·•|()\-—–]{1,3})?[ \t]*(?=$|[·•|,;.)—–])"
)


def _towns_as_items(text: str) -> list[Span]:
    spans = []
    for m in _ITEM.finditer(text):
        name = m.group("place")
        if fold(name) in towns() and not name.isupper():
            spans.append(Span(m.start("place"), m.end("place"), "city"))
    return spans


_COMMENT_LINE = re.compile(r"(?m)^\s*(?:#|//|/\*|\*|--|;|<!--|%|!)")


def _in_comment(text: str, pos: int) -> bool:
    line_start = text.rfind("\n", 0, pos) + 1
    return bool(_COMMENT_LINE.match(text, line_start))
