"""Literal words a regex needs, read once from the parsed pattern, to skip rules cheaply.

``start_anchors``: the word beginnings (3+ letters) every match starts with. ``anchors``:
word beginnings one of which every match contains, the rarest required part being chosen (a
trailing ``$`` marks a whole word). ``trie_pattern`` builds the one regex that finds all
anchors of a language in a single pass. Uses ``re._parser`` (CPython 3.11); any parsing
surprise falls back to "no anchors", which is slower but still correct.
"""

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # typeshed describes the same modules under their pre-3.11 names
    import sre_constants as C
    import sre_parse as P
else:
    from re import _constants as C
    from re import _parser as P

MIN_ANCHOR = 3
# Words (first 4 letters) found in most offers: anchors on them would trigger the rule on
# nearly every text, so a rarer required word is preferred when the pattern has one.
COMMON = frozenset(
    w[:4]
    for w in (
        "vous nous les des une pour dans avec sur est sont votre notre vos nos par plus tout "
        "tous etre avoir pas sans entre aux qui que son ses leur cette ces comme chez equipe "
        "poste travail experience profil candidat entreprise mission client projet developpeur "
        "ans etes the and you your with for are will our from this that have has who not all "
        "any can must team work role years year people candidates new what when how they "
        "their more other also into about skills product data only need looking hire hiring "
        "open want required one own access local day direct first time key main exige "
        "obligatoire uniquement exclusivement indispensable necessaire imperatif requis "
        "cherche recherche recrute heures semaine formation ecole personnel present presence "
        "souhaite essential mandatory expected needed code coding cloud design tech python "
        "week day must people candidate applicant personne candidature salaire moins "
        "francais english anglais"
    ).split()
)
_SPACE_CATEGORIES = {C.CATEGORY_SPACE}
_WORD_SEPARATORS = {ord(c) for c in " '-\u00b7"}


def _is_space_class(av) -> bool:
    return any(op is C.CATEGORY and a in _SPACE_CATEGORIES for op, a in av)


def _single_char(op, av) -> int | None:
    """The character matched by a LITERAL, or by a class listing one character only."""
    if op is C.LITERAL:
        return av
    if op is C.IN and av and all(o is C.LITERAL for o, _ in av) and len({a for _, a in av}) == 1:
        return av[0][1]
    return None


WHOLE = "$"  # suffix of an anchor that must also end a word ("men$" is not "mentor")


def _cost(anchor_set: frozenset) -> tuple:
    common = sum(a.rstrip(WHOLE)[:4] in COMMON for a in anchor_set)
    short = sum(len(a) <= MIN_ANCHOR and not a.endswith(WHOLE) for a in anchor_set)
    return (common * 10 + len(anchor_set) + short * 0.5, -min(map(len, anchor_set)))


def _better(a: frozenset | None, b: frozenset | None) -> frozenset | None:
    if a is None:
        return b
    if b is None:
        return a
    return b if _cost(b) < _cost(a) else a


def _ends_word(op, av) -> bool:
    """Whether an item can only start after the end of a word."""
    char = _single_char(op, av)
    if char is not None:
        return not chr(char).isalnum()
    if op is C.AT:
        return av is C.AT_BOUNDARY
    if op is C.IN:
        return _is_space_class(av)
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _high, inner = av
        return low >= 1 and bool(inner.data) and _ends_word(*inner.data[0])
    return False


def _leading_literal(alt) -> tuple[str, bool]:
    """(leading letters of an alternative, whether the alternative is only those letters)."""
    lead = ""
    for op, av in alt:
        char = _single_char(op, av)
        if char is None or not chr(char).isalnum():
            return lead, False
        lead += chr(char)
    return lead, True


def _sequence(items, word_start: bool, tail_ends_word: bool = False, anywhere: bool = False):
    """(best anchor set, whether the sequence ends at a word start).

    With ``anywhere`` a literal run counts wherever it stands (a substring, not a word start).
    """
    items = list(items)
    best, run, run_at_start = None, "", False

    def close_run(ends_word: bool):
        nonlocal best, run
        if run_at_start and len(run) >= MIN_ANCHOR:
            best = _better(best, frozenset({run + (WHOLE if ends_word else "")}))
        run = ""

    for i, (op, av) in enumerate(items):
        following_ends_word = _ends_word(*items[i + 1]) if i + 1 < len(items) else tail_ends_word
        char = _single_char(op, av)
        if char is not None and chr(char).isalnum():
            if not run:
                run_at_start = word_start or anywhere
            run += chr(char)
            word_start = False
            continue
        if op is C.BRANCH and run and run_at_start:
            # "his|her" is parsed as h(?:is|er): rebuild the whole words.
            leads = [_leading_literal(alt) for alt in av[1]]
            if all(lead for lead, _ in leads):
                words = {
                    run + lead + (WHOLE if whole and following_ends_word else "")
                    for lead, whole in leads
                }
                if min(len(w.rstrip(WHOLE)) for w in words) >= MIN_ANCHOR:
                    best = _better(best, frozenset(words))
        close_run(_ends_word(op, av))
        if char is not None:
            word_start = char in _WORD_SEPARATORS
        elif op is C.AT:
            word_start = word_start or av in (C.AT_BOUNDARY, C.AT_BEGINNING, C.AT_BEGINNING_LINE)
        elif op in (C.ASSERT, C.ASSERT_NOT):
            pass
        elif op is C.SUBPATTERN:
            inner, word_start = _sequence(av[-1], word_start, following_ends_word, anywhere)
            best = _better(best, inner)
        elif op is C.BRANCH:
            results = [_sequence(alt, word_start, following_ends_word, anywhere) for alt in av[1]]
            sets = [r[0] for r in results]
            if all(s is not None for s in sets):
                best = _better(best, frozenset().union(*sets))
            word_start = all(r[1] for r in results)
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            low, _high, inner = av
            inner_set, inner_end = _sequence(inner, word_start, False, anywhere)
            if low >= 1:
                best = _better(best, inner_set)
            word_start = inner_end or (word_start and low == 0)
        elif op is C.IN:
            word_start = _is_space_class(av)
        else:
            word_start = False
    close_run(tail_ends_word)
    return best, word_start


def _first(items, limit: int) -> frozenset[str] | None:
    """Literal word beginnings a match can start with, or None when it may start otherwise."""
    if not items:
        return None
    op, av = items[0]
    rest = items[1:]
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        return _first(rest, limit)
    if op is C.SUBPATTERN:
        return _first(list(av[-1].data) + rest, limit)
    if op is C.BRANCH:
        found: set[str] = set()
        for alt in av[1]:
            sub = _first(list(alt.data) + rest, limit)
            if sub is None:
                return None
            found |= sub
        return frozenset(found) if len(found) <= limit else None
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _high, inner = av
        head = _first(list(inner.data) + rest, limit)
        if low >= 1 or head is None:
            return head
        tail = _first(rest, limit)
        return None if tail is None else head | tail
    run, i = "", 0
    while i < len(items):
        char = _single_char(*items[i])
        if char is None or not chr(char).isalnum():
            break
        run += chr(char)
        i += 1
    if len(run) >= MIN_ANCHOR:  # "men$": "men" then a space, so never "mentor"
        return frozenset({run + (WHOLE if i < len(items) and _ends_word(*items[i]) else "")})
    if len(run) == 2 and i < len(items) and _ends_word(*items[i]):
        return frozenset({run + WHOLE})  # "he will", "es-tu": a short whole word
    if run and i < len(items) and items[i][0] is C.BRANCH:
        leads = [_leading_literal(alt)[0] for alt in items[i][1][1]]
        if all(len(run + lead) >= MIN_ANCHOR for lead in leads):
            return frozenset(run + lead for lead in leads)
    return None


def start_anchors(pattern: str, limit: int = 60) -> frozenset[str] | None:
    """Word beginnings every match starts with (so the regex can be matched right there)."""
    try:
        return _first(list(P.parse(pattern).data), limit)
    except Exception:  # a parser detail we do not model: fall back to other strategies
        return None


def trie_pattern(words, word_start: bool = True) -> str:
    """One regex matching any of ``words`` (longest first), at a word start if asked."""
    trie: dict = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" in node:
            return "(?:" + body + ")?"
        return body

    if not trie:
        return r"(?!)"
    return (r"\b" if word_start else "") + emit(trie)


def anchors(pattern: str) -> frozenset[str] | None:
    """Word beginnings one of which every match contains, or None when unknown."""
    try:
        found, _ = _sequence(P.parse(pattern).data, word_start=True)
    except Exception:  # a parser detail we do not model: scan everything, stay correct
        return None
    return found


def literals(pattern: str) -> frozenset[str] | None:
    """Substrings (3+ characters) one of which every match contains, or None when unknown.

    Unlike ``anchors`` they need not begin a word, so they suit patterns written without
    ``\\b`` (the ``unless`` and ``context`` exemptions). Redundant entries are dropped: a
    literal containing another one adds nothing to an "any of these occurs" test.
    """
    try:
        found, _ = _sequence(P.parse(pattern).data, word_start=False, anywhere=True)
    except Exception:  # a parser detail we do not model: no prefilter, stay correct
        return None
    if found is None:
        return None
    words = {a.rstrip(WHOLE) for a in found}
    return frozenset(w for w in words if not any(o != w and o in w for o in words))


_MAX_PREFIX = 6


def _prefixes(items, acc: str) -> set[str] | None:
    """Literal beginnings (``acc`` plus what ``items`` starts with) of every match, or None."""
    for i, (op, av) in enumerate(items):
        if len(acc) >= _MAX_PREFIX:
            return {acc}
        rest = items[i + 1 :]
        char = _single_char(op, av)
        if char is not None:
            acc += chr(char)
        elif op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue  # zero-width: the literal beginning goes on after it
        elif op is C.SUBPATTERN:
            return _prefixes(list(av[-1].data) + rest, acc)
        elif op is C.BRANCH:
            found: set[str] = set()
            for alt in av[1]:
                sub = _prefixes(list(alt.data) + rest, acc)
                if sub is None:
                    return None
                found |= sub
            return found
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            low, _high, inner = av
            head = _prefixes(list(inner.data), acc)  # stops after one repetition
            if low >= 1 or head is None:
                return head
            tail = _prefixes(rest, acc)
            return None if tail is None else head | tail
        elif op is C.IN and not acc and all(kind is C.LITERAL for kind, _ in av):
            return {chr(value) for _, value in av}
        elif op is C.IN and not acc and all(kind in (C.LITERAL, C.RANGE) for kind, _ in av):
            chars: set[str] = set()
            for kind, value in av:
                low_c, high_c = (value, value) if kind is C.LITERAL else value
                chars.update(chr(c) for c in range(low_c, high_c + 1))
            return chars if len(chars) <= 64 else None
        else:
            return {acc} if acc else None
    return {acc} if acc else None  # an empty match could start anywhere


def first_literals(pattern: str) -> frozenset[str] | None:
    """Literal beginnings (up to 6 characters, at least one) every match starts with, or None.

    ``"(?:\\bsemaines?\\s+de|[4-9]\\d\\s*h)"`` gives {"semain", "4", ..., "9"}: the
    regex need only be tried where one of those begins (``finder.Finder``).
    """
    try:
        found = _prefixes(list(P.parse(pattern).data), "")
    except Exception:  # a parser detail we do not model: no shortcut
        return None
    return frozenset(found) if found and "" not in found else None


# Flags under which a literal in the pattern is not matched as written (case) or ``\b`` does
# not mean what ``textutil.word_starts`` assumes (ASCII or locale word characters).
_LOOSE_FLAGS = C.SRE_FLAG_IGNORECASE | C.SRE_FLAG_ASCII | C.SRE_FLAG_LOCALE


def _loose(items, flags: int = 0) -> bool:
    """Whether a part of the pattern is matched under one of ``_LOOSE_FLAGS``."""
    if flags & _LOOSE_FLAGS:
        return True
    for op, av in items:
        if op is C.SUBPATTERN:
            if av[1] & _LOOSE_FLAGS or _loose(av[-1].data):
                return True
        elif op is C.BRANCH:
            if any(_loose(alt.data) for alt in av[1]):
                return True
        elif op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
            if _loose(av[-1].data):
                return True
        elif op is C.ATOMIC_GROUP:
            if _loose(av.data):
                return True
        elif op in (C.ASSERT, C.ASSERT_NOT) and _loose(av[1].data):
            return True
    return False


def _is_word_class(op, av) -> bool:
    """A character class (not negated) that holds every word character."""
    return (
        op is C.IN
        and all(o is not C.NEGATE for o, _ in av)
        and any(o is C.CATEGORY and a is C.CATEGORY_WORD for o, a in av)
    )


def _after_non_word(items) -> bool:
    """Whether every match of ``items`` starts after a ``\\b`` or a ``(?<!\\w)``-like
    lookbehind (so, when it starts with a word character, right after a non-word one)."""
    if not items:
        return False
    op, av = items[0]
    if op is C.SUBPATTERN:
        return _after_non_word(list(av[-1].data) + items[1:])
    if op is C.BRANCH:
        return all(_after_non_word(list(alt.data) + items[1:]) for alt in av[1])
    if op is C.AT:
        return av is C.AT_BOUNDARY
    if op is C.ASSERT_NOT and av[0] == -1:  # (?<!...): a single character class with \w
        inner = list(av[1].data)
        return len(inner) == 1 and _is_word_class(*inner[0])
    return False


def word_start_literals(pattern: str) -> frozenset[str] | None:
    """Word beginnings (ASCII letters and digits, one letter at least two) of every match,
    each match starting at a word start (after a non-word character or at the text start),
    or None.

    Every match of ``\\b(?:must|need)\\s+...`` starts a word that begins with "must" or
    "need": the places to try the pattern are those words (``engine``, with an Aho-Corasick
    automaton over ``textutil.word_starts``), instead of every position of a sentence.
    """
    found = first_literals(pattern)
    if not found:
        return None
    # "you're" begins the word "you": a word is what precedes the first other character
    begins = {re.split("[^a-z0-9]", literal, maxsplit=1)[0] for literal in found}
    if any(not word or (len(word) == 1 and not word.isdigit()) for word in begins):
        return None  # a match may begin otherwise, or any word with that letter (not a digit)
    try:
        parsed = P.parse(pattern)
        if _loose(parsed.data, parsed.state.flags) or not _after_non_word(list(parsed.data)):
            return None
    except Exception:  # a parser detail we do not model: scan the sentence instead
        return None
    # a word that begins with another one adds no place to try
    return frozenset(w for w in begins if not any(o != w and w.startswith(o) for o in begins))
