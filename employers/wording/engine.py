"""Matching engine: rules compiled once per language (lazily, cached) into regexes + anchors.

Text and patterns are folded (``textutil.fold``: lower case, no accents, one character for
one character) so matching ignores accents and case while offsets stay those of the original
text.

Speed: Python's ``re`` tries a pattern at every position of what it searches (a pattern
starting with ``\\b`` or an alternation gets no fast scan), so nothing scans the text per
rule. One pass per text finds every *anchor* (a literal word beginning a rule needs, see
``anchors``): an Aho-Corasick automaton (pyahocorasick, in C) over ``word_starts(folded)``,
or, without that package, one trie regex that finds the same anchors about 2.5 times slower.
A rule whose matches start with an anchor is ``match``-ed right where the pass finds one
(``_rule_hits``; where an anchor word starts several such rules, one alternation of their
regexes is tried first, as they mostly all fail), and any other rule only searches the
sentences holding one of its anchors (and only those holding a literal its matches begin
with, found with ``str.find``). When every match of such a rule starts a word beginning with
one of some literals (``anchors.word_start_literals``), a small automaton of those words
gives the places to try it in the sentence, instead of a scan that tries every position.
Exemptions (``unless``, ``context``, ``not_after``) are searched only where they can match
(``finder.Finder``: a prefilter on the literals they need, then only the places where a
match can begin).
``tests/wording/test_shortcuts.py`` checks that none of this changes what the rules find.
"""

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import cache
from typing import Any

try:  # a compiled Aho-Corasick automaton finds the anchors about 2.5 times faster
    import ahocorasick
except ImportError:  # pragma: no cover - the trie regex finds exactly the same anchors
    ahocorasick = None

from employers.wording.anchors import (
    COMMON,
    WHOLE,
    anchors,
    first_literals,
    start_anchors,
    trie_pattern,
    word_start_literals,
)
from employers.wording.categories import categories
from employers.wording.finder import Finder, Literals
from employers.wording.finding import Finding
from employers.wording.fitting import fit
from employers.wording.rules import Rule, rules_for
from employers.wording.rules.common import CATEGORY_DESPITE, CATEGORY_UNLESS
from employers.wording.rules.messages import MESSAGES
from employers.wording.rules.rewrites import CATEGORY_REWRITES
from employers.wording.text_offer import index_tokens, text_offer_findings
from employers.wording.textutil import (
    Sentences,
    detect_language,
    fold,
    fold_text,
    in_a_sentence,
    word_starts,
)
from employers.wording.titles import gendered_titles, has_hf_mark, title_anchors

LANGUAGES = ("fr", "en")
# Two findings of one category separated only by punctuation or a conjunction become one:
# "ping-pong, PlayStation et happy hour" is one perk list.
# (« 100 % disponible, y compris pendant les vacances » is one demand)
_JOINABLE = re.compile(r"[\s,;/&+()\-:]*(?:(?:et|and|ou|or|ni|nor|y)\b[\s,]*)?")
_MAX_JOIN_GAP = 8
# Two findings of one category in one clause of one sentence are one problem, said twice
# (« Culture fit avant tout : on recrute des gens qui nous ressemblent », "Good health — no
# chronic conditions"): one finding covers both, as a reader marks the clause once.
_CLAUSE_GAP = 60
_CLAUSE_BREAK = re.compile(r"[.!?;\n]|\s[-•*]\s")
# Function words: a rule starting with one of them is searched by sentence instead.
_FUNCTION_WORDS = frozenset(
    "vous nous les des une pour dans avec sur est par pas qui que the and you your with for "
    "are our from this that have who not all can any".split()
)
TITLE_RULE = -1  # pseudo rule id of the French title lexicon in the anchor index
# pseudo rule ids of the offer-scope checks' words (``text_offer.index_tokens``): the k-th
# token is -2 - k; their places are handed to ``text_offer_findings``
_TEXT_TOKEN = -2


@dataclass(frozen=True)
class CompiledRule:
    category: str
    rule: Rule
    regex: re.Pattern
    #: "start": matches begin at an anchor; "sentence": search anchored sentences; "full"
    mode: str
    anchors: frozenset[str]
    #: "sentence" mode: literal beginnings of every match (``finder.Literals``), or None
    starts: Literals | None
    #: "sentence" mode, when every match starts a word that begins with one of some literals
    #: (``anchors.word_start_literals``): those words in an Aho-Corasick automaton (key
    #: " word" -> its length, searched in ``word_starts(folded)``), the only places to try
    #: the regex; None: scan the sentence (pyahocorasick has no types: Any)
    begins: Any
    #: exemptions, searched only where they can match (``finder``)
    unless: Finder | None
    #: the category's exemptions (``CATEGORY_UNLESS``) when the rule's window is wider than its
    #: sentence: they speak of the sentence they are in (« Débutant·es bienvenu·es » after a
    #: residence demand welcomes beginners, not the people it turned away), so are searched
    #: there; a rule whose window is its sentence has them in ``unless``
    own_unless: Finder | None
    despite: Finder | None
    context: Finder | None
    not_after: Finder | None
    rewrite: tuple[tuple[re.Pattern, str | Callable[[re.Match[str]], str]], ...]


@dataclass(frozen=True)
class Trigger:
    """What finding a trie word at some position means: these rules may match around it."""

    #: rules whose anchor is a prefix of the word
    rules: tuple[int, ...]
    #: rules whose anchor is the word and must end a word in the text ("men$", not "mentor").
    #: A shorter whole-word anchor never counts: trie words are letters and digits only, so
    #: the character after it in the text is one too.
    whole: tuple[int, ...]


#: The "start" rules to match where an anchor word is found: (``match`` of one regex that
#: matches there when one of them does, or None for a single rule; (rule id,
#: ``regex.match``) of each), or () for none.
Starts = tuple
#: What the hot loop does with an anchor word found at some position: (length of the word,
#: ``Starts``, ids of the other rules whose positions are collected, then the same two when
#: the word also ends there, with the rules that need it to: None when there are none).
Action = tuple[int, Starts, tuple[int, ...], tuple[Starts, tuple[int, ...]] | None]


@dataclass(frozen=True)
class RuleSet:
    rules: tuple[CompiledRule, ...]
    #: finds every anchor in ``" " + folded`` (the leading space stands for the start of the
    #: text): one separator then the longest anchor word. Starting with a character class
    #: lets ``re`` skip along the text in C until a separator instead of trying every position.
    trie: re.Pattern
    #: ids of the rules without anchors, searched over the whole text
    full: tuple[int, ...]
    #: trie word -> ``Action``
    actions: dict[str, Action]
    #: the same anchors as ``trie`` in an Aho-Corasick automaton, when pyahocorasick is
    #: installed: key " word" -> its ``Action``, searched in ``word_starts(folded)``
    automaton: Any = None


@dataclass(slots=True)
class _Hit:
    category: str
    start: int
    end: int
    suggestion: str | None
    message: dict[str, str] | None = None
    #: which rule found it: ties in ``_merge`` go to the first rule, as written in the data
    rule: int = 1 << 30
    #: the rule whose suggestion it carries, when it came from a merged neighbour
    suggested_by: int = -1


def lower_pattern(pattern: str) -> str:
    """Fold a pattern like the text, leaving escapes (``\\b``, ``\\S``, ``\\u00b7``) alone."""
    out, i = [], 0
    while i < len(pattern):
        if pattern[i] == "\\":
            out.append(pattern[i : i + 2])
            i += 2
        else:
            out.append(fold(pattern[i]))
            i += 1
    return "".join(out)


def _rare(anchor_set: frozenset[str]) -> bool:
    """No anchor is short, a function word or a word found in most offers."""
    literals = [a.rstrip(WHOLE) for a in anchor_set]
    return all(len(w) >= 3 and w not in _FUNCTION_WORDS and w[:4] not in COMMON for w in literals)


def compile_rule(rule: Rule) -> CompiledRule:
    despite = "|".join(p for p in (rule.despite, CATEGORY_DESPITE.get(rule.category)) if p)
    by_category = CATEGORY_UNLESS.get(rule.category)
    own = None
    if rule.window == "sentence":
        unless = "|".join(p for p in (rule.unless, by_category) if p)
    else:
        unless, own = rule.unless or "", by_category
    source = lower_pattern(rule.pattern)
    first, required = start_anchors(source), anchors(source)
    if rule.by_sentence and required:
        mode, found = "sentence", required
    elif first and _rare(first):
        mode, found = "start", first
    elif required and _rare(required):
        mode, found = "sentence", required
    elif first:
        mode, found = "start", first
    elif required:
        mode, found = "sentence", required
    else:
        mode, found = "full", frozenset()
    source_unless = lower_pattern(unless) if unless else None
    return CompiledRule(
        category=rule.category,
        rule=rule,
        regex=re.compile(source),
        mode=mode,
        anchors=found,
        starts=_starts(source) if mode == "sentence" else None,
        begins=_begins(source) if mode == "sentence" else None,
        unless=Finder.build(source_unless) if source_unless else None,
        own_unless=Finder.build(lower_pattern(own)) if own else None,
        despite=Finder.build(lower_pattern(despite)) if despite else None,
        context=Finder.build(lower_pattern(rule.context)) if rule.context else None,
        not_after=Finder.build(lower_pattern(rule.not_after)) if rule.not_after else None,
        rewrite=tuple((re.compile(p, re.IGNORECASE), r) for p, r in rule.rewrite),
    )


def _begins(source: str):
    words = word_start_literals(source)
    if ahocorasick is None or not words:  # pragma: no cover - without pyahocorasick
        return None
    automaton = ahocorasick.Automaton()
    for word in words:
        automaton.add_word(f" {word}", len(word))
    automaton.make_automaton()
    return automaton


def _starts(source: str) -> Literals | None:
    begins = first_literals(source)
    return Literals.of(begins) if begins else None


@cache
def compiled(lang: str, questions: bool = False) -> RuleSet:
    """The compiled rules for a language (plus interview-question rules if asked), cached."""
    rules = rules_for(lang) + (rules_for(lang, questions=True) if questions else [])
    compiled_rules = tuple(compile_rule(rule) for rule in rules)
    by_anchor: dict[str, list[tuple[int, int, bool]]] = {}
    for rule_id, c in enumerate(compiled_rules):
        for anchor in c.anchors:
            literal = anchor.rstrip(WHOLE)
            by_anchor.setdefault(literal, []).append((rule_id, len(literal), anchor != literal))
    if lang == "fr":
        for literal in title_anchors():
            by_anchor.setdefault(literal, []).append((TITLE_RULE, len(literal), False))
    if not questions:  # the offer-scope checks' words, found in the same pass
        for k, token in enumerate(index_tokens()):
            by_anchor.setdefault(token, []).append((_TEXT_TOKEN - k, len(token), False))
    triggers = {}
    for word in by_anchor:
        found = [t for n in range(1, len(word) + 1) for t in by_anchor.get(word[:n], ())]
        triggers[word] = Trigger(
            rules=tuple(sorted({rule_id for rule_id, _, whole in found if not whole})),
            whole=tuple(sorted({r for r, length, whole in found if whole and length == len(word)})),
        )
    trie = re.compile(r"\W" + trie_pattern(by_anchor, word_start=False))
    full = tuple(i for i, c in enumerate(compiled_rules) if c.mode == "full")
    actions = {word: _action(word, t, compiled_rules) for word, t in triggers.items()}
    return RuleSet(compiled_rules, trie, full, actions, _automaton(actions))


def _action(word: str, trigger: Trigger, rules: tuple[CompiledRule, ...]) -> Action:
    def split(rule_ids):
        now = tuple(r for r in rule_ids if r >= 0 and _at_start(rules[r]))
        return _starts_of(now, rules), tuple(r for r in rule_ids if r not in now)

    now, later = split(trigger.rules)
    whole = tuple(r for r in trigger.whole if r not in trigger.rules)
    return len(word), now, later, split(trigger.rules + whole) if whole else None


def _starts_of(rule_ids: tuple[int, ...], rules: tuple[CompiledRule, ...]) -> Starts:
    """Several rules tried at one place mostly all fail: one alternation of their regexes
    (which matches where one of them does) tells so in one call."""
    if not rule_ids:
        return ()
    each = tuple((r, rules[r].regex.match) for r in rule_ids)
    if len(rule_ids) == 1:
        return None, each
    return _alternation(tuple(rules[r].regex.pattern for r in rule_ids)), each


@cache
def _alternation(patterns: tuple[str, ...]):
    try:
        return re.compile("|".join(f"(?:{p})" for p in patterns)).match
    except re.error:  # global flags, a group name used twice: try each rule then
        return None


def _at_start(c: CompiledRule) -> bool:
    return c.mode == "start"


def _automaton(actions: dict[str, Action]):
    if ahocorasick is None:
        return None
    automaton = ahocorasick.Automaton()
    for word, action in actions.items():
        automaton.add_word(f" {word}", action)
    automaton.make_automaton()
    return automaton


def anchor_hits(ruleset: RuleSet, folded: str, spaced: str):
    """(end, ``Action``) of the longest anchor word at each word start, in text order;
    ``spaced`` is ``word_starts(folded)`` and the word is ``spaced[end - length + 1:end + 1]``
    (it starts at ``end - length`` in ``folded``)."""
    if ruleset.automaton is not None:
        # leftmost longest keys: one per word start, the longest anchor there
        return ruleset.automaton.iter_long(spaced)
    # m.end() - 1 is the word's last character in " " + folded, like the key's end above
    actions = ruleset.actions
    return [(m.end() - 1, actions[m.group()[1:]]) for m in ruleset.trie.finditer(" " + folded)]


def anchor_positions(ruleset: RuleSet, folded: str) -> dict[int, list[int]]:
    """Rule id -> start positions of its anchors in the text (for tests and profiling: the
    engine uses ``anchor_hits`` directly)."""
    spaced = word_starts(folded)
    found: dict[int, list[int]] = {}
    for end, (length, now, later, whole) in anchor_hits(ruleset, folded, spaced):
        if whole is not None and spaced[end + 1] == " ":
            now, later = whole
        for rule_id in [r for r, _ in (now[1] if now else ())] + list(later):
            found.setdefault(rule_id, []).append(end - length)
    return found


def _accepts(c: CompiledRule, folded: str, start: int, sentences: Sentences) -> bool:
    if c.not_after:
        before = folded[max(0, start - 40) : start]  # a slice: "$" anchors at the match
        if c.not_after.found(before, 0, len(before)):
            return False
    if c.unless or c.context or c.own_unless:
        window = c.rule.window
        lo, hi = sentences.span(
            start,
            following=0 if window == "sentence" else 1,
            preceding=1 if window == "around" else 0,
        )
        own_lo, own_hi = (lo, hi) if window == "sentence" else sentences.span(start)
        # a question is answered by the sentence after it: « Une période sans emploi ? Ce
        # n'est pas un sujet pour nous. »
        if own_hi in sentences.after_questions:
            own_hi = max(own_hi, sentences.span(own_hi)[1])
        unless_hi = own_hi if window == "sentence" else hi
        if (c.unless and c.unless.found(folded, lo, unless_hi)) or (
            c.own_unless and c.own_unless.found(folded, own_lo, own_hi)
        ):
            if not (c.despite and c.despite.found(folded, lo, hi)):
                return False
        if c.context and not c.context.found(folded, lo, hi):
            return False
    return True


def _suggest(c: CompiledRule, quote: str) -> str | None:
    if not c.rewrite:
        return c.rule.suggestion
    out = quote
    for pattern, replacement in c.rewrite:
        out = pattern.sub(replacement, out, count=1)
        if out != quote:
            break
    return out[:1].upper() + out[1:] if quote[:1].isupper() else out


def _sentence_spans(positions: list[int], sentences: Sentences) -> list[tuple[int, int]]:
    """The distinct sentences holding ``positions`` (in increasing order), in text order."""
    starts = sentences.bounds()
    last, size = len(starts), len(sentences.text)
    spans = []
    hi = -1
    for at in positions:
        if at >= hi:  # not in the sentence found last
            j = bisect_right(starts, at)
            hi = starts[j] if j < last else size
            spans.append((starts[j - 1], hi))
    return spans


def _sentence_matches(
    c: CompiledRule, folded: str, spaced: str, positions: list[int], sentences: Sentences
) -> list[re.Match]:
    """Matches of a "sentence" rule in the sentences holding its anchors (at increasing
    ``positions``; ``spaced`` is ``word_starts(folded)``)."""
    found: list[re.Match] = []
    starts, begins = c.starts, c.begins
    for lo, hi in _sentence_spans(positions, sentences):
        # str.find telling that no literal a match begins with is in the sentence is cheaper
        # than any scan (a trie regex is not, for many literals)
        if starts is not None and (starts.regex is None or begins is None):
            if not starts.any(folded, lo, hi):
                continue
        if begins is None:
            # re scans a sentence faster than trying it where its literals are (measured)
            found += c.regex.finditer(folded, lo, hi)
            continue
        # try the regex only at the words a match can start, in text order, going on after
        # a match: ``finditer`` finds the same, as each of its matches starts such a word.
        # (``spaced[lo]`` is the separator before ``folded[lo]``; a slice is searched faster
        # than a range of the whole text.)
        match, after = c.regex.match, lo
        for end, length in begins.iter_long(spaced[lo : hi + 1]):
            at = lo + end - length
            if at >= after and (m := match(folded, at, hi)) is not None:
                found.append(m)
                after = m.end()
    return found


def _rule_hits(
    text: str,
    folded: str,
    ruleset: RuleSet,
    sentences: Sentences,
    spaced: str | None = None,
    later: dict[int, list[int]] | None = None,
) -> tuple[list[_Hit], list[int]]:
    """Hits of the rules, and the positions of candidate French titles (``spaced`` is
    ``word_starts(folded)``, computed when not given). ``later``, when given, receives the
    anchors' positions by rule id, pseudo ids (negative) included."""
    if spaced is None:
        spaced = word_starts(folded)
    matched: list[tuple[int, re.Match]] = []
    if later is None:
        later = {}
    # The hot loop: one step per anchor word found (~100 in a 500-word offer).
    for end, (length, now, after, whole) in anchor_hits(ruleset, folded, spaced):
        at = end - length
        if whole is not None and spaced[end + 1] == " ":  # the word ends there
            now, after = whole
        if now:
            any_match, each = now
            if any_match is None or any_match(folded, at) is not None:
                for rule_id, match in each:
                    if (m := match(folded, at)) is not None:
                        matched.append((rule_id, m))
        for rule_id in after:
            if rule_id in later:
                later[rule_id].append(at)
            else:
                later[rule_id] = [at]
    rules = ruleset.rules
    for rule_id in sorted(r for r in {*later, *ruleset.full} if r >= 0):
        c = rules[rule_id]
        found: Iterable[re.Match]
        if c.mode == "sentence":
            found = _sentence_matches(c, folded, spaced, later[rule_id], sentences)
        else:
            found = c.regex.finditer(folded)
        matched += [(rule_id, m) for m in found]
    hits = []
    for rule_id, m in matched:
        start, end = m.span()
        c = rules[rule_id]
        if start < end and _accepts(c, folded, start, sentences):
            quote = text[start:end]
            hits.append(_Hit(c.category, start, end, _suggest(c, quote), c.rule.message, rule_id))
    return hits, later.get(TITLE_RULE, [])


def _merge(
    hits: list[_Hit],
    folded: str,
    text: str,
    rules: tuple[CompiledRule, ...],
    fires: Callable[[str, str], bool],
) -> list[_Hit]:
    hits.sort(key=lambda h: (h.category, h.start, -h.end, h.rule))
    merged: list[_Hit] = []
    grown: list[_Hit] = []
    for hit in hits:
        last = merged[-1] if merged else None
        # two mentions of the job title are two findings, each with its own rewrite (merged,
        # « Ingénieure support – Nous recherchons une ingénieure » took the sentence's start)
        if (
            last
            and last.category == hit.category
            and (hit.category != "gendered_title" or hit.start < last.end)
        ):
            gap = hit.start - last.end
            if (
                gap <= 0
                or (gap <= _MAX_JOIN_GAP and _JOINABLE.fullmatch(folded, last.end, hit.start))
                or (gap <= _CLAUSE_GAP and not _CLAUSE_BREAK.search(folded, last.end, hit.start))
            ):
                if last.suggestion is None and hit.suggestion is not None:
                    last.suggestion, last.suggested_by = hit.suggestion, hit.rule
                elif last.suggested_by < 0:
                    last.suggested_by = last.rule
                last.end = max(last.end, hit.end)
                grown.append(last)
                continue
        merged.append(hit)
    for hit in grown:
        # a suggestion written as substitutions applies to the whole merged quote, so that the
        # words around the part it was found on are kept (« Profil jeune, dynamique » ->
        # « Profil dynamique », not « dynamique »), unless what is kept still says it
        if 0 <= hit.suggested_by < len(rules) and rules[hit.suggested_by].rewrite:
            quote = text[hit.start : hit.end]
            again = _suggest(rules[hit.suggested_by], quote)
            if again and again != quote and not fires(again, hit.category):
                hit.suggestion = again
                continue
        elif (
            hit.suggested_by == hit.rule
            or hit.category not in REMOVED_IN_A_SENTENCE
            or not in_a_sentence(text, hit.start, after_comma=True)
        ):
            # the first words' own suggestion, which starts where the quote does, or a line
            # of its own that a requirement line can replace whole
            continue
        # otherwise a later part's suggestion does not fit the whole merged quote (« moins de
        # 30 ans, jeune et » is not rewritten as « , motivé·e et »): the category's applies
        hit.suggestion = None
    return sorted(merged, key=lambda h: (h.start, h.category))


@cache
def _category_fields() -> dict[str, tuple[str, str, dict[str, str]]]:
    """Category id -> (severity, legal basis, messages) of its findings."""
    return {
        cid: (category["severity"], category["legal_basis"], MESSAGES[cid])
        for cid, category in categories().items()
    }


# Categories whose words, said in the middle of a sentence, are best taken out rather than
# replaced: a condition no offer may set (« une personne de moins de 30 ans », « un vendeur,
# de préférence célibataire, »). The category's rewrite is a requirement line that does not
# fit there. The others (languages, diplomas, licence, place, hours) keep their rewrite: a
# lawful requirement stands in the flagged one's place.
REMOVED_IN_A_SENTENCE = frozenset(
    {
        "age", "sex_gender", "gender_coded", "family_pregnancy", "origin_nationality",
        "appearance", "health_disability", "religion", "union_political", "career_gap",
        "personal_data", "culture_fit",
    }
)  # fmt: skip
# The words a removed condition hangs on, taken out with it: « une personne de moins de 30
# ans » -> « une personne », « un développeur, jeune et dynamique » -> « un développeur
# dynamique ».
_HANGING = re.compile(
    r"(?:\s*,)?(?:\s+(?:de|d'|du|des|à|aux|au|avec|ayant|âgée?s?|et|ou|mais|plutôt|"
    r"idéalement|uniquement|seulement|exclusivement|of|with|and|or|but|aged|from|only|"
    r"ideally|preferably|strictly))*\s*\Z",
    re.IGNORECASE,
)


_HUNG = re.compile(r"(?:de|d'|du|des|avec|of|with)\b", re.IGNORECASE)


def _starts_a_sentence(text: str, start: int) -> bool:
    left = text[max(0, start - 60) : start].rstrip(" \t")
    return not left or left[-1] in "\n.!?:;\u2013\u2014-•*" or text[start : start + 1].isupper()


# A verb « être » / "be" right before a finding: what stands there is said of the person
# (« le candidat sera disponible les week-ends »), so a requirement line cannot take its place.
_COPULA = {
    "fr": re.compile(
        r"\b(?:sera|seras|serez|serait|seriez|êtes|es|est|soit|soyez|sois|être|etre)"
        r"(?:\s+(?:plutôt|plutot|idéalement|idealement|de préférence|si possible|"
        r"impérativement|imperativement|obligatoirement|absolument|forcément|forcement))?\s+\Z",
        re.IGNORECASE,
    ),
    "en": re.compile(
        r"\b(?:is|are|be|being|am|you're|we're)"
        r"(?:\s+(?:ideally|preferably|definitely|absolutely|always))?\s+\Z",
        re.IGNORECASE,
    ),
}
# What such a finding becomes when its category asks for a lawful requirement in its place,
# said of the person as the words it replaces were (« le candidat sera disponible sur des
# horaires définis »). The other categories' words are taken out (``_said_of_the_person``).
PREDICATE_REWRITES = {
    "fr": {
        "excessive_availability": "disponible sur des horaires définis, heures supplémentaires "
        "récupérées",
        "residence": "basé·e à notre bureau",
        "native_language": "à l'aise en français (niveau C1)",
        "school_prestige": "issu·e d'une formation ou d'une expérience équivalente",
        "diploma_rigid": "diplômé·e ou d'une expérience équivalente",
        "driving_licence": "titulaire du permis B si possible (déplacements chez les clients)",
    },
    "en": {
        "excessive_availability": "available during defined working hours",
        "residence": "based at our office",
        "native_language": "fluent in English (C1)",
        "school_prestige": "qualified by any degree or equivalent experience",
        "diploma_rigid": "qualified by a degree or equivalent experience",
        "driving_licence": "a licence holder if possible (for client visits)",
    },
}
_CLAUSE_HEAD = re.compile(r"[.!?;:\n,\u2013\u2014•]")
_SENTENCE_HEAD = re.compile(r"[.!?;:\n\u2013\u2014•]")
_COORDINATED = re.compile(r"(?:\s*,\s*|\s+(?:et|ou|and|or)\s+)(?=\w)", re.IGNORECASE)
_CLAUSE_TAIL = re.compile(r"[ \t]*(?:[.!?;\u2026]+[ \t]*|(?=\n)|\Z)")


_BOUNDARY = re.compile(r"[.!?;:\n•\u2013\u2014,]")
_CLAUSE_END = re.compile(r"[.!?;\n,]")
# words that say nothing once what they qualified is gone (« Idéalement », "only", « svp »)
_EMPTY_WORDS = frozenset(
    "idéalement idealement ideally de préférence preference plutôt plutot si possible only "
    "uniquement seulement exclusivement please svp merci and et ou or but mais aussi also "
    "strictly surtout vraiment really".split()
)


_ARTICLES = frozenset("a an the le la les l un une des de du d".split())
# words a sentence cannot end on
_DANGLING = frozenset(
    "who that which whose with without of a an the to qui que dont sans avec de du des d le "
    "la les l un une par pour".split()
)


def _emptied_clause(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where taking out ``start:end`` would leave its clause empty (« Résident·es du 93 non
    prioritaires. » -> « . », "Ideally living in a nice area." -> "Ideally ."), the span of the
    whole clause, which goes with it: from the comma before it, or the whole sentence with its
    stop."""
    head = max(
        (m.start() for m in _BOUNDARY.finditer(text, max(0, start - 200), start)), default=-1
    )
    # (a quote that ends its sentence, « … 30 ans ? », ends the clause too)
    stop = _CLAUSE_END.search(text, end - 1 if text[end - 1 : end] in ".!?" else end)
    tail = stop.start() if stop else len(text)
    before = [w.lower() for w in re.findall(r"\w+", text[head + 1 : start])]
    after = [w.lower() for w in re.findall(r"\w+", text[end:tail])]
    said = not all(w in _EMPTY_WORDS or w in _ARTICLES for w in before)
    told = any(w not in _EMPTY_WORDS for w in after)
    if said and (told or before[-1] not in _DANGLING):
        # what stands before it still says something, and is not left hanging
        return None
    if not said and told and text[head : head + 1] == ",":
        # the clause after a comma goes on: only the words themselves go
        return None
    if said:
        # a sentence left hanging on « who », « sans », « de »… goes whole
        head = max(
            (m.start() for m in _SENTENCE_HEAD.finditer(text, max(0, head - 200), head + 1)),
            default=-1,
        )
    if head >= 0 and text[head] == ",":
        return head, tail
    clause = head + 1
    while clause < start and text[clause] in " \t":
        clause += 1
    if stop and text[tail] in ".!?;":
        tail += 1
        while tail < len(text) and text[tail] in ".!?;":
            tail += 1
    while tail < len(text) and text[tail] in " \t":
        tail += 1
    return clause, tail


def _word_end(text: str, start: int) -> int:
    """Where the word at ``start`` ends, with the spaces after it."""
    end = start
    while end < len(text) and (text[end].isalnum() or text[end] == "'"):
        end += 1
    while end < len(text) and text[end] in " \t":
        end += 1
    return end


def _said_of_the_person(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span to take out when a condition is said of the person after « être » / "be":
    with the connector that joins it to a next quality (« sera célibataire et disponible » ->
    « sera disponible »), or else the whole clause it ends (« Poste en CDI, le candidat sera
    célibataire. » -> « Poste en CDI. »). None where the clause goes on after it."""
    joined = _COORDINATED.match(text, end)
    if joined:
        return start, joined.end()
    tail = _CLAUSE_TAIL.match(text, end)
    if tail is None:
        return None
    head = max(
        (m.start() for m in _CLAUSE_HEAD.finditer(text, max(0, start - 200), start)), default=-1
    )
    if head >= 0 and text[head] == ",":
        # « Poste en CDI, le candidat sera célibataire. »: the comma goes, the stop stays,
        # unless too little stands before it to make a sentence (« Idéalement, vous êtes… »)
        before = max(
            (m.start() for m in _SENTENCE_HEAD.finditer(text, max(0, head - 200), head)),
            default=-1,
        )
        if len(text[before + 1 : head].split()) >= 3:
            return head, end
        head = before
    clause = head + 1
    while clause < start and text[clause].isspace():
        clause += 1
    return clause, tail.end()


def _findings(
    hits: list[_Hit],
    text: str,
    locale: str,
    lang: str,
    *,
    removable: bool = True,
    rules: tuple[CompiledRule, ...] = (),
) -> list[Finding]:
    """`removable`: a condition said inside a sentence may be suggested for removal (offers,
    whose editor removes it; not the short texts of interviews, quoted in an error)."""
    fields = _category_fields()
    rewrites = CATEGORY_REWRITES[lang]
    build = Finding.build
    findings = []
    for hit in hits:
        severity, legal_basis, messages = fields[hit.category]
        suggestion = hit.suggestion
        start = hit.start
        if suggestion is None or (
            hit.category in REMOVED_IN_A_SENTENCE and not _rewritten_from_the_quote(hit, rules)
        ):
            # a rule's own requirement line does not fit inside a sentence either (« un profil
            # de type européen » is no « un profil connaissance du secteur »)
            hanging = (
                _HANGING.search(text, max(0, start - 60), start)
                if removable
                and hit.category in REMOVED_IN_A_SENTENCE
                and in_a_sentence(text, start, after_comma=True)
                else None
            )
            if (
                removable
                and suggestion is not None
                and hit.category in REMOVED_IN_A_SENTENCE
                and _HUNG.match(text, start)
                and in_a_sentence(text, start)
            ):
                # the quote carries the word it hangs on (« un profil de type européen »)
                while start > 0 and text[start - 1] in " \t":
                    start -= 1
                suggestion = ""
            elif hanging and hanging.group().strip() and "\n" not in hanging.group():
                # words hung on « de », « aux », « avec », a comma…: an empty suggestion takes
                # them out with what they hung on (elsewhere, « Vous avez la trentaine », the
                # words carry the sentence and the category's rewrite stands in their place)
                start = hanging.start()
                suggestion = ""
            elif suggestion is None:
                suggestion = rewrites[hit.category]
                if in_a_sentence(text, start):
                    # « (H/F) » marks a title, and would cut a sentence in two (« encore une
                    # personne (H/F) pour compléter l'équipe »)
                    suggestion = suggestion.replace(" (H/F)", "")
        end = hit.end
        fitted = False
        if (
            suggestion
            and hit.category != "gendered_title"
            and not _rewritten_from_the_quote(hit, rules)
            and in_a_sentence(text, start)
            and (
                _COPULA[lang].search(text, max(0, start - 40), start)
                or _COPULA[lang].search(text, start, _word_end(text, start))
            )
        ):
            # a requirement line cannot follow « sera » / "is": a lawful quality said of the
            # person stands in its place, or the condition goes, with the clause it ends
            predicate = PREDICATE_REWRITES[lang].get(hit.category)
            said = _COPULA[lang].search(text, start, _word_end(text, start))
            kept = said.end() if said else start
            span = None if predicate or not removable else _said_of_the_person(text, kept, end)
            if predicate:
                suggestion = text[start:kept] + predicate
            elif span:
                (start, end), suggestion = span, ""
                fitted = True
        if suggestion == "" and removable and not fitted:
            # (a comma taken as the words it hangs on: the clause after it is judged whole)
            at = hit.start if text[start : start + 1] == "," else start
            if emptied := _emptied_clause(text, at, end):
                start, end = emptied
            elif start and text[start - 1] == " " and text[end : end + 1] in ("", ".", ",", ";"):
                # « … de personnes ayant milité. » -> « … de personnes. », not « personnes . »
                start -= 1
        if removable:
            start, end, suggestion = fit(
                text,
                start,
                end,
                suggestion,
                category=hit.category,
                lang=lang,
                from_the_quote=fitted
                or hit.category == "gendered_title"
                or _rewritten_from_the_quote(hit, rules),
                taken=fitted,
            )
        if suggestion and _starts_a_sentence(text, start):
            # put where a sentence or a line begins, a rewrite begins with a capital
            suggestion = suggestion[:1].upper() + suggestion[1:]
        findings.append(
            build(
                category=hit.category,
                severity=severity,
                start=start,
                end=end,
                quote=text[start:end],
                message=(hit.message or messages)[locale],
                legal_basis=legal_basis,
                suggestion=suggestion,
            )
        )
    return findings


def _fitted(finding: Finding, text: str, lang: str) -> Finding:
    """An offer-scope finding's suggestion fitted to its sentence (« An Salary: … »)."""
    if finding.suggestion is None:
        return finding
    start, end, suggestion = fit(
        text,
        finding.start,
        finding.end,
        finding.suggestion,
        category=finding.category,
        lang=lang,
        from_the_quote=True,
    )
    if (start, end, suggestion) == (finding.start, finding.end, finding.suggestion):
        return finding
    return replace(finding, start=start, end=end, quote=text[start:end], suggestion=suggestion)


def _rewritten_from_the_quote(hit: _Hit, rules: tuple[CompiledRule, ...]) -> bool:
    """Whether the suggestion is the quote's own words changed (it fits where they stood)."""
    rule_id = hit.suggested_by if hit.suggested_by >= 0 else hit.rule
    return 0 <= rule_id < len(rules) and bool(rules[rule_id].rule.rewrite)


def _check(
    text: str, lang: str | None, locale: str, questions: bool, removable: bool = True
) -> list[Finding]:
    if locale not in LANGUAGES:
        raise ValueError(f"locale must be one of {LANGUAGES}, not {locale!r}")
    if not text:
        return []
    folded, others = fold_text(text)
    lang = lang or detect_language(text, folded)
    if lang not in LANGUAGES:
        raise ValueError(f"lang must be one of {LANGUAGES} or None, not {lang!r}")
    ruleset = compiled(lang, questions)
    sentences = Sentences(folded)
    spaced = word_starts(folded, others)
    later: dict[int, list[int]] = {}
    hits, title_positions = _rule_hits(text, folded, ruleset, sentences, spaced, later)
    if hits and any(ruleset.rules[h.rule].rule.unless_hf for h in hits) and has_hf_mark(folded):
        hits = [h for h in hits if not ruleset.rules[h.rule].rule.unless_hf]
    if title_positions:
        hits += [
            _Hit("gendered_title", t.start, t.end, t.suggestion)
            for t in gendered_titles(text, folded, title_positions)
        ]

    def fires(rewritten: str, category: str) -> bool:
        return any(f.category == category for f in _check(rewritten, lang, locale, questions))

    findings = _findings(
        _merge(hits, folded, text, ruleset.rules, fires),
        text,
        locale,
        lang,
        removable=removable and not questions,
        rules=ruleset.rules,
    )
    if not questions:
        # what the text itself says of pay, contract and consistency (``text_offer``)
        tokens = index_tokens()
        positions = {tokens[_TEXT_TOKEN - r]: at for r, at in later.items() if r <= _TEXT_TOKEN}
        if offer_findings := text_offer_findings(text, folded, locale, lang, positions):
            if removable:
                offer_findings = [_fitted(f, text, lang) for f in offer_findings]
            findings = sorted(findings + offer_findings, key=lambda f: (f.start, f.category))
    return findings


def check(
    text: str, lang: str | None = None, locale: str = "fr", *, removable: bool = True
) -> list[Finding]:
    """Findings in ``text`` (fr or en, detected when ``lang`` is None), messages in ``locale``.
    ``removable``: a condition said inside a sentence may come with an empty suggestion (take
    it out), its quote taking in the words it hangs on; False where findings are only quoted
    back, never rewritten (messages, comments)."""
    return _check(text, lang, locale, questions=False, removable=removable)


def check_question(text: str, lang: str | None = None, locale: str = "fr") -> list[Finding]:
    """Like ``check``, plus the rules for personal interview questions ("Quel âge avez-vous ?")."""
    return _check(text, lang, locale, questions=True)
