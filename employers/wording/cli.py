"""JSON Lines front end of the checker, used by ``manage.py check_offer_wording``.

Input: one JSON object per line, ``{"id": ..., "text": "...", "lang": "fr" | "en" | null}``
(``lang`` optional: detected when missing or null). Blank lines are skipped.

Output, in input order:

- ``json``: one line per input line,
  ``{"id", "findings": [{"category", "severity", "start", "end", "message", "legal_basis",
  "suggestion"}]}``. ``start``/``end`` are offsets in Unicode code points into ``text``
  (Python string indices: an emoji or an accented letter counts as one).
- ``text``: a readable listing, one block per input line.

A line that cannot be checked (not JSON, not an object, no ``id``, ``text`` missing or not a
string, unknown ``lang``, not UTF-8) gives ``{"id", "line", "error"}`` in ``json`` output, so
that output lines still pair with input lines, and in both formats a message naming the line
number (and the id when known) on the error stream. Checking goes on with the next line;
``check_jsonl`` reports how many lines failed so that the caller can exit non-zero.

Pure Python: no Django import.
"""

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TextIO

from employers.wording.engine import LANGUAGES, check
from employers.wording.finding import Finding

FORMATS = ("json", "text")
FINDING_FIELDS = ("category", "severity", "start", "end", "message", "legal_basis", "suggestion")
_LABELS = {
    "fr": {
        "none": "aucun problème relevé",
        "count": "{n} problème(s)",
        "legal_basis": "Base légale : ",
        "suggestion": "Suggestion : ",
        "remove": "Suggestion : retirer ces mots",
    },
    "en": {
        "none": "no findings",
        "count": "{n} finding(s)",
        "legal_basis": "Legal basis: ",
        "suggestion": "Suggestion: ",
        "remove": "Suggestion: remove these words",
    },
}


class LineError(ValueError):
    """An input line that cannot be checked; ``item_id`` is set when the line had one."""

    def __init__(self, message: str, item_id=None):
        super().__init__(message)
        self.item_id = item_id


@dataclass
class Summary:
    lines: int = 0
    failed: int = 0


def parse_line(line: str | bytes) -> tuple[object, str, str | None]:
    """(id, text, lang) of one input line, or LineError saying what is wrong with it."""
    if isinstance(line, bytes):
        try:
            line = line.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise LineError(f"not valid UTF-8 (byte {exc.start})") from None
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        raise LineError(f"invalid JSON: {exc.msg} (column {exc.colno})") from None
    if not isinstance(item, dict):
        raise LineError(f"expected a JSON object, got {type(item).__name__}")
    if "id" not in item:
        raise LineError('missing "id"')
    item_id = item["id"]
    if isinstance(item_id, bool) or not isinstance(item_id, str | int):
        raise LineError('"id" must be a string or an integer')
    if "text" not in item:
        raise LineError('missing "text"', item_id)
    text = item["text"]
    if not isinstance(text, str):
        raise LineError(f'"text" must be a string, not {_json_type(text)}', item_id)
    lang = item.get("lang")
    if lang is not None and lang not in LANGUAGES:
        expected = " or ".join(f'"{code}"' for code in LANGUAGES)
        raise LineError(f'unknown "lang" {json.dumps(lang)}: expected {expected} or null', item_id)
    return item_id, text, lang


def _json_type(value) -> str:
    if value is None:
        return "null"
    return {dict: "an object", list: "an array", bool: "a boolean"}.get(type(value), "a number")


def finding_dict(finding: Finding) -> dict:
    return {name: getattr(finding, name) for name in FINDING_FIELDS}


def format_text(item_id, text: str, findings: list[Finding], locale: str) -> str:
    labels = _LABELS[locale]
    head = labels["count"].format(n=len(findings)) if findings else labels["none"]
    lines = [f"[{item_id}] {head}"]
    for f in findings:
        lines.append(f"  {f.start}-{f.end} {f.severity} {f.category}: « {text[f.start : f.end]} »")
        lines.append(f"    {f.message}")
        lines.append(f"    {labels['legal_basis']}{f.legal_basis}")
        if f.suggestion:
            lines.append(f"    {labels['suggestion']}{f.suggestion}")
        elif f.suggestion == "":
            lines.append(f"    {labels['remove']}")
    return "\n".join(lines)


def check_jsonl(
    lines: Iterable[str | bytes],
    out: TextIO,
    err: TextIO,
    fmt: str = "json",
    locale: str = "fr",
) -> Summary:
    """Check every line of ``lines`` (text or UTF-8 bytes) and write the results to ``out``."""
    if fmt not in FORMATS:
        raise ValueError(f"fmt must be one of {FORMATS}, not {fmt!r}")
    if locale not in LANGUAGES:
        raise ValueError(f"locale must be one of {LANGUAGES}, not {locale!r}")
    summary = Summary()
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        summary.lines += 1
        try:
            item_id, text, lang = parse_line(line)
        except LineError as exc:
            summary.failed += 1
            known = exc.item_id is not None
            where = f"line {number}" + (f" (id {json.dumps(exc.item_id)})" if known else "")
            err.write(f"{where}: {exc}\n")
            if fmt == "json":
                row = {"id": exc.item_id, "line": number, "error": str(exc)}
                out.write(json.dumps(row, ensure_ascii=False) + "\n")
            continue
        findings = check(text, lang=lang, locale=locale)
        if fmt == "json":
            row = {"id": item_id, "findings": [finding_dict(f) for f in findings]}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
        else:
            out.write(format_text(item_id, text, findings, locale) + "\n")
    return summary
