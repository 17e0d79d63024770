"""The engine's speed shortcuts never change what the rules find.

Anchors, literal prefilters, match-start finders, folding and sentence splitting are checked
against the plain definition (``re.finditer`` and ``re.search`` over the same spans) on every
labelled excerpt, so a rule added with a pattern the shortcuts misread fails here.
"""

import dataclasses
import json
from pathlib import Path

import pytest

from employers.wording import engine, textutil
from employers.wording.anchors import word_start_literals
from employers.wording.engine import TITLE_RULE, _sentence_matches, anchor_positions, compiled
from employers.wording.textutil import Sentences, _fold_table, fold, word_starts

DATA = [
    Path(__file__).resolve().parents[3] / "shared" / "data" / "offer-wording-dev.jsonl",
    Path(__file__).with_name("data") / "holdout.jsonl",
]


def _texts(lang: str) -> list[str]:
    rows = [
        json.loads(line)
        for path in DATA
        if path.exists()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    texts = [row["text"] for row in rows if row["lang"] == lang]
    # and two long texts, where sentences and anchors are many
    return texts + [" ".join(texts), "\n".join(texts).upper()]


def _sentences(folded: str) -> list[tuple[int, int]]:
    bounds = Sentences(folded).bounds() + [len(folded)]
    return list(zip(bounds, bounds[1:], strict=False))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_exemption_finders_give_exactly_what_the_plain_regexes_give(lang):
    rules = compiled(lang, questions=True).rules
    for text in _texts(lang):
        folded = fold(text)
        for lo, hi in _sentences(folded):
            for c in rules:
                for finder in (c.unless, c.despite, c.context, c.not_after):
                    if finder:
                        expected = finder.regex.search(folded, lo, hi) is not None
                        assert finder.found(folded, lo, hi) == expected, finder.regex.pattern


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_anchors_never_hide_a_match(lang):
    ruleset = compiled(lang, questions=True)
    for text in _texts(lang):
        folded = fold(text)
        sentences = Sentences(folded)
        positions = anchor_positions(ruleset, folded)
        for rule_id, c in enumerate(ruleset.rules):
            if c.mode == "start":
                plain = {m.span() for m in c.regex.finditer(folded) if m.end() > m.start()}
                found = {
                    m.span()
                    for at in positions.get(rule_id, ())
                    if (m := c.regex.match(folded, at))
                }
            elif c.mode == "sentence":
                plain = {
                    m.span()
                    for lo, hi in _sentences(folded)
                    for m in c.regex.finditer(folded, lo, hi)
                    if m.end() > m.start()
                }
                found = {
                    m.span()
                    for m in _sentence_matches(
                        c, folded, word_starts(folded), positions.get(rule_id, []), sentences
                    )
                }
            else:
                continue
            assert plain <= found, (c.rule.pattern, sorted(plain - found))


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_the_automaton_finds_exactly_the_anchors_the_trie_regex_finds(lang):
    ruleset = compiled(lang, questions=True)
    assert ruleset.automaton is not None, "pyahocorasick is a pinned dependency"
    odd = [
        "men mentor MEN. men_ _men 2men œuvre·men cœur mené ﬁmen İmen ßmen",
        "jeune jeunesse jeune-diplômé « jeune » (jeune) jeune’s 🚀jeune",
    ]
    without = dataclasses.replace(ruleset, automaton=None)  # the trie regex instead
    for text in _texts(lang) + odd:
        folded = fold(text)
        spaced = word_starts(folded)
        hits = list(engine.anchor_hits(ruleset, folded, spaced))
        assert hits == engine.anchor_hits(without, folded, spaced), text
        assert anchor_positions(ruleset, folded) == anchor_positions(without, folded)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "  "),
        ("men, mentor", " men  mentor "),
        ("a_b-c'd", " a_b c d "),
        ("œuvre·x 🚀 é", " _uvre x   _ "),
    ],
)
def test_word_starts_keeps_word_characters_and_blanks_the_others(text, expected):
    assert word_starts(text) == expected
    assert len(word_starts(text)) == len(text) + 2


def test_the_title_lexicon_is_anchored_too():
    ruleset = compiled("fr")
    folded = fold("Chef de projet, développeuse, technicien et Hôtesse de l'air")
    assert len(anchor_positions(ruleset, folded)[TITLE_RULE]) == 4


@pytest.mark.parametrize(
    "text",
    [
        "Développeur·se ÉNERGIQUE – 45 000 € ! L’équipe",
        "Straße İstanbul ǅ emoji 🚀👩‍💻 tab\tnbsp\u00a0narrow\u202f`quote`",
        "lone surrogate \ud800 kept",
        "",
    ],
)
def test_fold_is_lower_case_without_accents_one_character_for_one(text):
    table = _fold_table()
    lowered = text.lower()
    if len(lowered) == len(text):
        expected = "".join(table.get(ord(char), char) for char in lowered)
    else:
        expected = text.translate(table)
    assert fold(text) == expected
    assert len(fold(text)) == len(text)


@pytest.mark.parametrize(
    ("text", "bounds"),
    [
        ("", [0]),
        ("Une phrase. Une autre! Fin", [0, 11, 22]),
        ("v1.2 reste entier; oui", [0, 18]),
        # white space between two ends is no sentence of its own (a window of « the next
        # sentence » would find nothing in it)
        ("Ligne\n\nSuite.", [0, 7, 13]),
        ("Fin.\nSuite", [0, 5]),
        ("Fin.\n\n  Suite", [0, 6]),
    ],
)
def test_sentences_end_after_a_break_or_a_stop_followed_by_a_space(text, bounds):
    assert Sentences(text).bounds() == bounds


def test_the_sentence_before_a_line_is_the_previous_line_not_its_line_break():
    text = "Tournées de livraison au volant.\nPermis C exigé."
    sentences = Sentences(text)
    lo, _ = sentences.span(text.index("Permis"), preceding=1)
    assert lo == 0


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_trying_a_sentence_rule_where_its_words_begin_finds_what_scanning_finds(lang):
    """The automaton of the words a "sentence" rule's matches begin with gives, sentence by
    sentence, exactly the matches (same spans, same order) of ``finditer`` on the sentence."""
    ruleset = compiled(lang, questions=True)
    fast = [c for c in ruleset.rules if c.begins is not None]
    assert len(fast) >= 10, "most sentence rules start at a literal word"
    odd = [
        "must-have: need a car; MUST have a vehicle.must need 49h weeks 49-hour 12h days",
        "œmust _need 2need l'need «must» (need) needs needing 50 hour week, 100h weeks",
    ]
    for text in _texts(lang) + odd:
        folded = fold(text)
        spaced = word_starts(folded)
        sentences = Sentences(folded)
        everywhere = list(range(len(folded)))  # every sentence of the text
        for c in fast:
            slow = dataclasses.replace(c, begins=None)
            got = [m.span() for m in _sentence_matches(c, folded, spaced, everywhere, sentences)]
            plain = [
                m.span()
                for lo, hi in _sentences(folded)
                for m in c.regex.finditer(folded, lo, hi)
                if m.end() > m.start()
            ]
            assert got == plain, (c.rule.pattern, text)
            assert got == [
                m.span() for m in _sentence_matches(slow, folded, spaced, everywhere, sentences)
            ]


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\b(?:must|need)\s+a\s+car", {"must", "need"}),
        (r"\b(?:your\s+)?(?:social|tax)\s+id", {"your", "social", "tax"}),
        (r"(?<![/\w-])(?:coding|code)\s+ninja", {"coding", "code"}),
        (r"\b(?:49|[5-9]\d)\s*h", {"49", "5", "6", "7", "8", "9"}),
        (r"\b(?:ne|ned)ed", {"need", "neded"}),
        (r"\b(?:49|4)\d", {"4"}),  # "49" begins with "4"
        (r"(?:must|need)\s+a\s+car", None),  # may start inside a word ("mustang")
        (r"\bmust|need", None),
        (r"(?<![^\w])must", None),  # after a word character
        (r"(?i)\bmust", None),  # literals not matched as written
        (r"(?a)\bmust", None),  # \b with ASCII word characters only
        (r"\b(?:must|\w+)", None),
        (r"\bœuvre", None),  # word_starts writes "_" for "œ"
        (r"\b(?:must|-need)", None),
        (r"\b(?:you're|be)\s", {"you", "be"}),  # a word ends at the apostrophe
        (r"\b(?:n°|num[eé]ro)\s", None),  # "n": any word with that letter
    ],
)
def test_word_start_literals(pattern, expected):
    found = word_start_literals(pattern)
    assert found == (None if expected is None else frozenset(expected))


def test_fold_text_gives_what_the_whole_text_fold_gives():
    """``fold_text`` lower-cases the ASCII letters of the bytes and replaces each non-ASCII
    character alone: the same as lower-casing the whole text, and the non-ASCII characters
    of the result."""
    odd = [
        "ΣΟΦΟΣ σοφός ΟΔΟΣ.",  # a capital sigma is lower-cased by its place in the word
        "İstanbul ǅemal ǈ Ǆ K Å ẞ ﬁ ŉ",  # two characters, or none of the fold table
        "Développeur·se – 45 000 € « ÉNERGIQUE » `quote` ’ ‘ \u00a0\u202f\u2009 \u2011",
        "lone surrogate \ud800 kept, emoji 🚀👩‍💻 and Œuvre ÆSIR Ǳ",
        "".join(chr(c) for c in range(0x80, 0x600)),
        "".join(chr(c) for c in range(0x1E00, 0x2200)),
    ]
    texts = _texts("fr") + _texts("en") + odd + [t.upper() for t in odd]
    for text in texts:
        folded, others = textutil.fold_text(text)
        assert folded == textutil._fold_whole(text), text
        assert others == {char for char in folded if not char.isascii()}
        assert word_starts(folded, others) == word_starts(folded)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_one_alternation_matches_where_one_of_its_start_rules_does(lang):
    """Where an anchor word triggers several "start" rules, one alternation of their regexes
    is tried first: it must match exactly where one of them matches."""
    ruleset = compiled(lang, questions=True)
    odd = ["native native-level natively, people living people from candidates without"]
    tried = 0
    for text in _texts(lang) + [t.upper() for t in _texts(lang)[:20]] + odd:
        folded = fold(text)
        spaced = word_starts(folded)
        for end, (length, now, _, whole) in engine.anchor_hits(ruleset, folded, spaced):
            for starts in (now, whole[0] if whole else ()):
                if starts and starts[0] is not None:
                    any_match, each = starts
                    at = end - length
                    expected = any(match(folded, at) for _, match in each)
                    assert (any_match(folded, at) is not None) == expected, (text, at)
                    tried += expected
    assert tried, "some alternations match"
