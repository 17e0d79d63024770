"""Runs every detector and turns their findings into one list of non-overlapping spans."""

import re
from bisect import bisect_right
from dataclasses import replace

from candidates.redaction.age import find_ages, find_birth_dates_in_code
from candidates.redaction.authorship import find_author_lines, find_header_dates
from candidates.redaction.background import find_employers, find_known_employers, find_origins
from candidates.redaction.code import in_regions, text_regions
from candidates.redaction.contact import (
    find_emails,
    find_files,
    find_handles,
    find_links,
    find_named_addresses,
    find_phones,
)
from candidates.redaction.disclosures import find_disclosures, find_pronunciations
from candidates.redaction.disguised import (
    find_digit_by_digit_phones,
    find_leet_names,
    find_other_script_names,
    find_reversed_names,
)
from candidates.redaction.districts import find_districts
from candidates.redaction.identity import Identity, name_forms
from candidates.redaction.lexicon import tech_words
from candidates.redaction.location import find_locations
from candidates.redaction.loose_phones import find_loose_phones
from candidates.redaction.machine_traces import find_machine_traces
from candidates.redaction.memberships import find_memberships
from candidates.redaction.names import (
    fictitious_people,
    find_other_people,
    find_own_name,
    hypothetical_companies,
    is_name_word,
    protected_ranges,
    used_as_technology,
)
from candidates.redaction.nationality import find_heritage_languages, find_nationalities
from candidates.redaction.obfuscated import (
    find_lookalike_phones,
    find_phones_in_words,
    find_spaced_out,
    find_split_literals,
)
from candidates.redaction.schools import find_schools
from candidates.redaction.spans import Span, resolve, trim
from candidates.redaction.text import compiled, fold, guess_lang, word_alternation
from candidates.redaction.time_zones import find_time_zones
from candidates.redaction.towns import find_towns, towns
from candidates.redaction.variants import (
    find_name_identifiers,
    find_name_part_identifiers,
    find_sign_offs,
    find_variants,
)
from candidates.redaction.workplaces import find_workplaces

KINDS = ("answer", "profile", "code")


def detect(text: str, identity: Identity, *, kind: str, lang: str) -> list[Span]:
    folded = fold(text)
    forms = name_forms(identity)
    protected = [r for r in protected_ranges(text, folded) if not _own_full_name(folded, r, forms)]
    is_code = kind == "code"
    spans: list[Span] = []
    spans += find_emails(text, forms, code=is_code, own_email=identity.email)
    spans += find_phones(text, code=is_code, own_phone=identity.phone)
    spans += find_phones_in_words(folded)
    spans += find_lookalike_phones(text)
    spans += find_digit_by_digit_phones(text)
    spans += find_leet_names(folded, forms)
    spans += find_reversed_names(text, folded, forms)
    spans += find_other_script_names(text, folded, forms)
    spans += find_spaced_out(text, lambda word: is_name_word(word, forms))
    if is_code:
        spans += find_birth_dates_in_code(text, folded, identity.birth_year)
        spans += find_split_literals(
            text,
            [
                lambda t: find_phones(t, code=True, own_phone=identity.phone),
                lambda t: find_emails(t, code=True),
                lambda t: _own_names_in(t, forms),
            ],
            own_phone=identity.phone,
        )
    spans += find_links(text, folded, forms)
    spans += find_handles(text, code=is_code)
    spans += find_named_addresses(text)
    spans += find_files(text, folded, forms)
    spans += find_locations(text, folded, identity, in_code=is_code)
    spans += find_ages(folded, identity.birth_year)
    city_words = {fold(identity.city)} if identity.city else set()
    spans += find_schools(text, folded, identity, city_words)
    variants = find_variants(text, folded, forms, protected)
    spans += variants
    spans += find_sign_offs(text, folded, forms, code=is_code)
    spans += find_own_name(text, folded, forms, protected, variants)
    spans += find_name_identifiers(text, folded, forms)
    spans += find_name_part_identifiers(text, folded, forms, code=is_code)
    if is_code:
        spans += _own_name_as_account(text, forms)
    others_protected = protected + fictitious_people(text, folded)
    spans += find_other_people(text, folded, others_protected, code=is_code)
    spans += find_disclosures(text, folded)
    spans += find_pronunciations(text)
    spans += find_employers(text, folded)
    spans += find_known_employers(folded, identity.employers)
    spans += find_origins(text, folded, code=is_code)
    spans += find_nationalities(text, folded, code=is_code)
    spans += find_heritage_languages(text, folded, code=is_code)
    spans += find_towns(text, kind=kind, code=is_code)
    spans += find_workplaces(text, folded, kind=kind)
    spans += find_memberships(text, code=is_code)
    if not is_code:
        spans += find_time_zones(text)
        spans += find_loose_phones(text)
        spans += find_districts(text)
    spans += find_machine_traces(text, _identity_words(identity), _initials(identity))
    if is_code:
        regions = text_regions(text)
        spans = _inside_text_regions(spans, regions)
        spans = [_as_word(text, s) if in_regions(regions, s.start) else s for s in spans]
    else:
        spans = [_as_word(text, s) for s in spans]
    spans = [t for s in spans if (t := trim(text, s))]
    spans = [s for s in spans if not _technology_word(text, folded, s)]
    if re.search(r"(?i)fictiv|fictif|fictional|fictitious|hypoth|imaginai", text):
        companies = hypothetical_companies(text)
        spans = [s for s in spans if not _inside_any(s, companies)]
    if is_code:
        authors = [
            s
            for s in spans
            if s.label == "name"
            and not text[s.start : s.end].isupper()
            and not any(a <= s.start < b for a, b in others_protected)
            and not any(o.label != "name" and o.start <= s.start < o.end for o in spans)
        ]
        spans += find_author_lines(text, authors, others_protected)
        spans += find_header_dates(text)
    if is_code:
        spans = _cities_as_data(text, spans)
        spans = [s for s in spans if not _name_among_town_literals(text, s)]
    spans += _age_after_name(text, spans)
    spans += _year_of_coursework(text, folded, spans)
    spans += _school_by_its_word_and_year(text, identity)
    spans += _years_of_study(text, folded, spans)
    return resolve(text, spans, lang)


def _inside_any(span: Span, ranges: list[tuple[int, int]]) -> bool:
    """A span that only names a company given as an exercise's case ("Picard (client fictif)")."""
    return span.label in ("name", "ident", "place", "city", "employer") and any(
        a <= span.start and span.end <= b for a, b in ranges
    )


def _technology_word(text: str, folded: str, span: Span) -> bool:
    """A name span that is one technology word used as one ("je ne code pas en Java" for
    a candidate called Java): whatever rule found it, the technology stays."""
    if span.label != "name" or folded[span.start : span.end] not in tech_words():
        return False
    return used_as_technology(text, folded, span.start, span.end)


_PERSONAL = {"name", "email", "phone", "address", "age", "profile", "ident", "url", "personal"}
_WHOLE_LITERAL = re.compile(r"[\"'`]")


def _cities_as_data(text: str, spans: list[Span]) -> list[Span]:
    """In code that names nobody, a town that is a whole string literal is data
    (``VILLES = ["Paris", "Lille"]``, ``c.Set("ville", "Aubervilliers")``), not where the
    candidate lives; beside the candidate's name, e-mail or phone it stays redacted."""
    if any(s.label in _PERSONAL for s in spans):
        return spans
    kept = []
    for s in spans:
        before, after = text[s.start - 1 : s.start], text[s.end : s.end + 1]
        whole = before and before == after and _WHOLE_LITERAL.match(before)
        if s.label == "city" and whole:
            continue
        kept.append(s)
    return kept


_NEXT_LITERAL = re.compile(r"""\s*,\s*(?P<q>["'])(?P<v>[^"'\n]{2,40})(?P=q)""")
_PREVIOUS_LITERAL = re.compile(r"""(?P<q>["'])(?P<v>[^"'\n]{2,40})(?P=q)\s*,\s*$""")


def _name_among_town_literals(text: str, span: Span) -> bool:
    """A name that is a whole string literal beside another literal naming a town
    (``IN ('Lourdes', 'Fatima')``, ``["Sydney", "Perth"]``): a place as data, not the person."""
    if span.label != "name":
        return False
    before, after = text[span.start - 1 : span.start], text[span.end : span.end + 1]
    if not (before and before == after and before in "\"'"):
        return False
    neighbours = [_NEXT_LITERAL.match(text, span.end + 1)]
    neighbours.append(_PREVIOUS_LITERAL.search(text, max(0, span.start - 50), span.start - 1))
    return any(m and fold(m.group("v")) in towns() for m in neighbours)


# "Lina Haddad, 30.", "[nom], 28, Brest", "Léna Carvalho — 36 — Dijon", "· 36 ·": a bare number
# of adult years right after the name.
_BARE_AGE = re.compile(
    r"\s*(?:[,—–·•|]\s*(?P<n>1[6-9]|[2-7]\d)(?=\s*(?:[,.;)—–·•|]|$|\n))"
    r"|\(\s*(?P<m>1[6-9]|[2-7]\d)\s*\))"
)


def _age_after_name(text: str, spans: list[Span]) -> list[Span]:
    ages = []
    for span in spans:
        if span.label == "name":
            m = _BARE_AGE.match(text, span.end)
            if m:
                group = "n" if m.group("n") else "m"
                ages.append(Span(m.start(group), m.end(group), "age"))
    return ages


# "// [nom], 2017" under coursework ("vu en cours à [école]"): the year of one's studies.
_YEAR_AFTER_NAME = re.compile(
    r"(?:,[ \t]*|[ \t]+\(|[ \t]*[-–—][ \t]*)(?P<y>(?:19|20)\d\d)\)?[ \t]*(?=$|\n)"
)
_STUDY_CUE = re.compile(
    r"\b(?:vue? en cours|tp|iut|fac|universit\w*|school|homework|devoir|etudiant\w*|student|"
    r"promo|projet de fin|pfe|semestre|semester|coursework)\b"
)


def _year_of_coursework(text: str, folded: str, spans: list[Span]) -> list[Span]:
    """The year after the candidate's own name signing a text about their studies."""
    names = [s for s in spans if s.label == "name"]
    if not names or not (any(s.label == "school" for s in spans) or _STUDY_CUE.search(folded)):
        return []
    years = []
    for span in names:
        m = _YEAR_AFTER_NAME.match(text, span.end)
        if m:
            years.append(Span(m.start("y"), m.end("y"), "age"))
    return years


def _own_names_in(joined: str, forms) -> list[Span]:
    """The candidate's first or family name in text assembled from pieces ("A" + "w" + "a")."""
    words = [w for w in forms.first_full + forms.last_tokens if len(w) >= 3]
    if not words:
        return []
    pattern = compiled(rf"(?<![^\W\d_]){word_alternation(words)}(?![^\W\d_])")
    return [Span(m.start(), m.end(), "name") for m in pattern.finditer(fold(joined))]


_IDENT_CHAR = re.compile(r"[\w$]")


def _as_word(text: str, span: Span) -> Span:
    """A name-made identifier standing alone in prose or a comment reads as a profile."""
    if span.label != "ident":
        return span
    before = text[span.start - 1 : span.start]
    after = text[span.end : span.end + 1]
    if _IDENT_CHAR.match(before or " ") or _IDENT_CHAR.match(after or " "):
        return span
    if before in "./:@-\\" and before or after in "./:@-\\" and after:
        if not (after == "." and not text[span.end + 1 : span.end + 2].strip()):
            return span
    return replace(span, label="profile")


def _inside_text_regions(spans: list[Span], regions: list[tuple[int, int]]) -> list[Span]:
    """Clip spans to the comments and string literals they overlap.

    Spans marked ``anywhere`` (an e-mail in a git log, an identifier built from the name) stay
    whole: their placeholder keeps the code valid or they are not in code at all.
    """
    starts = [start for start, _ in regions]
    kept = []
    for span in spans:
        if span.anywhere:
            kept.append(span)
            continue
        i = max(0, bisect_right(starts, span.start) - 1)
        while i < len(regions) and regions[i][0] < span.end:
            start, end = regions[i]
            if end > span.start:
                kept.append(replace(span, start=max(start, span.start), end=min(end, span.end)))
            i += 1
    return kept


def normalise_lang(lang: str | None, text: str) -> str:
    if lang:
        short = re.split(r"[-_]", lang.strip().lower())[0]
        if short in ("fr", "en"):
            return short
    return guess_lang(text)


def normalise_kind(kind: str | None) -> str:
    return kind if kind in KINDS else "answer"


# The year (or years) written right after a school or a work-study employer dates the studies,
# hence the age: "Diplômée de [école] (2017)", "[école] 2012", "[school] '20", "alternance chez
# [employeur] (2019-2020)".
_YEARS_AFTER = re.compile(
    r"\s*(?:\(\s*(?:19|20)\d\d(?:\s*[-–/]\s*(?:(?:19|20)?\d\d))?\s*\)"
    r"|,?\s+(?:(?:th[èe]se|thesis|phd|doctorat)\s+)?(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?"
    r"(?![\w.,:/\-]?\d)"
    r"|\s+['’]\d\d(?![\w'’]))"
)
_DEGREE_CUE = re.compile(
    r"\b(?:diplom\w*|graduat\w*|promo\w*|alumn\w*|sorti\w*|class|stagiaire|etudiant\w*|"
    r"student|master|licence|bachelor|msc|bsc|mba|phd|doctorat|ingenieu\w*|engineer\w*|signe|"
    r"fin d'etudes|pfe|tfe|memoire|these|thesis|dissertation|capstone|final year)\b"
)
_STUDY_CUE = re.compile(
    r"\b(?:alternan\w+|apprenti\w*|stage|stagiaire|intern\w*|work-study|placement)\b"
)


_YEAR_BEFORE_SCHOOL = re.compile(r"(?<![\w.\-/])(?P<y>(?:19|20)\d\d)[ \t]*\([ \t]*$")


def _years_of_study(text: str, folded: str, spans: list[Span]) -> list[Span]:
    found = []
    for span in spans:
        if span.label == "school":
            # "depuis 2016 (IUT de Vannes)": the year right before the school in brackets
            before = _YEAR_BEFORE_SCHOOL.search(text, max(0, span.start - 12), span.start)
            if before:
                found.append(Span(before.start("y"), before.end("y"), "age"))
        if span.label == "employer":
            line_start = max(folded.rfind(c, 0, span.start) for c in ".!?\n") + 1
            if not _STUDY_CUE.search(folded, line_start, span.start):
                continue
        elif span.label != "school":
            continue
        m = _YEARS_AFTER.match(text, span.end)
        degree_said = m and re.search(r"(?i)th[èe]se|thesis|phd|doctorat", m.group())
        if m and span.label == "school" and not re.search(r"[(’']", m.group()) and not degree_said:
            # A bare year after a school only with a degree said ("Diplômé de [école] 2012",
            # "stagiaire [école] 2014"), not "session [école] 2024".
            line_start = max(folded.rfind(c, 0, span.start) for c in ".!?\n") + 1
            if not _DEGREE_CUE.search(folded, line_start, span.start):
                continue
        if m:
            first = re.search(r"[\d'’]", m.group())
            end = m.end() - (1 if m.group().endswith(")") else 0)
            found.append(Span(m.start() + first.start() if first else m.start(), end, "age"))
    return found


_SCHOOL_HEAD = re.compile(
    r"^(?:universit[ée]|university|[ée]cole|school|lyc[ée]e|coll[èe]ge|college|iut|institut[e]?)$",
    re.IGNORECASE,
)


def _school_by_its_word_and_year(text: str, identity: Identity) -> list[Span]:
    """ "Aston '20", "Dauphine 2018": a distinctive word of the candidate's own school with a
    graduation year after it is the school (the year is dated by ``_years_of_study``)."""
    if not identity.school:
        return []
    words = {
        w
        for w in re.split(r"[\s\-'’]+", identity.school)
        if len(w) >= 4
        and w[0].isupper()
        and not _SCHOOL_HEAD.match(w)
        and w != (identity.city or "")
    }
    spans = []
    for word in words:
        pattern = compiled(rf"(?<![\w\-]){re.escape(word)}(?=\s+['’]\d\d(?![\w'’]))")
        spans += [Span(m.start(), m.end(), "school") for m in pattern.finditer(text)]
    return spans


def _own_full_name(folded: str, span: tuple[int, int], forms) -> bool:
    """A cited author who is the candidate ("le livre de [first] [last]") is still the
    candidate: a protected range holding both their first and family name protects nothing."""
    words = set(re.findall(r"[\w\-']+", folded[span[0] : span[1]]))
    parts = {p for w in words for p in [w, *w.split("-")]}
    return bool(parts & set(forms.first_full + forms.first_tokens)) and bool(
        parts & set(forms.last_full + forms.last_tokens)
    )


# "DB_USER=jasmine", "User awa", "owner: diallo", "maintainer = 'kofi'": the account one
# configured is one's own name, even a name that is also a technology word.
_ACCOUNT_KEY = re.compile(
    r"(?im)(?:^|[\s{,(])[\w.\-]*?(?:user(?:name)?|owner|author|maintainer|login|contact)"
    r"[\w\-]*[\"']?[ \t]*(?:[=:]|[ \t])[ \t]*[\"']?(?P<value>[A-Za-z][\w.\-]{1,40})"
)


def _own_name_as_account(text: str, forms) -> list[Span]:
    own = {w for w in forms.first_full + forms.last_full + forms.last_tokens if len(w) >= 3}
    if not own:
        return []
    spans = []
    for m in _ACCOUNT_KEY.finditer(text):
        parts = set(re.split(r"[._\-]+", fold(m.group("value"))))
        if parts & own:
            spans.append(Span(m.start("value"), m.end("value"), "ident", anywhere=True))
    return spans


def _identity_words(identity: Identity) -> set[str]:
    words = set()
    for value in (identity.first_name, identity.last_name, identity.city):
        words |= {fold(w) for w in re.split(r"[\s\-'’]+", value or "") if len(w) >= 3}
    return words


def _initials(identity: Identity) -> set[str]:
    """ "NG" for Nancy Girard, "MQP" for Minh Quân Pham, "FSA" for Faïza Said Ahmed."""
    first = [w for w in re.split(r"[\s\-]+", identity.first_name or "") if w]
    last = [w for w in re.split(r"[\s\-'’]+", identity.last_name or "") if w]
    if not first or not last:
        return set()
    found = {
        fold("".join(w[0] for w in first + last)).upper(),
        fold(first[0][0] + last[0][0]).upper(),
        fold(first[0][0] + "".join(w[0] for w in last)).upper(),
    }
    return {i for i in found if 2 <= len(i) <= 4}
