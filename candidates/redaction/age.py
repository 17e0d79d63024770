"""Ages and dates of birth ("j'ai 34 ans", "né en 1990", "a 31-year-old", "born in 1995")."""

import re

from candidates.redaction.spans import Span
from candidates.redaction.text import Prefiltered, compiled

_MONTHS = (
    r"janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|"
    r"january|february|march|april|may|june|july|august|september|october|november|december|"
    r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_DATE = (
    rf"(?:(?:19|20)\d{{2}}-\d{{1,2}}-\d{{1,2}}|"
    rf"\d{{1,2}}(?:er)?\s+(?:{_MONTHS})\s+(?:19|20)\d{{2}}|\d{{1,2}}[/.\-]\d{{1,2}}[/.\-](?:19|20)?\d{{2}}"
    rf"|(?:{_MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{{2}}|(?:19|20)\d{{2}})"
)
# Years of experience, durations and children's ages are not the candidate's age.
_NOT_AGE_AFTER = (
    r"(?!\s*(?:d'|de\s|dans|en\s|chez|comme|of\s|in\s|at\s|as\s|d'experience|experience))"
)

AGE_PATTERNS = [
    # fr: "j'ai 34 ans", "âgée de 29 ans", "à 35 ans" (reconverted at), ", 23 ans,"
    re.compile(rf"\bj'?ai\s+\d{{1,2}}\s*ans\b{_NOT_AGE_AFTER}"),
    re.compile(rf"\bagee?s?\s+de\s+\d{{1,2}}\s+ans\b{_NOT_AGE_AFTER}"),
    re.compile(rf"(?<=\ba\s)(?<!y\sa\s)\d{{2}}\s+ans\b{_NOT_AGE_AFTER}"),
    # ", 23 ans,", "(31 ans)", "Léna · 36 ans · Dijon", "| 36 ans |": after a separator
    re.compile(rf"(?:(?<=[,—–(·•|]\s)|(?<=\s-\s)|(?<=[,—–(·•|]))\d{{2}}\s*ans\b{_NOT_AGE_AFTER}"),
    re.compile(rf"\bnee?s?\s+(?:en|le|au\s+mois\s+de)\s+{_DATE}"),
    re.compile(rf"\bdate\s+de\s+naissance\s*:?\s*{_DATE}"),
    # en: "35 years old", "a 31-year-old", "I'm 37", "aged 30", "born in 1995"
    re.compile(r"\b\d{1,2}\s*(?:-|\s)\s*years?\s*(?:-|\s)\s*old\b"),
    re.compile(r"\b\d{2}\s*(?:y/o|y\.o\.?|yo|yrs?\.? old)(?![\w/])"),
    # "Âge : 28 ans", "age 36", "mes 30 ans", "I turned 30", "I'll be 40 in May", "28 ans, dev"
    re.compile(r"\bage\s*[:=]?\s*\d{2}(?:\s*(?:ans|years?(?: old)?))?\b"),
    re.compile(r"\bmes \d{2} ans\b"),
    # in words: "I'm thirty-five", "j'ai trente-deux ans", "vingt-huit ans, développeuse"
    re.compile(
        r"(?:\bi'm|\bi am|\bj'ai|\bage[d:]?|^|(?<=[,(—–]\s))\s*(?:twenty|thirty|forty|fifty|sixty|"
        r"vingt|trente|quarante|cinquante|soixante)(?:[- ](?:et[- ])?(?:one|two|three|four|five|"
        r"six|seven|eight|nine|un|deux|trois|quatre|cinq|six|sept|huit|neuf))?"
        r"(?:\s+ans\b|\s+years?\s+old\b|(?=\s*[,.;!]|\s+(?:and|et|years)))"
    ),
    # "j'ai eu 30 ans en mars", "in my early thirties", "la trentaine", "dans la quarantaine"
    re.compile(r"\bj'ai eu\s+\d{2}\s+ans\b(?!\s*(?:d'|de\s))"),
    # "j'ai 35 printemps", "née un 14 juillet, en 89", "born in '89"
    re.compile(r"\bj'ai\s+\d{2}\s+(?:printemps|balais|piges|berges)\b"),
    re.compile(r"\bnee?s?\b[^.!?\n]{0,30}?\ben\s+'?(?:[4-9]\d|0\d)\b(?![\w%,.]\d)"),
    re.compile(r"\bborn\b[^.!?\n]{0,30}?\bin\s+'(?:[4-9]\d|0\d)\b"),
    re.compile(
        r"\bin my (?:early |mid |mid-|late )?(?:twenties|thirties|forties|fifties|sixties)\b"
    ),
    re.compile(
        r"\b(?:j'ai|dans la|approche de la|proche de la|la)\s+(?:petite\s+|jeune\s+)?"
        r"(?:vingtaine|trentaine|quarantaine|cinquantaine|soixantaine)\b(?!\s+d[e'])"
    ),
    re.compile(
        r"\b(?:i |just )?turn(?:ed|ing|s)? \d{2}\b(?!\s*(?:%|percent|minutes|hours|days|ms))"
    ),
    re.compile(r"\b(?:i'll|i will|i'm going to) be \d{2}\b(?!\s*(?:%|minutes|hours|days|mins?\b))"),
    re.compile(rf"(?:^|(?<=[.!?\n]\s)|(?<=\n))\d{{2}}\s*ans\b(?=\s*[,.;—–-]){_NOT_AGE_AFTER}"),
    re.compile(rf"(?<![\w.])b\.\s*{_DATE}"),
    re.compile(
        r"(?:(?<=\bi'm\s)|(?<=\bi\sam\s))\d{2}\b(?!\s*(?:%|years of|years in|years at|\.\d|,\d))"
    ),
    re.compile(r"\baged\s+\d{1,2}\b"),
    re.compile(rf"\bborn\s+(?:(?:in|on)\s+)?{_DATE}"),
    re.compile(rf"\b(?:date of birth|dob)\s*:?\s*{_DATE}"),
]
# Generations and birth years said otherwise: "génération Z", "Gen X", "millennial", "a 1995
# kid", "je suis de 1994", "enfant des années 90", "born in the 90s".
_YEAR = r"(?:19[3-9]\d|200\d|201[0-2])"
_GRAD_YEAR = r"(?:19[5-9]\d|20[0-3]\d)"
_DEGREE = (
    r"(?:bac|baccalaureat|a-levels|high school diploma|brevet|bts|dut|but|licence|master|"
    r"master's|masters|bachelor|bachelor's|phd|doctorat|these|diplome|degree|msc|bsc|mba)"
)
GENERATION_PATTERNS = [
    re.compile(r"\bgeneration\s+(?:[xyz]|alpha|boomers?|millenn?ials?)\b"),
    re.compile(r"\bgen[- ]?[xyz]\b(?!\s*[=(])"),
    re.compile(r"\b(?:millenn?ials?|(?:baby[- ])?boomers?|zoomers?)\b"),
    re.compile(
        rf"\b(?:i'm an?|i am an?|as an?|en tant que|un|une|a|an)\s+{_YEAR}\s+"
        rf"(?:kid|baby|child|enfant|bebe)\b"
    ),
    re.compile(rf"\b{_YEAR}\s+(?:kid|baby)\b"),
    re.compile(r"\b(?:19)?[5-9]0'?s\s+(?:kid|baby|child)\b"),
    re.compile(r"\b(?:kid|child|baby) of the (?:19)?[4-9]0'?s\b"),
    re.compile(rf"(?<=\bje suis )de {_YEAR}\b"),
    re.compile(r"\b(?:i was born|born) in the (?:19)?[4-9]0'?s\b"),
    re.compile(r"\b(?:enfant|bebe|nee?)s? (?:des|dans les) annees (?:19)?[4-9]0\b"),
    re.compile(rf"\bclass of {_YEAR}\b"),
    # The year of a degree tells the age within a year or two: "diplômée en 2012", "graduated
    # from [school] in 2011", "promo 2015", "class of 2019" (see the README, "Anonymity").
    re.compile(
        rf"\b(?:diplomee?s?|graduated|graduating|graduation|obtenu mon diplome|sortie? d'ecole)"
        rf"[^.!?\n]{{0,60}}?\b(?:en|in|in the year|year)\s+(?P<year>{_GRAD_YEAR})\b"
    ),
    re.compile(rf"\b(?:promo(?:tion)?|class of|cohort|cohorte)\s+(?P<year>{_GRAD_YEAR})\b"),
]
_DEGREE_YEARS = [
    # "mon bac en 2009", "my master's in 2014", "licence obtenue en 2012" (not "la branche master
    # in 2015"): a degree that is the writer's, then its year.
    re.compile(
        r"\b(?:mon|ma|my|un|une|a|an|passe|eu|got|earned|completed|finished|did)\s+(?:\w+\s+)?"
        rf"{_DEGREE}(?:\s+\w+){{0,2}}?\s+(?:en|in)\s+(?P<year>{_GRAD_YEAR})\b"
    ),
    re.compile(
        rf"\b{_DEGREE}(?:\s+\w+){{0,2}}?\s+(?:obtenue?s?|obtained|awarded|earned)\s+(?:en|in)\s+"
        rf"(?P<year>{_GRAD_YEAR})\b"
    ),
]
# A year in brackets after the name on an author line: "# Auteur : Hugo (1999)".
_AUTHOR_YEAR = re.compile(
    rf"(?:auteure?|author|ecrit par|written by|code par|coded by|par|by|made by|fait par)\b"
    rf"[^\n()]{{0,40}}\((?P<year>{_YEAR})\)"
)

# "described by Turner (1986)", "proposé par Lamport (1978)": a citation, the year of a work.
_CITED_BEFORE = re.compile(
    r"(?:described|proposed|introduced|defined|invented|published|designed|popularised|"
    r"popularized|formalised|formalized|discovered|decrit|decrite|propose|proposee|introduit|"
    r"introduite|defini|definie|invente|inventee|publie|publiee|formalise|formalisee|"
    r"popularise|popularisee|conçu|concu|concue)e?s?\s+(?:first\s+|initially\s+)?(?:by|par)\b"
)

# A word every match holds, for the patterns that start with a number or a look-behind (the
# others are found by their own leading word); see ``Prefiltered``.
_KEYS = [
    (
        r"(?:\bi'm|\bi am|\bj'ai|\bage",
        (
            "twenty",
            "thirty",
            "forty",
            "fifty",
            "sixty",
            "vingt",
            "trente",
            "quarante",
            "cinquante",
            "soixante",
        ),
    ),
    (r"(?<=\ba\s)", ("ans",)),
    (r"(?:(?<=[,—–(·•|]\s)", ("ans",)),
    (r"\bnee?s?\s+(?:en|le", ("ne",)),
    (r"\b\d{1,2}\s*(?:-|\s)\s*years?", ("old",)),
    (r"\b\d{2}\s*(?:y/o", ("y/o", "y.o", "yo", "yr")),
    (r"\b(?:i |just )?turn", ("turn",)),
    (r"\b(?:i'll|i will", ("be ",)),
    (r"(?:^|(?<=[.!?\n]\s)", ("ans",)),
    (r"(?<![\w.])b\.", ("b.",)),
    (r"(?:(?<=\bi'm\s)", ("i'm", "i am")),
    (r"\b(?:millenn?ials?", ("millen", "boomer", "zoomer")),
    (r"\b(?:i'm an?|i am an?", ("kid", "baby", "child", "enfant", "bebe")),
    (r"\b(?:19[3-9]\d|200\d|201[0-2])\s+(?:kid", ("kid", "baby")),
    (r"\b(?:19)?[5-9]0'?s", ("kid", "baby", "child")),
    (r"(?<=\bje suis )de", ("je suis de",)),
    (r"\b(?:i was born|born) in the", ("born",)),
    (r"\b(?:enfant|bebe|nee?)s? (?:des", ("annees",)),
    (r"\b(?:diplomee?s?|graduated", ("diplom", "graduat", "sorti")),
    (r"\b(?:promo(?:tion)?|class of", ("promo", "class of", "cohort")),
    (r"\bj'ai eu", ("j'ai eu",)),
    (r"\bj'ai\s+\d{2}\s+(?:printemps", ("printemps", "balais", "piges", "berges")),
    (r"\bnee?s?\b[^", (" ne ", " nee ", " nes ", " nees ", "\nne ", "\nnee ")),
    (r"\bin my (?:early", ("in my",)),
    (r"\b(?:j'ai|dans la|approche", ("aine",)),
    (
        r"\b(?:bac|baccalaureat",
        (
            "bac",
            "a-level",
            "high school",
            "lycee",
            "brevet",
            "bts",
            "dut",
            "but",
            "licence",
            "master",
            "bachelor",
            "phd",
            "doctorat",
            "these",
            "diplome",
            "degree",
            "msc",
            "bsc",
            "mba",
        ),
    ),
]


def _keyed(pattern: str):
    for start, keys in _KEYS:
        if pattern.startswith(start):
            return (keys, pattern)
    return pattern


_ALL_AGES = Prefiltered([_keyed(r.pattern) for r in AGE_PATTERNS + GENERATION_PATTERNS])
_BIRTH_CUE = re.compile(
    r"(?:\bi'm|\bi am|\bje suis|\bauteure?|\bauthor|\bnee?|\bborn|\bnaissance|\bbirth\w*|"
    r"\bage|\bannee|\byear|\bme\b|\bmoi\b|[—–]|,)\W{0,3}(?:\w+\W+){0,2}$"
)

# "I'm Tom, Irish, 35, living in Dublin": a bare two-digit number in a self-introduction.
_INTRO = re.compile(r"\b(?:i'm|i am|je suis|je m'appelle|my name is)\b[^.!?\n]*")
_BARE_AGE = re.compile(r"(?<=,\s)(?:1[6-9]|[2-6]\d)(?=\s*,)")


# "Petit résumé : 42 ans, ancienne infirmière", "Je suis en reconversion : 37 ans, ancien
# comptable", "About me: 51, former teacher": an age opening a self-description after a colon,
# told by the label (about the writer) or by what follows (what the writer was or is).
_COLON_AGE = re.compile(
    r":[ \t]*(?P<n>1[6-9]|[2-7]\d)(?P<unit>[ \t]*(?:ans|years? old|yo))?(?=[ \t]*,)"
)
# A bare number needs both a label about the writer and what the writer was after it.
_ABOUT_LABEL = re.compile(
    r"\b(?:moi|about me|a propos|bio|profil\w*|en bref|resume|summary|quick intro|in short|"
    r"age|intro)\b"
)
_SELF_LABEL = re.compile(
    r"\b(?:moi|je|j'|reconversion|profil|propos|resume|bref|about|bio|presentation|age|me|"
    r"myself|summary|quick intro|in short|intro)\b"
)
_NOT_AGE_LABEL = re.compile(
    r"\b(?:duree|experience|anciennete|retention|garantie|delai|timeout|retries|limite|limit|"
    r"duration|warranty|retention|conservation|periode|period|version|taille|size)\b"
)
_PERSON_AFTER = re.compile(
    r",[ \t]*(?:ancien\w*|ex-?\w+|former|reconverti\w*|maman|papa|mere|pere|mother|father|dad|"
    r"mum|mom|etudiant\w*|student|autodidacte|self-taught|passionne\w*|marie\w*|married|"
    r"celibataire|single)\b"
)


def _colon_ages(folded: str) -> list[Span]:
    spans = []
    for m in _COLON_AGE.finditer(folded):
        start = max(folded.rfind(c, 0, m.start()) for c in ".!?\n") + 1
        label = folded[start : m.start()]
        if _NOT_AGE_LABEL.search(label):
            continue
        person_after = _PERSON_AFTER.match(folded, m.end())
        if m.group("unit"):
            about = _SELF_LABEL.search(label) or person_after
        else:
            about = _ABOUT_LABEL.search(label) and person_after
        if about:
            spans.append(Span(m.start("n"), m.end(), "age"))
    return spans


def find_ages(folded: str, birth_year: int | None = None) -> list[Span]:
    spans = _colon_ages(folded) if ":" in folded else []
    for regex in _DEGREE_YEARS:
        spans += [Span(m.start("year"), m.end("year"), "age") for m in regex.finditer(folded)]
    for m in _ALL_AGES.finditer(folded):
        year = "year" in m.re.groupindex and m.group("year")
        start, end = (m.start("year"), m.end("year")) if year else m.span()
        spans.append(Span(start, end, "age"))
    spans += [
        Span(m.start("year"), m.end("year"), "age")
        for m in _AUTHOR_YEAR.finditer(folded)
        if not _CITED_BEFORE.search(folded, max(0, m.start() - 30), m.start() + 3)
    ]
    if birth_year:
        # The candidate's own birth year as a year on its own ("(1999)", "— 1999", "1999 kid"),
        # not inside a date, a version or a longer number.
        year = re.escape(str(birth_year))
        for m in re.finditer(rf"(?<![\w.\-/:]){year}(?![\w\-/:]|\.\S|,\s*\d)", folded):
            head = folded[max(0, m.start() - 40) : m.start()]
            if folded[m.start() - 1 : m.start()] == "(" or _BIRTH_CUE.search(head):
                spans.append(Span(m.start(), m.end(), "age"))
        # A whole date in the birth year is the date of birth: "03/03/1991", "3 mars 1991".
        for m in compiled(
            rf"(?<![\w/.\-])(?:\d{{1,2}}[/.\-]\d{{1,2}}[/.\-]|\d{{1,2}}(?:er|st|nd|rd|th)?\s+"
            rf"(?:{_MONTHS})\.?\s+|(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+){year}(?![\w/])"
        ).finditer(folded):
            spans.append(Span(m.start(), m.end(), "age"))
    for intro in _INTRO.finditer(folded):
        for m in _BARE_AGE.finditer(folded, intro.start(), intro.end()):
            spans.append(Span(m.start(), m.end(), "age"))
    spans += [Span(m.start("n"), m.end("n"), "age") for m in _AGE_THEN.finditer(folded)]
    for regex in _SCHOOL_YEAR + _SPACED_BIRTH_YEAR:
        spans += [Span(m.start("y"), m.end("y"), "age") for m in regex.finditer(folded)]
    return spans


# An age at a moment of one's life (round 6): "I was nineteen", "j'avais 12 ans", "I'd just
# turned 16".
_WORD_NUMBER = (
    r"(?:\d{1,2}|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty(?:[- ]\w+)?|thirty(?:[- ]\w+)?|cinq|six|sept|huit|neuf|"
    r"dix(?:-\w+)?|onze|douze|treize|quatorze|quinze|seize|vingt(?:[- ]\w+)?|trente(?:[- ]\w+)?)"
)
# What a number after "I was", « j'avais » or "at" counts when it is no age: "I was 3 days
# late", « j'avais 5 tickets en attente », "left at 5 pm", « à 9 h », "20 % over budget".
NOT_AN_AGE_AFTER = (
    r"(?!\d|[.,]\d|\s*%|\s*(?:minutes?|mins?|hours?|hrs?|heures?|h|days?|jours?|weeks?|semaines?|"
    r"months?|mois|sprints?|people|personnes|persons?|points?|pts|tickets?|bugs?|tasks?|taches?|"
    r"times|fois|steps?|etapes?|am|pm|a\.m|p\.m|o'clock|percent|pour ?cent|euros?|dollars?|k)\b)"
)
_AGE_THEN = re.compile(
    rf"\b(?:i was|i was only|i was just|i'd just turned|i had just turned|j'avais|je n'avais que|"
    rf"je venais d'avoir)\s+(?P<n>{_WORD_NUMBER})(?![\w\-])(?:\s+(?:years old|ans))?"
    rf"{NOT_AN_AGE_AFTER}(?!\s*(?:in|on|at|of|de|du|sur)\b)"
)
# A year of one's schooling: "en 1989 au lycée", "in 2004 at secondary school", "au collège en
# 1998".
_SCHOOLING = (
    r"(?:au lycee|au college|en terminale|en seconde|en premiere|en prepa|a la fac|a l'ecole|"
    r"en primaire|at (?:high |secondary |primary )?school|in sixth form|in high school|"
    r"at sixth form|in year \d+|at uni|in college)"
)
_SCHOOL_YEAR = (
    re.compile(rf"\b(?:en|in)\s+(?P<y>(?:19|20)\d\d),?\s+{_SCHOOLING}\b"),
    re.compile(rf"{_SCHOOLING},?\s+(?:en|in)\s+(?P<y>(?:19|20)\d\d)\b"),
)
# A birth year written digit by digit beside a birth cue: "2 0 0 0 (année de naissance)".
_SPACED = r"(?P<y>\b(?:1 9|2 0) \d \d\b)"
_SPACED_BIRTH_YEAR = (
    re.compile(rf"{_SPACED}(?=[^\n]{{0,20}}(?:naissance|birth|ne en|nee en|born))"),
    re.compile(rf"(?:naissance|birth year|year of birth|\bnee? en|born in)\W{{0,5}}{_SPACED}"),
)


# --- Dates of birth in code -------------------------------------------------------------------

_BIRTH_WORD = r"(?:birth|naissance|dob|bday|anniversaire|ddn|born)"
_BIRTH_LINE = re.compile(
    r"date de naissance|naissance|birth ?date|birthday|date of birth|\bdob\b|\bnee? le\b|"
    r"\bborn on\b|\banniversaire\b"
)
_STRING_DATE = re.compile(
    r"(?P<q>[\"'`])(?P<date>(?:19[3-9]\d|200\d|201[0-2])-\d{1,2}-\d{1,2}|"
    r"\d{1,2}[/.]\d{1,2}[/.](?:19[3-9]\d|200\d|201[0-2]))(?P=q)"
)
_CALL_DATE = re.compile(
    r"(?:date|datetime|LocalDate\.of|new Date|Date\.new|DateTime|make_date|time\.Date)\s*\(\s*"
    r"(?P<date>(?:19[3-9]\d|200\d|201[0-2])\s*,\s*\d{1,2}\s*,\s*\d{1,2})",
    re.IGNORECASE,
)
_ASSIGNED = re.compile(
    rf"(?<![\w\"'`])[\"'`]?\w*{_BIRTH_WORD}\w*[\"'`]?\s*(?::=|=>|:|=)\s*",
    re.IGNORECASE,
)
# "$age = 28; // mon âge": an age given as a value, said to be the writer's on that line.
_AGE_ASSIGNED = re.compile(
    r"\b\w*age\w*['\"]?\s*(?::=|=>|=|:)\s*(?P<n>\d{2})\b(?=[^\n]*(?:mon age|my age|my own age|"
    r"j'ai \d{2} ans|i'm \d{2}|moi\b))"
)
# "#define AUTHOR_AGE 30", "MY_AGE = 27", "author_age: 41": the writer's own age as a constant.
_OWN_AGE_CONSTANT = re.compile(
    r"\b(?:author|auteure?|autrice|my|mon|candidate?|owner|dev|developer|developpeur|me)_?age\b"
    r"['\"]?\s*(?::=|=>|=|:|\s)\s*(?P<n>\d{2})\b"
)
_INSERT = re.compile(
    r"insert\s+into\s+[\w.\"`]+\s*\((?P<cols>[^)]*)\)\s*values\s*(?P<rows>(?:\([^;]*?\)\s*,?\s*)+)",
    re.IGNORECASE,
)
_SQL_VALUE = re.compile(r"'(?:[^']|'')*'|[^,()\s][^,()]*")


def _date_literals(code: str, start: int, end: int) -> list[Span]:
    spans = []
    for m in _STRING_DATE.finditer(code, start, end):
        spans.append(Span(m.start("date"), m.end("date"), "age"))
    for m in _CALL_DATE.finditer(code, start, end):
        spans.append(Span(m.start("date"), m.end("date"), "number", anywhere=True))
    return spans


def find_birth_dates_in_code(code: str, folded: str, birth_year: int | None = None) -> list[Span]:
    """A date of birth written as data: ``birth_date = '1994-10-30'``, a VALUES row of a
    ``birth_date`` column, ``date(1989, 6, 30)`` under "# ma date de naissance"."""
    spans = []
    for m in _BIRTH_LINE.finditer(folded):
        line_start = folded.rfind("\n", 0, m.start()) + 1
        end = line_start
        for _ in range(3):  # this line and the next two
            nxt = folded.find("\n", end + 1)
            end = len(folded) if nxt < 0 else nxt
        spans += _date_literals(code, m.end(), end)
    if birth_year:  # "const year = 1996;" signing the code with the birth year
        assigned = rf"\b\w*(?:year|annee|birth|naissance)\w*\s*(?::=|=|:)\s*(?P<n>{birth_year})\b"
        for m in compiled(assigned).finditer(folded):
            spans.append(Span(m.start("n"), m.end("n"), "number", anywhere=True))
    for m in _OWN_AGE_CONSTANT.finditer(folded):
        spans.append(Span(m.start("n"), m.end("n"), "number", anywhere=True))
    for m in _AGE_ASSIGNED.finditer(folded):
        spans.append(Span(m.start("n"), m.end("n"), "number", anywhere=True))
    for m in _ASSIGNED.finditer(code):
        spans += [s for s in _date_literals(code, m.end(), m.end() + 40) if s.start < m.end() + 22]
    for m in _INSERT.finditer(code):
        columns = [c.strip().strip('"`').lower() for c in m.group("cols").split(",")]
        wanted = {i for i, c in enumerate(columns) if re.search(_BIRTH_WORD, c)}
        if not wanted:
            continue
        for row in re.finditer(r"\(([^()]*(?:\([^()]*\)[^()]*)*)\)", m.group("rows")):
            base = m.start("rows") + row.start(1)
            for i, value in enumerate(_SQL_VALUE.finditer(row.group(1))):
                if i in wanted and value.group().startswith("'"):
                    spans.append(Span(base + value.start() + 1, base + value.end() - 1, "age"))
                elif i in wanted and re.fullmatch(r"(?:19|20)\d\d", value.group().strip()):
                    # a birth year as a bare number: "VALUES (…, 1995)" -> "VALUES (…, 0)"
                    at = base + value.start() + value.group().index(value.group().strip())
                    spans.append(Span(at, at + 4, "number", anywhere=True))
    # "('Marie', 'Curie', '1867-11-07')": a date no candidate alive could be born on is data
    return [s for s in spans if not _HISTORICAL_YEAR.search(code, s.start, s.end)]


_HISTORICAL_YEAR = re.compile(r"(?<!\d)(?:1[0-8]\d\d|19[01]\d|192[0-4])(?!\d)")
