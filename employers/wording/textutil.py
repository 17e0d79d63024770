"""Text helpers that keep character offsets stable.

``fold`` maps every character to exactly one character (lower case, accents stripped,
typographic apostrophes, dashes and spaces unified), so a match in the folded text has the
same offsets in the original text.
"""

import re
import unicodedata
from bisect import bisect_right
from functools import cache

_SPECIAL = {
    "\u2019": "'",
    "\u2018": "'",
    "\u02bc": "'",
    "\u00b4": "'",
    "`": "'",
    "\u00a0": " ",
    "\u202f": " ",
    "\u2009": " ",
    "\u2010": "-",
    "\u2011": "-",
    "\u2022": "\u00b7",  # bullet used as a middle dot in inclusive writing
    "\u22c5": "\u00b7",
    "\u2027": "\u00b7",
}


@cache
def _fold_table() -> dict[int, str]:
    table = {ord(k): v for k, v in _SPECIAL.items()}
    for code in range(0x41, 0x250):
        char = chr(code)
        base = unicodedata.normalize("NFD", char)[0]
        if base.isascii() and base.isalpha():
            base = base.lower()
        elif len(char.lower()) == 1:
            base = char.lower()
        else:
            continue
        if base != char:
            table[code] = base
    return table


_FREQUENT = "éèàêçôîùûïëâ’  "
_NON_ASCII = re.compile(r"[^\x00-\x5f\x61-\x7f]")  # and the backtick


def _fold_char(m: re.Match) -> str:
    char = m.group()
    return _fold_table().get(ord(char), char)


def fold(text: str) -> str:
    """Lower-case, strip accents and unify punctuation, one character for one character."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a rare letter lower-cases to two characters
        return text.translate(_fold_table())
    if lowered.isascii():
        return lowered.replace("`", "'") if "`" in lowered else lowered
    # str.translate is slow on non-ASCII text: replace the frequent characters in C, then
    # map whatever non-ASCII is left one match at a time.
    table = _fold_table()
    for char in _FREQUENT:
        if char in lowered:
            lowered = lowered.replace(char, table[ord(char)])
    return _NON_ASCII.sub(_fold_char, lowered)


_SENTENCE_END = re.compile(r"[.!?;\n]")


class Sentences:
    """Sentence spans of a text, computed once; used for rule context windows."""

    def __init__(self, text: str):
        self.text = text
        self._starts: list[int] | None = None

    def bounds(self) -> list[int]:
        if self._starts is None:
            self._starts = self._compute()
        return self._starts

    def _compute(self) -> list[int]:
        """A sentence ends after a line break, or after . ! ? ; followed by a space or the end."""
        text, starts = self.text, [0]
        size = len(text)
        for m in _SENTENCE_END.finditer(text):
            end = m.end()
            if end == size or text[end] in " \t\r\n" or m.group() == "\n":
                if end != starts[-1]:
                    starts.append(end)
        return starts

    def span(self, pos: int, following: int = 0) -> tuple[int, int]:
        """(start, end) of the sentence holding ``pos``, extended by ``following`` sentences."""
        if self._starts is None:
            self._starts = self._compute()
        i = bisect_right(self._starts, pos) - 1
        j = i + 1 + following
        end = self._starts[j] if j < len(self._starts) else len(self.text)
        return self._starts[i], end


_FR_MARKS = tuple(f" {w} " for w in "les des et vous une pour".split())
_EN_MARKS = tuple(f" {w} " for w in "the and you our your with".split())


_WORD = re.compile(r"[a-z]+")
_FR_SHORT = frozenset(
    "le la les des du de et vous nous une un est pour dans avec sur votre vos quel quelle "
    "etes avez ou qui que ce pas".split()
)
_EN_SHORT = frozenset(
    "the and you we our your for with will is are to do how what where when who have old "
    "a an of in on any".split()
)


def detect_language(text: str, folded: str | None = None) -> str:
    """'fr' or 'en' by counting frequent stopwords (ties go to 'fr')."""
    sample = fold(text[:1500]) if folded is None else folded[:1500]
    if len(sample) < 400:  # a question or a sentence: count words, it is cheap here
        found = _WORD.findall(sample)
        fr = sum(w in _FR_SHORT for w in found)
        en = sum(w in _EN_SHORT for w in found)
    else:
        sample = f" {sample} "
        fr = sum(sample.count(w) for w in _FR_MARKS)
        en = sum(sample.count(w) for w in _EN_MARKS)
    return "en" if en > fr else "fr"
