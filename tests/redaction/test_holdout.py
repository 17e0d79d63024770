"""Quality floor on the hand-written holdout set (tests/redaction/data/holdout.jsonl)."""

import json
import re
from pathlib import Path

from candidates.redaction import redact

HOLDOUT = Path(__file__).parent / "data" / "holdout.jsonl"


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def test_holdout_leak_and_over_redaction_rates():
    items = [json.loads(line) for line in HOLDOUT.read_text(encoding="utf-8").splitlines() if line]
    removed = leaks = kept = missing = 0
    for item in items:
        out = _norm(redact(item["text"], item["identity"], kind=item["kind"], lang=item["lang"]))
        removed += len(item["must_remove"])
        leaks += sum(_norm(s) in out for s in item["must_remove"])
        kept += len(item["must_keep"])
        missing += sum(_norm(s) not in out for s in item["must_keep"])
    assert leaks / removed < 0.01
    assert missing / kept < 0.05
