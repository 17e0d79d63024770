"""A rewrite reads well in its sentence: pressing « Remplacer » on each finding, one after the
other as a recruiter does, leaves French a reader would write, never the flagged content nor
the remains of the words around it (walk 12: « un développeur de , motivé·e et dynamique »,
« une personne de débutant·es comme expérimenté·es bienvenu·es »)."""

import re

import pytest

from employers.wording import check
from tests.wording.test_rewrites import _texts


def replace_every_finding(text: str, lang: str = "fr") -> str:
    """Each finding's suggestion put in place of its quote, one at a time, the text checked
    again after each (the editor re-checks after every replacement)."""
    for _ in range(12):
        findings = [f for f in check(text, lang=lang) if f.suggestion is not None]
        if not findings:
            return text
        first = findings[0]
        text = text[: first.start] + first.suggestion + text[first.end :]
    return text


@pytest.mark.parametrize(
    "text, rewritten",
    [
        (
            "Nous recherchons un développeur de moins de 30 ans, jeune et dynamique.",
            "Nous recherchons un·e développeur·se dynamique.",
        ),
        ("Nous recrutons une personne de moins de 30 ans.", "Nous recrutons une personne."),
        (
            "Nous cherchons un développeur motivé pour rejoindre l'équipe.",
            "Nous cherchons un·e développeur·se motivé·e pour rejoindre l'équipe.",
        ),
    ],
)
def test_pressing_every_replace_gives_a_sentence_that_reads(text, rewritten):
    assert replace_every_finding(text) == rewritten


# What a replacement leaves when it does not fit the words around it.
DEBRIS = re.compile(
    r"\b(?:de|d'|du|des|à|aux|au|avec|et|ou|of|with|and|or)\s*[,.;:)]"
    r"|\s[,.;]|,\s*,|\s{2,}(?=\S)|\(H/F\)[ \t]+\w"
)


# The classes of rewrite made to fit their sentence so far: a job title named in a sentence
# (its article agrees, no « (H/F) » in the middle) and a condition on age hung on the words
# before it (taken out). The rules' own sentence rewrites of the other grounds are not yet
# (« Poste réservé à un homme » -> « Poste nous recherchons une personne (H/F) »).
FITTED = {"gendered_title", "age"}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_no_replacement_leaves_debris_in_its_sentence(lang):
    left = []
    for text_lang, text in _texts():
        if text_lang != lang:
            continue
        for finding in check(text, lang=lang):
            if finding.suggestion is None or finding.category not in FITTED:
                continue
            new = text[: finding.start] + finding.suggestion + text[finding.end :]
            around = new[max(0, finding.start - 12) : finding.start + len(finding.suggestion) + 12]
            before = text[max(0, finding.start - 12) : finding.end + 12]
            if DEBRIS.search(around) and not DEBRIS.search(before):
                left.append((finding.category, before, around))
    assert left == [], f"{len(left)} replacements leave debris, e.g. {left[:10]}"


@pytest.mark.parametrize(
    "text",
    [
        "Jeune diplômé de préférence, pour un poste en CDI.",
        "Poste en CDI. jeune diplômé de préférence.",
        "Âge maximum 45 ans. Native speaker français exigé.",
    ],
)
def test_a_rewrite_at_the_head_of_a_sentence_begins_with_a_capital(text):
    for finding in check(text, lang="fr"):
        head = finding.start == 0 or text[: finding.start].rstrip()[-1:] in ".!?:"
        if head and finding.suggestion:
            assert finding.suggestion[0].isupper(), (finding.quote, finding.suggestion)
