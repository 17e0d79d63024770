"""French job titles written in one grammatical gender only.

A title counts when it names the person sought: at the start of the text, a line or a
sentence (also after "Alternance – " or "Poste : "), after a hiring verb ("nous recrutons un
développeur", "en tant que"), or a feminine form after "une". Plurals count after a hiring
verb only. It is fine when the offer says H/F (F/H, H/F/X, "femmes et hommes"...) anywhere,
when the title carries an inclusive ending (développeur·se, .euse, (se), -euse, /euse), or
when the offer pairs both forms (développeuse ou développeur).

Adjectives agree with the person: an epicene title ("comptable") takes a gender from one
("comptable confirmé", "secrétaire médicale"), and every rewrite puts them in the inclusive
form too ("Développeur·se confirmé·e (H/F)").
"""

import re
from dataclasses import dataclass
from functools import cache

from employers.wording.anchors import trie_pattern
from employers.wording.rules.titles_fr import (
    EPICENE,
    PERSON_ADJECTIVES,
    TITLE_ADJECTIVES,
    TITLES,
)
from employers.wording.textutil import fold, in_a_sentence

HF_MARK = re.compile(
    r"(?<![\w/])(?:h\s*/\s*f|f\s*/\s*h|h\s*-\s*f|f\s*-\s*h|m\s*/\s*f|f\s*/\s*m)(?:\s*/\s*[xn])?"
    r"(?![\w/])|\bfemmes?\s+(?:ou|et)\s+(?:des\s+)?hommes?\b|\bhommes?\s+(?:ou|et)\s+(?:des\s+)?"
    r"femmes?\b|\btous\s+genres\b"
)
_HF_HINTS = ("h/f", "f/h", "h / f", "f / h", "h-f", "f-h", "m/f", "f/m", "homme", "genre")
INCLUSIVE_TAIL = re.compile(
    r"(?:[\u00b7.\-/]\s*(?:(?:e|se|euse|rice|trice|ice|ne|ere|le|te|fe|sse|esse|ve)s?|s|es)\b"
    r"|\s*\(\s*[a-z]{1,5}\s*\)|\s*/\s*\w+(?:euse|rice|ere|ienne|ee|e)\b)"
)
_HIRING_LEFT = re.compile(
    r"\b(?:recrut\w*|recherch\w*|cherch\w*|embauch\w*|besoin\s+d'|poste\s+d[e']|offre\s+d[e']"
    r"|en\s+tant\s+que|en\s+qualite\s+de|comme|vous\s+etes|tu\s+es|devenez|deviens|profil\s+de)"
    r"\s*(?:(?:un|une|le|la|les|des|notre|nos|son|sa|ses|l'|d')\s*)?"
    r"(?:(?:futur\w*|nouveau|nouvelle|nouvel|vrai|vraie|excellent\w*)\s+)?\Z"
)
_STOP = (
    r"pour|a|chez|qui|afin|avec|dans|au|aux|en|et|sur|vous|nous|sera|est|dont|ou|recherche\w*"
    r"|h|f|base\w*|capable|charge\w*\s+de"
)
# The words after a title that belong to it (« développeur back-end », « chef de projet
# digital »), never a condition on the person (« de moins de 30 ans », « de 25 à 35 ans »).
_NOT_COMPLEMENT = r"(?:moins|plus|entre|max\w*|min\w*|\d)"
COMPLEMENT = re.compile(
    r"(?:[ \t]+(?!(?:" + _STOP + r")\b)(?!(?:d[e']\s*|du\s+|des\s+)?" + _NOT_COMPLEMENT + r")"
    r"(?:d[e']\s*|du\s+|des\s+)?[\w.+#/'-]*\w){0,3}"
)


@dataclass(frozen=True)
class TitleHit:
    start: int
    end: int
    suggestion: str


@dataclass(frozen=True)
class _Form:
    inclusive: str
    others: tuple[str, ...]
    plural: bool
    feminine: bool
    #: one form for both genders: a finding only when an adjective gives it one
    epicene: bool = False


@dataclass(frozen=True)
class _Lexicon:
    regex: re.Pattern
    forms: dict[str, _Form]


def _plural(word: str) -> str:
    return word if word.endswith(("s", "x")) else word + "s"


@cache
def _lexicon() -> _Lexicon:
    forms: dict[str, _Form] = {}
    for entry in TITLES:
        masc, fem, inclusive = (fold(w) for w in entry[:3])
        inclusive = entry[2]
        masc_pl, fem_pl = (
            (fold(w) for w in entry[3:])
            if len(entry) == 5
            else (
                _plural(masc),
                _plural(fem),
            )
        )
        for form, plural, feminine in (
            (masc, False, False),
            (masc_pl, True, False),
            (fem, False, True),
            (fem_pl, True, True),
        ):
            others = (masc, masc_pl) if feminine else (fem, fem_pl)
            forms.setdefault(form, _Form(inclusive, others, plural, feminine))
    for title in EPICENE:
        for form, plural in ((fold(title), False), (_plural(fold(title)), True)):
            forms.setdefault(form, _Form(title, (), plural, False, epicene=True))
    # A trie tries the longest form first, like an alternation sorted by length, but does not
    # walk through every title at each position.
    source = trie_pattern(forms).replace(r"\ ", r"\s+") + r"\b"
    return _Lexicon(re.compile(source), forms)


@cache
def _adjectives() -> dict[str, tuple[str, bool]]:
    """Folded gendered form -> (inclusive form, whether it agrees wherever it stands)."""
    found = {}
    for table, anywhere in ((PERSON_ADJECTIVES, True), (TITLE_ADJECTIVES, False)):
        for masc, fem, inclusive in table:
            for form in (masc, fem, _plural(masc), _plural(fem)):
                found[fold(form)] = (inclusive, anywhere)
    return found


_WORDS = re.compile(r"[\w'-]+")


def _inclusive_complement(text: str, folded: str, start: int, end: int) -> tuple[str, bool]:
    """``text[start:end]`` (the words after a title) with the adjectives that agree with the
    person in their inclusive form, and whether there was one to change."""
    adjectives = _adjectives()
    out, last, changed, first = [], start, False, True
    for word in _WORDS.finditer(folded, start, end):
        found = adjectives.get(word.group())
        if found and (found[1] or first) and not INCLUSIVE_TAIL.match(folded, word.end()):
            out += [text[last : word.start()], _as_cased(found[0], text[word.start()])]
            last, changed = word.end(), True
        first = False
    out.append(text[last:end])
    return "".join(out), changed


# What may follow a whole title on its line: its end, a separator, punctuation.
_TITLE_END = re.compile(r"[ \t]*(?:$|\n|[\u2013\u2014|:;,.!?(/]|-\s)", re.MULTILINE)


def _gendered_article(folded: str, start: int, form: _Form) -> str:
    """ "un " or "une " right before an epicene title named after a hiring verb, or ""."""
    if form.plural:
        return ""
    left = folded[max(0, start - 80) : start]
    for article in ("une ", "un "):
        before = left[: -len(article)]
        if left.endswith(article) and (not before or not before[-1].isalnum()):
            return article if _HIRING_LEFT.search(left) else ""
    return ""


def title_anchors() -> frozenset[str]:
    """Word beginnings of every title form, for the engine's anchor index."""
    beginnings = set()
    for form in _lexicon().forms:
        word = re.match(r"[a-z0-9]+", form)
        assert word is not None, form  # forms are folded words (no accent, no capital)
        beginnings.add(word.group())
    return frozenset(beginnings)


def has_hf_mark(folded: str) -> bool:
    # The mark is usually written where a hint is: look there first (a match found in a
    # window is confirmed on the whole text, where its end assertions see what follows).
    hinted = False
    for hint in _HF_HINTS:
        at = folded.find(hint)
        if at < 0:
            continue
        hinted = True
        m = HF_MARK.search(folded, max(0, at - 30), at + 40)
        if m and HF_MARK.match(folded, m.start()):
            return True
    return hinted and HF_MARK.search(folded) is not None


def _names_the_hire(folded: str, start: int, form: _Form) -> bool:
    left = folded[max(0, start - 80) : start]
    if _HIRING_LEFT.search(left):
        return True
    if form.feminine and not form.plural and left.endswith("une "):
        return True
    if form.plural:
        return False
    stripped = left.rstrip(" \t")
    if start - len(left) == 0 and not stripped:
        return True
    return stripped.endswith(("\n", ".", "!", "?", ":", ";", " \u2013", " \u2014", " -", "|"))


def _as_cased(word: str, model: str) -> str:
    return word[:1].upper() + word[1:] if model[:1].isupper() else word


def _complement_end(folded: str, end: int) -> int:
    """Where the complement after a title ends ({0,3}: it matches, if only the empty string)."""
    tail = COMPLEMENT.match(folded, end)
    assert tail is not None
    return tail.end()


def gendered_titles(text: str, folded: str, positions: list[int]) -> list[TitleHit]:
    """Titles naming the person sought in one gender only, with an inclusive rewrite.

    ``positions`` are the starts of candidate title words (from the engine's anchor index).
    """
    marked = has_hf_mark(folded)
    lex = _lexicon()
    candidates = []
    for at in sorted(set(positions)):
        m = lex.regex.match(folded, at)
        if m and not INCLUSIVE_TAIL.match(folded, m.end()):
            candidates.append(m)
    # the reader addressed in one gender: « Vous êtes un développeur confirmé » (H/F or not)
    hits = [hit for m in candidates if (hit := _addressed(text, folded, m, lex))]
    if marked:
        return hits
    addressed = {hit.end for hit in hits}
    candidates = [m for m in candidates if _complement_end(folded, m.end()) not in addressed]
    named: set[str] = set()
    later = []
    for m in candidates:
        start, end = m.span()
        form = lex.forms[re.sub(r"\s+", " ", m.group())]
        if not _names_the_hire(folded, start, form):
            if _DEFINITE.search(folded, max(0, start - 8), start):
                later.append((m, form))
            continue
        if any(o in folded and re.search(rf"\b{re.escape(o)}\b", folded) for o in form.others):
            continue  # doublet: "développeuse ou développeur"
        named.add(form.inclusive)
        tail_end = _complement_end(folded, end)
        complement, gendered = _inclusive_complement(text, folded, end, tail_end)
        title = text[start:end] if form.epicene else _as_cased(form.inclusive, text[start:end])
        article = _gendered_article(folded, start, form)
        if form.epicene and not gendered and not article:
            # "comptable", "responsable technique": no gender said, unless an article says
            # one after a hiring verb ("nous recrutons une secrétaire")
            continue
        if in_a_sentence(folded, start - len(article)):
            # « Nous recherchons un développeur motivé pour… » -> « un·e développeur·se
            # motivé·e pour… »: the article agrees too, and « (H/F) », a title's mark, would
            # cut the sentence in two
            if article:
                start -= len(article)
                title = _as_cased("un·e ", text[start]) + title
            hits.append(TitleHit(start, tail_end, title + complement))
            continue
        if form.epicene and not gendered:
            start -= len(article)
            title = _as_cased("un·e ", text[start]) + title
        # « (H/F) » closes a title: where more of it follows on its line (« Ingénieur
        # d'études et développement »), the inclusive form alone
        mark = " (H/F)" if _TITLE_END.match(folded, tail_end) else ""
        hits.append(TitleHit(start, tail_end, title + complement + mark))
    # the title named again with « le » or « la » at a sentence start ("Chef de projet – ...
    # Le chef de projet assure ...") is the hire again
    for match, form in later:
        if form.inclusive in named and not form.epicene and not form.plural:
            hits.append(_repeated(text, folded, match, form))
    return sorted(hits, key=lambda hit: hit.start)


# « vous êtes un », « tu es une », « en tant que » + article, right before a title.
_ADDRESS = re.compile(r"(?:\bvous\s+etes|\btu\s+es|\bdevenez|\bdeviens)\s+(un|une)\s+\Z")


def _addressed(text: str, folded: str, m: re.Match, lex: "_Lexicon") -> TitleHit | None:
    """« Vous êtes un développeur confirmé » -> « un·e développeur·se confirmé·e »: the reader
    addressed in one gender, whatever the offer says elsewhere."""
    start, end = m.span()
    left = _ADDRESS.search(folded, max(0, start - 30), start)
    form = lex.forms[re.sub(r"\s+", " ", m.group())]
    if left is None or form.plural:
        return None
    tail_end = _complement_end(folded, end)
    complement, _ = _inclusive_complement(text, folded, end, tail_end)
    # an epicene title takes its gender from the article (« vous êtes une comptable »)
    title = text[start:end] if form.epicene else _as_cased(form.inclusive, text[start:end])
    article = left.start(1)
    return TitleHit(article, tail_end, _as_cased("un·e ", text[article]) + title + complement)


# « Le » / « La » / « L' » opening a sentence, right before a title.
_DEFINITE = re.compile(
    r"(?:^|[.!?:;\n]\s*|\s[\u2013\u2014-]\s*)(?:le|la)\s+\Z|(?:^|[.!?:;\n]\s*)l'\Z"
)


def _repeated(text: str, folded: str, match: re.Match, form: "_Form") -> TitleHit:
    """A title named again after « le », « la » or « l' », with both articles in the rewrite:
    « Le chef » -> « Le ou la chef·fe », « L'ingénieur » -> « L'ingénieur·e »."""
    start, end = match.span()
    title = form.inclusive
    if folded[start - 2 : start] == "l'":
        return TitleHit(start - 2, end, text[start - 2 : start] + title)
    article = text[start - 3 : start - 1]
    if article.lower() not in ("le", "la") or not text[start - 1].isspace():
        return TitleHit(start, end, _as_cased(title, text[start:end]))
    other = "la" if article.lower() == "le" else "le"
    return TitleHit(start - 3, end, f"{article} ou {other} {title}")
