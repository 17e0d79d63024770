"""Text helpers shared by the detectors: accent folding that keeps offsets, word boundaries."""

import re
import unicodedata
from functools import lru_cache

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
