"""The candidate's name written otherwise than in the identity.

- misspellings ("Volkow" for Volkov, "Chinedou" for Chinedu): one edit for names of 5 to 7
  letters, two from 8, only a letter added for 4-letter ones, the first letter kept, and only
  where a name is expected (next to the other name, quoted, capitalised inside a sentence,
  after "I'm" or a nickname cue);
- nicknames made from the first name ("Mouss", "Juju", "Karimo", "Jimbo") or introduced as
  such ("friends call me ...", "surnommée ...", "alias ...", "TODO(...)", a signature);
- the name inside identifiers, package names, paths and URLs (``awa_diallo_phone``,
  ``AwaDiallo``, ``AWA_DIALLO``, ``com.awadiallo.app``, ``/home/awa/``): replaced by an
  identifier-safe word so that code still compiles.
"""

import re
from functools import cache

from candidates.redaction.identity import PARTICLES, NameForms
from candidates.redaction.lexicon import (
    common_words,
    famous_surnames,
    first_names,
    tech_words,
)
from candidates.redaction.spans import Span
from candidates.redaction.text import LETTER, fold

_WORD = re.compile(rf"{LETTER}+(?:['’\-]{LETTER}+)*")
_QUOTES = {"«": "»", '"': '"', "“": "”", "'": "'", "‘": "’", "(": ")", "[": "]"}
# Words that introduce the name someone goes by.
_NICKNAME_CUE = re.compile(
    r"(?<![\w'])(?:surnomm\w*(?:·\w+)?|m'appell?ent|m'appelle|appelez-moi|dit(?:e)?|alias|"
    r"a\.?k\.?a\.?|pseudo(?:nyme)?|surnom|connue?(?:·e)? sous le (?:nom|pseudo|surnom) de|"
    r"call(?:s|ed)? me|go(?:es)? by|going by|known as|nick(?:name)?d?|username)"
    r"(?:\s+(?:souvent|parfois|toujours|simplement|affectueusement|just|usually|often|mostly|"
    r"always|simply|sometimes))?"
    r"\s*[:=]?\s*(?:is\s+|est\s+)?[«\"“'(]?\s*"
)
_SELF_CUE = re.compile(
    r"(?<![\w'])(?:i'm|i am|je suis|moi c'est|je m'appelle|my name is|mon nom est|name\s*:|nom\s*:|"
    r"prenom\s*:|auteure?\s*:|author\s*:|par|by|merci|thanks|cheers|cordialement|regards)"
    r"\s*,?\s*"
)
_TODO = re.compile(r"\b(?:TODO|FIXME|XXX|HACK|NOTE|BUG)\((?P<who>[^\W\d_][\w.\-]*)\)", re.I)
_TODO_TOPICS = {
    "perf",
    "performance",
    "security",
    "refactor",
    "cleanup",
    "later",
    "bug",
    "hack",
    "test",
    "tests",
    "docs",
    "doc",
    "i18n",
    "a11y",
    "ux",
    "ui",
    "api",
    "db",
    "sql",
    "v2",
    "next",
    "prod",
    "infra",
    "ci",
    "urgent",
    "someday",
    "maybe",
}
# "(Aurel pour les intimes)", "(Jo to my friends)": a name given to the close ones.
_FOR_FRIENDS = re.compile(
    r"(?P<who>[A-ZÀ-Þ][\w\-]{1,20})[\s»\"”]*(?:,\s*)?"
    r"(?:pour les (?:intimes|amis|amies|proches|potes|copains|collègues)|"
    r"pour mes (?:amis|proches|potes)|for short|to (?:my )?(?:friends|family|colleagues)|"
    r"pour tout le monde|to everyone|for everyone|au boulot|at work|"
    r"among friends|entre amis)\b"
)
# Two-letter words that follow "dit"/"alias" without being a name ("le test dit OK").
_NOT_SHORT = frozenset(
    "ok ko no on up go it id ui ux ai ia ci cd db qa pr os js ts io vm ip".split()
)
# "Moses in English, Moïse in French": the same name in another language, next to the own one.
# "Je suis Pat sur tous les réseaux", "I'm Kat everywhere online": the name one goes by.
_EVERYWHERE = re.compile(
    r"(?i:je suis|i'm|i am|moi c'est|c'est)\s+(?P<who>[A-ZÀ-Þ][\w\-]{1,20})\s+"
    r"(?:sur (?:tous les|les) réseaux|partout en ligne|everywhere online|on (?:all )?socials|"
    r"on every (?:network|platform)|sur (?:twitter|x|insta\w*|linkedin|mastodon|github|discord|"
    r"twitch|youtube)|on (?:twitter|x|insta\w*|linkedin|mastodon|github|discord|twitch|youtube))"
)
# "ma chaîne « Jul code »", "my channel 'Lolo builds'": a quoted title of one's own channel,
# blog or handle holding a familiar form of the name.
_OWN_TITLE = re.compile(
    r"(?i:ma cha[iî]ne|mon blog|mon podcast|mon pseudo|mon compte|my channel|my blog|my podcast|"
    r"my handle|my stream|mon stream|ma newsletter|my newsletter)[^«\"“'\n]{0,25}"
    r"[«\"“'‘]\s*(?P<title>[^»\"”'’\n]{2,40}?)\s*[»\"”'’]"
)
# "Tomek (Tomasz Wiśniewski)": a name right before one's full name in brackets is an alias.
_BEFORE_BRACKETS = re.compile(r"(?P<who>[A-ZÀ-Þ][\w\-]{1,20})\s*\((?P<inside>[^()\n]{2,60})\)")

_IN_LANGUAGE = re.compile(
    r"(?P<who>[A-ZÀ-Þ][\w\-]{1,20})\s+(?:in|en)\s+(?:English|anglais|French|français|"
    r"Spanish|espagnol|Arabic|arabe|Portuguese|portugais)\b"
)
# A signature line: "— Nasnas (le vrai prénom...)", "-- Ouss", "— Jimmy".
_SIGNATURE = re.compile(rf"(?m)^[ \t]*(?:—|–|--)[ \t]*(?P<who>{LETTER}+)[ \t]*(?:\(|,|$)")
_DIMINUTIVE = (
    "o",
    "ou",
    "y",
    "ie",
    "i",
    "a",
    "inha",
    "inho",
    "ita",
    "ito",
    "ka",
    "ko",
    "chou",
    "bo",
    "ouche",
    "ounet",
    "ounette",
    "ey",
    "ito",
    "s",  # "Mams" for Mamadou, "Fafs"
    "sy",
)


def within(a: str, b: str, limit: int) -> bool:
    """Optimal string alignment distance of a and b is at most ``limit`` (early exit)."""
    if abs(len(a) - len(b)) > limit:
        return False
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                value = min(value, previous2[j - 2] + 1)
            current[j] = value
        if min(current) > limit:
            return False
        previous2, previous = previous, current
    return previous[-1] <= limit


def is_misspelling(word: str, names: list[str], *, lenient: bool = False) -> bool:
    """``word`` (folded) is one or two edits away from one of ``names`` (folded); ``lenient``
    (where the name is expected: "I'm ...", "Thanks, ...") allows one more edit from 6 letters."""
    for name in names:
        if word == name or word[0] != name[0] or len(name) < 3:
            continue
        if len(name) == 4:
            if len(word) == 5 and (word.startswith(name) or word[1:] == name[1:] + word[-1]):
                return True
            # "Pahm" for Pham next to the other name: two letters swapped after the first
            if (
                lenient
                and len(word) == 4
                and sorted(word) == sorted(name)
                and within(word, name, 1)
            ):
                return True
            continue
        if len(name) == 3:
            if lenient and len(word) == 4 and word.startswith(name):
                return True  # "Awaa" next to the family name
            continue
        limit = 1 if len(name) < 8 else 2
        if within(word, name, limit + (lenient and len(name) >= 6)):
            return True
    return False


# Grammar words that begin some first names ("The" for Théa, "Par" for Pascale, "Son" for
# Sonia): never a short form of the name.
_NOT_FORMS = frozenset(
    "the and but for not are was you our its his her les des par pour sur une est son ses mon "
    "mes ton tes qui que car sans avec dans elle ils nous vous this that then than with "
    "from".split()
)
# Pet endings after the first two letters of the name: "Axou" (Axel), "Doudou".
_SHORT_PET = frozenset({"ou", "oune", "ounet", "ouche", "ounette"})


def _spoken(first: str) -> str:
    """The name without the silent "h" after a consonant: "chloe" -> "cloe", "thea" -> "tea"."""
    return re.sub(r"(?<=[bcdfgkprst])h", "", first)


@cache
def _nickname_forms(
    firsts: tuple[str, ...],
) -> tuple[frozenset, tuple, frozenset, frozenset, frozenset]:
    """What familiar forms of these first names look like: doubled syllables ("juju",
    "wawa", "mimi"), the names as written and as said (for their starts), their 3-letter
    starts, and their ends ("bastien" for Sébastien; "toin" to take a pet ending, "toinou")."""
    doubles, starts, ends, stems = set(), set(), set(), set()
    for first in firsts:
        first = re.sub(r"[^a-z]", "", first)
        if len(first) < 3:
            continue
        starts |= {first, _spoken(first)}
        for size in (2, 3):
            doubles |= {first[i : i + size] * 2 for i in range(len(first) - size + 1)}
        # the doubled first syllable with its consonant doubled: "Sosso" (Soraya), "Lolo"
        doubles.add(first[:2] + first[0] + first[:2])
        # the first consonant with a vowel of the name, doubled: "Mimi" (Marie), "Juju"
        if first[0] not in "aeiouy":
            doubles |= {(first[0] + v) * 2 for v in set(first[1:6]) & set("aeiouy")}
        ends |= {first[:2] + pet for pet in _SHORT_PET}  # "Axou" (Axel)
        for k in range(1, len(first) - 3):
            tail = first[k:]
            if len(tail) >= 5:
                ends.add(tail)
            stems |= {tail[:size] for size in range(4, len(tail) + 1)}
    heads = frozenset(f[:3] for f in starts)
    return frozenset(doubles), tuple(sorted(starts)), heads, frozenset(ends), frozenset(stems)


def is_nickname_of(word: str, firsts: list[str]) -> bool:
    """Short, doubled or pet forms of a first name: Flo, Mouss, Ouss, Juju, Mimi, Karimo, Jimbo,
    Axou, Clo (Chloé as said), and its end: Bastien (Sébastien), Colas, Toinou (Antoine)."""
    if word in _NOT_FORMS:
        return False
    doubles, names, heads, ends, stems = _nickname_forms(tuple(firsts))
    if word in doubles or word in ends:
        return True
    n = len(word)
    if word[:3] not in heads:
        # the name's end and a pet ending: "Toinou" (Antoine)
        return any(word[:k] in stems and word[k:] in _DIMINUTIVE for k in range(4, n))
    for first in names:
        if word == first:
            continue
        if n < len(first) and n >= 3 and first.startswith(word):
            return True
        if n >= 4 and word[-1] == word[-2] and first.startswith(word[:-1]):
            return True  # "Ouss" for Ousmane
        for k in range(3, len(first) + 1):
            if word.startswith(first[:k]) and word[k:] in _DIMINUTIVE and word != first:
                return True
    return False


def _quoted(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 3) : start].rstrip(" \u00a0\u202f")[-1:]
    after = text[end : end + 3].lstrip(" \u00a0\u202f")[:1]
    return bool(before) and _QUOTES.get(before) == after and before not in "(["


def _opens_sentence(text: str, start: int) -> bool:
    head = text[max(0, start - 4) : start].rstrip()
    return not head or head[-1] in '.!?\n:—–-«"(['


# Where a lone capitalised word reads as a person rather than a thing: no article before it
# ("the Camera API") and, after it, punctuation, a verb or a small word ("Popesku said", "ask
# Popesku at the desk"), not a noun it qualifies ("Julian dates", "Webex API").
_ARTICLE_BEFORE = re.compile(
    r"(?:^|\W)(?:the|a|an|this|that|these|those|our|their|its|le|la|les|un|une|des|du|ce|cette|"
    r"ces|notre|nos|leur|leurs)\s+$"
)
# Nouns a capitalised word qualifies when it names a thing ("Julian dates", "Webex API").
_THING_AFTER = re.compile(
    r"(?:api|apis|sdk|cli|app|apps|library|libraries|lib|framework|function|functions|method|"
    r"methods|dates?|region|units?|serialis\w+|serializ\w+|format|protocol|algorithm|index|engine|"
    r"components?|services?|models?|datasets?|style|sampling|distance|law|charts?|server|client|"
    r"plugin|module|package|theme|template|cluster|driver|integration|account|platform|tool|"
    r"tools|stack|pipeline|job|jobs|query|queries|table|tables|file|files|project|projects|"
    r"team|teams|office|store|shop|bank|card|cards|network|cloud|database|db|version|release)\b"
)


def thing_after(text: str, end: int) -> bool:
    """A noun, a technology or an acronym right after: the word before qualifies a thing."""
    after = text[end : end + 24].lstrip(" \u00a0")
    word = re.match(r"[^\W\d_]+", after)
    if not word:
        return False
    if word.group().isupper() and len(word.group()) >= 2:
        return True  # "Bengali NLP"
    folded = fold(word.group())
    return bool(_THING_AFTER.fullmatch(folded)) or folded in tech_words()


def _person_position(text: str, folded: str, start: int, end: int) -> bool:
    if _ARTICLE_BEFORE.search(folded, max(0, start - 12), start):
        return False
    if thing_after(text, end):
        return False
    after = folded[end : end + 24].lstrip(" \u00a0")
    if after.startswith("-") and not after.startswith("- "):
        return False  # "Elena-style"
    word = re.match(r"[^\W\d_]+", after)
    if not word:
        return True
    if _THING_AFTER.match(after) or word.group() in tech_words():
        return False
    return True


@cache
def _ignored_words() -> frozenset[str]:
    return common_words() | tech_words() | famous_surnames()


def _next_to_own(folded: str, words: list, k: int, own: set[str]) -> bool:
    """The word before or after, separated by a space or a hyphen, is one of the names."""
    if k and words[k - 1].group() in own:
        if len(folded[words[k - 1].end() : words[k].start()].strip(" -")) == 0:
            return True
    if k + 1 < len(words) and words[k + 1].group() in own:
        if len(folded[words[k].end() : words[k + 1].start()].strip(" -")) == 0:
            return True
    return False


def find_variants(text: str, folded: str, forms: NameForms, protected) -> list[Span]:
    """Misspelt and familiar forms of the candidate's own name, with their cues."""
    if not forms.first_full and not forms.last_full:
        return []
    own = set(forms.first_any) | set(forms.last_any)
    names = sorted(
        {re.sub(r"[^a-z]", "", n) for n in forms.first_full + forms.last_full}
        | {t for t in forms.first_tokens + forms.last_tokens if t not in PARTICLES}
    )
    firsts = forms.first_full + forms.first_tokens
    initials = {n[0] for n in names if n}
    ignore = _ignored_words()
    words = list(_WORD.finditer(folded))
    cued = {m.end() for m in _NICKNAME_CUE.finditer(folded)}
    self_cued = {m.end() for m in _SELF_CUE.finditer(folded)}
    spans: list[Span] = []
    for _pass in range(2):  # then words next to a variant found ("Awaa Dialo")
        found = len(spans)
        spans = _variant_words(
            text, folded, words, own, names, firsts, initials, ignore, cued, self_cued, spans
        )
        if len(spans) == found:
            break
        own = own | {folded[s.start : s.end] for s in spans}
    spans = list({(s.start, s.end): s for s in spans}.values())
    spans += _listed_after_cue(text, spans, cued)
    for m in _FOR_FRIENDS.finditer(text):
        if fold(m.group("who")) not in ignore:
            spans.append(Span(m.start("who"), m.end("who"), "name"))
    for m in _EVERYWHERE.finditer(text):
        spans.append(Span(m.start("who"), m.end("who"), "name"))
    for m in _OWN_TITLE.finditer(text):
        for w in _WORD.finditer(m.group("title")):
            key = fold(w.group())
            if key in own or (len(key) >= 3 and is_nickname_of(key, firsts)):
                start = m.start("title") + w.start()
                spans.append(Span(start, start + len(w.group()), "name"))
    for m in _BEFORE_BRACKETS.finditer(text):
        inside = {fold(w) for w in re.findall(r"[\w\-]+", m.group("inside"))}
        who = fold(m.group("who"))
        if who not in own and who not in ignore and inside & set(own) and len(inside) >= 2:
            spans.append(Span(m.start("who"), m.end("who"), "name"))
    # A sign-off: the text's last words, a familiar form of the name alone after a sentence.
    tail = re.search(r"(?:^|[.!?)\n]\s*)(?P<who>[A-ZÀ-Þ][\w\-]{1,20})\s*[.!]?\s*$", text)
    if tail and is_nickname_of(fold(tail.group("who")), firsts):
        if fold(tail.group("who")) not in ignore:
            spans.append(Span(tail.start("who"), tail.end("who"), "name"))
    for m in _IN_LANGUAGE.finditer(text):
        near = folded[max(0, m.start() - 40) : m.end() + 40]
        who = fold(m.group("who"))
        if (
            who not in ignore
            and who not in own
            and any(
                re.search(rf"(?<![a-z]){re.escape(w)}(?![a-z])", near) for w in own if len(w) > 2
            )
        ):
            spans.append(Span(m.start("who"), m.end("who"), "name"))
    for m in _TODO.finditer(text):
        if fold(m.group("who")) not in _TODO_TOPICS:
            spans.append(Span(m.start("who"), m.end("who"), "profile"))
    for m in _SIGNATURE.finditer(text):
        who = fold(m.group("who"))
        # A dash line is a signature when it is the last line or names the candidate; other
        # dash lines are bullets ("— Mentorat (2 juniors)").
        last_line = not text[m.end() :].split("\n", 1)[-1].strip() or "\n" not in text[m.end() :]
        if who in own or is_nickname_of(who, firsts) or (last_line and m.group("who")[0].isupper()):
            if who not in ignore:
                spans.append(Span(m.start("who"), m.end("who"), "name"))
    return [s for s in spans if not any(s.start < e and b < s.end for b, e in protected)]


# --- Sign-offs and tags ------------------------------------------------------------------------

# "Envoyé de mon iPhone – Io", "Sent from my Android - Sam", "Sent from my iPad, Lulu": whoever
# signs after the phone's line.
_PHONE_SIGNATURE = re.compile(
    r"(?i:envoy[ée]e?\s+(?:de|depuis|avec)\s+mon|sent\s+(?:from|with)\s+my)\s+"
    r"[\w\-]+(?:[ \t]+[\w\-]+)?[ \t]*[–—\-,:|][ \t]*"
    r"(?P<who>[^\W\d_][\w\-'’]*(?:[ \t]+(?:[A-ZÀ-Þ]\.|[A-ZÀ-Þ][\w\-'’]*)){0,2})"
    # the name ends the line or comes before a phone number ("– Io (06 …)"), not a sentence
    r"(?=[ \t]*(?:$|\n|\(|,|[+\d]))"
)
# "TODO Kiki: …", "FIXME Dédé : …", "TODO @gaby …": the person the task is given to.
_TODO_ASSIGNEE = re.compile(
    r"\b(?:TODO|FIXME|XXX|HACK)\b[ \t]+(?P<at>@)?(?P<who>[^\W\d_][\w\-'’]{1,20})"
    r"(?(at)|[ \t]*:)"
)
_REDOUBLED = re.compile(r"([^aeiouy\W\d_]?[aeiouy]+)\1")
# Words that close a message; what follows them at the very end is the signature.
_CLOSING = (
    r"cordialement|bien (?:à|a) (?:vous|toi)|bien amicalement|amicalement|bonne (?:journée|"
    r"soirée|fin de journée)|à bientôt|bises|salutations|merci(?: encore| beaucoup| d'avance)?|"
    r"best(?: regards| wishes)?|kind regards|warm regards|regards|cheers|thanks(?: again)?|"
    r"thank you|many thanks|sincerely|yours|sign[ée]e?|signed|signature"
)
_AFTER_CLOSING = re.compile(
    rf"(?i:\b(?:{_CLOSING}))[ \t]*[,!.:]?[ \t]*\n?[ \t]*"
    r"(?P<who>[A-ZÀ-Þ][\w\-'’]*(?:[ \t]+(?:[A-ZÀ-Þ]\.|[A-ZÀ-Þ][\w\-'’]*)){0,2})"
    r"[ \t]*[^\w\s]{0,3}\s*$"
)
# The text's last line, one capitalised word alone after a finished sentence.
_LAST_LINE_WORD = re.compile(
    r"(?P<end>[.!?)»\"”\-—–]|[\u2600-\u27bf\U0001f000-\U0001ffff])[ \t]*\n\s*"
    r"(?P<who>[A-ZÀ-Þ][a-zà-öø-ÿ'’\-]{1,20})[ \t]*[.!]?\s*$"
)
_NOT_SIGNER = frozenset(
    fold(w)
    for w in (
        "Cordialement Merci Thanks Cheers Regards Best Bises Amicalement Salutations Sincerely "
        "Voilà Voila Fin End Done Signature PS Bonjour Hello Bye Ciao Oui Non Yes No OK Enjoy "
        "Courage Bravo Encore Ensuite Puis Then Next Suite Conclusion Résumé Summary Cdlt Bisous "
        "Amitiés Salut Tchao Thx Ty Fin"
    ).split()
)


# "script perso de Max", "~/.zshrc (extrait) de julia", "personal notes of Kat": the owner of a
# personal file, a form of the candidate's name even when it is also a word or a technology.
_OWNER_CUE = (
    r"(?i:(?:\b(?:perso(?:nnel(?:le)?)?s?|personal|private|priv[ée]e?s?|dotfiles)|\.\w+rc)\b"
    r"[^\n]{0,25}?\b(?:de|d'|of|by)\s*)"
)
_OWNER = re.compile(rf"{_OWNER_CUE}(?P<who>[^\W\d_][\w\-]{{1,20}})")
_OWNER_BEFORE = re.compile(rf"{_OWNER_CUE}$")


def owner_before(folded: str, start: int) -> bool:
    """A personal file's owner is named at ``start`` ("~/.zshrc de julia")."""
    line_start = folded.rfind("\n", 0, start) + 1
    return bool(_OWNER_BEFORE.search(folded, max(line_start, start - 60), start))


# Endings of adjectives and abstract nouns: "Disponible", "Motivée", "Curieux", "Available".
_WORD_ENDING = re.compile(
    r"(?:ible|able|eux|euse|ment|tion|sion|isme|iste|ite|ive|if|ance|ence|ee|ness|ing|ful|less|"
    r"ly|ous|ity|al|ale)$"
)


def _may_be_a_name(word: str) -> bool:
    """A last line's lone word may sign the text unless it ends like an adjective or an
    abstract noun and is no known first name ("Disponible", "Motivée" stay; "Dominique" goes)."""
    key = fold(word)
    return key in first_names() or not _WORD_ENDING.search(key)


def _signer_word(word: str) -> bool:
    key = fold(word)
    return key not in _NOT_SIGNER and key not in _NOT_FORMS and key not in _ignored_words()


def find_sign_offs(text: str, folded: str, forms: NameForms, *, code: bool) -> list[Span]:
    """Whoever signs or is tagged: the name after a phone's "sent from my …", the assignee of a
    TODO ("TODO Kiki:" — a known or familiar first name, a form of the candidate's, "@…"), and,
    in answers and profiles, the words after a closing formula at the very end ("Cordialement,
    Nounours") or one capitalised word alone on the last line after a finished sentence, unless
    the text used that word before (then it is a term of the answer, not a signature)."""
    spans = []
    phone_line = "envoy" in folded or "sent " in folded
    for m in _PHONE_SIGNATURE.finditer(text) if phone_line else ():
        if _signer_word(m.group("who").split()[0]):
            spans.append(Span(m.start("who"), m.end("who"), "name"))
    firsts = forms.first_full + forms.first_tokens
    tagged = any(tag in text for tag in ("TODO", "FIXME", "XXX", "HACK"))
    for m in _TODO_ASSIGNEE.finditer(text) if tagged else ():
        who = fold(m.group("who"))
        if who in _TODO_TOPICS or not _signer_word(who):
            continue
        familiar = _REDOUBLED.fullmatch(who) or (firsts and is_nickname_of(who, firsts))
        if m.group("at") or familiar or who in first_names():
            spans.append(Span(m.start("who"), m.end("who"), "name"))
    own = set(forms.first_any) | set(forms.last_any)
    for m in _OWNER.finditer(folded):
        who = m.group("who")
        if who in own or (firsts and len(who) >= 3 and is_nickname_of(who, firsts)):
            spans.append(Span(m.start("who"), m.end("who"), "name"))
    if code:
        return spans
    tail = max(0, len(text) - 240)  # both look at the very end of the text only
    closing = _AFTER_CLOSING.search(text, tail)
    if closing and _signer_word(closing.group("who").split()[0]):
        spans.append(Span(closing.start("who"), closing.end("who"), "name"))
    last = _LAST_LINE_WORD.search(text, tail)
    if last and _signer_word(last.group("who")) and _may_be_a_name(last.group("who")):
        key = folded[last.start("who") : last.end("who")]
        if not re.search(rf"(?<![\w\-]){re.escape(key)}(?![\w\-])", folded[: last.start("who")]):
            spans.append(Span(last.start("who"), last.end("who"), "name"))
    return spans


# "on m'appelle Dima ou Mitia", "friends call me Jo, Jojo or JB": the other names of the list.
_OR_NEXT = re.compile(
    r"\s*(?:,|/|\bou\b|\bor\b|\bet\b|\band\b)\s*[«\"“']?\s*(?P<w>[A-ZÀ-Þ][\w\-]{1,20})"
)


def _listed_after_cue(text: str, spans: list[Span], cued: set[int]) -> list[Span]:
    more = []
    for span in spans:
        if span.start not in cued:
            continue
        end = span.end
        for _ in range(3):
            end = end + 1 if text[end : end + 1] in "»\"”'" and end < len(text) else end
            m = _OR_NEXT.match(text, end)
            if not m or fold(m.group("w")) in _ignored_words():
                break
            more.append(Span(m.start("w"), m.end("w"), "name"))
            end = m.end()
    return more


def _variant_words(
    text, folded, words, own, names, firsts, initials, ignore, cued, self_cued, spans
) -> list[Span]:
    spans = list(spans)
    for k, m in enumerate(words):
        word = m.group()
        start, end = m.start(), m.end()
        written = text[start:end]
        # "qu'on m'appelle Fa", "tout le monde dit JB": a short name right after a cue.
        short_cued = (
            len(word) == 2 and start in cued and written[0].isupper() and word not in _NOT_SHORT
        )
        if word in own or word in ignore or (len(word) < 3 and not short_cued):
            continue
        capital = written[0].isupper()
        cue = start in cued
        if cue and (
            capital
            or _quoted(text, start, end)
            or any(c.isdigit() or c == "_" for c in text[start : end + 3])
        ):
            spans.append(Span(start, end, "name"))
            continue
        if word[0] not in initials and not is_nickname_of(word, firsts):
            continue
        adjacent = _next_to_own(folded, words, k, own)
        quoted = _quoted(text, start, end)
        self_cue = start in self_cued
        mid_capital = (
            capital
            and not _opens_sentence(text, start)
            and _person_position(text, folded, start, end)
        )
        upper = written.isupper() and len(written) > 3
        strong = adjacent or quoted or self_cue
        if is_misspelling(word, names, lenient=strong) and (strong or mid_capital or upper):
            spans.append(Span(start, end, "name"))
        elif is_nickname_of(word, firsts) and (
            quoted or self_cue or adjacent or mid_capital and not written.isupper()
        ):  # an acronym is no nickname by its capital alone ("le DOM" for Dominique)
            spans.append(Span(start, end, "name"))
    return spans


# --- Identifiers, packages, paths --------------------------------------------------------------

_HOME = re.compile(
    r"(?:/home/|/Users/|/users/|[A-Za-z]:\\\\?Users\\\\?|/mnt/[a-z]/Users/|~)(?P<user>[\w.\-]+)"
)
_GENERIC_USERS = {
    "user",
    "username",
    "ubuntu",
    "runner",
    "root",
    "app",
    "admin",
    "me",
    "dev",
    "vagrant",
    "ec2-user",
    "node",
    "pi",
    "you",
    "yourname",
    "your-name",
    "name",
    "default",
    "public",
    "shared",
    "guest",
    "jenkins",
    "git",
    "www-data",
    "docker",
    "test",
    "nobody",
    "builder",
    "circleci",
    "travis",
}


def _compact(folded: str) -> tuple[str, list[int]]:
    """``folded`` without "._-", and where each kept character came from."""
    where = [i for i, c in enumerate(folded) if c not in "._-"]
    return "".join(folded[i] for i in where), where


def find_name_identifiers(text: str, folded: str, forms: NameForms) -> list[Span]:
    """Both names written as one identifier, package or path part ("awa_diallo_phone",
    "AwaDiallo", "com.awadiallo.app"), and handles from the identity; home directories."""
    firsts = {re.sub(r"[^a-z]", "", f) for f in forms.first_full + forms.first_tokens}
    firsts = {f for f in firsts if len(f) >= 2}
    lasts = set()
    for full in forms.last_full:
        tokens = [t for t in re.split(r"[^a-z]+", full) if t]
        lasts.add("".join(tokens))
        lasts.add("".join(t for t in tokens if t not in PARTICLES))
    lasts.discard("")
    needles = {f + last for f in firsts for last in lasts} | {
        last + f for f in firsts for last in lasts
    }
    needles |= {f[0] + last for f in firsts for last in lasts if len(last) >= 4}
    # "dmitriv", "volkovd", "dima_volkov": a first name with the other's initial, a short form
    # with the family name.
    needles |= {f + last[0] for f in firsts for last in lasts if len(f) >= 5}
    needles |= {last + f[0] for f in firsts for last in lasts if len(last) >= 5}
    nicks = {re.sub(r"[^a-z]", "", n) for n in forms.nicknames}
    needles |= {n + last for n in nicks for last in lasts if len(n) >= 3}
    # "lm.delatour", "ybench": handles, also written without their dots.
    handles = {h for h in forms.handles if len(h) >= 5 and re.fullmatch(r"[a-z0-9._\-]+", h)}
    needles |= {c for h in handles if len(c := re.sub(r"[._\-]", "", h)) >= 5}
    needles = {n for n in needles if len(n) >= 5}
    spans = []
    if needles:
        compact, where = _compact(folded)
        for needle in needles:
            pos = compact.find(needle)
            while pos >= 0:
                start, end = where[pos], where[pos + len(needle) - 1] + 1
                if _at_identifier_bounds(text, start, end):
                    spans.append(Span(start, end, "ident", anywhere=True))
                pos = compact.find(needle, pos + 1)
    # "User=fsow", "login: kpo": an initial and a short family name, only as an account name.
    short = {f[0] + last for f in firsts for last in lasts if 2 <= len(last) <= 3}
    if short:
        login = re.compile(
            rf"(?i:\b(?:user|username|login|owner|author|account|compte)\s*[=:]?\s*[\"']?)"
            rf"(?P<who>{'|'.join(sorted(short))})(?![\w\-])",
            re.IGNORECASE,
        )
        spans += [
            Span(m.start("who"), m.end("who"), "ident", anywhere=True)
            for m in login.finditer(folded)
        ]
    for m in _HOME.finditer(text):
        user = m.group("user")
        if fold(user) not in _GENERIC_USERS and not user.startswith("$"):
            spans.append(Span(m.start("user"), m.end("user"), "ident", anywhere=True))
    return spans


def _at_identifier_bounds(text: str, start: int, end: int) -> bool:
    """The match is a whole part of an identifier: "getAwaDiallo", "awa_diallo_tp3",
    "com.awadiallo.app", "AWA_DIALLO_KEY"; not letters inside a longer word."""
    before = text[start - 1] if start else ""
    after = text[end] if end < len(text) else ""
    first, last = text[start], text[end - 1]
    starts = not before.isalpha() or (before.islower() and first.isupper())
    if before.isalpha() and before.isupper() and first.isupper():
        starts = not text[start + 1 : start + 2].isupper()  # "XMLAwaDiallo"
    ends = not after.isalpha() or (after.isupper() and not last.isupper())
    if not ends and last.islower() and after.islower():
        ends = end - start >= 9  # "awadialloapp": long enough to stand out
    return starts and ends


# --- One name part inside an identifier -------------------------------------------------------

# An identifier, possibly dotted or dashed: "MorelEventRepository", "yasmine_demo",
# "fr.bonnet.demo", "app-gautier-card", "POPESCU_DISCOUNT".
_IDENTIFIER = re.compile(r"(?<![\w$])[A-Za-z_$][\w$]*(?:[.\-][A-Za-z_$][\w$]*)*")
# The parts of an identifier: "XMLHttpRequest" -> XML, Http, Request; "awa_2" -> awa.
_PART = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")
# A reverse-domain package ("fr.bonnet.demo", "com.example"): its second part names its owner.
_PACKAGE = re.compile(r"(?:fr|com|org|io|net|eu|dev|me|be|ch|de|uk)\.([a-z][a-z0-9]*)\.")


def _single_parts(forms: NameForms) -> set[str]:
    parts = {re.sub(r"[^a-z]", "", f) for f in forms.first_full + forms.first_tokens}
    for full in forms.last_full:
        tokens = [t for t in re.split(r"[^a-z]+", full) if t and t not in PARTICLES]
        parts |= set(tokens) | {"".join(tokens)}
    return {p for p in parts if len(p) >= 4}


def _identifiers_around(text: str, folded: str, names: set[str]):
    """The identifiers holding one of ``names``, found from the names' occurrences."""
    starts = set()
    for name in names:
        pos = folded.find(name)
        while pos >= 0:
            start = pos
            while start and (text[start - 1].isalnum() or text[start - 1] in "_$.-"):
                start -= 1
            starts.add(start)
            pos = folded.find(name, pos + 1)
    seen_end = -1
    for start in sorted(starts):
        if start < seen_end:
            continue
        m = _IDENTIFIER.match(text, start)
        while m is None and start < len(text) and text[start] in ".-":
            start += 1
            m = _IDENTIFIER.match(text, start)
        if m:
            seen_end = m.end()
            yield m


def find_name_part_identifiers(
    text: str, folded: str, forms: NameForms, *, code: bool
) -> list[Span]:
    """The first or family name alone as a part of an identifier, in any casing
    (``MorelEventRepository``, ``yasmine_demo``, ``POPESCU_DISCOUNT``, ``"AichaTodo"``), a lone
    identifier in code (``namespace gautier``, ``POSTGRES_USER=bastien``) and the owner part of
    a package (``fr.bonnet.demo``). Names that are ordinary or technical words ("Julia",
    "Marchand") count only as a package's owner."""
    names = {n for n in _single_parts(forms) if n in folded}
    if not names:
        return []
    ordinary = _ignored_words()
    spans = []
    for m in _identifiers_around(text, folded, names):
        token = m.group()
        parts = list(_PART.finditer(token))
        if not code and "_" not in token and "." not in token:
            if "-" in token or token[1:].islower() or token.isupper():
                continue  # words of prose ("Jean-Pierre", "Lucas-Kanade", "Gautier-style")
        for p in parts:
            word = fold(p.group())
            if word not in names:
                continue
            start, end = m.start() + p.start(), m.start() + p.end()
            package = _PACKAGE.search(fold(token))
            owner = package is not None and package.span(1) == p.span()
            if word in ordinary and not owner:
                continue
            if len(parts) > 1 or owner:
                spans.append(Span(start, end, "ident", anywhere=True))
            elif code and token.islower() or code and token.isupper():
                spans.append(Span(start, end, "ident", anywhere=True))
    return spans
