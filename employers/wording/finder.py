"""Searching an exemption regex (``unless``, ``context``, ``not_after``) only where it can match.

Python's ``re`` has no fast scan for a pattern that starts with ``\\b`` or an alternation: it
tries the whole pattern at every position, and even a character class tests each character
in turn, while ``str.find`` runs at memory speed. So a ``Finder`` first looks for cheap
literal evidence, then runs the regex only where it can match:

- ``pre``: literals one of which every match contains (``anchors.literals``): when none is
  in the span, neither is a match;
- ``starts``: the literal beginnings of every match (``anchors.first_literals``): the regex
  is ``match``-ed at those positions only.

``Finder.found`` answers exactly like ``regex.search(text, lo, hi) is not None``
(``tests/wording/test_shortcuts.py``). For rule patterns in sentence windows this was measured
slower than ``re``'s own scan, so the engine does not use it there.
"""

import re
from dataclasses import dataclass

from employers.wording.anchors import first_literals, literals, trie_pattern

# Up to this many literals, one str.find per literal beats one regex scan of the span.
_FEW = 6


@dataclass(frozen=True)
class Literals:
    """Occurrences of any of some literal strings."""

    words: tuple[str, ...]
    #: one trie regex instead of a str.find per word, when there are many words
    regex: re.Pattern | None

    @classmethod
    def of(cls, words) -> "Literals":
        words = tuple(sorted(words))
        many = len(words) > _FEW
        return cls(words, re.compile(trie_pattern(words, word_start=False)) if many else None)

    def any(self, text: str, lo: int, hi: int) -> bool:
        if self.regex is not None:
            return self.regex.search(text, lo, hi) is not None
        for word in self.words:
            if text.find(word, lo, hi) >= 0:
                return True
        return False

    def positions(self, text: str, lo: int, hi: int) -> list[int]:
        """Every position in [lo, hi) where a word begins (and fits), in increasing order."""
        found = []
        if self.regex is not None:
            search = self.regex.search
            while (s := search(text, lo, hi)) is not None:
                lo = s.start()
                found.append(lo)
                lo += 1
            return found
        for word in self.words:
            at = text.find(word, lo, hi)
            while at >= 0:
                found.append(at)
                at = text.find(word, at + 1, hi)
        return sorted(set(found)) if len(self.words) > 1 else found


@dataclass(frozen=True)
class Finder:
    regex: re.Pattern
    pre: Literals | None = None
    starts: Literals | None = None

    @classmethod
    def build(cls, source: str) -> "Finder":
        required = literals(source)
        begins = first_literals(source)
        return cls(
            regex=re.compile(source),
            pre=Literals.of(required) if required else None,
            starts=Literals.of(begins) if begins else None,
        )

    def found(self, text: str, lo: int, hi: int) -> bool:
        """Whether the regex matches somewhere in ``text[lo:hi]`` (like ``regex.search``)."""
        if self.pre is not None and not self.pre.any(text, lo, hi):
            return False
        if self.starts is None:
            return self.regex.search(text, lo, hi) is not None
        match = self.regex.match
        if self.starts.regex is None:
            return any(match(text, at, hi) for at in self.starts.positions(text, lo, hi))
        # one place at a time, stopping at the first match (most spans hold one early)
        search = self.starts.regex.search
        while (found := search(text, lo, hi)) is not None:
            lo = found.start()
            if match(text, lo, hi):
                return True
            lo += 1
        return False
