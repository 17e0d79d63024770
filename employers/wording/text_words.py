"""Where the words of the offer-scope checks occur in a folded text, found in one pass.

``text_offer`` and ``text_values`` ask, for many short lists of words, whether one of them is
in the text and where: a ``str.find`` per word scans the whole text each time (about 150 words,
measured as half the time of a whole check). One Aho-Corasick pass (pyahocorasick, in C) finds
every occurrence of every word at once; without that package, each word is looked up with
``str.find`` when first asked for, with the same answers.
"""

from collections.abc import Iterable

try:  # one pass in C over the text for every word
    import ahocorasick
except ImportError:  # pragma: no cover - the same answers with str.find, word by word
    ahocorasick = None


def automaton(words: Iterable[str]):
    """An automaton of ``words`` for ``WordIndex``, or None without pyahocorasick."""
    if ahocorasick is None:  # pragma: no cover
        return None
    built = ahocorasick.Automaton()
    for word in set(words):
        built.add_word(word, len(word))
    built.make_automaton()
    return built


class WordIndex:
    """The start positions of words in ``folded``, in increasing order."""

    __slots__ = ("folded", "_at", "_automaton")

    def __init__(self, folded: str, words_automaton=None):
        self.folded = folded
        self._automaton = words_automaton
        self._at: dict[str, list[int]] | None = None
        if words_automaton is not None:
            found: dict[str, list[int]] = {}
            for end, length in words_automaton.iter(folded):
                start = end - length + 1
                word = folded[start : end + 1]
                if word in found:
                    found[word].append(start)
                else:
                    found[word] = [start]
            self._at = found

    def _indexed(self, word: str) -> bool:
        return self._at is not None and self._automaton.exists(word)

    def at(self, word: str) -> list[int]:
        if self._indexed(word):
            assert self._at is not None
            return self._at.get(word, [])
        # without pyahocorasick, or a word the automaton was not built with
        found, at = [], self.folded.find(word)
        while at >= 0:
            found.append(at)
            at = self.folded.find(word, at + 1)
        return found

    def has(self, words: tuple[str, ...]) -> bool:
        """Whether one of ``words`` (all of them indexed, or none) occurs."""
        if self._at is not None and self._automaton.exists(words[0]):
            return not self._at.keys().isdisjoint(words)
        return any(word in self.folded for word in words)

    def count(self, words: Iterable[str]) -> int:
        return sum(len(self.at(word)) for word in words)

    def starts(self, words: Iterable[str]) -> list[int]:
        """Every start of one of ``words``, in increasing order."""
        return sorted(at for word in words for at in self.at(word))
