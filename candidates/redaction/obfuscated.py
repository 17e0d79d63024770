"""Contact details and names written so that filters miss them.

- phone numbers in words, French or English ("zéro six, douze, quarante-sept...",
  "oh seven six one two...");
- phone numbers with letters for digits ("O6 23 l4 S8 79": O for 0, l/I for 1, S for 5...);
- names and e-mails with a space, dot or dash between the letters ("m-o-u-s-s-a",
  "J i m m y  S é r a p h i n", "M.E.H.D.I");
- in code, a phone number or an e-mail cut into several string literals, array items or
  concatenations (``"06992" + "81734"``, ``["07", "62", "81"]``, ``'ana.' . 'diallo' . '@x.fr'``).
"""

import re
from collections.abc import Callable

from candidates.redaction.contact import EMAIL
from candidates.redaction.spans import Span
from candidates.redaction.text import fold

# --- Phone numbers in words ------------------------------------------------------------------

_FR_UNITS = {
    "zero": 0,
    "un": 1,
    "une": 1,
    "deux": 2,
    "trois": 3,
    "quatre": 4,
    "cinq": 5,
    "six": 6,
    "sept": 7,
    "huit": 8,
    "neuf": 9,
}
_FR_TEENS = {"dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14, "quinze": 15}
_FR_TEENS["seize"] = 16
_FR_TENS = {
    "vingt": 20,
    "vingts": 20,
    "trente": 30,
    "quarante": 40,
    "cinquante": 50,
    "soixante": 60,
    "septante": 70,
    "huitante": 80,
    "octante": 80,
    "nonante": 90,
}
_EN_UNITS = {
    "zero": 0,
    "oh": 0,
    "o": 0,
    "nought": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
_EN_TEENS = {
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_EN_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fourty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
_REPEAT = {"double": 2, "triple": 3}
_NUMBER_WORDS = (
    (set(_FR_UNITS) | set(_FR_TEENS) | set(_FR_TENS) | set(_EN_UNITS) | set(_EN_TEENS))
    | set(_EN_TENS)
    | set(_REPEAT)
    | {"plus"}
)
_WORDS_ALT = "|".join(sorted(_NUMBER_WORDS - {"o"}, key=len, reverse=True)) + "|o(?=[\\s,\\-])"
# Number words, possibly mixed with digit groups ("06 douze 47 quatre-vingt-trois 09").
_WORD_RUN = re.compile(
    rf"(?<![^\W_])(?:{_WORDS_ALT}|\d{{1,2}}(?![\d]))(?:(?:[\s,;.\-/]+|\s+(?:et|and)\s+)"
    rf"(?:{_WORDS_ALT}|\d{{1,2}}(?![\d])))+(?![^\W\d_])"
)
_WORD = re.compile(r"[a-z]+|\d+|[,;./]")


def _words_to_digits(run: str) -> str:
    """ "zero six, quatre-vingt-onze" -> "0691"; "oh seven double five" -> "0755"."""
    tokens = _WORD.findall(run)
    digits: list[str] = []
    i = 0

    def word(k: int) -> str | None:
        return tokens[k] if k < len(tokens) and tokens[k] not in ",;./" else None

    while i < len(tokens):
        t = tokens[i]
        nxt = word(i + 1)
        if t in ",;./" or t in ("et", "and"):
            i += 1
            continue
        if t == "plus":
            digits.append("+")
            i += 1
        elif t in _REPEAT and nxt in _EN_UNITS:
            digits.append(str(_EN_UNITS[nxt]) * _REPEAT[t])
            i += 2
        elif t == "quatre" and nxt in ("vingt", "vingts"):
            value, i = 80, i + 2
            value, i = _french_tail(tokens, i, value, allow_teen=True)
            digits.append(str(value))
        elif t == "soixante":
            value, i = 60, i + 1
            value, i = _french_tail(tokens, i, value, allow_teen=True)
            digits.append(str(value))
        elif t in _FR_TENS:
            value, i = _french_tail(tokens, i + 1, _FR_TENS[t], allow_teen=False)
            digits.append(str(value))
        elif t == "dix" and nxt in ("sept", "huit", "neuf"):
            digits.append(str(10 + _FR_UNITS[nxt]))
            i += 2
        elif t in _EN_TENS:
            value = _EN_TENS[t]
            if nxt in _EN_UNITS and _EN_UNITS[nxt]:
                value += _EN_UNITS[nxt]
                i += 1
            digits.append(str(value))
            i += 1
        elif t.isdigit():
            digits.append(t)
            i += 1
        else:
            found = _FR_UNITS.get(t, _FR_TEENS.get(t, _EN_UNITS.get(t, _EN_TEENS.get(t))))
            if found is None:
                return "".join(digits)
            value = found
            digits.append(str(value))
            i += 1
    return "".join(digits)


def _french_tail(tokens: list[str], i: int, value: int, *, allow_teen: bool) -> tuple[int, int]:
    """After "vingt"/"soixante"/"quatre-vingt": "et un", "-deux", "-onze", "dix-sept"..."""
    j = i
    if j < len(tokens) and tokens[j] == "et":
        j += 1
    if j < len(tokens):
        t = tokens[j]
        if t in _FR_UNITS and _FR_UNITS[t] and t != "une":
            return value + _FR_UNITS[t], j + 1
        if allow_teen and t == "dix" and j + 1 < len(tokens) and tokens[j + 1] in ("sept", "huit"):
            return value + 10 + _FR_UNITS[tokens[j + 1]], j + 2
        if allow_teen and t == "dix" and j + 1 < len(tokens) and tokens[j + 1] == "neuf":
            return value + 19, j + 2
        if allow_teen and (t in _FR_TEENS):
            return value + _FR_TEENS[t], j + 1
    return value, i


def _looks_like_phone(digits: str) -> bool:
    if digits.startswith("+"):
        return 10 <= len(digits) - 1 <= 13
    return digits.startswith("0") and 10 <= len(digits) <= 11


def find_phones_in_words(folded: str) -> list[Span]:
    spans = []
    for m in _WORD_RUN.finditer(folded):
        if not re.search(r"[a-z]", m.group()):
            continue  # digits only: the ordinary phone detector's
        if _looks_like_phone(_words_to_digits(m.group())):
            spans.append(Span(m.start(), m.end(), "phone"))
    return spans


# --- Letters standing for digits ---------------------------------------------------------------

_LOOKALIKE = str.maketrans({"O": "0", "o": "0", "D": "0", "I": "1", "l": "1", "i": "1", "|": "1"})
_LOOKALIKE.update(str.maketrans({"S": "5", "s": "5", "Z": "2", "z": "2", "B": "8", "G": "6"}))
_LOOKALIKE.update(str.maketrans({"q": "9", "g": "9", "A": "4", "T": "7", "E": "3"}))
_LOOK = r"[0-9OoDIli|SsZzBGqgATE]"
LOOKALIKE_PHONE = re.compile(
    rf"(?<![\w+])(?:\+\s?33\s?(?:\(0\)\s?)?{_LOOK}|{_LOOK}{{2}})"
    rf"(?:[ .\-/]?{_LOOK}{{2}}){{4}}(?![\w])"
)


def find_lookalike_phones(text: str) -> list[Span]:
    spans = []
    for m in LOOKALIKE_PHONE.finditer(text):
        written = m.group()
        chars = [c for c in written if c not in " .-/+()"]
        real = sum(c.isdigit() for c in chars)
        if real == len(chars) or real < len(chars) * 0.4:
            continue  # plain numbers are the phone detector's; mostly letters is a word
        digits = re.sub(r"\D", "", written.translate(_LOOKALIKE))
        if re.fullmatch(r"0[1-9]\d{8}|330?[1-9]\d{8}", digits):
            spans.append(Span(m.start(), m.end(), "phone"))
    return spans


# --- Letters spaced out ------------------------------------------------------------------------

# Single letters joined by one repeated separator: "m-o-u-s-s-a", "M.E.H.D.I", "a_w_a", or by
# single spaces, where "@" and "." may stand between letters of an e-mail ("a w a @ x . f r").
_SPACE_RUN = re.compile(r"(?<![\w@.])[^\W_](?: (?:[^\W_]|[@.+](?= [^\W_])))+(?![\w@])")
_MARK_RUN = re.compile(r"(?<![\w@.\-])[^\W_](?P<sep>[.\-_·*])[^\W_](?:(?P=sep)[^\W_])+(?![\w@])")


# One-letter words that may stand just before a spaced-out name ("écrivez à n a d i a").
_ONE_LETTER_WORDS = {"à", "a", "y", "o", "ô", "I", "A", "À"}


# " - " or " . " between letters: "A - W - A".
_SPACED_MARK_RUN = re.compile(
    r"(?<![\w@.\-])[^\W_](?P<sep> [.\-·*] )[^\W_](?:(?P=sep)[^\W_])+(?![\w@])"
)


def spaced_runs(text: str) -> list[tuple[int, int, str]]:
    """(start, end, collapsed folded word) for every run of spaced-out letters; a run that may
    begin with a one-letter word ("écrivez à n a d i a") is given both ways."""
    runs = []
    for regex in (_SPACE_RUN, _MARK_RUN, _SPACED_MARK_RUN):
        for m in regex.finditer(text):
            start = m.start()
            if regex is _SPACE_RUN:
                letters = m.group()[::2]
                if letters[0] in _ONE_LETTER_WORDS and len(letters) > 4:
                    runs.append((start + 2, m.end(), fold(letters[1:])))
            else:
                letters = re.sub(r"[ .\-_·*]", "", m.group())
            if sum(c.isalpha() for c in letters) >= 3:
                runs.append((start, m.end(), fold(letters)))
    return sorted(runs)


def find_spaced_out(text: str, is_name: Callable[[str], bool]) -> list[Span]:
    """Names and e-mails written letter by letter."""
    runs = spaced_runs(text)
    spans = []
    for i, (start, end, word) in enumerate(runs):
        # Two spaced-out words side by side ("J i m m y  S é r a p h i n") are a name.
        paired = any(
            (runs[j][1] <= start and not text[runs[j][1] : start].strip())
            or (runs[j][0] >= end and not text[end : runs[j][0]].strip())
            for j in range(max(0, i - 2), min(len(runs), i + 3))
            if j != i
        )
        if "@" in word and EMAIL.fullmatch(word):
            spans.append(Span(start, end, "email"))
        elif (
            is_name(word)
            or is_name(word.replace(".", ""))
            or (paired and word.isalpha() and len(word) >= 3)
        ):
            spans.append(Span(start, end, "name"))
    # "j i m m y s é r a p h i n" with single spaces: one run, try every cut into two names.
    for start, end, word in runs:
        if 6 <= len(word) <= 40 and word.isalpha() and not any(s.start == start for s in spans):
            if any(is_name(word[:k]) and is_name(word[k:]) for k in range(2, len(word) - 1)):
                spans.append(Span(start, end, "name"))
    # Of two readings of one run found alike (with or without a leading "à"), keep the shorter.
    latest: dict[int, Span] = {}
    for span in spans:
        if span.end not in latest or span.start > latest[span.end].start:
            latest[span.end] = span
    return list(latest.values())


# --- Pieces of string literals joined in code --------------------------------------------------

_LITERAL = r"(?:\"(?:[^\"\\\n]|\\.)*\"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\]|\\.)*`)"
# What joins literals: operators, commas, and blanks or comments between lines.
_GAP = r"(?:\s|#[^\n]*\n|//[^\n]*\n)*"
_JOINER = rf"{_GAP}(?:(?:\+|\.|,|\|\||&|\.\.){_GAP})?"
_CHAIN = re.compile(rf"{_LITERAL}(?:{_JOINER}{_LITERAL})+")
_ONE = re.compile(_LITERAL)


# A phone number cut into pieces is said so nearby: "# numéro découpé", "$phone =", "tel:".
_PHONE_CUE = re.compile(
    r"phone|\btel\b|\btél|telephone|téléphone|num[eé]ro|\bnum\b|mobile|portable|\bgsm\b|"
    r"\bcall|appel|joindre|contact|whatsapp|\bsms\b|astreinte|on-?call|dial|\bring\b|\bcell",
    re.IGNORECASE,
)


def _near_phone_cue(code: str, start: int, end: int) -> bool:
    line_start = start
    for _ in range(3):  # the chain's line and the two above
        line_start = code.rfind("\n", 0, max(0, line_start - 1)) + 1
    line_end = code.find("\n", end)
    return bool(_PHONE_CUE.search(code, line_start, len(code) if line_end < 0 else line_end))


def find_split_literals(
    code: str, detectors: list[Callable[[str], list[Span]]], own_phone: str | None = None
) -> list[Span]:
    """Contacts cut into several literals: run the detectors on the joined contents and redact
    the part of every literal the finding covers. A phone number made of two-digit items needs
    a cue nearby or to be the candidate's own: arrays of two-digit numbers are common data."""
    own = re.sub(r"\D", "", own_phone or "")[-9:]
    found = []
    for chain in _CHAIN.finditer(code):
        spans = _split_chain(code, chain, detectors)
        phones = [s for s in spans if s.label == "phone"]
        if phones and all(len(code[s.start : s.end].strip()) <= 2 for s in phones):
            # ["06", "12", "18", "24"]: hours, ids... unless said to be a phone, or the own one.
            digits = re.sub(r"\D", "", "".join(code[s.start : s.end] for s in phones))
            if not (_near_phone_cue(code, chain.start(), chain.end()) or (own and own in digits)):
                spans = [s for s in spans if s.label != "phone"]
        found += spans
    return found


def _split_chain(code: str, chain: re.Match, detectors) -> list[Span]:
    pieces = [(m.start() + 1, m.end() - 1) for m in _ONE.finditer(code, chain.start(), chain.end())]
    joined = [code[start:end] for start, end in pieces]
    where = [k for start, end in pieces for k in range(start, end)]
    spans = _across(pieces, joined, where, detectors)
    # "%s %s", "06", "12"...: runs of digit-only pieces on their own too.
    digits = [i for i, piece in enumerate(joined) if _DIGITISH.fullmatch(piece)]
    if 2 <= len(digits) < len(pieces):
        runs = [[digits[0]]]
        for i in digits[1:]:
            if i == runs[-1][-1] + 1:
                runs[-1].append(i)
            else:
                runs.append([i])
        for run in (r for r in runs if len(r) >= 2):
            sub = [pieces[i] for i in run]
            sub_where = [k for i in run for k in range(*pieces[i])]
            spans += _across(sub, [joined[i] for i in run], sub_where, detectors)
    return spans


_DIGITISH = re.compile(r"[\d+() .\-]+")


def _across(pieces, joined, where, detectors) -> list[Span]:
    joined_text = "".join(joined)
    bounds = []
    offset = 0
    for start, end in pieces:
        bounds.append((offset, offset + end - start))
        offset += end - start
    spans = []
    for detect in detectors:
        for found in detect(joined_text):
            touched = [b for b in bounds if b[0] < found.end and found.start < b[1]]
            if len(touched) < 2:
                continue  # inside one literal: the ordinary detectors see it
            if found.label == "email" and any(
                "@" in joined_text[lo:hi] and EMAIL.search(joined_text[lo:hi]) for lo, hi in touched
            ):
                # a whole address in one literal, run into the next one's text
                # ("alice@example.com", "peter…" read as « alice@example.competer »)
                continue
            for lo, hi in touched:
                a, b = max(lo, found.start), min(hi, found.end)
                spans.append(Span(where[a], where[b - 1] + 1, found.label))
    return spans
