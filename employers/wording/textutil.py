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


_ASCII_BYTES = bytes(range(128))


def _non_ascii(text: str) -> set[str]:
    """The distinct non-ASCII characters of ``text``, found at memory speed: bytes methods
    drop every ASCII byte of its UTF-8 form (a regex character class tests each character
    in turn)."""
    return set(
        text.encode("utf-8", "surrogatepass")
        .translate(None, _ASCII_BYTES)
        .decode("utf-8", "surrogatepass")
    )


def fold(text: str) -> str:
    """Lower-case, strip accents and unify punctuation, one character for one character."""
    return fold_text(text)[0]


def fold_text(text: str) -> tuple[str, set[str]]:
    """``fold(text)``, and the distinct non-ASCII characters of the result (what
    ``word_starts`` needs), found once for both."""
    if text.isascii():  # checked in C at memory speed, unlike any regex scan
        lowered = text.lower()
        return (lowered.replace("`", "'") if "`" in lowered else lowered), set()
    # str.lower and str.translate are slow on non-ASCII text, while a text holds few distinct
    # non-ASCII characters: bytes.lower() lower-cases the ASCII letters of the UTF-8 form (its
    # multi-byte sequences hold no ASCII byte), then each other character is replaced in turn.
    raw = text.encode("utf-8", "surrogatepass")
    folds = _char_folds(set(raw.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")))
    if folds is None:
        folded = _fold_whole(text)
        return folded, _non_ascii(folded)
    folded = raw.lower().decode("utf-8", "surrogatepass")
    for char, replacement in folds.items():
        if replacement != char:
            folded = folded.replace(char, replacement)
    if "`" in folded:
        folded = folded.replace("`", "'")
    return folded, {char for char in folds.values() if not char.isascii()}


def _char_folds(chars: set[str]) -> dict[str, str] | None:
    """Each of ``chars`` (non-ASCII) -> what ``_fold_whole`` makes of it, or None when that
    depends on more than the character: a letter lower-cased to two characters, a capital
    sigma (lower-cased by its place in the word), or a replacement itself replaced."""
    table = _fold_table()
    folds = {}
    for char in chars:
        lowered = char.lower()
        if len(lowered) != 1 or char == "\u03a3":
            return None
        folds[char] = table.get(ord(lowered), lowered)
    if any(folds.get(r, r) != r for r in folds.values()):
        return None
    return folds


def _fold_whole(text: str) -> str:
    """``fold``, the plain way: the whole text lower-cased, then each distinct non-ASCII
    character replaced (the reference ``fold_text`` gives the same as, faster)."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a rare letter lower-cases to two characters
        return text.translate(_fold_table())
    if lowered.isascii():
        return lowered.replace("`", "'") if "`" in lowered else lowered
    # str.translate is slow on non-ASCII text; a text holds few distinct characters to fold,
    # so replace each of them in turn, in C (no folded character is itself folded again).
    table = _fold_table()
    chars = _non_ascii(lowered)
    if "`" in lowered:
        chars.add("`")
    for char in chars:
        replacement = table.get(ord(char))
        if replacement is not None:
            lowered = lowered.replace(char, replacement)
    return lowered


# Word characters stay, any other ASCII character becomes a space (``\w`` in ``re``).
_SEPARATORS = bytes(b if chr(b).isalnum() or b == ord("_") else ord(" ") for b in range(256))


def word_starts(folded: str, others: set[str] | None = None) -> str:
    """``" " + folded + " "`` as ASCII where every non-word character is a space and every
    other non-ASCII character an underscore, one character for one character: a word
    starts after a space and ends before one. For finding whole words with plain string
    matching (the engine's Aho-Corasick automaton), where ``\b`` is not available.
    ``others``: the distinct non-ASCII characters of ``folded`` when known (``fold_text``)."""
    if others is None and not folded.isascii():
        others = _non_ascii(folded)
    if others:
        for char in others:
            if char.isalnum():  # rare once folded ("œ", "ß"): most are "·", "–", "€", "«"
                # "_" is a word character that begins no anchor: "œuvre" is not "uvre"
                folded = folded.replace(char, "_")
    # any other non-ASCII character becomes "?", which is a separator like the ASCII ones
    spaced = folded.encode("ascii", "replace").translate(_SEPARATORS).decode("ascii")
    return f" {spaced} "


# A sentence ends after a line break, or after . ! ? ; followed by white space or the end.
_TERMINATORS = ".!?;"
_SPACES = " \t\r\n"


class Sentences:
    """Sentence spans of a text, computed once; used for rule context windows."""

    def __init__(self, text: str):
        self.text = text
        self._starts: list[int] | None = None
        #: the starts (in ``bounds``) of the sentences that follow a question
        self.after_questions: set[int] = set()

    def bounds(self) -> list[int]:
        """Start offsets of the sentences, the first one being 0."""
        if self._starts is None:
            self._starts = self._compute()
        return self._starts

    def _compute(self) -> list[int]:
        # str.find jumps from one terminator to the next at memory speed; a regex character
        # class would test every character (measured twice as slow).
        text, size, ends = self.text, len(self.text), []
        questions = self.after_questions
        for char in _TERMINATORS:
            at = text.find(char)
            while at >= 0:
                at += 1
                if at == size or text[at] in _SPACES:
                    ends.append(at)
                    if char == "?":
                        questions.add(at)
                at = text.find(char, at)
        at = text.find("\n")
        while at >= 0:
            ends.append(at + 1)
            at = text.find("\n", at + 1)
        ends.sort()
        # a terminator then a line break ends one sentence, not two: an empty one between
        # them would take the place of the sentence before or after in a window
        starts = [0]
        for end in ends:
            last = starts[-1]
            if last and end - last <= 8 and text[last:end].isspace():
                starts[-1] = end
                if last in questions:
                    questions.add(end)
            else:
                starts.append(end)
        return starts

    def span(self, pos: int, following: int = 0, preceding: int = 0) -> tuple[int, int]:
        """(start, end) of the sentence holding ``pos``, extended by ``following`` sentences
        and by ``preceding`` ones."""
        starts = self._starts if self._starts is not None else self.bounds()
        i = bisect_right(starts, pos) - 1
        j = i + 1 + following
        return starts[max(0, i - preceding)], starts[j] if j < len(starts) else len(self.text)


_FR_MARKS = tuple(f" {w} " for w in "les des et vous une pour".split())
_EN_MARKS = tuple(f" {w} " for w in "the and you our your with".split())


_WORD = re.compile(r"[a-z]+")
# Frequent words of one language that the other one does not use (after folding): function
# words, then the words job offers are made of.
_FR_SHORT = frozenset(
    "le la les des du de et vous nous une un est pour dans avec sur votre vos quel quelle "
    "etes avez ou qui que ce pas au aux en sont notre nos ces cette sera serez doit doivent "
    "etre tres sans chez ans exige exigee exiges exigees requis requise souhaite souhaitee "
    "poste equipe candidat candidats candidate candidates recherche recherchons recrute "
    "recrutons profil uniquement seulement obligatoire merci chaque mois jour jours semaine "
    "heures salaire lieu contrat temps plein partiel entreprise".split()
)
_EN_SHORT = frozenset(
    "the and you we our your for with will is are to do how what where when who have old "
    "a an of in on any be must only required preferred wanted need needs apply applicants "
    "candidates should can not all this that from by at or who please during strong good "
    "ability knowledge skills years year team work role job looking seeking hiring "
    "available new per day days hours salary company".split()
)
# "candidates" is both French and English: it counts for neither.
_FR_SHORT, _EN_SHORT = _FR_SHORT - _EN_SHORT, _EN_SHORT - _FR_SHORT
_FRENCH_LETTERS = frozenset("éèêëàâîïôûùçœ")
# Spellings common in English words and rare in French ones ("think", "work", "show", "need",
# "book", "-ing"): they only break a tie, when a short text has no word of either list.
_ENGLISH_SPELLING = re.compile(r"th|w|k|sh|ee|oo|ing\b")


def detect_language(text: str, folded: str | None = None) -> str:
    """'fr' or 'en' by counting frequent words (ties go to French letters, then to English
    spellings, then to 'fr')."""
    sample = fold(text[:1500]) if folded is None else folded[:1500]
    if len(sample) < 400:  # a question or a sentence: count words, it is cheap here
        found = _WORD.findall(sample)
        fr = sum(w in _FR_SHORT for w in found)
        en = sum(w in _EN_SHORT for w in found)
        if fr == en:
            if _FRENCH_LETTERS.intersection(text[:400].lower()):
                return "fr"
            return "en" if _ENGLISH_SPELLING.search(sample) else "fr"
    else:
        sample = f" {sample} "
        fr = sum(sample.count(w) for w in _FR_MARKS)
        en = sum(sample.count(w) for w in _EN_MARKS)
    return "en" if en > fr else "fr"


def in_a_sentence(text: str, start: int, *, after_comma: bool = False) -> bool:
    """Whether a word (or, `after_comma`, a comma) comes right before `start` on its line:
    what starts there is inside a sentence, not at the head of a line, a sentence or a
    heading."""
    left = text[max(0, start - 80) : start].rsplit("\n", 1)[-1].rstrip()
    return bool(left) and (left[-1].isalnum() or (after_comma and left[-1] == ","))
