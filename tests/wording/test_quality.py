"""The hand-written holdout set stays above the quality goals."""

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

from wording_quality import evaluate  # noqa: E402


def test_holdout_quality_meets_the_goals():
    path = Path(__file__).with_name("data") / "holdout.jsonl"
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    result = evaluate(rows)
    assert result["micro"]["f1"] >= 0.9
    assert result["clean_flagged_share"] <= 0.05
