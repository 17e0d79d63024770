"""Postal addresses, postcodes, the candidate's city and places of residence."""

import re
from functools import lru_cache

from candidates.redaction.identity import Identity
from candidates.redaction.lexicon import common_words, departements, neighbourhoods, tech_words
from candidates.redaction.spans import Span
from candidates.redaction.text import CAP_WORD, Prefiltered, compiled, fold

_STREET_TYPES = (
    r"rue|avenue|av\.|boulevard|bd|bld|allées|allees|allée|allee|quais|impasse|place|chemin|route|quai|cours|square|"
    r"passage|résidence|residence|lotissement|hameau|cité|cite|voie|sentier|street|st\.|road|rd\.?|"
    r"lane|drive|way|close|crescent|terrace|gardens|avenue|court|grove|galerie|parvis|esplanade|"
    r"mail|promenade|villa|rond-point|montée|montee|traverse|ruelle|chaussée|chaussee|faubourg|"
    r"domaine|square|sente|venelle|cour|place"
)
_STREET_WORD = (
    rf"(?:(?:l|d)['’]{CAP_WORD}|{CAP_WORD}|des|du|de|les|la|le|l'|d'|the|of|saint|sainte|st|"
    rf"[A-Z]\.)"
)
ADDRESS = re.compile(
    rf"(?<![\w])\d{{1,4}}(?:\s?(?:bis|ter|[A-Da-d]))?,?\s+(?:{_STREET_TYPES})\s+"
    rf"{_STREET_WORD}(?:[\s\-']+{_STREET_WORD}){{0,5}}",
    re.IGNORECASE,
)
# "12 Baker Street", "Flat 3, 27 Old Kent Road": number, name, then the street type.
ADDRESS_EN = re.compile(
    rf"(?<![\w])(?:(?:Flat|Apartment|Apt\.?|Unit|Suite)\s+\w+,?\s+)?\d{{1,4}}[A-Za-z]?,?\s+"
    rf"(?:{CAP_WORD}\s+){{1,3}}(?:Street|Road|Avenue|Lane|Drive|Way|Close|Crescent|Terrace|"
    rf"Gardens|Court|Grove|Place|Square|Row|Hill|Mews|Walk|Park|St\.?|Rd\.?|Ave\.?)(?![\w])"
)
FR_POSTCODE_CITY = re.compile(rf"(?<![\w])(?:0[1-9]|[1-8]\d|9[0-8])\d{{3}}(?=\s+{CAP_WORD})")
# "Toulouse (31200)", "[ville] (78190)": a postcode in brackets after a town.
BRACKET_POSTCODE = re.compile(r"(?<=[^\W\d_\]]\s\()(?:0[1-9]|[1-8]\d|9[0-8])\d{3}(?=\))")
UK_POSTCODE = re.compile(r"(?<![\w])[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}(?![\w])")
ARRONDISSEMENT = re.compile(
    r"(?<![\w])\d{1,2}\s?(?:e|è|ème|eme|er|th|st|nd|rd)\s+arrondissement", re.I
)

# "J'habite à Roubaix", "I still live in Rusholme, Manchester", "based in Lyon".
RESIDENCE_CUE = re.compile(
    r"(?:j'habite|je vis|je reside|je demeure|je suis basee?|je suis installee?|domiciliee?|basee?|"
    r"residant|habitant|i (?:still |now |currently )?live|i'm living|i am living|living|i've lived|"
    r"i have lived|i lived|i'm based|i am based|based|i reside|i've been living|i have been living|"
    r"i've been based)"
    r"(?:\s+(?:toujours|actuellement|maintenant|aujourd'hui|desormais|still|now|currently))?"
    r"(?=\s+(?:a|au|aux|en|in|at|near|pres de|dans|outside|just outside)\s)",
)
_PLACE_INTRO = (
    r"(?:\s*,\s*|\s+)(?:(?:à|a|au|aux|en|in|at|near|près de|pres de|dans|sur|on|outside|vers|"
    r"côté|cote|around|close to)\s+)?"
)
_PLACE_ARTICLE = r"(?:(?:le|la|les|l'|the)\s*)?"
_COUNTRYISH = {"france", "europe", "angleterre", "england", "uk", "ile-de-france", "belgique"}


def _place_after(text: str, pos: int) -> list[Span]:
    """Consume "à X, dans le quartier Y, in Z 8" after a residence cue."""
    spans = []
    place = re.compile(
        rf"{_PLACE_INTRO}{_PLACE_ARTICLE}(?P<place>{CAP_WORD}(?:\s+(?:(?:de|du|des|la|le|sur|sous|en)\s+)?"
        rf"(?:{CAP_WORD}|\d{{1,2}}(?:er|e|ème|eme)?(?!\w|[,.]\d)))*(?:\s\(\d{{2,3}}\))?)"
    )
    while True:
        m = place.match(text, pos)
        if not m or m.group("place").split()[0].lower() in {"i", "je"}:
            break
        if fold(m.group("place")).lower() not in _COUNTRYISH:
            spans.append(Span(m.start("place"), m.end("place"), "city"))
        pos = m.end()
        # "à Nantes (Bottière)": the neighbourhood in brackets after the town
        inside = _BRACKETED_PLACE.match(text, pos)
        if inside and fold(inside.group("place")) not in _COUNTRYISH:
            spans.append(Span(inside.start("place"), inside.end("place"), "place"))
            pos = inside.end()
    return spans


_BRACKETED_PLACE = re.compile(
    rf"\s*\(\s*{_PLACE_ARTICLE}(?P<place>{CAP_WORD}(?:[\s\-](?:(?:de|du|des|la|le|d['’])\s?)?"
    rf"{CAP_WORD}){{0,3}})\s*\)"
)


# Leading words of a compound commune that are no town on their own.
_NOT_A_TOWN_ALONE = frozenset(
    "saint sainte st ste le la les notre port pont mont fort bourg val ville font bois".split()
)


def _city_forms(city: str | None) -> list[str]:
    """The candidate's city, and the short name of a compound commune, which is the town as
    people say it: « Évry » for Évry-Courcouronnes, « Charleville » for Charleville-Mézières,
    « Cherbourg » for Cherbourg-en-Cotentin."""
    if not city or not city.strip():
        return []
    head = re.split(r"[\s\-]+", fold(city.strip()))[0]
    compound = head != fold(city.strip())
    if compound and len(head) >= 4 and head not in _NOT_A_TOWN_ALONE | common_words():
        return [city, head]
    return [city]


@lru_cache(maxsize=1024)
def _city_pattern(city: str) -> re.Pattern | None:
    folded = fold(city.strip())
    if len(folded) < 3:
        return None
    parts = [re.escape(p) for p in re.split(r"[\s\-]+", folded) if p]
    core = r"[\s\-]+".join(parts)
    # "Berlin-Mitte", "Dublin 8", "Saint-Étienne (42)".
    return re.compile(
        rf"(?<![\w\-])(?:[a-z]+-)*{core}(?:-[a-z]+)*(?:\s\d{{1,2}}(?:er|e|eme)?(?!\w|[,.]\d))?"
        r"(?![\w])"
    )


# Where the writer lives or comes from, said through a neighbourhood: "un pur produit de la
# Boissière", "dans mon quartier (le Haut-du-Lièvre, ...)", "I grew up in La Villeneuve",
# "a coding workshop for kids in Belle-Beille", "l'atelier numérique du Chêne Pointu".
_PLACE_NAME = (
    rf"(?:(?:la|le|les|l['’]|the)\s*)?(?P<place>{CAP_WORD}(?:[\s\-](?:(?:de|du|des|d['’])\s?)?"
    rf"{CAP_WORD}){{0,3}})"
)
_NEIGHBOURHOOD_CUES = [
    (("produit",), r"pur produit (?:de|du|des|d['’])"),
    (
        ("mon ", "my "),
        r"(?:dans |de |in |from )?(?:mon|my) (?:quartier|cité|cite|neighbou?rhood|estate|hood)"
        r"\s*(?:\(|,|:)?",
    ),
    (("grew up",), r"grew up in"),
    (("grandi",), r"j'ai grandi (?:à|a|dans|en)"),
    (
        ("kids", "children", "teens", "young people", "residents", "jeunes", "enfants", "ados"),
        r"(?:kids|children|teens|young people|residents|jeunes|enfants|ados|habitants|familles)"
        r"(?: du quartier)? (?:in|from|of|de|du|des|d['’])",
    ),
    (
        ("atelier", "workshop", "club", "maison de quartier", "centre social", "mjc", "asso"),
        r"(?:atelier|workshop|club|maison de quartier|centre social|mjc|association|asso)\b"
        r"[^.\n]{0,30}?\b(?:de|du|des|d['’]|in|at|à)",
    ),
]
# Each cue is its own regex, tried only when one of its words is in the (folded) text.
NEIGHBOURHOOD_CONTEXT = Prefiltered(
    [(keys, rf"(?i:{cue})\s*{_PLACE_NAME}") for keys, cue in _NEIGHBOURHOOD_CUES]
)


# "the Ledbury estate", "Park Hill flats": a named housing estate.
ESTATE = re.compile(
    rf"(?<![\w\-'’])(?P<place>{CAP_WORD}(?:\s{CAP_WORD}){{0,2}})\s(?:estate|flats|towers)\b"
)


@lru_cache(maxsize=1)
def _neighbourhood_re() -> re.Pattern:
    names = "|".join(re.escape(n) for n in sorted(neighbourhoods(), key=len, reverse=True))
    return re.compile(rf"(?<![\w\-])(?:{names})(?![\w\-])")


# The candidate's city in a time zone ("Europe/Paris"), an event ("JO de Paris 2024") or a
# route ("Paris–Marseille") says nothing about where the candidate lives.
_TZ_BEFORE = re.compile(r"[A-Za-z_]+/$")
_EVENT_AFTER = re.compile(r"\s+(?:19|20)\d{2}\b")
_ROUTE_AFTER = re.compile(rf"(?:–|→|->|<->|⇄)\s*{CAP_WORD}")
_ROUTE_BEFORE = re.compile(rf"{CAP_WORD}(?:–|→|->|<->|⇄)$")


def _city_not_residence(text: str, start: int, end: int) -> bool:
    head = text[max(0, start - 40) : start]
    return bool(
        _TZ_BEFORE.search(head)
        or _EVENT_AFTER.match(text, end)
        or _ROUTE_AFTER.match(text, end)
        or _ROUTE_BEFORE.search(head)
    )


# "b. 1992, Lagos", "née en 1990 à Dakar", "born 1988 in Gdańsk": the birthplace.
BIRTHPLACE = re.compile(
    r"(?i:\b(?:b\.|born|nee?|née)\s*(?:in\s+|en\s+|on\s+|le\s+)?"
    r"(?:\d{1,2}(?:er|st|nd|rd|th)?\s+[a-zéû]+\.?\s+|\d{1,2}[/.\-]\d{1,2}[/.\-]|[a-z]+\s+\d{1,2},?\s+)?"
    r"(?:19|20)\d{2}\s*(?:,|in|à|a)\s+)"
    rf"(?P<place>{CAP_WORD}(?:[\s\-]{CAP_WORD})*)"
)


_LIST_BEFORE = re.compile(rf"({CAP_WORD})['\"]?(?:\s*,\s*|\s+(?:et|and|or|ou)\s+)['\"]?$")
_LIST_AFTER = re.compile(rf"['\"]?(?:\s*,\s*|\s+(?:et|and|or|ou)\s+)['\"]?({CAP_WORD})")


def _listed(text: str, start: int, end: int) -> bool:
    """The town is one item of a list of three or more ("IN ('Paris', 'Lyon', 'Lille')",
    "nos agences de Paris, Lyon et Nantes"): data, not where the candidate lives."""
    count, pos = 0, start
    while count < 3 and (m := _LIST_BEFORE.search(text, max(0, pos - 40), pos)):
        count, pos = count + 1, m.start(1)
    pos = end
    while count < 3 and (m := _LIST_AFTER.match(text, pos)):
        count, pos = count + 1, m.end(1)
    return count >= 2


def find_neighbourhoods(text: str) -> list[Span]:
    spans = [Span(m.start("place"), m.end("place"), "place") for m in BIRTHPLACE.finditer(text)]
    for m in NEIGHBOURHOOD_CONTEXT.finditer(text, fold(text)):
        if fold(m.group("place").split()[0]) not in common_words() | {"je", "i"}:
            spans.append(Span(m.start("place"), m.end("place"), "place"))
    for m in ESTATE.finditer(text):
        if fold(m.group("place").split()[0]) not in {"real", "the", "an", "a"}:
            spans.append(Span(m.start("place"), m.end("place"), "place"))
    for m in _neighbourhood_re().finditer(text):
        spans.append(Span(m.start(), m.end(), "place"))
    return spans


# "j'habite rue Victor Hugo", "I live on Albert Road": a street without a number where one lives.
STREET_AFTER_RESIDENCE = re.compile(
    rf"(?i:\b(?:j'habite|je vis|je réside|je reside|domicilié\w*|domicilie\w*|i live|i'm living|"
    rf"i am living|i reside)\s+(?:(?:au|à|a|on|at|in)\s+)?(?:(?:la|le|l'|the)\s*)?)"
    rf"(?P<street>(?i:{_STREET_TYPES})\s+{_STREET_WORD}(?:[\s\-']+{_STREET_WORD}){{0,4}}"
    rf"|{CAP_WORD}(?:\s+{CAP_WORD}){{0,2}}\s+(?:Street|Road|Avenue|Lane|Drive|Way|Close))"
)
# "Adresse : Résidence Les Glycines, bât. B, 38100", "Home address: Flat 2, ...": the line.
ADDRESS_LINE = re.compile(
    r"(?i:\b(?:mon |my |home |postal |adresse postale|full )?(?:adresse|address|domicile)"
    r"(?!\s*(?:ip|mac|e-?mail|mail|url|web|de (?:la|l'|l’)|of the|space|bar))"
    r"(?:\s+(?:for|pour)\s+[\w' ]{1,25}?)?\s*:\s*)(?P<rest>[^\n]{5,160})"
)
_SENTENCE_END = re.compile(r"\.\s+(?=[A-ZÀ-Þ])|\.?\s*$")


def _address_line_end(text: str, start: int, end: int) -> int:
    """Where the address given after "Adresse :" stops: the end of its sentence, not the dot
    of an abbreviation ("Bât. B", "St. John's")."""
    for m in _SENTENCE_END.finditer(text, start, end):
        word = re.search(r"(\w+)$", text[start : m.start()])
        if m.group().strip(" .") == "" and m.end() == end or not word or len(word.group(1)) > 3:
            return m.start()
    return end


# The town written after a street address: "5, chemin des Vignes, Meylan".
_TOWN_AFTER = re.compile(
    rf",[ \t]*(?P<town>{CAP_WORD}(?:[ \-](?:(?:sur|en|de|la|le|les|lès)[ \-])?{CAP_WORD})*)"
    r"(?=\s*(?:[.,;)\n]|$))"
)


def _addresses(text: str) -> list[Span]:
    spans = [Span(m.start(), m.end(), "address") for m in ADDRESS.finditer(text)]
    spans += [Span(m.start(), m.end(), "address") for m in ADDRESS_EN.finditer(text)]
    spans += [
        Span(m.start("street"), m.end("street"), "address")
        for m in STREET_AFTER_RESIDENCE.finditer(text)
    ]
    for m in ADDRESS_LINE.finditer(text):
        end = _address_line_end(text, m.start("rest"), m.end("rest"))
        rest = text[m.start("rest") : end]
        if any(m.start("rest") <= s.start < end for s in spans):
            continue  # a street address already read there: its town and postcode follow
        if re.search(r"\d", rest) and re.search(r"[A-ZÀ-Þ][a-zà-ÿ]", rest):
            spans.append(Span(m.start("rest"), end, "address"))
    for span in list(spans):
        town = _TOWN_AFTER.match(text, span.end)
        if town:
            spans.append(Span(town.start("town"), town.end("town"), "city"))
    return spans


def find_locations(
    text: str, folded: str, identity: Identity, *, in_code: bool = False
) -> list[Span]:
    spans = _addresses(text)
    for m in FR_POSTCODE_CITY.finditer(text):
        spans.append(Span(m.start(), m.end(), "postcode"))
        # "38100 Grenoble": the town of a postal address.
        town = re.match(
            rf"\s+({CAP_WORD}(?:[\s\-](?:(?:sur|en|de|la|le|les|lès)[\s\-])?{CAP_WORD})*)",
            text[m.end() : m.end() + 60],
        )
        if town:
            spans.append(Span(m.end() + town.start(1), m.end() + town.end(1), "city"))
    spans += [Span(m.start(), m.end(), "postcode") for m in UK_POSTCODE.finditer(text)]
    spans += [Span(m.start(), m.end(), "postcode") for m in BRACKET_POSTCODE.finditer(text)]
    for m in ARRONDISSEMENT.finditer(text):
        spans.append(Span(m.start(), m.end(), "place"))
        spans += _place_after(text, m.end())  # "le 18e arrondissement, vers Château Rouge"
    if identity.postcode:
        code = re.escape(fold(identity.postcode.strip()))
        for m in compiled(rf"(?<![\w]){code}(?![\w])").finditer(folded):
            spans.append(Span(m.start(), m.end(), "postcode"))
    # in code, only the full name: a short one there is more often a product (« AOP Roquefort »)
    for city in _city_forms(identity.city)[: 1 if in_code else None]:
        pattern = _city_pattern(city)
        is_word = fold(city).strip() in common_words()
        for m in pattern.finditer(folded) if pattern else ():
            # "tours", "lens", "nice": the common word stays, the capitalised city goes.
            lives = bool(_LIVES_BEFORE.search(folded, max(0, m.start() - 24), m.start()))
            if text[m.start()].isupper() or not is_word or lives:
                # "j'habite a brest", "le havre": lower case in prose is still the town.
                lower_ok = (not is_word or lives) and (
                    not in_code or _in_comment_line(text, m.start())
                )
                if text[m.start()].isupper() or text[m.start()].isdigit() or lower_ok:
                    if not _city_not_residence(text, m.start(), m.end()) and not _listed(
                        text, m.start(), m.end()
                    ):
                        spans.append(Span(m.start(), m.end(), "city"))
    spans += find_neighbourhoods(text)
    spans += find_departements(text, folded, identity)
    for m in RESIDENCE_CUE.finditer(folded):
        if m.start() > 0 and folded[m.start() - 1].isalpha():
            continue
        if m.group() == "base" and text[m.start() + 3] == "e":
            continue  # "une base dans Docker": a database, not "basée dans"
        spans += _place_after(text, m.end())
    for m in WRITING_FROM.finditer(text) if "depuis" in folded or "from" in folded else ():
        words = {fold(w) for w in m.group("place").split()}
        if not words & (tech_words() | _MAIL_APPS) and not _APP_FOR.match(text, m.end()):
            spans.append(Span(m.start("place"), m.end("place"), "place"))
    return spans


# "Sent from Outlook for iOS", "Envoyé depuis Yahoo Mail": a mail app, not a place.
_MAIL_APPS = frozenset(
    "outlook gmail mail yahoo proton protonmail thunderbird samsung iphone ipad android windows "
    "mac macos ios spark airmail superhuman orange sfr free laposte".split()
)
_APP_FOR = re.compile(r"\s+(?:for|pour|sur|on)\s+(?:iOS|Android|Windows|Mac|iPhone|iPad)\b")
# "(Réponse écrite depuis Kerfeunteun, …)", "Je vous écris depuis Montreuil", "Writing from
# Croxteth": the place one writes from, a capitalised name (not "mon téléphone", "scratch").
WRITING_FROM = re.compile(
    r"(?i:\b(?:(?:je\s+(?:vous\s+|t['’]\s*)?)?[ée]cri(?:s|t|te|vais)|r[ée]dig[ée]e?s?|envoy[ée]e?s?|"
    r"tap[ée]e?s?|i(?:'m| am)\s+writing|writing|written|typed|sent|connect[ée]e?s?|"
    r"je\s+me\s+connecte|je\s+(?:travaille|bosse|t[ée]l[ée]travaille)|(?:i'm\s+)?working|"
    r"calling|dialling\s+in|joining)\s+(?:depuis|from)\s+)"
    rf"{_PLACE_ARTICLE}(?P<place>{CAP_WORD}(?:[\s\-](?:(?:de|du|des|la|le|sur|sous)\s)?{CAP_WORD})*)"
)


# "j'habite a brest", "i live in nice": a town that is also a word, after where one lives.
_LIVES_BEFORE = re.compile(
    r"\b(?:j'habite|habite|je vis|vis|vit|live|lives|living|based|basee?|bosse|je suis)\s+"
    r"(?:a|au|in|en|sur|near|pres de)\s+$"
)
_COMMENT_LINE = re.compile(r"(?m)^[ \t]*(?:#|//|/\*|\*|--|;|<!--|%)")


def _in_comment_line(text: str, pos: int) -> bool:
    return bool(_COMMENT_LINE.match(text, text.rfind("\n", 0, pos) + 1))


# --- Départements ------------------------------------------------------------------------------

_DEP_NUMBER = r"(?:0[1-9]|[1-8]\d|9[0-5]|2a|2b|97[1-6])"
# "Je viens du 31", "un pur produit du 93", "Proud kid from the 66", "depuis le 86": the number
# of the département one comes from, then nothing that makes it a quantity or a date.
_DEP_CUE = re.compile(
    rf"(?<![\w])(?:du|from the|depuis le|dans le|of the)\s+(?P<num>{_DEP_NUMBER})"
    r"(?P<name>\s*\((?:[^()\n\d]){3,40}\))?(?![\w,.]\d|\s*(?:%|€|\$|°|h\b|:|/|-\s*\d|x\b))"
)
# What may follow such a number: the end of the sentence, a bracket, an emoji, pride.
_DEP_AFTER = re.compile(
    r"\s*(?:$|\n|[!)]|[.;,](?:\s|$)|\(|et\s+fiere?|and\s+proud|born|represent|forever|"
    r"[\u2600-\u27bf\U0001f000-\U0001ffff])"
)
# Where the cue says one comes from, not "la réunion du 25." or "of the 10, 3 failed".
_ORIGIN_BEFORE = re.compile(
    r"(?:suis|viens|venu\w*|originaire|nati(?:f|ve)|produit|enfant|gamine?|fier\w*|kid|come|"
    r"comes|i'm|i am|love|amour|proud)\W+(?:\w+\W+){0,3}$"
)


@lru_cache(maxsize=256)
def _departement_pattern(postcode: str) -> tuple[str, re.Pattern] | None:
    """The candidate's own département number and a pattern for its names."""
    head = postcode.strip()[:3] if postcode.strip().startswith("97") else postcode.strip()[:2]
    head = head.lower()
    if head == "20":
        return None  # Corsica: 2A or 2B, not told by the postcode's first digits alone
    # Paris is a city as much as a département: the city's own rules apply to it.
    names = tuple(n for n in departements().get(head, ()) if n != "Paris")
    if not names:
        return None
    alternation = "|".join(
        r"[\s\-]+".join(re.escape(fold(p)) for p in re.split(r"[\s\-]+", name)) for name in names
    )
    return head, re.compile(rf"(?<![\w\-])(?:{alternation})(?![\w\-])")


@lru_cache(maxsize=1)
def _departement_names() -> frozenset[str]:
    return frozenset(fold(n) for names in departements().values() for n in names)


def _is_departement_name(written: str) -> bool:
    return written in _departement_names()


def find_departements(text: str, folded: str, identity: Identity) -> list[Span]:
    """The département one comes from, by number ("du 93 (Seine-Saint-Denis)"), and the
    candidate's own département by name wherever it is written with its capital."""
    spans = []
    own = _departement_pattern(identity.postcode) if identity.postcode else None
    for m in _DEP_CUE.finditer(folded):
        after = _DEP_AFTER.match(folded, m.end())
        head = folded[max(0, m.start() - 30) : m.start()]
        is_own = own is not None and m.group("num") == own[0]
        proud = bool(after and after.group().strip(" \n.,;!)("))
        if m.group("name"):  # "du 31 (Haute-Garonne)": the number is said to be a département
            proud = proud or _is_departement_name(m.group("name").strip(" ()"))
        if after and (is_own or proud or _ORIGIN_BEFORE.search(head)):
            spans.append(Span(m.start("num"), m.end(), "place"))
    if own:
        for m in own[1].finditer(folded):
            if text[m.start()].isupper():
                spans.append(Span(m.start(), m.end(), "place"))
    return spans
