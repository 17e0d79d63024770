"""Where a candidate or their family is from, said by a nationality or a language.

Two classes of writing, each matched from a complete lexicon (data/nationalities.txt,
data/languages.txt) rather than from the words of one set:

- a **nationality or origin said of the writer**: at the head of a profile line or a sentence
  ("Ukrainienne, à Lyon depuis 2022", "Swedish, living in Lille", "Congolaise (RDC)", "Turque,
  née à Izmir"), as a compound ("Franco-marocaine", "Luso-bordelais", "Vietnamese-French",
  "Serbian-born"), after "je suis" / "I'm", or before a word of origin ("la diaspora
  malgache", "Nigerian community", "family", "by birth");
- a **heritage language** in what the writer says they speak ("je parle kirundi, français et
  anglais", "Languages: Tamil, English", "Trilingual: Basque, French"): every language but
  those taught in French schools (English, German, Spanish, Arabic, Chinese...), unless said to
  be one's mother tongue; a level given beside it ("Tamil (B2)", "wolof courant") makes it a
  skill.
"""

import re
from functools import cache

from candidates.redaction.lexicon import DATA_DIR, regional_demonyms
from candidates.redaction.spans import Span
from candidates.redaction.text import fold

_FR_ENDINGS = r"(?:e|s|es|ne|nes)?"


def _read(name: str) -> tuple[set[str], set[str]]:
    french, english = set(), set()
    for line in (DATA_DIR / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        fr, _, en = line.partition("|")
        french |= {fold(w.strip()) for w in fr.split(",") if w.strip()}
        english |= {fold(w.strip()) for w in en.split(",") if w.strip()}
    return french, english


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


@cache
def _lexicon() -> dict[str, str]:
    fr_nat, en_nat = _read("nationalities.txt")
    fr_lang, en_lang = _read("languages.txt")
    return {
        "nat": rf"(?:{_alternation(fr_nat)}){_FR_ENDINGS}|{_alternation(en_nat)}",
        "lang": rf"(?:{_alternation(fr_nat | fr_lang)}){_FR_ENDINGS}"
        rf"|{_alternation(en_nat | en_lang)}",
        "region": rf"(?:{_alternation(regional_demonyms())}){_FR_ENDINGS}",
    }


@cache
def _word_sets() -> tuple[frozenset[str], frozenset[str]]:
    """Every written form (endings derived) of the nationalities and of the languages, and the
    single words of multi-word forms: a cheap test before the regular expressions run."""
    fr_nat, en_nat = _read("nationalities.txt")
    fr_lang, en_lang = _read("languages.txt")

    def forms(french, english):
        words = set()
        for w in french:
            words |= {w + e for e in ("", "e", "s", "es", "ne", "nes")}
        words |= set(english)
        return frozenset(p for w in words for p in [w, *re.split(r"[\s\-]+", w)] if p)

    prefixes = frozenset(re.findall(r"[a-z]+", _PREFIX))
    return forms(fr_nat, en_nat) | prefixes, forms(fr_nat | fr_lang, en_nat | en_lang)


_TOKEN = re.compile(r"[a-z][a-z']*")


def _mentions(folded: str, words: frozenset[str]) -> bool:
    return any(t in words for t in _TOKEN.findall(folded))


# "Franco-marocaine", "Luso-bordelais", "Italo-", "Afro-": a compound of origins.
_PREFIX = (
    r"(?:franco|luso|italo|hispano|ibero|afro|sino|germano|greco|belgo|helveto|nippo|russo|"
    r"polono|americano|anglo|judeo|arabo|indo|turco|armeno|kurdo|berbero|kabylo|corso|"
    r"breto|basco|catalano|afro-americain|afro-caribeen)"
)
_SKILL = frozenset({"francais", "francaise", "french", "anglais", "anglaise", "english"})
# Languages taught as foreign languages in French schools (LV1, LV2, LV3): speaking one says
# nothing of where one is from, unless one says it is one's mother tongue.
_TAUGHT = _SKILL | frozenset(
    "allemand german espagnol spanish italien italian portugais portuguese arabe arabic russe "
    "russian chinois chinese mandarin japonais japanese".split()
)
_NOT_ORIGIN = frozenset({"anglo-saxon", "anglo-saxons", "anglo-saxonne", "anglo-saxonnes"})


@cache
def _nationality_re() -> re.Pattern:
    lex = _lexicon()
    nat = f"(?:{lex['nat']})"
    place = f"(?:{lex['nat']}|{lex['region']})"
    return re.compile(
        rf"(?<![\w\-'])(?:(?P<prefix>{_PREFIX})-{place}|{nat}-(?:{nat}|born|nee?s?)|{nat})"
        r"(?![\w\-])"
    )


# What may follow a nationality that opens a clause and describes the writer: a pause, a flag
# or emoji, or words of where they live or come from ("Polonaise installée à Lille",
# "Kurdish, born in Diyarbakır", "Comorienne de Marseille").
_AFTER_SELF = re.compile(
    r"\s*(?:$|[,.;:·•|()\[\]—–!/]|[^\w\s\-'’]|\s*(?:de|du|des|d'|a|au|aux|en|in|from|living|"
    r"based|born|installee?s?|arrivee?s?|nee?s?|vivant|residant|et|and|by|depuis|since|"
    r"citizen|national|expat\w*|immigr\w*|who|qui|with|avec|mais|but|here)\b)"
)
_CLAUSE_HEAD = re.compile(
    r"(?:^|[\n.!?:|·•—–(]|\s-)[\s\W_]*$"
    # "Grâce K., 30 ans, congolaise": after one's age in a self-description
    r"|\b\d{1,2}\s*(?:ans|years?(?: old)?|yo)?\s*,\s*$"
)
_SELF_BEFORE = re.compile(
    r"(?:\bje suis|\bsuis|\bi'm|\bi am|\bim|\betant|\bbeing|\ben tant que|\bas an?|\bnee?|"
    r"\bborn|\bmoi,?)\s+(?:(?:une?|an?|aussi|also|moi-meme|fiere?ment|proud(?:ly)?|"
    r"femme|homme)\s+){0,2}$"
)
_ORIGIN_AFTER = re.compile(
    r"\s+(?:diaspora|community|communities|communaute|association|roots|heritage|family|"
    r"famille|parents|background|descent|origins?|d'origine|de naissance|by birth|by blood|"
    r"citizen(?:ship)?|national(?:ity)?|nationalite|passport|passeport|saturday school|"
    r"ecole du samedi)\b"
)
# "German (B2)", "espagnol courant", "conversational Spanish": a language as a skill.
_LEVEL = re.compile(
    r"\b(?:[abc][12]|courant|couramment|fluent(?:ly)?|notions?|scolaire|professionnel\w*|"
    r"intermedia\w*|interm[ée]diaire|avance|advanced|basic|basique|debutant\w*|beginner|"
    r"conversational|working|business|bon|bonne|good|lu|ecrit|toeic|toefl|ielts|cambridge|"
    r"delf|dalf|dele|goethe|hsk|jlpt|cils|level|niveau|bilingual proficiency)\b"
)
_LEVEL_AFTER = re.compile(rf"\s*(?:\(\s*[^)\n]{{0,30}}?)?{_LEVEL.pattern}")
_NATIVE = re.compile(r"\b(?:maternelle|natale|native|natif|mother tongue|first language)\b")


def find_nationalities(text: str, folded: str, *, code: bool) -> list[Span]:
    spans: list[Span] = []
    if not _mentions(folded, _word_sets()[0]):
        return spans
    for m in _nationality_re().finditer(folded):
        word = m.group()
        if word in _NOT_ORIGIN:
            continue
        start, end = m.start(), m.end()
        capital = text[start].isupper()
        compound = "-" in word
        before = folded[max(0, start - 40) : start]
        head = _CLAUSE_HEAD.search(before) is not None
        skill = word in _SKILL
        level_after = _LEVEL_AFTER.match(folded, end)
        if compound and (capital or head or _SELF_BEFORE.search(before)):
            pass
        elif _ORIGIN_AFTER.match(folded, end) and not skill:
            pass
        elif skill:
            continue
        elif _SELF_BEFORE.search(before) and not level_after:
            pass
        elif head and _AFTER_SELF.match(folded, end) and not level_after:
            pass
        else:
            continue
        if code and not _in_comment(text, start):
            continue
        spans.append(Span(start, end, "personal"))
    # the same word elsewhere ("Portugais, bilingue français/portugais") says it again
    for word in {folded[s.start : s.end] for s in spans}:
        for m in re.finditer(rf"(?<![\w\-]){re.escape(word)}(?![\w\-])", folded):
            if not code or _in_comment(text, m.start()):
                spans.append(Span(m.start(), m.end(), "personal"))
    return spans


@cache
def _language_re() -> re.Pattern:
    return re.compile(rf"(?<![\w\-'])(?:{_lexicon()['lang']})(?![\w\-])")


_SPEAK_CUE = re.compile(
    r"(?:\bje parle|\bparle|\bparlant|\blangues?(?:\s+parlees?)?\s*:|\blanguages?(?:\s+spoken)?"
    r"\s*:|\bspoken\s*:|\bi speak|\bspeaks?|\bspeaking|\btrilingu\w*|\bbilingu\w*|"
    r"\bquadrilingu\w*|\bmultilingu\w*|\bpolyglotte|\bfluent in|\blangues? :)"
)
# Words a line listing only languages may hold besides them: "(B2, cross-border)", "et".
_LIST_NOISE = frozenset(
    "a b c et and plus native natif natifs maternelle courant fluent notions cross border "
    "bilingue bilingual langues languages langue language de des".split()
)
_LIST_END = re.compile(r"[.;!?\n]|\s[-—–]\s")
_ITEM_SPLIT = re.compile(r"\s*(?:,|·|/|\||\bet\b|\band\b|\bplus\b|\+)\s*")


def _items(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """Items of a list between ``start`` and ``end``, split outside brackets."""
    items, depth, item_start = [], 0, start
    i = start
    while i < end:
        char = folded[i]
        depth += char == "("
        depth -= char == ")" and depth > 0
        if depth == 0:
            m = _ITEM_SPLIT.match(folded, i)
            if m and m.end() > i:
                items.append((item_start, i))
                item_start = i = m.end()
                continue
        i += 1
    items.append((item_start, end))
    return [(a, b) for a, b in items if folded[a:b].strip()]


def find_heritage_languages(text: str, folded: str, *, code: bool) -> list[Span]:
    spans: list[Span] = []
    if not _mentions(folded, _word_sets()[1]):
        return spans
    for start, end in _language_lists(folded):
        for a, b in _items(folded, start, end):
            item = folded[a:b]
            for m in _language_re().finditer(folded, a, b):
                word = m.group()
                if word in _NOT_ORIGIN or word in _SKILL:
                    continue
                native = _NATIVE.search(item)
                if not native and (word in _TAUGHT or _LEVEL.search(item)):
                    continue
                if code and not _in_comment(text, m.start()):
                    continue
                spans.append(Span(m.start(), m.end(), "personal"))
    return spans


def _language_lists(folded: str) -> list[tuple[int, int]]:
    """Stretches of text listing languages: after a cue ("je parle", "Languages:"), or a line
    made only of language names ("Turkish · French · English · German (B2)")."""
    found = []
    for cue in _SPEAK_CUE.finditer(folded):
        stop = _LIST_END.search(folded, cue.end())
        end = stop.start() if stop else len(folded)
        # "je parle 4 langues (kirundi, swahili…)": the list is in the brackets
        found.append((cue.end(), min(end, cue.end() + 160)))
    words = _word_sets()[1]
    found += _language_runs(folded, words)
    for line in re.finditer(r"[^\n]+", folded):
        tokens = _TOKEN.findall(line.group())
        if not tokens or not all(t in words or t in _LIST_NOISE for t in tokens):
            continue
        items = _items(folded, line.start(), line.end())
        if len(items) < 2:
            continue
        names = [re.sub(r"\s*\([^)]*\)\s*$", "", folded[a:b]).strip(" .-*•:") for a, b in items]
        lang = _language_re()
        if all(lang.fullmatch(name) for name in names):
            found.append((line.start(), line.end()))
    return found


# Fields of a profile line ("Go · Rust · wolof, français"), or its sentences.
_FIELD = re.compile(r"[^\n·•|;]+?(?=\s*(?:[\n·•|;]|[.!?](?:\s|$)|\s[—–]\s|$))")
# Languages that are also brands, places or common words: never a field of their own.
_NOT_ALONE = frozenset(
    "picard corse basque wu gallo fang mina moore fon bassa duala sango ewondo bete akan twi "
    "scots creole kanak".split()
)


def _language_runs(folded: str, words: frozenset[str]) -> list[tuple[int, int]]:
    """Runs of language names among the items of one field of a line ("SQL · dbt · Gàidhlig",
    "né à Pakse, lao et français courant"): two names side by side, or one heritage language
    standing as a field of its own."""
    if not _mentions(folded, words):
        return []
    lang = _language_re()
    found = []
    for field in _FIELD.finditer(folded):
        items = _items(folded, field.start(), field.end())
        run: list[tuple[int, int]] = []
        for a, b in [*items, (-1, -1)]:
            name = re.sub(r"\s*\([^)]*\)\s*$", "", folded[a:b]).strip(" .-*•:") if a >= 0 else ""
            tokens = _TOKEN.findall(name)
            if (
                name
                and tokens
                and any(lang.fullmatch(t) for t in [name, *tokens])
                and all(t in words or t in _LIST_NOISE or _LEVEL.fullmatch(t) for t in tokens)
            ):
                run.append((a, b))
                continue
            alone = len(run) == 1 and len(items) == 1 and folded[run[0][0] : run[0][1]].strip()
            if len(run) >= 2 or (alone and alone not in _NOT_ALONE and alone not in _TAUGHT):
                found.append((run[0][0], run[-1][1]))
            run = []
    return found


_COMMENT_LINE = re.compile(r"(?m)^\s*(?:#|//|/\*|\*|--|;|<!--|%|!|\*>)")


def _in_comment(text: str, pos: int) -> bool:
    line_start = text.rfind("\n", 0, pos) + 1
    return bool(_COMMENT_LINE.match(text, line_start))
