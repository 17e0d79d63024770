"""Text helpers shared by the detectors: accent folding that keeps offsets, word boundaries."""

import re
import unicodedata
from functools import lru_cache

try:  # a C automaton for the literals of Prefiltered; str.find does the same without it
    import ahocorasick
except ImportError:  # pragma: no cover
    ahocorasick = None

LETTER = r"[^\W\d_]"
# Boundaries for a word that must not run into other letters (digits/underscores allowed).
NOT_LETTER_BEFORE = rf"(?<!{LETTER})"
NOT_LETTER_AFTER = rf"(?!{LETTER})"
# Stricter boundaries for capitalised words: no identifier characters around them.
NOT_WORD_BEFORE = r"(?<![\w])"
NOT_WORD_AFTER = r"(?![\w])"

# A capitalised word: "Lefèvre", "O'Connor", "N'Diaye", "Jean-Luc", "LEFEBVRE".
# Latin Extended-A (Ā-ſ) for Polish, Czech, Turkish... names: "Wiśniewska", "Yılmaz", "Dvořák".
CAP_WORD = (
    r"(?:[A-Z][A-Za-z]?['’])?[A-ZÀ-ÖØ-ÞĀ-ſ][a-zà-öø-ÿA-ZÀ-ÖØ-ÞĀ-ſ]+"
    r"(?:-[A-ZÀ-ÖØ-ÞĀ-ſ][a-zà-öø-ÿA-ZÀ-ÖØ-ÞĀ-ſ]+)*"
)
NAME_PARTICLE = r"(?:de|du|des|da|di|do|dos|le|la|van|von|der|den|el|al|ben|bin|ter|ten|mac|mc)"


def _fold_char(char: str) -> str:
    if char in "’‘`´":
        return "'"
    decomposed = unicodedata.normalize("NFD", char)
    base = decomposed[0] if decomposed else char
    lowered = base.lower()
    return lowered if len(lowered) == 1 else base


class _FoldTable(dict):
    """``str.translate`` table filled on first sight of each character."""

    def __missing__(self, code: int) -> str:
        self[code] = folded = _fold_char(chr(code))
        return folded


_FOLD_TABLE = _FoldTable()


def fold(text: str) -> str:
    """Lower-case, accent-free copy of ``text`` with exactly the same length.

    Every character maps to one character, so offsets found in the folded text are
    valid in the original: detectors search the folded text and report original spans.
    """
    return text.translate(_FOLD_TABLE)


@lru_cache(maxsize=4096)
def compiled(pattern: str) -> re.Pattern:
    """``re.compile`` with a cache large enough for the patterns built from identities
    (the ``re`` module keeps only 512, which a dozen per candidate soon exhausts)."""
    return re.compile(pattern)


def sentence_around(text: str, pos: int, stops: str = ".!?\n") -> tuple[int, int]:
    """(start, end) of the sentence holding ``pos``: from just after the last of ``stops``
    before it to the next one (or the end of the text)."""
    start = max(text.rfind(c, 0, pos) for c in stops) + 1
    ends = [i for i in (text.find(c, pos) for c in stops) if i != -1]
    return start, min(ends) if ends else len(text)


def is_capitalised(word: str) -> bool:
    return bool(word) and word[0].isupper()


def is_titlecase(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return bool(letters) and letters[0].isupper() and not all(c.isupper() for c in letters[1:])


def is_upper(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) > 1 and all(c.isupper() for c in letters)


def word_alternation(words) -> str:
    """Regex alternation of folded words, longest first so prefixes do not win."""
    escaped = sorted({re.escape(w) for w in words if w}, key=len, reverse=True)
    return "(?:" + "|".join(escaped) + ")" if escaped else "(?!x)x"


FRENCH_MARKERS = re.compile(
    r"\b(?:je|j'|les|des|une|est|pour|avec|dans|sur|mon|mes|nous|vous|qui|que|pas|du|au|aux|"
    r"c'est|l'|d'|et)\b"
)
ENGLISH_MARKERS = re.compile(
    r"\b(?:the|and|i|my|is|are|with|for|of|to|in|on|was|have|that|this|we|you|it)\b"
)


def guess_lang(text: str) -> str:
    folded = fold(text)
    french = len(FRENCH_MARKERS.findall(folded))
    english = len(ENGLISH_MARKERS.findall(folded))
    return "fr" if french >= english else "en"


def _top_level_branches(pattern: str) -> list[str]:
    """Split a regex on its top-level "|" (outside groups and classes)."""
    branches, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append(pattern[start:i])
            start = i + 1
        i += 1
    branches.append(pattern[start:])
    return branches


_LEAD = re.compile(r"(?:\\b|\(\?<!\[\\w'?\]\))?(?P<lit>[a-z0-9' ]+)")
_LEAD_GROUP = re.compile(r"(?:\\b|\(\?<!\[\\w'?\]\))?\(\?:(?P<alts>[a-z0-9' |]+)\)")


def _leading_literals(branch: str) -> tuple[str, ...] | None:
    """Literals one of which every match of ``branch`` starts with (3+ characters each)."""
    group = _LEAD_GROUP.match(branch)
    if group:
        alts = tuple(group.group("alts").split("|"))
        if branch[group.end() : group.end() + 1] not in ("?", "*", "{"):
            return alts if all(len(a) >= 3 for a in alts) else None
        return None
    m = _LEAD.match(branch)
    if not m:
        return None
    literal = m.group("lit")
    if branch[m.end() : m.end() + 1] in ("?", "*", "{"):
        literal = literal[:-1]  # "refugiee?" -> "refugie"
    return (literal,) if len(literal) >= 3 else None


class Prefiltered:
    """Many patterns, each tried only where its leading literal occurs.

    A pattern starting with ``\\b`` gets no literal-prefix search from the ``re`` engine, which
    then tries every position of the text; here the literals are found in one pass (an
    Aho-Corasick automaton from pyahocorasick, or ``str.find`` without it) and each pattern is
    matched there (``\\b`` and look-behinds still see the characters before). Branches
    without a usable literal run as one alternation."""

    def __init__(self, patterns: list, flags: int = 0) -> None:
        """``patterns``: regex strings, or (literals, regex) pairs with explicit literals, for
        patterns whose match may start a little before the literal (only their groups used)."""
        always: list[str] = []
        self.keyed: list[tuple[tuple[str, ...], re.Pattern, bool]] = []
        for pattern in patterns:
            if isinstance(pattern, tuple):
                literals, regex = pattern
                self.keyed.append((literals, re.compile(regex, flags), False))
                continue
            for branch in _top_level_branches(pattern):
                literals = _leading_literals(branch)
                if literals:
                    self.keyed.append((literals, re.compile(branch, flags), True))
                else:
                    always.append(branch)
        self.always = re.compile("|".join(f"(?:{b})" for b in always), flags) if always else None
        self.by_literal: dict[str, list[int]] = {}
        for index, (literals, _, _) in enumerate(self.keyed):
            for literal in literals:
                self.by_literal.setdefault(literal, []).append(index)
        self.automaton = None
        if ahocorasick is not None and self.by_literal:
            self.automaton = ahocorasick.Automaton()
            for literal in self.by_literal:
                self.automaton.add_word(literal, literal)
            self.automaton.make_automaton()

    def _occurrences(self, keys: str):
        if self.automaton is not None:
            for end, literal in self.automaton.iter(keys):
                yield end - len(literal) + 1, literal
            return
        for literal in self.by_literal:
            pos = keys.find(literal)
            while pos >= 0:
                yield pos, literal
                pos = keys.find(literal, pos + 1)

    def finditer(self, text: str, key_text: str | None = None):
        """Matches in ``text``; ``key_text`` (the folded text) is where the literals are looked
        for, when ``text`` keeps its capitals."""
        keys = text if key_text is None else key_text
        if self.always is not None:
            yield from self.always.finditer(text)
        for pos, literal in self._occurrences(keys):
            for index in self.by_literal[literal]:
                _, regex, anchored = self.keyed[index]
                if anchored:
                    m = regex.match(text, pos)
                    if m:
                        yield m
                else:
                    yield from regex.finditer(text, max(0, pos - 16), pos + len(literal) + 200)
