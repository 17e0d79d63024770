"""A suggestion fitted to the words around its quote, so that « Remplacer » / « Retirer »
leave text a reader would write (walk 14): no doubled word where the quote stops short of an
article the suggestion brings (« à une une personne »), no sentence left without its verb or
reduced to one word (« Vous disponible selon le planning… », « Pas. »), no stray stop
(« CDI . », « ,. »), and a native-language demand rewritten for the language it names."""

import re

_WORD = re.compile(r"\w[\w'’·-]*")
_DETERMINERS = frozenset(
    "un une le la les l des du a an the votre vos notre nos your our their his her my mon ma "
    "mes ton ta tes son sa ses".split()
)
# the verbs a sentence hangs on most; a requirement line put in place of the one a sentence
# had leaves words without a verb (« Vous n'avez pas d'enfants en bas âge. »)
_VERB = re.compile(
    r"\b(?:est|sont|êtes|es|suis|sera|serez|seront|soit|soyez|être|avez|avons|ont|ai|"
    r"aura|aurez|avoir|doit|doivent|devez|devra|devrez|faut|peut|pouvez|cherchons|recherchons|"
    r"recrutons|recrute|souhaitons|souhaite|conviendrait|convient|attend|attendons|is|are|am|was|"
    r"were|'re|'s|'d|'ll|do|does|"
    r"have|has|must|should|will|can|need|needs|seek|seeking|hiring|want|looking|welcome)\b",
    re.IGNORECASE,
)
# the grounds no requirement line can stand for: said with its sentence's verb, the demand
# goes with its sentence (a degree, a place, hours have a lawful line that can stand there)
WITHOUT_A_LAWFUL_LINE = frozenset(
    "age sex_gender gender_coded family_pregnancy origin_nationality appearance "
    "health_disability religion union_political career_gap personal_data culture_fit".split()
)
_SENTENCE_STOP = re.compile(r"[.!?](?=\s|\Z)|\n|\s[–—](?=\s)")  # (not the stop of « e.g. »)
# an infinitive marker, then words that are no verb: "willing to available" -> "to be available"
_TO = re.compile(r"\bto\s+\Z", re.IGNORECASE)
_NOT_A_VERB = re.compile(r"(?:available|based|fluent|a|an|the|qualified|comfortable)\b", re.I)

_LANGUAGES = {
    "fr": {
        "français": "français", "francais": "français", "française": "français",
        "francaise": "français", "anglais": "anglais", "anglaise": "anglais",
        "allemand": "allemand", "allemande": "allemand", "espagnol": "espagnol",
        "espagnole": "espagnol", "italien": "italien", "italienne": "italien",
        "arabe": "arabe", "chinois": "chinois", "chinoise": "chinois",
        "portugais": "portugais", "portugaise": "portugais", "néerlandais": "néerlandais",
    },
    "en": {w: w.capitalize() for w in (
        "french english german spanish italian arabic chinese portuguese dutch japanese "
        "russian polish".split()
    )},
}  # fmt: skip


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence holding ``start:end``, with its stop and the spaces after it."""
    head = max((m.end() for m in _SENTENCE_STOP.finditer(text, 0, start)), default=0)
    while head < start and text[head] in " \t":
        head += 1
    last = end
    while last > head and text[last - 1] in " \t":
        last -= 1
    stop = _SENTENCE_STOP.search(text, last - 1 if text[last - 1 : last] in ".!?" else end)
    tail = stop.start() if stop else len(text)
    if stop and text[tail] != "\n":
        while tail < len(text) and text[tail] in ".!?":
            tail += 1
        while tail < len(text) and text[tail] in " \t":
            tail += 1
    return head, tail


_OPEN_TO_ALL = re.compile(r"\b(?:any|all|every|welcome|tous|toutes|bienvenu|comme)", re.I)
# the words after a quote that asked for what its rewrite now opens to all
_PREFERENCE = {
    "fr": re.compile(
        r"(?:[ \t]+(?:de préférence|souhaitée?s?|appréciée?s?|privilégiée?s?|exigée?s?|"
        r"uniquement|impérativement|obligatoirement))+\b",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"(?:[ \t]+(?:preferred|preferably|appreciated|desired|required|only|a plus|ideally))+\b",
        re.IGNORECASE,
    ),
}


def _native_language(quote: str, lang: str, before: str) -> tuple[str, bool] | None:
    """The rewrite of a native-language demand keeping the language it names, and whether it
    takes the article before the quote in (« a native French speaker »)."""
    named = next(
        (
            _LANGUAGES[lang][w.lower()]
            for w in _WORD.findall(quote)
            if w.lower() in _LANGUAGES[lang]
        ),
        None,
    )
    if named is None:
        return None
    if lang == "en":
        if re.search(r"speaker\b", quote, re.I) and re.search(r"\b(?:a|an)\s+\Z", before, re.I):
            return f"a fluent {named} speaker (C1 level)", True
        return f"fluent {named} (C1)", False
    if re.search(r"\bde\s+\Z", before, re.I):
        return f"à l'aise en {named} (niveau C1)", True
    return f"{named} courant (niveau C1)", False


def fit(
    text: str,
    start: int,
    end: int,
    suggestion: str,
    *,
    category: str,
    lang: str,
    from_the_quote: bool,
    taken: bool = False,
) -> tuple[int, int, str]:
    """(start, end, suggestion) of a finding, fitted to the words around it."""
    if suggestion is None:
        return start, end, suggestion
    before = text[max(0, start - 60) : start]
    if (
        category == "native_language"
        and not from_the_quote
        or (
            category == "native_language"
            and re.search(r"\bnative\b|maternelle", text[start:end], re.I)
        )
    ):
        named = re.compile(r"[ \t]+(?:of|in|en|:)[ \t]+([\w']+)", re.I).match(text, end)
        if named and named.group(1).lower() in _LANGUAGES[lang]:
            end = named.end()  # "Native speaker of Spanish"
        if native := _native_language(text[start:end], lang, before):
            suggestion, takes = native
            if takes and (word := re.search(r"\w+\s+\Z", before)):
                start = max(0, start - 60) + word.start()
            before = text[max(0, start - 60) : start]
    if (
        suggestion
        and not from_the_quote
        and _OPEN_TO_ALL.search(suggestion)
        and (trailing := _PREFERENCE[lang].match(text, end))
    ):
        # « Under 30 preferred » -> "Candidates at any career stage", not "… stage preferred"
        end = trailing.end()
    if suggestion and lang == "en" and _TO.search(before) and _NOT_A_VERB.match(suggestion):
        suggestion = "be " + suggestion
    if suggestion:
        if text[end - 1 : end] in (" ", "\t") and text[end : end + 1].isalnum():
            # the quote stops before what the clause says of it ("Self-taught coders | will
            # not be considered"): its rewrite takes the clause, not "…experiencewill not…"
            stop = re.compile(r"[,;.!?\n]").search(text, end)
            end = stop.start() if stop else len(text)
        if text.count("(", start, end) > text.count(")", start, end) and text[end : end + 1] == ")":
            end += 1  # "under 25 (we're a young team!)": the parenthesis goes whole
        start, end, suggestion = _no_doubled_word(text, start, end, suggestion)
        head, tail = _sentence(text, start, end)
        if (
            not from_the_quote
            and category in WITHOUT_A_LAWFUL_LINE
            and text[head:start].strip()
            and not re.search(r":[ \t]*\Z", text[head:start])  # « Formulaire : … »
            and _VERB.search(text, start, end)
            and not _VERB.search(text[head:start] + suggestion + text[end:tail])
        ):
            # the quote held the sentence's verb: a requirement line in its place leaves
            # words without one; the demand goes with its sentence
            return head, tail, ""
        return start, end, suggestion
    return (*_removed_cleanly(text, start, end, taken), "")


def _no_doubled_word(text: str, start: int, end: int, suggestion: str) -> tuple[int, int, str]:
    words = _WORD.findall(suggestion)
    if not words:
        return start, end, suggestion
    prev = re.search(r"([\w'’·-]+)[ \t]+\Z", text[max(0, start - 40) : start])
    if prev:
        word = prev.group(1).lower()
        first = words[0].lower()
        if word == first and len(words) > 1:
            # « Élocution sans accent » -> « claire », not « élocution claire »
            suggestion = suggestion[suggestion.lower().find(first) + len(first) :].lstrip()
        elif word in _DETERMINERS and first in _DETERMINERS:
            start = max(0, start - 40) + prev.start()
            if prev.group(1)[:1].isupper():
                suggestion = suggestion[:1].upper() + suggestion[1:]
    after = re.match(r"[ \t]+([\w'’·-]+)", text[end:])
    if after and after.group(1).lower() == words[-1].lower() and suggestion.endswith(words[-1]):
        end += after.end()
    return start, end, suggestion


def _removed_cleanly(text: str, start: int, end: int, taken: bool) -> tuple[int, int]:
    """The span a removal takes so that what is left reads: the rest of a clause it opens with
    a comma, the whole sentence when what is left is one word, opens on a comma or lost its
    verb (but not a clause the engine took whole, ``taken``: « Poste en CDI à Tours, la
    personne recrutée sera célibataire. »), and no stray space or stop."""
    head, tail = _sentence(text, start, end)
    if text[start : start + 1] == "," and re.match(r"[ \t]+[^\W\d_A-Z]", text[end:]):
        stop = re.compile(r"[,.;!?(\n]").search(text, end)
        rest = text[end : stop.start() if stop else len(text)]
        if len(_WORD.findall(rest)) <= 3 and not _VERB.search(rest):
            # « Poste en CDI, questionnaire médical à remplir. »: « à remplir » hung on it
            end = stop.start() if stop else len(text)
    left = text[head:start] + text[end:tail]
    if (
        start > head
        and len(_WORD.findall(left)) <= 1
        and not re.search(r":[ \t]*\Z", text[head:start])  # « Formulaire : … »
        or (
            # what is left had its verb in the words taken out (« Chez nous, les soirées poker
            # et bière… : si ce n'est pas ton truc, on ne sera pas faits pour bosser ensemble »)
            _VERB.search(text, head, tail)
            and not _VERB.search(left)
            and not taken
            and not re.search(r":[ \t]*\Z", text[head:start])
        )
        or (not text[head:start].strip() and text[end:tail].lstrip()[:1] in (",", ";", ":"))
    ):
        return head, tail
    if start > 0 and text[start - 1] in " \t" and text[end : end + 1] in (".", ",", ";", "?", "!"):
        start -= 1
    if start > 0 and text[start - 1] in ",;" and text[end : end + 1] in (".", "!", "?", ""):
        start -= 1
    if text[end : end + 1] == "," and text[:start].rstrip()[-1:] in (":", ",", ""):
        # « You bring: Local councillors need not apply., Confident… » -> « You bring: Confident »
        end += 1
        while end < len(text) and text[end] in " \t":
            end += 1
        while start < end and text[start] in " \t" and text[start - 1 : start] in (":", ","):
            start += 1
    if start > 0 and text[start - 1] == "." and text[end : end + 1] == ".":
        end += 1
    return start, end
