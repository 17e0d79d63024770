"""Where the words of the offer-scope checks occur in a folded text.

``text_offer`` and ``text_values`` ask, for many short lists of words, whether one of them is
in the text and where: a ``str.find`` per word scans the whole text each time (about 190
words, measured as half the time of a whole check). The engine's own Aho-Corasick pass over
the text (the one that finds its rules' anchors) finds them instead: each word is looked for
by its longest token that begins a word (``plan``: "ans d" by "ans", "100 % tele" by
"tele"), and each place the token begins a word is checked to hold the whole word
(``WordIndex.from_tokens``). A word with no such token ("€", "h/s") is looked up with
``str.find`` when first asked for. Without the engine's positions (``text_offer`` called on
its own), one Aho-Corasick pass of its own finds the same (``WordIndex.from_automaton``).
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass

try:  # one pass in C over the text for every word
    import ahocorasick
except ImportError:  # pragma: no cover - every word is then looked up with str.find
    ahocorasick = None

_TOKEN = re.compile(r"[a-z0-9]{2,}")


@dataclass(frozen=True)
class Plan:
    """How to find a set of words: by token (the engine's anchors) or with ``str.find``."""

    #: token -> (word, offset of the token in the word) of the words it finds
    tokens: dict[str, tuple[tuple[str, int], ...]]
    #: words no token finds: looked up with str.find
    by_find: frozenset[str]
    #: the words the tokens find
    by_token: frozenset[str]
    #: an automaton of every word, for a text without the engine's positions (or None)
    automaton: object


def plan(words: Iterable[str], lazy: Iterable[str] = ()) -> Plan:
    """How to find ``words``; ``lazy`` ones (asked for in few texts: the second side of a
    contradiction, once the first is there) are looked up with ``str.find`` when asked for,
    rather than found in every text by the engine's pass."""
    tokens: dict[str, list[tuple[str, int]]] = {}
    by_find = set(lazy)
    for word in sorted(set(words) - by_find):
        # a token that begins a word within the word (a word's beginning in the text too)
        found = [
            m for m in _TOKEN.finditer(word) if m.start() == 0 or not word[m.start() - 1].isalnum()
        ]
        if not found:
            by_find.add(word)
            continue
        best = max(found, key=lambda m: len(m.group()))
        tokens.setdefault(best.group(), []).append((word, best.start()))
    automaton = None
    if ahocorasick is not None:
        automaton = ahocorasick.Automaton()
        for word in {w for listed in tokens.values() for w, _ in listed}:
            automaton.add_word(word, len(word))
        automaton.make_automaton()
    return Plan(
        tokens={t: tuple(listed) for t, listed in tokens.items()},
        by_find=frozenset(by_find),
        by_token=frozenset(w for listed in tokens.values() for w, _ in listed),
        automaton=automaton,
    )


class WordIndex:
    """The start positions of words in ``folded``, in increasing order."""

    __slots__ = ("folded", "_at", "_known")

    def __init__(self, folded: str, at: dict[str, list[int]], known: frozenset[str]):
        self.folded = folded
        #: positions of the words in ``known`` (a word of ``known`` absent from it is absent
        #: from the text); other words are looked up with str.find and added
        self._at = at
        self._known = known

    @classmethod
    def from_tokens(
        cls, folded: str, the_plan: Plan, positions: dict[str, list[int]]
    ) -> "WordIndex":
        """The words of ``the_plan`` from ``positions``: token -> the word starts in
        ``folded`` where a word begins with that token (the engine's anchor pass)."""
        at: dict[str, list[int]] = {}
        startswith = folded.startswith
        for token, places in positions.items():
            for word, offset in the_plan.tokens[token]:
                if offset == 0 and word == token:
                    found = places
                else:
                    found = [
                        p - offset for p in places if p >= offset and startswith(word, p - offset)
                    ]
                if found:
                    at[word] = found if word not in at else sorted(set(at[word] + found))
        return cls(folded, at, the_plan.by_token)

    @classmethod
    def from_automaton(cls, folded: str, the_plan: Plan) -> "WordIndex":
        """The words of ``the_plan`` found by its own pass over ``folded`` (substrings, at a
        word's beginning or not)."""
        if the_plan.automaton is None:  # pragma: no cover - without pyahocorasick
            return cls(folded, {}, frozenset())
        at: dict[str, list[int]] = {}
        for end, length in the_plan.automaton.iter(folded):  # type: ignore[attr-defined]
            start = end - length + 1
            word = folded[start : end + 1]
            if word in at:
                at[word].append(start)
            else:
                at[word] = [start]
        return cls(folded, at, the_plan.by_token)

    def at(self, word: str) -> list[int]:
        if word in self._known:
            return self._at.get(word, [])
        if word not in self._at:  # looked up once with str.find
            found, at = [], self.folded.find(word)
            while at >= 0:
                found.append(at)
                at = self.folded.find(word, at + 1)
            self._at[word] = found
        return self._at[word]

    def has(self, words: tuple[str, ...]) -> bool:
        if self._known.issuperset(words):
            return not self._at.keys().isdisjoint(words)
        return any(self.at(word) for word in words)

    def count(self, words: Iterable[str]) -> int:
        return sum(len(self.at(word)) for word in words)

    def starts(self, words: Iterable[str]) -> list[int]:
        """Every start of one of ``words``, in increasing order."""
        return sorted(at for word in words for at in self.at(word))
