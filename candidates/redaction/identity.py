"""The candidate's identity and every written form of it we look for."""

import re
from dataclasses import dataclass, fields
from typing import Any

from candidates.redaction.text import fold

PARTICLES = {"le", "la", "de", "du", "des", "da", "di", "do", "dos", "van", "von", "der", "den"}
PARTICLES |= {"el", "al", "ben", "bin", "ter", "ten", "mac", "mc", "o", "d", "l", "n"}

# Usual short forms; the e-mail address and handles add the candidate's own.
NICKNAMES = {
    "alexandre": ["alex"],
    "alexander": ["alex", "sasha"],
    "alexandra": ["alex", "sandra"],
    "william": ["will", "bill", "billy", "liam"],
    "thomas": ["tom", "tommy"],
    "daniel": ["dan", "danny"],
    "robert": ["rob", "bob", "bobby"],
    "richard": ["rich", "rick", "dick"],
    "michael": ["mike", "mick"],
    "elizabeth": ["liz", "beth", "lizzie", "betty"],
    "katherine": ["kate", "kathy", "katie"],
    "catherine": ["cathy", "kate", "cat"],
    "margaret": ["maggie", "meg", "peggy"],
    "jennifer": ["jen", "jenny"],
    "christopher": ["chris"],
    "christophe": ["chris"],
    "christine": ["chris", "christie"],
    "nicolas": ["nico", "nick"],
    "nicholas": ["nick", "nicky"],
    "benjamin": ["ben", "benji"],
    "jonathan": ["jon", "johnny"],
    "matthew": ["matt"],
    "mathieu": ["mat", "matt"],
    "maxime": ["max"],
    "maximilian": ["max"],
    "samuel": ["sam", "sammy"],
    "samantha": ["sam"],
    "joseph": ["joe", "jo"],
    "josephine": ["jo", "josie"],
    "guillaume": ["guigui", "will"],
    "frederic": ["fred"],
    "frederique": ["fred"],
    "stephanie": ["steph"],
    "stephane": ["steph"],
    "valentin": ["val"],
    "valerie": ["val"],
    "emmanuel": ["manu"],
    "emmanuelle": ["manu"],
    "sebastien": ["seb"],
    "timothee": ["tim"],
    "timothy": ["tim"],
    "edward": ["ed", "eddie", "ted"],
    "andrew": ["andy", "drew"],
    "anthony": ["tony"],
    "antoine": ["tony"],
    "victoria": ["vicky", "tori"],
    "rebecca": ["becky"],
    "abigail": ["abby"],
    "oluwaseun": ["seun"],
    "mohamed": ["mo", "momo"],
    "mohammed": ["mo", "momo"],
    "abdelkader": ["kader"],
}

_SPLIT = re.compile(r"[\s\-'’.]+")


@dataclass
class Identity:
    first_name: str | None = None
    last_name: str | None = None
    email: str | None = None
    phone: str | None = None
    city: str | None = None
    postcode: str | None = None
    birth_year: int | None = None
    school: str | None = None
    github: str | None = None
    linkedin: str | None = None
    #: employers the candidate named in their own career story, one a line
    employers: str | None = None

    @classmethod
    def coerce(cls, value: "Identity | dict | None") -> "Identity":
        if value is None:
            return cls()
        if isinstance(value, Identity):
            return value
        known = {f.name for f in fields(cls)}
        kwargs = {k: v for k, v in dict(value).items() if k in known and v not in ("", None)}
        if "birth_year" in kwargs:
            try:
                kwargs["birth_year"] = int(kwargs["birth_year"])
            except (TypeError, ValueError):
                kwargs.pop("birth_year")
        coerced: dict[str, Any] = {
            k: (str(v) if k != "birth_year" else v) for k, v in kwargs.items()
        }
        return cls(**coerced)


@dataclass
class NameForms:
    """Folded forms of the candidate's names, ready to be turned into patterns."""

    first_full: list[str]  # "jean-pierre", "kevin"
    first_tokens: list[str]  # "jean", "pierre"
    nicknames: list[str]  # "will", "seun"
    last_full: list[str]  # "le goff", "o'connor", "legoff", "oconnor"
    last_tokens: list[str]  # "goff", "connor"
    handles: list[str]  # "klegoff", "kevin-le-goff", "fatou.sow78"

    @property
    def first_any(self) -> list[str]:
        return sorted(set(self.first_full + self.first_tokens + self.nicknames), key=len)

    @property
    def last_any(self) -> list[str]:
        return sorted(set(self.last_full + self.last_tokens), key=len)

    @property
    def initials_first(self) -> set[str]:
        return {w[0] for w in self.first_full + self.nicknames if w}

    @property
    def initials_last(self) -> set[str]:
        return {w[0] for w in self.last_tokens + self.last_full if w}


def _tokens(name: str) -> list[str]:
    return [t for t in _SPLIT.split(fold(name)) if t]


def _url_slug(url: str | None) -> str | None:
    if not url:
        return None
    slug = url.rstrip("/").rsplit("/", 1)[-1]
    return fold(slug) if len(slug) >= 3 else None


def name_forms(identity: Identity) -> NameForms:
    first_full, first_tokens, nicknames = [], [], []
    if identity.first_name:
        folded = fold(identity.first_name.strip())
        first_full.append(folded)
        first_tokens += [t for t in _tokens(identity.first_name) if len(t) >= 2]
        for token in [folded, *first_tokens]:
            nicknames += NICKNAMES.get(token, [])
    last_full, last_tokens = [], []
    if identity.last_name:
        folded = fold(identity.last_name.strip())
        last_full.append(folded)
        tokens = _tokens(identity.last_name)
        if len(tokens) > 1:
            last_full.append("".join(tokens))
        last_tokens += [t for t in tokens if t not in PARTICLES and len(t) >= 2]
        if "'" in folded:
            last_full.append(folded.replace("'", ""))
    handles = []
    for url in (identity.github, identity.linkedin):
        slug = _url_slug(url)
        if slug:
            handles.append(slug)
    if identity.email and "@" in identity.email:
        local = fold(identity.email.split("@", 1)[0])
        handles.append(local)
        # A local part like "will.brooks" or "seun.adeyemi" reveals the name people use.
        for part in re.split(r"[._\-\d]+", local):
            if len(part) >= 3 and first_full and part != first_full[0]:
                if first_full[0].startswith(part) or first_full[0].endswith(part):
                    nicknames.append(part)
    for first in first_full[:1]:
        for last in ["".join(_tokens(identity.last_name or ""))] if identity.last_name else []:
            handles += [first + last, first[0] + last, last + first, f"{first}-{last}"]
            handles += [f"{first}.{last}", f"{first}_{last}", f"{first[0]}.{last}"]
    handles = [h for h in dict.fromkeys(handles) if len(h) >= 4]
    return NameForms(
        first_full=list(dict.fromkeys(first_full)),
        first_tokens=list(dict.fromkeys(first_tokens)),
        nicknames=list(dict.fromkeys(n for n in nicknames if n not in first_full)),
        last_full=list(dict.fromkeys(last_full)),
        last_tokens=list(dict.fromkeys(last_tokens)),
        handles=handles,
    )
