"""E-mail addresses (plain and obfuscated), phone numbers, links, handles and file names."""

import re

from candidates.redaction.identity import NameForms
from candidates.redaction.spans import Span

_AT = (
    r"(?:\s*@\s*|\s*[\[\(\{<]\s*(?:at|arobase|@)\s*[\]\)\}>]\s*|\s+arobase\s+|\s+at\s+"
    r"(?=\S+\s*[\[\(]))"
)
_DOT = r"(?:\.|\s*[\[\(\{<]\s*(?:dot|point)\s*[\]\)\}>]\s*|\s+(?:dot|point)\s+)"
_LABEL = r"[a-z0-9](?:[a-z0-9\-]*[a-z0-9])?"
# Any top-level domain (a country's, a new one, a made-up one: « .demo »), but not the
# extension of a file named like an address (« logo@2x.png »).
_TLD = (
    r"(?!(?:png|jpe?g|gif|svg|webp|avif|ico|bmp|js|mjs|ts|css|scss|py|json|ya?ml|md|txt|html?"
    r"|lock|gz|zip|tar|map)(?![\w\-]))[a-z]{2,24}"
)
EMAIL = re.compile(
    rf"(?<![\w.+\-@])[a-z0-9][a-z0-9_+\-]*(?:{_DOT}[a-z0-9_+\-]+)*"
    rf"{_AT}{_LABEL}(?:{_DOT}{_LABEL})*{_DOT}{_TLD}(?![\w\-])",
    re.IGNORECASE,
)
# "amina point benali arobase free point fr": spelled-out dots in the local part too.
SPELLED_EMAIL = re.compile(
    rf"(?<![\w])[a-z0-9]+(?:\s+(?:point|dot)\s+[a-z0-9]+)*\s+(?:arobase|at)\s+"
    rf"{_LABEL}(?:\s+(?:point|dot)\s+{_LABEL})+(?![\w])",
    re.IGNORECASE,
)

URL = re.compile(r"(?:https?://|www\.)[^\s<>\"'`)\]]+[^\s<>\"'`)\].,;:!?]", re.IGNORECASE)
PROFILE_HOSTS = (
    r"(?:github\.com|gitlab\.com|bitbucket\.org|linkedin\.com|twitter\.com|x\.com|instagram\.com|"
    r"facebook\.com|fb\.com|medium\.com|dev\.to|stackoverflow\.com/users|behance\.net|"
    r"dribbble\.com|"
    r"youtube\.com|tiktok\.com|mastodon\.social|codepen\.io|kaggle\.com|malt\.fr|"
    r"welcometothejungle\.com)"
)
BARE_PROFILE = re.compile(
    rf"(?<![\w./])(?:[a-z]{{2,3}}\.)?{PROFILE_HOSTS}/[^\s<>\"'`)\]]*[^\s<>\"'`)\].,;:!?]",
    re.IGNORECASE,
)
BARE_DOMAIN = re.compile(
    r"(?<![\w@./])[a-z0-9][a-z0-9\-]{2,}\.(?:fr|com|dev|io|me|net|org|eu|tech|site|page|xyz|info)"
    r"(?:/[^\s<>\"'`)\]]*)?(?![\w\-])",
    re.IGNORECASE,
)
# @handle, @user@instance; not JSDoc/Javadoc tags nor decorators.
HANDLE = re.compile(
    r"(?<![\w@.])@[a-z0-9_](?:[a-z0-9_.]*[a-z0-9_])?(?:@[\w\-]+(?:\.[\w\-]+)+)?", re.I
)
DOC_TAGS = {
    "author",
    "param",
    "return",
    "returns",
    "throws",
    "throw",
    "type",
    "typedef",
    "since",
    "see",
    "deprecated",
    "example",
    "override",
    "todo",
    "version",
    "property",
    "prop",
    "callback",
    "template",
    "link",
    "inheritdoc",
    "private",
    "public",
    "protected",
    "static",
    "async",
    "function",
    "module",
    "exports",
    "class",
    "constructor",
    "enum",
    "const",
    "default",
    "file",
    "license",
    "copyright",
    "fixme",
    "note",
    "brief",
    "details",
    "dataclass",
    "property",
    "staticmethod",
    "classmethod",
    "pytest",
    "app",
    "mock",
    "patch",
    "media",
    "import",
    "keyframes",
    "font",
    "supports",
    "tailwind",
    "apply",
    "layer",
    "include",
    "mixin",
    "extend",
    "use",
    "types",
    "babel",
    "angular",
    "vue",
    "nestjs",
    "testing",
    "emotion",
    "mui",
    "jest",
    "vitest",
}

FILE_NAME = re.compile(
    r"(?<![\w.\-])[\w.\-]+\.(?:jpe?g|png|gif|webp|heic|bmp|tiff?|pdf|docx?|odt)(?![\w])", re.I
)

_SEP = r"[ .\-]?"
# Separators include the no-break spaces French typography puts in numbers.
FR_PHONE = re.compile(
    r"(?<![\w+/])(?:(?:\(\+33\)|(?:\+|00)33)[\s\u00a0\u202f]?(?:\(0\)[\s\u00a0\u202f]?)?|0)"
    r"[1-9](?:(?P<s>[ .\-/\u00a0\u202f]?)\d{2})(?:(?P=s)\d{2}){3}(?![\d/])"
)
INTL_PHONE = re.compile(
    r"(?<![\w+])(?:\+|00)[1-9]\d{0,2}[ .\-\u00a0]?(?:\(\d{1,4}\)[ .\-\u00a0]?)?\d{1,4}"
    r"(?:[ .\-\u00a0]?\d{2,4}){1,4}(?![\d])"
)
# A French number in any grouping, with at least one separator: "06 472 183 95", "064 721 8395",
# "+33 6 472 183 95".
FR_PHONE_ANY_GROUPING = re.compile(
    r"(?<![\w+/])(?:(?:\+|00)33[ .\-]?(?:\(0\)[ .\-]?)?|0)[1-9](?=[\d .\-]*[ .\-])"
    r"(?:[ .\-]?\d){8}(?![\d/])"
)
US_PHONE = re.compile(r"(?<![\w])\(\d{3}\)\s?\d{3}[ .\-]\d{4}(?![\d])")
# Conventional dummy numbers used as test data in code ("01 23 45 67 89").
_DUMMY_DIGITS = ("123456789", "000000000", "111111111")


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _national(digits: str) -> str:
    for prefix in ("0033", "33"):
        if digits.startswith(prefix) and len(digits) == len(prefix) + 9:
            return digits[len(prefix) :]
        if digits.startswith(prefix + "0") and len(digits) == len(prefix) + 10:
            return digits[len(prefix) + 1 :]
    return digits[1:] if digits.startswith("0") else digits


# North American 555 numbers are the fictional ones of films and test data ("+1 555 0100").
_FICTIONAL = re.compile(r"(?:\+|00)?1[ .\-]?\(?555\)?[ .\-]?\d|^\(?555\)?[ .\-]\d{3}")


def is_dummy_phone(text: str) -> bool:
    national = _national(_digits(text))
    return (
        national.endswith(_DUMMY_DIGITS)
        or len(set(national)) == 1
        or bool(_FICTIONAL.search(text.strip()))
    )


# Numbers regulators reserve for works of fiction, as national significant numbers (no trunk 0):
# ARCEP (France) « 01 99 00 », « 02 61 91 », « 03 53 01 », « 04 65 71 », « 05 36 49 »,
# « 06 39 98 » + 4 digits; Ofcom (United Kingdom) drama numbers « 020 7946 0 », « 01x1 496 0 »,
# « 0191 498 0 », « 028 9649 6 », « 029 2018 0 », « 01632 960 », « 07700 900 », « 08081 570 »,
# « 0909 8790 », « 03069 990 » + 3 digits. Kept in code only: people also hand them out as
# their own number in made-up profiles, and in prose a number is whoever's it is said to be.
_FICTION_FR = ("19900", "26191", "35301", "46571", "53649", "63998")
_FICTION_UK = (
    "2079460",
    *(f"11{d}4960" for d in range(3, 9)),
    *(f"1{d}14960" for d in (2, 3, 4, 5, 6)),
    "1914980",
    "2896496",
    "2920180",
    "1632960",
    "7700900",
    "8081570",
    "9098790",
    "3069990",
)


def is_fiction_phone(text: str) -> bool:
    digits = _digits(text)
    national = _national(digits)
    if national[1:] and len(national) >= 9 and len(set(national[1:])) == 1:
        return True  # "0600000000", "+33 7 11 11 11 11"
    if len(national) == 9 and national.startswith(_FICTION_FR):
        return True
    for prefix in ("0044", "44", "0"):
        if digits.startswith(prefix) and len(digits) - len(prefix) in (9, 10):
            return digits[len(prefix) :].startswith(_FICTION_UK)
    return False


# Domains reserved for documentation and tests (RFC 2606, RFC 6761): nobody's address.
_RESERVED_DOMAIN = re.compile(
    r"@\s*(?:[\w\-]+\.)*(?:example\.(?:com|org|net|[a-z]{2}|co\.[a-z]{2})|[\w\-]+\.(?:example|test|invalid|localhost)"
    r"|localhost)\s*$",
    re.IGNORECASE,
)


# "git@github.com:owner/repo.git" is an SSH remote, not an address.
_SSH_REMOTE = re.compile(r"(?:git|hg|ssh)@[\w.\-]+:", re.IGNORECASE)


# Addresses of a function, not a person ("ops@company.io"), unless the domain is the candidate's.
_FUNCTIONAL = re.compile(
    r"(?:ops|support|contact|info|hello|noreply|no-reply|donotreply|admin|sales|jobs|team|hr|rh|"
    r"recrutement|recruiting|careers|security|abuse|postmaster|webmaster|billing|alerts?|"
    r"notifications?|bot|devops|sre|oncall|press|legal|privacy|dpo)@",
    re.IGNORECASE,
)


# Local parts that are placeholders in examples and fixtures ("user@example.com").
_PLACEHOLDER_LOCAL = re.compile(
    r"(?:user\d*|users|test\w*|foo|bar|baz|alice|bob|eve|carol|dave|john\.?doe|jane\.?doe|"
    r"someone|somebody|name|nom|prenom\.nom|firstname\.lastname|first\.last|you|your\.?name|"
    r"email|mail|demo|example|sample|dummy|fake|anonymous|qa|root|ci|dev|ops|staging)@",
    re.IGNORECASE,
)


def find_emails(
    text: str,
    forms: NameForms | None = None,
    *,
    code: bool = False,
    own_email: str | None = None,
) -> list[Span]:
    """Every address goes whole, except in code a fixture on a reserved domain
    ("peter@example.com") and anywhere a functional mailbox ("support@...", "noreply@...")
    that names nobody.

    A reserved domain is no proof of a placeholder: a candidate who writes their own contact as
    "awa.diallo@example.net" (or a tester who does so for them) gets it removed whole, not
    "[nom]@example.net". In free text every address but a placeholder goes, whoever it belongs
    to: answers and profiles are the candidate's words, and an address there is theirs or that
    of someone who can point to them."""
    own_local = own_email.split("@")[0].strip().lower() if own_email and "@" in own_email else None
    spans = []
    for m in EMAIL.finditer(text):
        address = m.group()
        if _SSH_REMOTE.match(text, m.start()):
            continue
        personal = bool(forms and _mentions_identity(address.lower(), forms)) or bool(
            own_local and address.lower().startswith(own_local + "@")
        )
        if _FUNCTIONAL.match(address) and not personal:
            continue
        if _RESERVED_DOMAIN.search(address) and not personal:
            if code or _PLACEHOLDER_LOCAL.match(address):
                continue
        spans.append(Span(m.start(), m.end(), "email", anywhere=True))
    spans += [Span(m.start(), m.end(), "email") for m in SPELLED_EMAIL.finditer(text)]
    return spans


_ISBN_BEFORE = re.compile(r"(?:\b97[89][\-\s]?|\bisbn(?:-1[03])?\s*:?\s*)$", re.IGNORECASE)


def find_phones(text: str, *, code: bool = False, own_phone: str | None = None) -> list[Span]:
    own = _national(_digits(own_phone)) if own_phone else None
    spans = []
    for regex in (FR_PHONE, INTL_PHONE, US_PHONE, FR_PHONE_ANY_GROUPING):
        for m in regex.finditer(text):
            digits = _digits(m.group())
            if len(digits) < 8:
                continue
            dummy = is_dummy_phone(m.group()) or is_fiction_phone(m.group())
            if code and dummy and _national(digits) != own:
                continue
            if _ISBN_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue  # "978-0134494166", "ISBN 0-13-468599-1": a book, not a phone

            # "06 12 47 83 09" or "+33 6..." cannot be a code token: it may stand anywhere.
            spaced = bool(re.search(r"[ .\-/()]", m.group())) or m.group().startswith("+")
            anywhere = spaced or _national(digits) == own
            spans.append(Span(m.start(), m.end(), "phone", anywhere=anywhere))
    spans += _own_phone_written_nationally(text, own_phone)
    spans += [
        Span(m.start(), m.end(), "phone", anywhere=True)
        for m in UK_PHONE.finditer(text)
        if len(_digits(m.group())) in (10, 11)
        and not is_dummy_phone(m.group())
        and not (code and is_fiction_phone(m.group()) and not _is_own(m.group(), own_phone))
    ]
    return spans


# British and Irish numbers in national form: "07700 900321", "07700-900-123", "020 7946 0958",
# "087 123 4567" (10 or 11 digits after the trunk 0, with separators).
UK_PHONE = re.compile(
    r"(?<![\w+/.\-])0[1-9]\d{1,3}(?:[ \-\u00a0]\d{3,6}){1,2}(?![\w/]|[ .\-\u00a0]\d)"
)
# Digits with the separators people put between them.
_DIGIT_RUN = re.compile(r"(?<![\w+])(?:\+|00)?\(?\d[\d .\-()\u00a0\u202f]{6,22}\d(?![\w])")


def _is_own(number: str, own_phone: str | None) -> bool:
    own = _digits(own_phone or "")
    return len(own) >= 9 and _digits(number).endswith(own[-9:])


def _own_phone_written_nationally(text: str, own_phone: str | None) -> list[Span]:
    """The candidate's own number however written: "+44 7700 900321" in the profile is
    "07700 900321" in an answer, "+353 87…" is "087…": the last nine digits identify it."""
    own = _digits(own_phone or "")
    if len(own) < 9:
        return []
    tail = own[-9:]
    spans = []
    for m in _DIGIT_RUN.finditer(text):
        digits = _digits(m.group())
        if 9 <= len(digits) <= 15 and digits.endswith(tail):
            spans.append(Span(m.start(), m.end(), "phone", anywhere=True))
    return spans


def _mentions_identity(folded: str, forms: NameForms) -> bool:
    needles = forms.handles + [t for t in forms.last_tokens + forms.first_full if len(t) >= 4]
    compact = re.sub(r"[^a-z0-9]", "", folded)
    return any(re.sub(r"[^a-z0-9]", "", n) in compact for n in needles if n)


_CODE_HOSTS = re.compile(
    r"(?:^|[/.@])(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org)[/:]"
    r"(?P<owner>[^/\s]+)/(?P<repo>[^/\s?#]+)",
)
# "api.github.com/users/{USER}", "raw.githubusercontent.com": machinery, not a person.
_API_HOST = re.compile(r"(?:^|//)(?:api|raw|gist|docs|pages|status|uploads)\.", re.IGNORECASE)


def _is_profile(url: str, forms: NameForms) -> bool:
    """A profile page of a person, not a project of someone else or an API address."""
    if _API_HOST.search(url):
        return _mentions_identity(url, forms)
    repo = _CODE_HOSTS.search(url)
    if repo and not _mentions_identity(repo.group("owner"), forms):
        return False  # github.com/segmentio/kafka-go, github.com/example/vivier-api
    return True


# More places a person is found (messaging, streaming, coding challenges, link pages) and
# pictures of a person (avatars, profile photos): a link there is the candidate's.
PERSONAL_HOSTS = (
    r"(?:t\.me|telegram\.me|wa\.me|twitch\.tv|reddit\.com/u(?:ser)?/|threads\.net|bsky\.app|"
    r"snapchat\.com|pinterest\.[a-z]{2,3}|vimeo\.com|soundcloud\.com|about\.me|linktr\.ee|"
    r"calendly\.com|leetcode\.com/(?:u/)?|hackerrank\.com/(?:profile/)?|codewars\.com/users|"
    r"root-me\.org|tryhackme\.com/p/|npmjs\.com/~|pypi\.org/user|keybase\.io|gravatar\.com|"
    r"avatars\.githubusercontent\.com|media\.licdn\.com|pbs\.twimg\.com|"
    r"lh3\.googleusercontent\.com)"
)
_PERSONAL_URL = re.compile(rf"^(?:https?://)?(?:www\.)?{PERSONAL_HOSTS}[^\s]*[\w/]", re.I)
_BARE_PERSONAL = re.compile(
    rf"(?<![\w./@-]){PERSONAL_HOSTS}/?[^\s<>\"'`)\]]*[^\s<>\"'`)\].,;:!?]", re.IGNORECASE
)


def find_links(text: str, folded: str, forms: NameForms) -> list[Span]:
    spans = []
    for m in _BARE_PERSONAL.finditer(text):
        spans.append(Span(m.start(), m.end(), "profile"))
    for m in URL.finditer(text):
        url = folded[m.start() : m.end()]
        if _PERSONAL_URL.match(url):
            spans.append(Span(m.start(), m.end(), "profile"))
        elif re.search(PROFILE_HOSTS, url) and _is_profile(url, forms):
            spans.append(Span(m.start(), m.end(), "profile"))
        elif _mentions_identity(url, forms):
            spans.append(Span(m.start(), m.end(), "url"))
    for m in BARE_PROFILE.finditer(text):
        if _is_profile(folded[m.start() : m.end()], forms):
            spans.append(Span(m.start(), m.end(), "profile"))
    for m in BARE_DOMAIN.finditer(folded):
        if _mentions_identity(m.group(), forms):
            spans.append(Span(m.start(), m.end(), "url"))
    return spans


# "My handle on every forum: zk_77", "mon pseudo sur Discord : kiwi42", "username = nekodev".
HANDLE_CUE = re.compile(
    r"(?i:\b(?:handle|pseudo(?:nyme)?|username|user\s?name|login|gamertag|nick(?:name)?|"
    r"identifiant|discord|twitch|steam|reddit)\b)[^:=\n.!?]{0,40}?\s*[:=]\s*[\"'«“]?\s*"
    r"(?P<handle>[A-Za-z0-9][\w.\-]{2,38}[A-Za-z0-9_])(?![\w@])"
)
GENERIC_HANDLES = {
    "admin",
    "root",
    "user",
    "username",
    "test",
    "guest",
    "demo",
    "example",
    "postgres",
    "none",
    "null",
    "anonymous",
    "string",
    "changeme",
    "password",
    "required",
    "optional",
}


_COMMENT_MARK = re.compile(r"(?:#|//|--|/\*|^\s*\*|<!--)")


def _in_comment_line(text: str, pos: int) -> bool:
    line_start = text.rfind("\n", 0, pos) + 1
    return bool(_COMMENT_MARK.search(text[line_start:pos]))


def find_handles(text: str, *, code: bool = False) -> list[Span]:
    spans = []
    for m in HANDLE.finditer(text):
        word = m.group()[1:].split("@")[0].lower()
        if word in DOC_TAGS or word.isdigit():
            continue
        if text[m.end() : m.end() + 1] == "/" and "@" not in m.group()[1:]:
            continue  # "@apollo/server", "@types/node": a package's scope
        spans.append(Span(m.start(), m.end(), "profile"))
    for m in HANDLE_CUE.finditer(text):
        if code and not _in_comment_line(text, m.start()):
            continue  # ``User(username="alice")``: test data, not the writer's handle
        if m.group("handle").lower() not in GENERIC_HANDLES:
            spans.append(Span(m.start("handle"), m.end("handle"), "profile"))
    return spans


def find_files(text: str, folded: str, forms: NameForms) -> list[Span]:
    return [
        Span(m.start(), m.end(), "file")
        for m in FILE_NAME.finditer(text)
        if _mentions_identity(folded[m.start() : m.end()], forms)
    ]


# "Co-authored-by: Agnès Tessier <a.t@x.fr>", "From: Jo Mba <jo@x.org>": the name written with an
# address in angle brackets (git trailers, mail headers) is a person's, whoever they are.
_NAMED_ADDRESS = re.compile(
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’\-]+(?:[ \t]+(?:[A-ZÀ-ÖØ-Þ][\w'’\-]+|[A-Z]\.|"
    r"(?:de|du|van|von|da|le|la|el|ben|bin))){0,3})[ \t]*<[^<>\s@]+@[^<>\s]+>"
)
_TRAILER = re.compile(
    r"(?im)^[ \t]*(?:co-authored-by|reviewed-by|signed-off-by|acked-by|tested-by|reported-by|"
    r"suggested-by|helped-by)[ \t]*:[ \t]*(?P<name>[^<\n]+?)[ \t]*(?:<|$)"
)


def find_named_addresses(text: str) -> list[Span]:
    spans = [
        Span(m.start("name"), m.end("name"), "name", anywhere=True)
        for m in _NAMED_ADDRESS.finditer(text)
    ]
    spans += [
        Span(m.start("name"), m.end("name"), "name", anywhere=True)
        for m in _TRAILER.finditer(text)
        if m.group("name").strip()
    ]
    return spans
