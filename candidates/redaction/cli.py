"""JSON Lines front end: one ``{"id","lang","kind","identity","text"}`` object per input line,
one ``{"id","text"}`` object per output line (same order). Used by ``manage.py redact_text``.

A line that cannot be processed yields ``{"id": ..., "text": null, "error": "..."}``: the
original text is never echoed back unredacted.
"""

import json
import sys
from typing import TextIO

from candidates.redaction import redact


def _redact_line(line: str) -> dict:
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        return {"id": None, "text": None, "error": f"invalid JSON: {exc.msg}"}
    if not isinstance(item, dict) or not isinstance(item.get("text"), str):
        item_id = item.get("id") if isinstance(item, dict) else None
        return {"id": item_id, "text": None, "error": "missing string field 'text'"}
    identity = item.get("identity")
    if identity is not None and not isinstance(identity, dict):
        identity = None
    text = redact(
        item["text"],
        identity,
        kind=item.get("kind") or "answer",
        lang=item.get("lang"),
    )
    return {"id": item.get("id"), "text": text}


def redact_jsonl(in_stream: TextIO, out_stream: TextIO) -> int:
    """Redact every JSON line of ``in_stream`` into ``out_stream``; returns the line count."""
    count = 0
    for line in in_stream:
        if not line.strip():
            continue
        out_stream.write(json.dumps(_redact_line(line), ensure_ascii=False) + "\n")
        count += 1
    out_stream.flush()
    return count


def main() -> int:
    redact_jsonl(sys.stdin, sys.stdout)
    return 0


if __name__ == "__main__":
    sys.exit(main())
