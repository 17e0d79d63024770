"""Schools, universities and training bodies ("diplômé de l'ESSEC", "IUT de Lannion")."""

import re
from functools import cache, lru_cache

from candidates.redaction.identity import Identity
from candidates.redaction.lexicon import cue_only_schools, schools
from candidates.redaction.spans import Span
from candidates.redaction.text import CAP_WORD, Prefiltered, fold

# CAP_WORD already covers all-capital words ("TU", "INSA"); an alternation with [A-Z]{2,} made
# "ABC ABC ABC..." backtrack exponentially.
_WORD = CAP_WORD
# At most six words: a long run of capitalised words is then scanned in linear time.
_PLACE = (
    rf"{_WORD}(?:(?:[ \t\-](?:sur|en|de|la|les|lès|du)[ \t\-]|[ \t\-])(?:{_WORD}|\d{{1,2}}"
    rf"(?![\d,.]))){{0,5}}"
)
# Words of one name never run across a line break ("… · PostgreSQL\nBSc University of X").
_OF = r"(?:[ \t]+(?:of|de|du|des|de[ \t]+la)[ \t]+|[ \t]+d['’]|[ \t]+)"
# Words that open the name of a course, an event or a kind of school, not a place.
_NOT_A_SCHOOL = (
    r"Summer|Sunday|Code|Coding|Business|Graduate|Design|Data|Film|Art|Law|Medical|Online|The|"
    r"Old|Boarding|Night|High|Grammar|Secondary|Primary|Middle|Elementary|Public|Private|Free|"
    r"State|Open|Flight|Driving|Dance|Music|Language|Ski|Cloud|AWS|Google|Microsoft|Apple|Meta|"
    r"Frontend|Backend|DevOps|Python|Java|Rust|Go|My|Our|Your|This|That|Every|Any|No"
)
GENERIC = [
    re.compile(
        rf"(?<![\w])(?:Université|Universite|Université|University|Univ\.|Universität){_OF}{_PLACE}"
    ),
    re.compile(
        rf"(?<![\w]){_PLACE}[ \t]+(?:University|Universität|Institute of Technology)(?![\w])"
    ),
    re.compile(
        rf"(?<![\w])(?:IUT|IUFM|INSA|Polytech|TU|UC|ENSI\w*|IMT|Télécom|Telecom|"
        rf"Mines|Centrale|Sciences\s?Po|EM|ESC|IAE|IEP){_OF}{_PLACE}"
    ),
    re.compile(
        rf"(?<![\w])(?:[Ll]ycée|[Cc]ollège|École|Ecole|Institut|Institute|Academy|School)"
        rf"{_OF}{_PLACE}"
    ),
    re.compile(
        rf"(?<![\w])(?:{CAP_WORD}[ \t]+)?(?:College|Code School|Business School)(?:[ \t]+"
        rf"(?:of\s+)?{_PLACE})?"
    ),
    # "Newcastle Uni", "Small Heath School": a place then the word ("X Academy" is as often an
    # online course, Khan Academy, AWS Academy, and is left out).
    re.compile(
        rf"(?<![\w])(?!(?:{_NOT_A_SCHOOL})\b){_PLACE}[ \t]+(?:Uni|High School|Grammar School|"
        r"Secondary School|School)(?![\w])"
    ),
    # École polytechnique promotions: "X2016", "(X16)", "promo 2016".
    re.compile(r"(?<![\w])X(?:19|20)?\d{2}(?![\w])"),
    re.compile(r"(?<![\w])promo(?:tion)?\s+X?(?:19|20)?\d{2}(?![\w])", re.I),
]
# "Diplômé de l'X", "studied at MIT": short names only count after an education cue.
_CUE = (
    r"(?:diplômée?s?|diplomée?s?|sortie?s?|formée?s?|étudiante?s?|etudiante?s?|élève|eleve|"
    r"ancienne?\s+élève|passée?s?\s+par|studied|graduated|degree|master'?s?|bachelor'?s?|phd|"
    r"alumn\w+|enrolled|student)"
)
_LINK = (
    r"(?:\s+(?:de|du|des|d'|à|au|a|chez|at|from|in)\s*|\s+(?:de\s+)?l['’]\s*|\s*d['’]\s*|"
    r"\s+(?:the\s+)?)"
)


@cache
def _known_pattern() -> re.Pattern:
    long_names: list[str] = []
    short_names: list[str] = []
    for name in schools():
        (long_names if len(name) >= 4 and not name.isupper() else short_names).append(name)

    def alt(names):
        return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))

    return re.compile(rf"(?<![\w])(?:(?i:{alt(long_names)})|{alt(short_names)})(?![\w])")


# People met at school: "ma collègue Sophie Roy de l'UTC", "a classmate from Imperial".
_PEER = (
    r"(?:collègue|collegue|camarade|binôme|binome|ami|amie|colleague|classmate|friend|"
    r"teammate|coéquipière?|coequipiere?)(?:\s+(?:[A-ZÀ-Þ][\w\-']+|\[[^\]]+\])){0,3}"
)


@cache
def _cue_pattern() -> re.Pattern:
    names = "|".join(re.escape(n) for n in cue_only_schools())
    return re.compile(
        rf"(?:(?i:{_CUE})|{_PEER}){_LINK}(?:(?i:le|la)\s+)?(?P<school>{names})(?![\w])"
    )


_L_X = re.compile(r"(?<![\w][lL]['’])(?<=[lL]['’])X(?=[\s,;:)!?]|\.(?!\w)|$)")
_PARTICLES = {"de", "du", "des", "d", "la", "le", "les", "l", "et", "en", "of", "the", "and"}
# Where an acronym is the school rather than a time zone or a product ("serveurs en UTC"):
# after "l'", "à", "at", "de", "from", "diplômé·e", or before a year ("UHA 2022").
_SCHOOL_BEFORE = re.compile(
    r"(?:[lL]['’]|\b(?:[àaA]|at|At|de|from|of|[dD]iplôm\w*|[gG]raduated?|[pP]romo|[mM]aster|"
    r"[lL]icence|[lL]icense|BTS|DUT|BUT|MSc|BSc|MBA|PhD|[dD]octorat|[tT]hèse)\s+)$"
)
_YEAR_AFTER = re.compile(
    r",?\s+(?:(?:promo|class of|th[èe]se|thesis)\s+)?(?:19|20)\d\d\b"
    r"|\s+(?:grad|graduate|alumn\w*)\b"
)
_TIME_AFTER = re.compile(r"\s*(?:[+\-±]\d|offset|time|timestamp|zone|clock|heure|fuseau)", re.I)


def _acronyms(school: str) -> set[str]:
    """ "UTC Compiègne" -> UTC; "Université de Haute-Alsace" -> UHA (initials of its words)."""
    found = {w for w in re.findall(r"[A-ZÀ-Þ]{2,6}", school) if w == w.upper()}
    words = [w for w in re.split(r"[\s\-']+", school) if w and w.lower() not in _PARTICLES]
    if len(words) >= 2 and all(w[0].isalpha() for w in words):
        found.add("".join(fold(w[0]).upper() for w in words))
    return {a for a in found if len(a) >= 2}


def _own_school_acronyms(text: str, identity: Identity) -> list[Span]:
    if not identity.school:
        return []
    spans = []
    for acronym in _acronyms(identity.school.strip()):
        for m in re.finditer(rf"(?<![\w\-]){re.escape(acronym)}(?![\w\-+])", text):
            before = text[max(0, m.start() - 12) : m.start()]
            if _TIME_AFTER.match(text, m.end()):
                continue
            if _SCHOOL_BEFORE.search(before) or _YEAR_AFTER.match(text, m.end()):
                spans.append(Span(m.start(), m.end(), "school"))
    return spans


def _own_school_patterns(identity: Identity) -> list[re.Pattern]:
    if not identity.school or len(identity.school.strip()) < 2:
        return []
    return _school_patterns(fold(identity.school.strip()))


@lru_cache(maxsize=1024)
def _school_patterns(school: str) -> list[re.Pattern]:
    variants = {school}
    # "Université Paris-Dauphine" -> "Paris-Dauphine", "Dauphine"; "École polytechnique" -> ...
    stripped = re.sub(
        r"^(?:universite|university|ecole|lycee|college|iut|institut)\s+(?:de\s+|d'|du\s+)?",
        "",
        school,
    )
    # "Université de Lille", "IUT de Lannion": what follows "de" is the town, a place of its own
    # ("la Poste de Lille", "Decathlon Lannion") and not the school; "Université Paris-Dauphine"
    # is still found as "Dauphine".
    named_after_town = re.match(
        r"^(?:universite|university|ecole|lycee|college|iut|institut)\s+(?:de\s+|d'|du\s+)", school
    )
    if stripped != school and len(stripped) >= 4 and not named_after_town:
        variants.add(stripped)
        last = re.split(r"[\s\-]+", stripped)[-1]
        if len(last) >= 5:
            variants.add(last)
    patterns = []
    for v in variants:
        core = r"[\s\-]+".join(re.escape(p) for p in re.split(r"[\s\-]+", v))
        patterns.append(re.compile(rf"(?<![\w]){core}(?![\w])"))
    return patterns


# An education cue then an acronym: "I did my master's at EURECOM", "étudiant à l'ESIR".
_STUDY = (
    r"(?:studied|graduated|degree|master'?s?|bachelor'?s?|phd|alumn\w+|enrolled|student|"
    r"étudiante?s?|etudiante?s?|diplômée?s?|diplomée?s?|sortie?s?|formée?s?|élève|eleve|"
    r"did my (?:master'?s?|bachelor'?s?|degree|phd|studies)|fait mes études|fait mes etudes|"
    r"étudié|etudie|studied|j'ai fait mon (?:master|bts|dut|but|cursus|école|ecole))"
)
_ACRONYM_SCHOOL = Prefiltered(
    [
        (
            (
                "studied",
                "graduat",
                "degree",
                "master",
                "bachelor",
                "phd",
                "alumn",
                "enrolled",
                "student",
                "etudiant",
                "diplom",
                "sorti",
                "forme",
                "eleve",
                "did my",
                "fait mes",
                "tudi",
                "j'ai fait mon",
            ),
            rf"(?i:{_STUDY})\s+(?i:at|à|a|from|de|d'|in|of)\s*(?:(?i:l['’]|the)\s*)?"
            rf"(?P<school>[A-Z][A-Z\-]{{2,9}})(?![\w])",
        )
    ]
)


# A school as the publisher of an online course, not as a place of study: "le MOOC de l'EPFL",
# "a Coursera course from Stanford".
_ONLINE_COURSE_BEFORE = re.compile(
    r"(?:mooc|spoc|coursera|edx|udemy|openclassrooms|fun-mooc|online course|cours en ligne|"
    r"online class|e-learning)(?:\s+\w+){0,3}?\s*(?:de|du|des|d'|of|from|by|par|with|avec)?"
    r"\s*(?:l'|la|le|the)?\s*$"
)


def find_schools(text: str, folded: str, identity: Identity, city_words: set[str]) -> list[Span]:
    return [
        s
        for s in _find_schools(text, folded, identity, city_words)
        if not _ONLINE_COURSE_BEFORE.search(folded, max(0, s.start - 40), s.start)
    ]


def _find_schools(text: str, folded: str, identity: Identity, city_words: set[str]) -> list[Span]:
    spans = [
        Span(m.start("school"), m.end("school"), "school") for m in _ACRONYM_SCHOOL.finditer(text)
    ]
    for regex in GENERIC:
        spans += [Span(m.start(), m.end(), "school") for m in regex.finditer(text)]
    spans += [Span(m.start(), m.end(), "school") for m in _known_pattern().finditer(text)]
    for m in _cue_pattern().finditer(text):
        spans.append(Span(m.start("school"), m.end("school"), "school"))
    spans += _own_school_acronyms(text, identity)
    # "Après l'X", "sorti de l'X": Polytechnique by its nickname.
    spans += [Span(m.start(), m.end(), "school") for m in _L_X.finditer(text)]
    for pattern in _own_school_patterns(identity):
        for m in pattern.finditer(folded):
            # The bare city in "Université de Strasbourg" is not a school when alone.
            if folded[m.start() : m.end()] in city_words:
                continue
            spans.append(Span(m.start(), m.end(), "school"))
    return spans
