"""Regression floor on the seen fresh sets (tests/redaction/data/fresh-a, -b, -e and -f).

All four have been read while writing rules, so they are TUNED sets now: this test only keeps what
was reached from slipping back. The goal of issue 16 is measured on a set nobody tuned on."""

import json
import re
from pathlib import Path

import pytest

from candidates.redaction import redact

DATA = Path(__file__).parent / "data"


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


@pytest.mark.parametrize(
    "name", ["fresh-a.jsonl", "fresh-b.jsonl", "fresh-e.jsonl", "fresh-f.jsonl"]
)
def test_seen_fresh_set_stays_under_the_goal(name):
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    removed = leaks = kept = missing = 0
    for item in (json.loads(line) for line in lines if line.strip()):
        out = _norm(redact(item["text"], item["identity"], kind=item["kind"], lang=item["lang"]))
        removed += len(item["must_remove"])
        leaks += sum(_norm(s) in out for s in item["must_remove"])
        kept += len(item["must_keep"])
        missing += sum(_norm(s) not in out for s in item["must_keep"])
    assert leaks / removed <= 0.02
    assert missing / kept <= 0.05
