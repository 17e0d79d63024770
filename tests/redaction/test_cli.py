"""The JSON Lines front end used by ``manage.py redact_text``."""

import io
import json

from candidates.redaction.cli import redact_jsonl


def _run(lines: list[str]) -> list[dict]:
    out = io.StringIO()
    redact_jsonl(io.StringIO("\n".join(lines) + "\n"), out)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_round_trip_keeps_ids_and_order(fatou):
    items = [
        {"id": "1", "lang": "fr", "kind": "answer", "identity": fatou, "text": "Fatou Sow, 26 ans"},
        {"id": "2", "lang": "en", "kind": "code", "identity": fatou, "text": "x = 1  # Fatou S."},
    ]
    assert _run([json.dumps(i, ensure_ascii=False) for i in items]) == [
        {"id": "1", "text": "[nom], [âge]"},
        {"id": "2", "text": "x = 1  # [name]"},
    ]


def test_missing_optional_fields_use_defaults_and_guess_the_language():
    assert _run(['{"id": 7, "text": "You can call me on +44 7700 900412"}']) == [
        {"id": 7, "text": "You can call me on [phone]"}
    ]


def test_bad_lines_report_an_error_and_never_echo_the_text():
    rows = _run(["not json", '{"id": "x"}', ""])
    assert rows == [
        {"id": None, "text": None, "error": "invalid JSON: Expecting value"},
        {"id": "x", "text": None, "error": "missing string field 'text'"},
    ]
