"""Contradictions between two values the text states about one thing (issue 21, sixth round):
two places of work, or two pay lines whose amounts do not meet.

- Place: a statement of where the job is (« Poste basé à Lille », « Lieu de travail : Dijon »,
  "The role is based in Leeds", "Job location: York"), never where the company is (a city in
  the company's introduction next to a fully remote job is no contradiction). Each statement
  names a set of places (the capitalised words of its clause: « Lyon ou Grenoble » is a
  choice); two statements whose sets do not meet contradict each other.
- Pay: a pay line (« Salaire : 38 à 42 k€ », "Salary: £30k") gives a range for a period (a
  year, a month, an hour); two lines of the same period whose ranges do not meet contradict
  each other, unless one of them is qualified (a level, a variable part, a Sunday rate...).

Each side is quoted at the later statement. Both are searched only when a cheap ``in`` test
finds their words twice.
"""

import re

from employers.wording.text_words import WordIndex

# the folded text is in lower case: no re.IGNORECASE, which makes re slower
_I = re.NOFLAG

# ------------------------------------------------------------------------------------ places
PLACE_WORDS = ("bas", "lieu", "location", "localis", "situe", "place of work")
_PLACE = re.compile(
    r"\b(?:(?:le\s+|ce\s+|the\s+|this\s+)?(?:postes?|emploi|job|role|position|post)\s+(?:est\s+"
    r"|is\s+)?(?:bas[ée]\w*|situ[ée]\w*|localis[ée]\w*|located)\s+(?:[àa]|au|en|sur|in|at)\b"
    r"|\b(?:vous\s+serez|you(?:'ll|\s+will)\s+be)\s+bas[ée]\S*\s+(?:[àa]|au|en|in|at)\b"
    r"|\blieu\s+(?:de\s+travail|d'exercice|du\s+poste)\s*:?|\b(?:job\s+|work\s+)?location\s*:"
    r"|\bplace\s+of\s+work\s*:?|\blocalisation\s*:)",
    _I,
)
# where a statement's places end: a clause, a bracket, a line
_CLAUSE_END = re.compile(r"[.;\n(|!?]|\s[-–]\s")
_CAPITALISED = re.compile(r"\b[A-ZÀ-Ý][\w'-]+")
# capitalised words that name no town: articles, kinds of site, countries and regions, remote
_NOT_A_PLACE = frozenset(
    """le la les l' the our nos notre un une a an au aux en in at on site siege siège office
    offices bureau bureaux locaux agence hq head centre center city ville campus france europe
    eu ue uk england angleterre ireland irlande germany allemagne spain espagne belgique belgium
    suisse switzerland remote teletravail télétravail hybrid hybride full fully idf
    ile-de-france île-de-france metropole métropole region région""".split()
)


def _places(text: str, start: int) -> set[str]:
    end = _CLAUSE_END.search(text, start)
    clause = text[start : end.start() if end else len(text)]
    return {w.lower() for w in _CAPITALISED.findall(clause)} - _NOT_A_PLACE


def place_contradiction(text: str, index: WordIndex) -> tuple[int, int] | None:
    """The span of a statement of the place of work that no earlier one allows, or None."""
    if index.count(PLACE_WORDS) < 2:
        return None
    folded = index.folded
    found: dict[tuple[int, int], re.Match] = {}
    for at in index.starts(PLACE_WORDS):  # statements begin up to 40 characters before
        for m in _PLACE.finditer(folded, max(0, at - 40), at + 40):
            found.setdefault(m.span(), m)
    statements = []
    for span in sorted(found):
        m = found[span]
        places = _places(text, m.end())
        if places:
            statements.append((m, places))
    for i, (later, places) in enumerate(statements):
        if any(not (places & earlier) for _, earlier in statements[:i]):
            first = _CAPITALISED.search(text, later.end())
            return later.start(), first.end() if first else later.end()
    return None


# --------------------------------------------------------------------------------------- pay
PAY_LABEL_WORDS = ("salai", "remun", "salary", "pay", "compensation", "wage")
_PAY_LINE = re.compile(
    r"\b(?:salaire|r[ée]mun[ée]ration|salary|pay|compensation|wages?)\b(?:\s+(?:range|brut"
    r"|annuel|mensuel|fixe|de\s+base|propos[ée]e?|gross|annual|base|starting|de\s+d[ée]part))*"
    r"\s*(?::|-|–|of|de|is)?\s*",
    _I,
)
_DIGIT = re.compile(r"\d")
# where a pay line's amounts end: a variable part added, a bracket, a clause, a line
_PAY_END = re.compile(r"[+(;\n|]|\.(?:\s|$)")
_NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:[ .,]\d{3})+|\d+(?:[.,]\d{1,2})?)(\s*k\b)?", _I)
# the period a line's figures are for, read in one scan (a month before an hour before a year)
_PERIOD = re.compile(
    r"(?P<month>/\s*mois|par\s+mois|mensuel|per\s+month|a\s+month|/\s*month|sur\s+1[2-4]\s+mois)"
    r"|(?P<hour>/\s*h\b|de\s+l'heure|par\s+heure|horaire|per\s+hour|an\s+hour|/\s*hour)"
    r"|(?P<year>annuel|/\s*an\b|par\s+an\b|per\s+(?:year|annum)|a\s+year|/\s*year|p\.a\.)"
)
# a line about one part of pay, one level or one kind of hours is not the pay of the job
_QUALIFIED = re.compile(
    r"\b(?:junior|senior|confirm\w*|expert|d[ée]butant\w*|lead|stagiaire|apprenti\w*"
    r"|niveau|level|dimanches?|sundays?|nuit|night|f[ée]ri[ée]s?|holidays?|major[ée]\w*"
    r"|overtime|heures\s+sup\w*|jusqu'[àa]|up\s+to|[àa]\s+partir|from|d[èe]s|minimum|min"
    r"|maximum|max|soit|equivalent|[ée]quivalent)\b"
    r"|(?<!no\s)(?<!sans\s)(?<!pas\sde\s)(?<!hors\s)\b(?:ote|on[- ]target|variables?"
    r"|commissions?|bonus|total|primes?|incentives?|package|avec|with|including|incl)\b",
    _I,
)


def _amount(number: str) -> float:
    digits = number.replace(" ", "")
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", digits):
        return float(re.sub(r"[.,]", "", digits))
    return float(digits.replace(",", "."))


def _pay_range(folded: str, start: int) -> tuple[str, float, float, int, int] | None:
    """(period, lowest, highest, end, clause end) of the pay line whose figures begin at
    ``start``: its first 60 characters, where a line gives its figures."""
    stop = _PAY_END.search(folded, start, start + 60)
    end = stop.start() if stop else min(len(folded), start + 60)
    clause = folded[start:end]
    numbers = list(_NUMBER.finditer(clause))[:2]
    if not numbers:
        return None
    thousands = any(n.group(2) for n in numbers)
    values = [
        _amount(n.group(1)) * (1000 if thousands and _amount(n.group(1)) < 1000 else 1)
        for n in numbers
    ]
    said = {m.lastgroup for m in _PERIOD.finditer(clause)}
    if "month" in said:
        period = "month"
    elif "hour" in said:
        period = "hour"
    elif thousands or "year" in said or min(values) >= 10000:
        period = "year"
    elif 1000 <= min(values) < 10000:
        period = "month"
    else:
        return None
    return period, min(values), max(values), start + numbers[-1].end(), end


def _qualified(folded: str, start: int, end: int) -> bool:
    """Whether the pay line from ``start`` to ``end`` (its clause) is about one part of pay,
    one level or one kind of hours, or says so in a bracket after it."""
    if _QUALIFIED.search(folded, start, end):
        return True
    if folded[end : end + 1] == "(":  # what the bracket says of the figure
        close = folded.find(")", end, end + 60)
        return close < 0 or _QUALIFIED.search(folded, end, close) is not None
    return False


def pay_contradiction(index: WordIndex) -> tuple[int, int] | None:
    """The span of a pay line whose amounts no earlier line of the same period meets, or
    None. (Lines are read only once two labels have a figure right after them, and a line is
    checked for a qualifier only when it would contradict another.)"""
    if index.count(PAY_LABEL_WORDS) < 2:
        return None
    folded = index.folded
    labels = []
    for at in index.starts(PAY_LABEL_WORDS):  # a pay line begins at its label
        m = _PAY_LINE.match(folded, at)
        if m is not None and _DIGIT.search(folded, m.end(), m.end() + 30):
            labels.append(m)
    if len(labels) < 2:
        return None
    lines: list[tuple[int, tuple[str, float, float, int, int]]] = []
    plain: dict[int, bool] = {}  # label start -> not qualified, once asked

    def is_plain(start: int, found: tuple[str, float, float, int, int]) -> bool:
        if start not in plain:
            plain[start] = not _qualified(folded, start, found[4])
        return plain[start]

    for m in labels:
        found = _pay_range(folded, m.end())
        if found is None:
            continue
        skip = False
        for start, earlier in list(lines):
            if not _apart(found, earlier):
                continue
            if not is_plain(m.end(), found):
                skip = True
                break
            if not is_plain(start, earlier):
                lines.remove((start, earlier))
                continue
            return m.start(), found[3]
        if not skip:
            lines.append((m.end(), found))
    return None


def _apart(
    one: tuple[str, float, float, int, int], other: tuple[str, float, float, int, int]
) -> bool:
    """Whether two pay lines' ranges do not meet: in the same period, or a month's pay against
    a year's (12 to 14 months' pay: a thirteenth month is common)."""
    (period, low, high, _, _), (p, lo, hi, _, _) = one, other
    if period != p:
        if {period, p} != {"month", "year"}:
            return False
        if period == "month":
            low, high = low * 12, high * 14
        else:
            lo, hi = lo * 12, hi * 14
    return high < lo * 0.99 or hi < low * 0.99
