"""Postal addresses, postcodes, the candidate's city and places of residence."""

import re
from functools import lru_cache

from candidates.redaction.identity import Identity
from candidates.redaction.lexicon import common_words
from candidates.redaction.spans import Span
from candidates.redaction.text import CAP_WORD, compiled, fold

_STREET_TYPES = (
    r"rue|avenue|av\.|boulevard|bd|bld|allée|allee|impasse|place|chemin|route|quai|cours|square|"
    r"passage|résidence|residence|lotissement|hameau|cité|cite|voie|sentier|street|st\.|road|rd\.?|"
    r"lane|drive|way|close|crescent|terrace|gardens|avenue|court|grove"
)
_STREET_WORD = rf"(?:{CAP_WORD}|de|du|des|la|le|les|l'|d'|the|of|saint|sainte|st|[A-Z]\.)"
ADDRESS = re.compile(
    rf"(?<![\w])\d{{1,4}}(?:\s?(?:bis|ter|[A-Da-d]))?,?\s+(?:{_STREET_TYPES})\s+"
    rf"{_STREET_WORD}(?:[\s\-']+{_STREET_WORD}){{0,5}}",
    re.IGNORECASE,
)
FR_POSTCODE_CITY = re.compile(rf"(?<![\w])(?:0[1-9]|[1-8]\d|9[0-8])\d{{3}}(?=\s+{CAP_WORD})")
UK_POSTCODE = re.compile(r"(?<![\w])[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}(?![\w])")
ARRONDISSEMENT = re.compile(
    r"(?<![\w])\d{1,2}\s?(?:e|è|ème|eme|er|th|st|nd|rd)\s+arrondissement", re.I
)

# "J'habite à Roubaix", "I still live in Rusholme, Manchester", "based in Lyon".
RESIDENCE_CUE = re.compile(
    r"(?:j'habite|je vis|je reside|je demeure|je suis basee?|je suis installee?|domiciliee?|"
    r"residant|habitant|i (?:still |now |currently )?live|i'm living|i am living|living|i've lived|"
    r"i have lived|i lived|i'm based|i am based|based|i reside|i've been living|i have been living|"
    r"i've been based)"
    r"(?:\s+(?:toujours|actuellement|maintenant|aujourd'hui|desormais|still|now|currently))?"
    r"(?=\s+(?:a|au|aux|en|in|at|near|pres de|dans|outside|just outside)\s)",
)
_PLACE_INTRO = (
    r"(?:\s*,\s*|\s+)(?:(?:à|a|au|aux|en|in|at|near|près de|pres de|dans|sur|on|outside)\s+)?"
)
_PLACE_ARTICLE = r"(?:(?:le|la|les|l'|the)\s*)?"
_COUNTRYISH = {"france", "europe", "angleterre", "england", "uk", "ile-de-france", "belgique"}


def _place_after(text: str, pos: int) -> list[Span]:
    """Consume "à X, dans le quartier Y, in Z 8" after a residence cue."""
    spans = []
    place = re.compile(
        rf"{_PLACE_INTRO}{_PLACE_ARTICLE}(?P<place>{CAP_WORD}(?:\s+(?:(?:de|du|des|la|le|sur|sous|en)\s+)?"
        rf"(?:{CAP_WORD}|\d{{1,2}}(?![\d,.])))*(?:\s\(\d{{2,3}}\))?)"
    )
    while True:
        m = place.match(text, pos)
        if not m or m.group("place").split()[0].lower() in {"i", "je"}:
            break
        if fold(m.group("place")).lower() not in _COUNTRYISH:
            spans.append(Span(m.start("place"), m.end("place"), "city"))
        pos = m.end()
    return spans


@lru_cache(maxsize=1024)
def _city_pattern(city: str) -> re.Pattern | None:
    folded = fold(city.strip())
    if len(folded) < 3:
        return None
    parts = [re.escape(p) for p in re.split(r"[\s\-]+", folded) if p]
    core = r"[\s\-]+".join(parts)
    # "Berlin-Mitte", "Dublin 8", "Saint-Étienne (42)".
    return re.compile(
        rf"(?<![\w\-])(?:[a-z]+-)*{core}(?:-[a-z]+)*(?:\s\d{{1,2}}(?![\d,.]))?(?![\w])"
    )


def find_locations(text: str, folded: str, identity: Identity) -> list[Span]:
    spans = [Span(m.start(), m.end(), "address") for m in ADDRESS.finditer(text)]
    spans += [Span(m.start(), m.end(), "postcode") for m in FR_POSTCODE_CITY.finditer(text)]
    spans += [Span(m.start(), m.end(), "postcode") for m in UK_POSTCODE.finditer(text)]
    spans += [Span(m.start(), m.end(), "place") for m in ARRONDISSEMENT.finditer(text)]
    if identity.postcode:
        code = re.escape(fold(identity.postcode.strip()))
        for m in compiled(rf"(?<![\w]){code}(?![\w])").finditer(folded):
            spans.append(Span(m.start(), m.end(), "postcode"))
    if identity.city:
        pattern = _city_pattern(identity.city)
        is_word = fold(identity.city).strip() in common_words()
        for m in pattern.finditer(folded) if pattern else ():
            # "tours", "lens", "nice": the common word stays, the capitalised city goes.
            if text[m.start()].isupper() or not is_word:
                if text[m.start()].isupper() or text[m.start()].isdigit():
                    spans.append(Span(m.start(), m.end(), "city"))
    for m in RESIDENCE_CUE.finditer(folded):
        if m.start() > 0 and folded[m.start() - 1].isalpha():
            continue
        spans += _place_after(text, m.end())
    return spans
