"""Background that narrows a candidate down: former employers, where one is from.

Two classes of writing that name no person and still identify one:

- a **former employer** named in the writer's own career story ("3 ans chez Boiron",
  "Passée par Michelin", "Ancien de La Redoute", "Previously at Deezer (4 years)", "At Criteo,
  where I spent 5 years"): the organisation is redacted when the clause also speaks of working,
  a duration or a role; a host or a client ("hébergé chez Scaleway", "un projet avec Airbus") has
  no such cue and stays;
- **where one is from said without the city**: a demonym ("lilloise", "Roubaisien", "une agence
  grenobloise", "Lorrain d'adoption"), a region or territory ("la Côte d'Azur", "la Collectivité
  de Corse"), a regional language one speaks ("bretonnante", "je parle alsacien", "speaks
  Tahitian").
"""

import re
from functools import cache

from candidates.redaction.lexicon import DATA_DIR, common_words, tech_words
from candidates.redaction.spans import Span
from candidates.redaction.text import fold, sentence_around

_CAP = r"[A-ZÀ-ÖØ-Þ]"
# An organisation: one to three capitalised words ("Orange Labs", "Dassault Systèmes",
# "Ubisoft Annecy"), a lower-case tail inside a word allowed ("OVHcloud", "Cdiscount").
_ORG = (
    rf"{_CAP}[\w&'’.\-]*[\w&](?:\s+{_CAP}[\w&'’\-]*[\w&]){{0,2}}"
    r"(?:\s+(?:plc|ltd|inc|llc|sas|sa|gmbh|ag|bv)\b\.?)?"
    rf"|{_CAP}"
)
_ARTICLE = r"(?:(?:la|le|les|the)\s+|l['’]\s*)?"

_FR_AT = re.compile(
    rf"(?<![\w])(?i:chez|pour|(?:pass(?:é|ée|és|ées|ee|ees)|suis\s+passe)\s+par|ancien(?:ne)?s?\s+(?:de|d['’]|chez)|"
    rf"stage\s+chez|stagiaire\s+chez|alternan\w+\s+chez)\s+{_ARTICLE}(?P<org>{_ORG})"
)
_EN_AT = re.compile(rf"(?<![\w])(?i:at|for|joined)\s+(?:the\s+)?(?P<org>{_ORG})")
# Cues in the same sentence that make the organisation an employer of the writer.
_WORK_CUE = re.compile(
    r"\b(?:travaill\w*|bosse\w*|boss[eé]\w*|pass[eé]e?s?|stage\w*|stagiaire|alternan\w+|apprenti\w*|"
    r"ans|mois|annees|etais|ete|ancien\w*|cdi|cdd|poste|embauch\w*|salarie\w*|equipe|dsi|"
    r"freelance|mission|experience\w*|"
    r"work|worked|working|spent|years?|months?|team|previously|former\w*|intern\w*|was|"
    r"joined|employed|job|role|position|last \d+)\b"
)
_NOT_ORG = frozenset(
    fold(w)
    for w in (
        "moi toi lui nous vous eux elle elles soi me you us him her them it i my our your "
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday lundi mardi mercredi jeudi "
        "vendredi samedi dimanche January February March April May June July August September "
        "October November December janvier fevrier mars avril mai juin juillet aout septembre "
        "octobre novembre decembre Noël Christmas Easter Pâques least most first last this that "
        "All Any Some Each Every Tout Tous Toute Toutes Le La Les Un Une Des"
    ).split()
)


# Broader cues for "chez X" / "at X": the writer's role or what they did there ("lead chez
# Matmut", "Côté pro : développeur Django chez Naval Group", "on the night shift at Admiral",
# "at HSBC UK I mentored four juniors", "j'ai eu ce cas en prod chez Michelin").
_ROLE_CUE = re.compile(
    r"\b(?:prod|production|lead|manag\w*|develop\w*|developpeu\w*|ingenieu\w*|dev|devops|"
    r"engineer\w*|consultant\w*|mentor\w*|shifts?|commence\w*|debut\w*|tuteur|tutrice|"
    r"cote pro|cto|chef|analyst\w*|designer|anime\w*|junior\w*|senior\w*|stagiaire|"
    r"collegues?|colleagues?|coworkers?|manager|boss|client\w*|gene\w*|servi|appris|"
    r"learn\w*|learnt|built|shipped|ran|coach\w*|now|currently|actuellement|aujourd'hui|today)\b"
)
# The writer speaks of themself in the sentence.
_FIRST_PERSON = re.compile(r"(?<![\w'’])(?:j['’]|je|m['’]|me|mon|ma|mes|moi|i|i'm|i've|my|me)\b")
# Hosting, buying, a client: "hébergé chez Scaleway", "commandé chez Darty", "images at Quay".
_NOT_WORK = re.compile(
    r"\b(?:heberg\w*|host\w*|replique|replica\w*|achet\w*|command\w*|abonn\w*|"
    r"deploy\w*|deplo\w*|mirror\w*|bought|ordered|buy|shop\w*|domaine|domain|bank\w*)\b"
)
# "puis Bolloré pendant 7 ans", "then Sopra Steria for six years": an organisation and a time.
_ORG_FOR_A_TIME = re.compile(
    rf"(?<![\w\-])(?P<org>{_ORG})\s+(?i:pendant|durant|for)\s+(?:\d+|un|une|deux|trois|quatre|"
    r"cinq|six|sept|huit|neuf|dix|one|two|three|four|five|six|seven|eight|nine|ten|plus de|"
    r"over|almost|presque)\s*(?i:ans?|années?|mois|years?|months?)\b"
)
# "Développeuse back-end (Brindor, 3 ans)", "(Quillon, 2 years)": an organisation and the time
# the writer spent there, in brackets.
_ORG_AND_TIME = re.compile(
    rf"\((?P<org>{_ORG})\s*,\s*(?:\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|one|"
    r"two|three|four|five|six|seven|eight|nine|ten)\s*(?i:ans?|années?|mois|years?|yrs?|months?)"
    r"\s*\)"
)
# "l'app de Dijon Céréales", "les comptes de Airbus", "le Slack de Cdiscount": something of the
# organisation the writer worked on, in a sentence where the writer speaks.
_ORG_THING = re.compile(
    r"(?<![\w])(?i:l['’]\s*app(?:li(?:cation)?)?|l['’]\s*appli|le\s+site|les\s+comptes|le\s+compte|"
    r"le\s+SI|la\s+plateforme|le\s+Slack|le\s+Teams|l['’]\s*intranet|l['’]\s*[ée]quipe|"
    r"les\s+[ée]quipes|la\s+DSI)\s+(?i:de|d['’]|du|des)\s*"
    rf"{_ARTICLE}(?P<org>{_ORG})"
)

_PLACE_BEFORE = re.compile(r"(?:\b(?:a|au|aux|en|in|dans|vers|near|from|de|d')\s+|d')$")


_TECH_BEFORE = re.compile(r"(?<![\w.])(?P<w>[a-z][\w+#.\-]*)\s*(?:,|/|&|\+|\band|\bet)\s*$")
_TECH_AFTER = re.compile(r"\s*(?:,|/|&|\+|and\b|et\b)\s*(?P<w>[a-z][\w+#\-]*)")


def _beside_technology(folded: str, start: int, end: int) -> bool:
    """The name is coordinated with a technology ("Python, Airflow et Looker Studio")."""
    before = _TECH_BEFORE.search(folded, max(0, start - 30), start)
    after = _TECH_AFTER.match(folded, end)
    return any(m and m.group("w").strip(".") in tech_words() for m in (before, after))


def find_employers(text: str, folded: str) -> list[Span]:
    spans = []
    regexes = [_FR_AT, _EN_AT, _ORG_FOR_A_TIME, _ORG_THING, _ORG_AND_TIME]
    if re.search(r",\s*(?:j['’]|je\s|nous\s|i\s)", folded):
        regexes.append(_AT_ORG_THEN_I)  # "À X, j'étais …"
    for regex in regexes:
        for m in regex.finditer(text):
            org = m.group("org")
            head = fold(org.split()[0].strip("'’.-"))
            if " " not in org and (head in _NOT_ORG or head in tech_words()):
                continue
            if _beside_technology(folded, m.start("org"), m.end("org")):
                continue  # "SQL and Looker Studio for two years": a tool among tools
            start, end = sentence_around(folded, m.start(), ".!?;\n")
            if regex is _FR_AT or regex is _EN_AT:
                cue = m.group().split()[0].lower()
                if _CITED_SYSTEM.search(folded, max(0, m.start() - 40), m.start()):
                    continue  # "comme Spanner chez Google": a system and its maker
                if not _WORK_CUE.search(folded, start, end) and not (
                    cue in ("chez", "at")
                    and (
                        _works_there(folded, start, end, french=cue == "chez")
                        or _told_before(folded, start, end)
                    )
                ):
                    continue
            elif regex is _ORG_THING and not _FIRST_PERSON.search(folded, start, end):
                continue
            elif regex is _ORG_FOR_A_TIME and _PLACE_BEFORE.search(folded, 0, m.start()):
                continue  # "un client à Lyon pendant 2 ans": a town, not an employer
            # "at Google Cloud Next", "chez Auchan à la DSI": only the capitalised name.
            spans.append(Span(m.start("org"), m.end("org"), "employer"))
    for m in _EMPLOYER_SAID.finditer(text):
        group = "ex" if m.group("ex") else "org"
        org = m.group(group)
        if not _JOB_WORD.search(org) and fold(org.split()[0]) not in tech_words() | _NOT_ORG:
            spans.append(Span(m.start(group), m.end(group), "employer"))
    for m in _ORG_YEARS_ROLE.finditer(text):
        words = {fold(w) for w in re.findall(r"\w+", m.group("org"))}
        if _JOB_WORD.search(m.group("role")) and not words & tech_words():
            if not _STUDIES.search(m.group("org")):
                spans.append(Span(m.start("org"), m.end("org"), "employer"))
    return spans + _listed_employers(text) + _work_directories(text)


# A line listing one's former employers under a label: "Avant : X (3 ans), Y (2 ans).",
# "- Previous: X, Y", "Anciens employeurs : X et Y". Labels that also head skills or studies
# ("Parcours", "Expériences") need a duration or a contract beside one of the names.
_LIST_LABEL = re.compile(
    r"(?im)^[ \t\-*•]*(?P<label>avant|auparavant|pr[ée]c[ée]demment|anciens?\s+employeurs?|"
    r"employeurs?(?:\s+pr[ée]c[ée]dents?)?|previous(?:ly)?|past\s+employers?|"
    r"former\s+employers?|previous\s+employers?|employers?|work\s+history|worked\s+at|"
    r"(?P<loose>parcours(?:\s+pro\w*)?|exp[ée]riences?(?:\s+pro\w*)?|experience))"
    r"[ \t]*:[ \t]*(?P<list>[^\n]+)"
)
_LIST_SPLIT = re.compile(r"\s*(?:[,;/]|\bpuis\b|\bthen\b|\bet\b|\band\b|&)\s*")
_DURATION = re.compile(
    r"\(\s*[^()]*?(?:\d+\s*(?:ans?|années?|mois|years?|months?|yrs?)|cdi|cdd|stage|alternance|"
    r"intern\w*|freelance)[^()]*\)",
    re.IGNORECASE,
)
_ITEM = re.compile(
    rf"(?P<org>{_CAP}[\w&'’.\-]*(?:\s+{_CAP}[\w&'’\-]*){{0,3}})\s*(?:\([^()]*\))?\s*\.?$"
)
_STUDIES = re.compile(
    r"\b(?:bac|bts|dut|but|licence|master|mba|bachelor|msc|bsc|phd|doctorat|iut|universit\w*|"
    r"[ée]cole|school|lyc[ée]e|college|dipl[ôo]me\w*|degree)\b",
    re.IGNORECASE,
)


# "Previously: Senior Engineer, Tech Lead": roles, not employers.
_JOB_WORD = re.compile(
    r"(?i:\b(?:engineer|developer|dev|lead|manager|head|director|architect|consultant|analyst|"
    r"designer|intern|cto|ceo|founder|freelance|d[ée]veloppeu\w*|ing[ée]nieu\w*|chef|"
    r"responsable|directeur|directrice|stagiaire|alternant\w*|architecte|d[ée]veloppeur)\b)"
)


def _items(line: str, offset: int) -> list[tuple[int, str]]:
    """The items of a list line with their offsets, split outside brackets."""
    items, start, depth = [], 0, 0
    cuts = [(m.start(), m.end()) for m in _LIST_SPLIT.finditer(line)]
    for i, char in enumerate(line):
        depth += char == "("
        depth -= char == ")" and depth > 0
        if depth == 0 and cuts and cuts[0][0] == i:
            items.append((offset + start, line[start:i]))
            start = cuts[0][1]
        while cuts and cuts[0][0] <= i:
            cuts.pop(0)
    items.append((offset + start, line[start:]))
    return [(at, piece.rstrip(" .!")) for at, piece in items if piece.strip(" .!")]


def _listed_employers(text: str) -> list[Span]:
    spans = []
    for m in _LIST_LABEL.finditer(text):
        items = _items(m.group("list"), m.start("list"))
        found: list[tuple[int, int, bool]] = []
        for start, piece in items:
            item = _ITEM.match(piece)
            words = [fold(w) for w in re.findall(r"[\w]+", piece.split("(")[0])]
            if (
                not item
                or _STUDIES.search(piece)
                or _JOB_WORD.search(piece)
                or any(w in tech_words() for w in words)
            ):
                found = []
                break
            if words[0] in _NOT_ORG or len(words) == 1 and words[0] in common_words():
                found = []
                break
            found.append((start, start + item.end("org"), bool(_DURATION.search(piece))))
        if m.group("loose") and not any(timed for _, _, timed in found):
            continue
        spans += [Span(start, end, "employer") for start, end, _ in found]
    return spans


# "alias work='cd ~/dev/Norvalia-api'", "WORK_DIR=$HOME/src/Omnivor": the project directory of
# one's work alias or variable, a capitalised folder name, is the employer's.
_WORK_PATH = re.compile(
    r"(?i:\balias\s+(?:work|boulot|taf|job|travail|taff|pro|bureau|office)\s*=|"
    r"\b(?:work|job|boulot|taf|travail|office)_?(?:dir|home|path|root|space|src|repo)\w*\s*[=:])"
    r"\s*(?P<value>[\"']?[^\n\"']+)"
)
_FOLDER_NAME = re.compile(rf"(?<=[/\\])(?P<org>{_CAP}[\w&]*(?:[ \-]{_CAP}[\w&]*)*)(?=[/\-_. \\]|$)")
_COMMON_FOLDERS = frozenset(
    "documents desktop bureau projects projets projet dev src code work workspace repos git home "
    "users downloads telechargements library applications".split()
)


def _work_directories(text: str) -> list[Span]:
    spans = []
    for m in _WORK_PATH.finditer(text):
        value = m.group("value")
        for f in _FOLDER_NAME.finditer(value):
            words = [fold(w) for w in re.findall(r"\w+", f.group("org"))]
            if words[0] in _COMMON_FOLDERS or any(w in tech_words() for w in words):
                continue
            start = m.start("value") + f.start("org")
            spans.append(Span(start, start + len(f.group("org")), "employer"))
    return spans


def _works_there(folded: str, start: int, end: int, *, french: bool) -> bool:
    """ "chez X" in a sentence where the writer speaks ("ça m'a servi chez Crédit Mutuel"), "at X"
    with what they did there ("at HSBC UK I mentored"); never a host, a shop or a mirror."""
    if _NOT_WORK.search(folded, start, end):
        return False
    if french:
        return bool(
            _FIRST_PERSON.search(folded, start, end) or _ROLE_CUE.search(folded, start, end)
        )
    return bool(_ROLE_CUE.search(folded, start, end) or _AT_ORG_I.search(folded, start, end))


# "comme Spanner chez Google", "like Borg at Google": a system named with the firm that made it.
# "Ex-Brindor, …", "Mon dernier employeur, Tessalia, …", "My previous employer (Quillon)": the
# organisation by what it was to the writer.
_EMPLOYER_SAID = re.compile(
    rf"(?<![\w\-])(?:[Ee]x-(?P<ex>{_ORG})"
    r"|(?i:(?:mon|ma|my|our|notre)\s+(?:(?:dernier|derni[èe]re|ancien(?:ne)?|pr[ée]c[ée]dent[e]?|"
    r"previous|former|last|old|current|actuel(?:le)?)\s+)?(?:employeur|employer|bo[îi]te|"
    r"entreprise|company|soci[ée]t[ée]|workplace))"
    rf"\s*[,(:]?\s*{_ARTICLE}(?P<org>{_ORG}))"
)
# "Omnivor (2019–2022) : développeuse backend": a line opening with an organisation, its years
# and the writer's role there.
_ORG_YEARS_ROLE = re.compile(
    rf"(?m)^[ \t\-*•]*(?P<org>{_ORG})\s*\(\s*(?:19|20)\d\d\s*[-–—]\s*(?:(?:19|20)?\d\d|"
    r"aujourd'hui|today|present|now|auj\.?)\s*\)\s*[:–—\-|,]\s*(?P<role>[^\n]{2,60})"
)
_CITED_SYSTEM = re.compile(r"\b(?:comme|like|such as|tel(?:le)?s? que|a la)\s+[\w\-]+\s+$")
# "À Brindor, j'étais responsable…", "At Quillon, I was…": where, then what the writer did.
_AT_ORG_THEN_I = re.compile(
    rf"(?<![\w])(?:À|A|à|a|Au|au)\s+(?P<org>{_ORG})\s*,\s*"
    r"(?i:j['’](?:étais|etais|ai\s+été|ai\s+ete|occupais|avais|ai\s+(?:\w+é|appris|fait|mis))|"
    r"je\s+(?:travaillais|gérais|gerais|m['’]occupais|faisais|dirigeais|codais|développais|"
    r"developpais|suis\s+rest[ée]e?)|nous\s+(?:étions|etions|avions))\b"
)
# "C'était chez X", "That was at X": an anecdote whose first sentence has the writer in it.
_THAT_WAS = re.compile(
    r"\s*(?:c'etait|c'est|ca s'est passe|ca se passait|that was|it was|this was|it happened)\b"
)


def _told_before(folded: str, start: int, end: int) -> bool:
    """ "… un vendredi soir. C'était chez X": the sentence opens an anecdote's second part and
    the writer speaks in the sentence before; never a host, a shop or a mirror."""
    if not _THAT_WAS.match(folded, start) or _NOT_WORK.search(folded, start, end):
        return False
    previous = sentence_around(folded, max(0, start - 2), ".!?;\n")
    return previous[0] < start and bool(_FIRST_PERSON.search(folded, *previous))


# "At Ocado I coached…", "at Medtronic we rebuilt…": what the writer did at the organisation.
_AT_ORG_I = re.compile(r"\bat\s+[\w&'’.\- ]{2,40}?,?\s+(?:i|we)\s+[a-z]+ed\b")


def employers_named(text: str) -> list[str]:
    """The former employers the writer names in `text` (their career story), as written."""
    if not text:
        return []
    return list(dict.fromkeys(text[s.start : s.end] for s in find_employers(text, fold(text))))


def find_known_employers(folded: str, employers: str | None) -> list[Span]:
    """Every mention of an employer the candidate named in their career story (one a line in
    `employers`), with or without a work cue: « Chez Capgemini à Grigny, j'ai… » in a written
    answer points to the same person as « 3 ans chez Capgemini » in the profile."""
    spans = []
    for name in (employers or "").splitlines():
        key = fold(name.strip())
        if len(key) < 2:
            continue
        for m in re.finditer(rf"(?<![\w]){re.escape(key)}(?![\w])", folded):
            spans.append(Span(m.start(), m.end(), "employer"))
    return spans


@cache
def _demonym_re() -> re.Pattern:
    lines = (DATA_DIR / "demonyms.txt").read_text(encoding="utf-8").splitlines()
    words = sorted({fold(w.strip()) for w in lines if w.strip() and not w.startswith("#")})
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w\-'’])(?:{alt})(?:e|s|es|ne|nes)?(?![\w\-])")


@cache
def _region_re() -> re.Pattern:
    lines = (DATA_DIR / "regions.txt").read_text(encoding="utf-8").splitlines()
    names = [w.strip() for w in lines if w.strip() and not w.startswith("#")]
    alt = "|".join(re.escape(w) for w in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w\-])(?:{alt})(?![\w\-])")


# Regional and minority languages one speaks or teaches: they say where one is from.
_REGIONAL_LANGUAGE = re.compile(
    r"\b(?:je parle|on parle|parlant|parle|speaks?|speaking|fluent in|teach(?:es)?|"
    r"cours de)\s+(?:(?:le|l'|un peu|couramment|aussi|also)\s+)*"
    r"(?:alsacien|breton|basque|corse|occitan|catalan|creole|tahitien|kabyle|wolof|"
    r"lingala|bambara|alsatian|breton|basque|corsican|occitan|creole|tahitian|kabyle)\b"
    r"|\bbretonnante?s?\b"
    # "Gaeilge speaker", "native Yoruba speaker", "locutrice du créole", "langue maternelle"
    r"|\b(?:native\s+)?(?:gaeilge|gaelic|irish|welsh|cymraeg|cornish|breton|basque|corsican|"
    r"occitan|catalan|kabyle|amazigh|tamazight|berber|wolof|yoruba|igbo|hausa|twi|lingala|"
    r"bambara|tamil|urdu|bengali|bangla|punjabi|gujarati|creole|kreyol|shikomori|comorian|"
    r"malagasy)[- ]speak(?:er|ing)\b"
    r"|\b(?:native speaker of|locut(?:eur|rice)s? (?:natif |native )?(?:du|de l'|de la|des|de))"
    r"\s*\w+|\blangue maternelle\s*:?\s*(?:est\s+)?(?:le |la |l')?\w+|\bmother tongue\s*:?\s*"
    r"(?:is\s+)?\w+"
)
_COMMENT_LINE = re.compile(r"(?m)^[ \t]*(?:#|//|/\*|\*|--|;|<!--|%)")


def find_origins(text: str, folded: str, *, code: bool) -> list[Span]:
    spans = []
    for m in _demonym_re().finditer(folded):
        # "Lilloise.", "[nom], 34 ans, lilloise", "je suis lilloise": the writer. After a noun
        # ("un traiteur lillois", "une agence grenobloise") it is the writer's only when the
        # sentence tells of their work there.
        before = folded[max(0, m.start() - 30) : m.start()]
        qualifies = re.search(r"[a-z]\s+$", before) and not re.search(
            r"\b(?:suis|am|i'm|moi|etre|being|as an?|en tant que)\s+$"
            # "Ouest guyanais", "Nord isérois": a part of the region, said as a place
            r"|(?:^|[^\w\s]\s*|\n\s*)(?:nord|sud|est|ouest|centre|north|south|east|west)\s+$",
            before,
        )
        if qualifies and not text[m.start()].isupper():
            start, end = sentence_around(folded, m.start(), ".!?;\n")
            if not _WORK_CUE.search(folded, start, end):
                continue
        spans.append(Span(m.start(), m.end(), "place"))
    for m in _region_re().finditer(text):
        # "America/Martinique" (a time zone), "Île-de-France Mobilités" (an organisation).
        if text[m.start() - 1 : m.start()] == "/" or re.match(rf"[ \t]+{_CAP}", text[m.end() :]):
            continue
        spans.append(Span(m.start(), m.end(), "place"))
    for m in _REGIONAL_LANGUAGE.finditer(folded):
        spans.append(Span(m.start(), m.end(), "personal"))
    if code:
        spans = [s for s in spans if _in_comment_line(text, s.start)]
    return spans


def _in_comment_line(text: str, pos: int) -> bool:
    line_start = text.rfind("\n", 0, pos) + 1
    return bool(_COMMENT_LINE.match(text, line_start))
