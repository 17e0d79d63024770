r"""Wording rules are data: one ``Rule`` per pattern, grouped by language.

A pattern is a Python regex, written with accents if you like (patterns and texts are both
folded, see ``textutil.fold``) and matched case-insensitively. The whole match is the quote.
Write ``(?:...)`` groups only (no capturing groups). Windows for ``unless``/``context`` are
the sentence holding the match (plus the next one when ``window="next"``).

To add a rule: append it to its category's list (``fr.py``/``en.py``: age, sex, titles, family;
``*_person.py``: the other protected grounds; ``*_conditions.py``: requirements and working
conditions) or to ``QUESTION_RULES`` (interview questions) in ``fr.py`` or ``en.py``; the
category id must exist in ``categories.json``. Shared fragments (requirement words, refusals
such as « ... s'abstenir » or "... need not apply") are in ``fr_words.py`` and ``en_words.py``.

Patterns read as data: ``rx`` takes a verbose pattern (white space and ``# comments`` are
layout, ``\ `` and ``\#`` are a literal space and hash, as with ``re.VERBOSE``), one
alternative per line, with named building blocks written ``{W}`` and passed by name
(``rx(r"candidat{W}", W=W)``), and returns the one-line pattern the engine folds and compiles:
the engine and its anchors only ever see compact patterns.

A person named, then turned away, is best written as the words naming them (``pattern``,
tried only where those rare words start) with the refusal as ``context`` (searched in the
sentence once they are found): fast, and it covers the refusal before or after them.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass

_WHITE = frozenset(" \t\n\r\v\f")  # what re.VERBOSE ignores outside a character class
_BLOCK = re.compile(r"\{([A-Z_][A-Z0-9_]*)\}")  # never a quantifier: those are digits


def compact(verbose: str) -> str:
    """The ``re.VERBOSE`` pattern ``verbose`` as a pattern that means the same without the
    flag: unescaped white space and ``#`` comments dropped outside character classes,
    ``\\ `` and ``\\#`` written as the plain characters."""
    out: list[str] = []
    i, size, in_class = 0, len(verbose), False
    while i < size:
        char = verbose[i]
        if char == "\\":
            pair = verbose[i : i + 2]
            out.append(pair[1] if not in_class and pair[1:] in (" ", "#") else pair)
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            # a "]" first in the class (after an optional "^") is a literal
            if verbose.startswith("^]", i + 1) or verbose.startswith("]", i + 1):
                skip = 3 if verbose[i + 1] == "^" else 2
                out.append(verbose[i : i + skip])
                i += skip
                continue
        elif char in _WHITE:
            i += 1
            continue
        elif char == "#":
            end = verbose.find("\n", i)
            i = size if end < 0 else end
            continue
        out.append(char)
        i += 1
    return "".join(out)


def rx(verbose: str, **blocks: str) -> str:
    """A pattern written as data: ``verbose`` read as ``re.VERBOSE`` (see ``compact``), then
    each ``{NAME}`` replaced by the building block passed as ``NAME=`` (a compact pattern)."""
    return _BLOCK.sub(lambda m: blocks[m.group(1)], compact(verbose))


@dataclass(frozen=True)
class Rule:
    category: str
    pattern: str
    #: neutral rewrite of the quote, in the text's language; None when deleting is the fix
    suggestion: str | None = None
    #: (regex, replacement) pairs applied to the quote to build the suggestion; a replacement
    #: may be a function of the match (as ``re.sub`` takes), for words that each change
    rewrite: tuple[tuple[str, str | Callable[[re.Match[str]], str]], ...] = ()
    #: regex; if found in the window the match is dropped (job reason, non-discrimination...)
    unless: str | None = None
    #: regex; if found in the window, ``unless`` is ignored: what cancels an exemption
    #: (« astreinte non rémunérée » is no compensation, « poste sédentaire » no job reason)
    despite: str | None = None
    #: regex that must be found in the window for the match to count
    context: str | None = None
    #: regex tested against the 40 characters just before the match (anchor it with ``$``)
    not_after: str | None = None
    #: "sentence", "next" (sentence plus the following one) or "around" (the previous one,
    #: the sentence and the next one: a job reason given just before, « ... donc permis B »)
    window: str = "sentence"
    #: {"fr": ..., "en": ...} overriding the category message
    message: dict[str, str] | None = None
    #: searched in the sentences holding the words every match needs, not tried wherever its
    #: first word is: for rules starting with a word found in every sentence (« le », « si »)
    by_sentence: bool = False
    #: dropped when the text says H/F anywhere (``titles.has_hf_mark``): a pronoun or a
    #: participle naming the hire in one gender (« il encadrera », « Rattaché au DSI »)
    unless_hf: bool = False


def rule(category: str, pattern: str, **options) -> Rule:
    return Rule(category, pattern, **options)


def rules_for(lang: str, questions: bool = False) -> list[Rule]:
    from employers.wording.rules import en, fr

    module = {"fr": fr, "en": en}[lang]
    return list(module.QUESTION_RULES if questions else module.RULES)
