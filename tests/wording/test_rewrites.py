"""Every finding in a text comes with a neutral rewrite, and a rewrite never keeps what was
flagged: put in place of its quote, the finding's category no longer fires on the rewritten
words. Checked on every labelled excerpt (development, holdout and both fresh sets) and every
class example, so each rule and each category's rewrite is exercised."""

import json
from pathlib import Path

import pytest

from employers.wording import check
from tests.wording.test_classes_en import POSITIVE as ENGLISH
from tests.wording.test_classes_fr import POSITIVE as FRENCH
from tests.wording.test_classes_round2 import POSITIVE as ROUND2

DATA = [
    Path(__file__).resolve().parents[3] / "shared" / "data" / "offer-wording-dev.jsonl",
    Path(__file__).with_name("data") / "holdout.jsonl",
    Path(__file__).with_name("data") / "fresh-a.jsonl",
    Path(__file__).with_name("data") / "fresh-b.jsonl",
]


def _texts() -> list[tuple[str, str]]:
    rows = [
        json.loads(line)
        for path in DATA
        if path.exists()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    return (
        [(row["lang"], row["text"]) for row in rows]
        + [("fr", text) for _, text, _ in FRENCH]
        + [("en", text) for _, text, _ in ENGLISH]
        + [(lang, text) for lang, _, text, _ in ROUND2]
    )


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_rewrites_remove_what_they_replace(lang):
    kept, rewritten = [], 0
    for text_lang, text in _texts():
        if text_lang != lang:
            continue
        for finding in check(text, lang=lang):
            assert finding.suggestion is not None, f"no rewrite for {finding.quote!r}"
            rewritten += 1
            new = text[: finding.start] + finding.suggestion + text[finding.end :]
            end = finding.start + len(finding.suggestion)
            again = [
                f.quote
                for f in check(new, lang=lang)
                if f.category == finding.category and f.start < end and finding.start < f.end
            ]
            if again:
                kept.append((finding.quote, finding.suggestion, again))
    assert rewritten > 500
    assert kept == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_category_has_a_rewrite_in_each_language(lang):
    from employers.wording.categories import text_categories
    from employers.wording.rules.rewrites import CATEGORY_REWRITES

    assert set(CATEGORY_REWRITES[lang]) == set(text_categories())


def test_a_rewrite_keeps_the_capital_of_the_words_it_replaces():
    (finding,) = [f for f in check("Nationalité française exigée.", lang="fr")]
    assert finding.suggestion == "Autorisation de travail en France"


@pytest.mark.parametrize(
    "lang, text, rewritten",
    [
        ("fr", "Profil jeune, dynamique et motivé recherché.", "Profil dynamique et motivé"),
        ("fr", "Nous recherchons une personne jeune et dynamique.", "personne dynamique."),
        ("en", "We want a young and dynamic developer.", "We want a dynamic developer."),
        ("en", "Looking for young, hungry engineers.", "Looking for hungry engineers."),
    ],
)
def test_a_youth_listed_with_qualities_is_rewritten_without_the_age_only(lang, text, rewritten):
    """The rewrite drops the age word and keeps the other qualities and the person (it used to
    replace the whole quote: « Profil jeune, dynamique » became « motivé·e et motivé »)."""
    (finding,) = [f for f in check(text, lang=lang) if f.category == "age"]
    new = text[: finding.start] + finding.suggestion + text[finding.end :]
    assert rewritten in new
