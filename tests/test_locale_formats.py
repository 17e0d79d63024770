"""Every page in French and in English: counts agree with their number (« 0 offre », « 1 offer »,
never « 0 offres »), amounts of money are grouped by thousands (« 34 000 € »), and no date is
written month first (« 01/21/2027 »). Pages are requested like tests/test_form_references.py
does: every URL with real object ids, as each role, plus a few lists that come out empty."""

import re

import pytest
from django.conf import settings

from tests.test_form_references import html_of, url_names, url_of
from tests.test_form_references import world as world  # noqa: F401, PLC0414  (the fixture)
from tests.utils import full_login

pytestmark = pytest.mark.django_db

TAGS = re.compile(r"<script\b.*?</script>|<style\b.*?</style>|<[^>]+>", re.S)
SPACES = re.compile(r"[\s\u00a0\u202f]+")
# French: 0 and 1 take the singular. The nouns and verbs Vivier counts.
FRENCH_PLURALS = (
    r"offres|tests|candidatures|constats|formulations|questions|exercices|invitations|"
    r"entretiens|relectures|mises|personnes|réponses|compétences|soumissions|ont|sont|jours"
)
FRENCH_WRONG = re.compile(rf"(?<![\d,.])[01] (?:{FRENCH_PLURALS})\b(?! ?:)")
ENGLISH_PLURALS = (
    r"offers|tests|applications|findings|questions|exercises|invitations|interviews|reviews|"
    r"scenarios|people|answers|skills|submissions|days"
)
ENGLISH_WRONG = re.compile(rf"(?<![\d,.])1 (?:{ENGLISH_PLURALS})\b")
MONTH_FIRST = re.compile(r"\b(0?[1-9]|1[0-2])/(1[3-9]|2\d|3[01])/\d{4}\b")
ANY_SLASHED_DATE = re.compile(r"\b\d{1,2}/\d{1,2}/\d{4}\b")
UNGROUPED_AMOUNT = re.compile(r"\b\d{4,} ?€")
# Lists that come out empty: their counts say 0.
EMPTY_LISTS = ["/offres/?q=zzzzzz", "/conseil/?q=zzzzzz"]


def text_of(html: str) -> str:
    return SPACES.sub(" ", TAGS.sub(" ", html))


def problems(text: str, language: str) -> list[str]:
    found = [f"amount « {m.group()} »" for m in UNGROUPED_AMOUNT.finditer(text)]
    if language == "fr":
        found += [f"plural « {m.group()} »" for m in FRENCH_WRONG.finditer(text)]
        found += [f"month-first date « {m.group()} »" for m in MONTH_FIRST.finditer(text)]
    else:
        found += [f"plural « {m.group()} »" for m in ENGLISH_WRONG.finditer(text)]
        found += [f"slashed date « {m.group()} »" for m in ANY_SLASHED_DATE.finditer(text)]
    return found


def crawl(client, ids, language, only=None) -> dict[str, list[str]]:
    found = {}
    urls = [
        url_of(name, kwargs, ids)
        for name, kwargs in url_names()
        if only is None or set(only).intersection(kwargs)
    ]
    for url in urls + ([] if only else EMPTY_LISTS):
        html = html_of(client.get(url))
        if html and (seen := problems(text_of(html), language)):
            found[f"{url} ({language})"] = sorted(set(seen))
    return found


ROLES = ["anonymous", "candidate", "newcomer", "sitting", "recruiter", "interviewer", "adviser"]


@pytest.mark.parametrize("role", ROLES)
def test_counts_amounts_and_dates_read_right_in_both_languages(client, world, role):  # noqa: F811
    if role != "anonymous":
        full_login(client, world["roles"][role])
    found = {}
    for language in ("fr", "en"):
        client.cookies[settings.LANGUAGE_COOKIE_NAME] = language
        for ids in world["extra_ids"].get(role, []):
            found.update(crawl(client, {**world["ids"], **ids}, language, only=ids))
        found.update(crawl(client, world["ids"], language))
    assert not found, "\n" + "\n".join(f"{url}: {', '.join(ps)}" for url, ps in found.items())


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("0 offres", "fr"),
        ("1 tests réussis", "fr"),
        ("1 offers", "en"),
        ("le 01/21/2027", "fr"),
        ("on 01/21/2027", "en"),
        ("on 21/01/2027", "en"),
        ("34000 €", "fr"),
    ],
)
def test_the_checks_catch_what_they_are_for(text, language):
    assert problems(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [("0 offre", "fr"), ("2 offres", "fr"), ("0 offers", "en"), ("34 000 €", "fr")],
)
def test_the_checks_let_correct_text_through(text, language):
    assert not problems(text, language)
