"""A suggested rewrite never keeps what was flagged: put in place of its quote, the finding's
category no longer fires on the rewritten words. Checked on every labelled excerpt and every
class example, so each rule with a suggestion is exercised."""

import json
from pathlib import Path

import pytest

from employers.wording import check
from tests.wording.test_classes_en import POSITIVE as ENGLISH
from tests.wording.test_classes_fr import POSITIVE as FRENCH

DATA = [
    Path(__file__).resolve().parents[3] / "shared" / "data" / "offer-wording-dev.jsonl",
    Path(__file__).with_name("data") / "holdout.jsonl",
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
    )


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_rewrites_remove_what_they_replace(lang):
    kept, rewritten = [], 0
    for text_lang, text in _texts():
        if text_lang != lang:
            continue
        for finding in check(text, lang=lang):
            if finding.suggestion is None:
                continue
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
    assert rewritten > 50
    assert kept == []
