"""Offer-level checks: salary, contract completeness and contradictions between fields and text.

Offsets of every finding refer to ``offer_text(fields)`` (title, blank line, description).
An offer-level finding points at the relevant words when the text has some, else it is
empty at offset 0.
"""

import re
from dataclasses import dataclass
from dataclasses import fields as dataclass_fields
from datetime import date

from employers.wording.categories import categories
from employers.wording.engine import check
from employers.wording.finding import Finding
from employers.wording.rules.messages import OFFER_MESSAGES
from employers.wording.textutil import fold

CONTRACT_TYPES = (
    "cdi",
    "cdd",
    "interim",
    "apprentissage",
    "professionnalisation",
    "stage",
    "freelance",
)
WORKING_TIMES = ("full_time", "part_time")
EXPERIENCE_LEVELS = ("beginner_welcome", "wished", "required")


@dataclass(frozen=True)
class OfferFields:
    title: str = ""
    description: str = ""
    contract_type: str | None = None
    contract_end_date: date | str | None = None
    working_time: str | None = None
    weekly_hours: float | None = None
    salary_min: float | None = None
    salary_max: float | None = None
    experience_level: str | None = None
    #: the skills listed with the offer, one per line after the description: employer-written
    #: text that candidates read, checked like the rest
    skills: tuple[str, ...] = ()

    def __post_init__(self):
        for name, allowed in (
            ("contract_type", CONTRACT_TYPES),
            ("working_time", WORKING_TIMES),
            ("experience_level", EXPERIENCE_LEVELS),
        ):
            value = getattr(self, name)
            if value is not None and value not in allowed:
                raise ValueError(f"{name} must be one of {allowed} or None, not {value!r}")

    @classmethod
    def from_dict(cls, data: dict) -> "OfferFields":
        known = {f.name for f in dataclass_fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})


def offer_parts(fields: OfferFields) -> list[tuple[str, str]]:
    """(field name, text) of the offer's texts, in the order ``offer_text`` joins them."""
    parts = [("title", fields.title), ("description", fields.description)]
    parts.append(("skills", "\n".join(skill for skill in fields.skills if skill)))
    return [(name, text) for name, text in parts if text]


def offer_text(fields: OfferFields) -> str:
    """Title, description and skills (one per line), separated by blank lines."""
    return "\n\n".join(text for _name, text in offer_parts(fields))


_I = re.IGNORECASE
_YEARS_REQUIRED = re.compile(
    r"\b(?:au\s+moins\s+|minimum\s+(?:de\s+|of\s+)?|at\s+least\s+)?(?P<n>\d{1,2})\s*\+?\s*"
    r"(?:ans|annees|years?)\s+(?:d'experience|of\s+(?:\w+\s+)?experience|experience|minimum)"
    r"(?:\s+(?:minimum|exiges?|requis|obligatoires?|indispensables?|required|minimum))?"
    r"(?!\s*(?:maximum|max|au\s+plus|at\s+most))",
    _I,
)
_BEGINNER = re.compile(
    r"\bdebutant\S*\s+(?:accept|bienvenu)\S*|\bsans\s+experience\b|\bpremiere\s+experience\b"
    r"|\baucune\s+experience\s+(?:requise|exigee|necessaire)|\bjeunes?\s+diplome\S*\s+(?:accept"
    r"|bienvenu)\S*|\bbeginners?\s+(?:welcome|accepted)|\bno\s+(?:prior\s+)?experience\s+"
    r"(?:required|needed|necessary)|\bentry[- ]level\b|\bgraduates?\s+welcome\b",
    _I,
)
_PERMANENT = re.compile(
    r"\bCDI\b|contrat\s+a\s+duree\s+indeterminee|\bpermanent\s+(?:contract|position|role)", _I
)
_INTERNSHIP = re.compile(
    r"\boffre\s+de\s+stage\b|\bstage\s+de\s+fin\s+d'etudes\b|\bconvention\s+de\s+stage\b"
    r"|\bgratification\s+de\s+stage\b|\binternship\b",
    _I,
)
_SALARY_AMOUNT = re.compile(
    r"\d[\d\s.,]*\s*(?:k\s*€|€|euros?|k\s*eur\b|keur\b)|€\s*\d|\bsmic\b"
    r"|\bgrille\s+(?:de\s+)?(?:salaires|remuneration)|\b\d{2,3}\s*k\b",
    _I,
)
_SALARY_VAGUE = re.compile(
    r"\b(?:salaire|remuneration)\s+(?:attracti\w*|competiti\w*|motivant\w*|selon\s+\w+"
    r"|a\s+negocier|a\s+definir)|\bselon\s+(?:profil|experience)\b|\bcompetitive\s+(?:salary|pay)"
    r"|\bsalary\s+(?:doe|negotiable)\b|\bdepending\s+on\s+experience\b",
    _I,
)
_FIXED_TERM = re.compile(
    r"\bCDD\b|contrat\s+a\s+duree\s+determinee|\binterim\b|\bmission\s+d'interim\b"
    r"|\bfixed[- ]term\b|\btemporary\s+contract\b",
    _I,
)
_DURATION = re.compile(
    r"\b\d+\s*(?:mois|semaines|ans|an|jours|months?|weeks?|years?)\b|\bjusqu'(?:au|a)\b"
    r"|\buntil\b|\bdu\s+\d{1,2}\s+\w+\s+au\b",
    _I,
)
_PART_TIME = re.compile(r"\btemps\s+partiel\b|\bmi-temps\b|\bpart[- ]time\b", _I)
_FULL_TIME = re.compile(r"\btemps\s+(?:plein|complet)\b|\bfull[- ]time\b", _I)
_HOURS = re.compile(
    r"\b\d{1,2}(?:[.,]\d+)?\s*(?:h|heures|hours|hrs)\b|\b\d{2}\s*%|\bmi-temps\b"
    r"|\b\d\s*jours?\s+(?:par|/)\s*semaine\b|\b\d\s*days?\s+(?:a|per)\s+week\b|\b\d/5\b",
    _I,
)


class _Offer:
    def __init__(self, fields: OfferFields, locale: str):
        self.fields = fields
        self.locale = locale
        self.text = offer_text(fields)
        self.folded = fold(self.text)
        self.findings: list[Finding] = []

    def add(self, category: str, reason: str, match: re.Match | None = None) -> None:
        start, end = match.span() if match else (0, 0)
        meta = categories()[category]
        self.findings.append(
            Finding(
                category=category,
                severity=meta["severity"],
                start=start,
                end=end,
                quote=self.text[start:end],
                message=OFFER_MESSAGES[reason][self.locale],
                legal_basis=meta["legal_basis"],
                suggestion=None,
            )
        )

    def search(self, regex: re.Pattern) -> re.Match | None:
        return regex.search(self.folded)


def _salary(o: _Offer) -> None:
    f = o.fields
    if f.salary_min is None and f.salary_max is None and not o.search(_SALARY_AMOUNT):
        o.add("salary_missing", "salary_missing", o.search(_SALARY_VAGUE))
    if f.salary_min is not None and f.salary_max is not None and f.salary_min > f.salary_max:
        o.add("contradiction", "salary_bounds")


def _contract(o: _Offer) -> None:
    f = o.fields
    if f.contract_type in ("cdd", "interim") and not f.contract_end_date:
        if not o.search(_DURATION):
            o.add("contract_incomplete", "fixed_term_without_end", o.search(_FIXED_TERM))
    if f.working_time == "part_time" and not f.weekly_hours and not o.search(_HOURS):
        o.add("contract_incomplete", "part_time_without_hours", o.search(_PART_TIME))


def _contradictions(o: _Offer) -> None:
    f = o.fields
    beginner = o.search(_BEGINNER)
    years = [m for m in _YEARS_REQUIRED.finditer(o.folded) if int(m["n"]) >= 2]
    if years and (f.experience_level == "beginner_welcome" or beginner):
        o.add("contradiction", "beginner_vs_years", years[0])
    elif f.experience_level == "required" and beginner:
        o.add("contradiction", "required_vs_beginner", beginner)
    if f.contract_type == "stage" and (permanent := o.search(_PERMANENT)):
        o.add("contradiction", "internship_vs_permanent", permanent)
    employment = ("cdi", "cdd", "interim", "apprentissage", "professionnalisation")
    if f.contract_type in employment and (internship := o.search(_INTERNSHIP)):
        o.add("contradiction", "contract_vs_internship", internship)
    if f.contract_type == "cdi" and f.contract_end_date:
        o.add("contradiction", "permanent_with_end")
    if f.working_time == "part_time" and f.weekly_hours and f.weekly_hours >= 35:
        o.add("contradiction", "working_time_mismatch")
    elif f.working_time == "full_time" and (part := o.search(_PART_TIME)):
        o.add("contradiction", "working_time_mismatch", part)
    elif f.working_time == "part_time" and (full := o.search(_FULL_TIME)):
        o.add("contradiction", "working_time_mismatch", full)


def check_offer(
    fields: OfferFields | dict, locale: str = "fr", lang: str | None = None
) -> list[Finding]:
    """Wording findings on title and description, plus offer-level findings.

    Offsets refer to ``offer_text(fields)``.
    """
    if isinstance(fields, dict):
        fields = OfferFields.from_dict(fields)
    offer = _Offer(fields, locale)
    findings = check(offer.text, lang=lang, locale=locale) if offer.text else []
    findings = [f for f in findings if not _answered_by_fields(f, fields)]
    for step in (_salary, _contract, _contradictions):
        step(offer)
    # the text may already have said what a field check finds (``text_offer``): one finding
    said = [f for f in findings if f.category in OFFER_SCOPE]
    extra = [f for f in offer.findings if not any(_same_problem(f, s) for s in said)]
    return sorted(findings + extra, key=lambda f: (f.start, f.category))


OFFER_SCOPE = frozenset({"salary_missing", "contract_incomplete", "contradiction"})


def _answered_by_fields(finding: Finding, fields: OfferFields) -> bool:
    """A finding of the text about pay or the contract that the offer's fields answer: the
    text says « selon profil » but the salary fields hold a range, « CDD » with no end in the
    text but an end date in its field, part-time with the weekly hours in theirs."""
    if finding.category == "salary_missing":
        return fields.salary_min is not None or fields.salary_max is not None
    if finding.category == "contract_incomplete":
        if _PART_TIME.search(fold(finding.quote)):
            return bool(fields.weekly_hours)
        return bool(fields.contract_end_date)
    return False


def _same_problem(offer_finding: Finding, text_finding: Finding) -> bool:
    """The field check's finding repeats one the text gave: a missing salary or an incomplete
    contract of the same kind, or a contradiction on the same words."""
    if offer_finding.category != text_finding.category:
        return False
    if offer_finding.category == "contradiction":
        return (
            offer_finding.start < text_finding.end and text_finding.start < offer_finding.end
        ) or offer_finding.message == text_finding.message
    if offer_finding.category == "contract_incomplete":
        return offer_finding.message == text_finding.message
    return True
