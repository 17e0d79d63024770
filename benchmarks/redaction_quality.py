"""Redaction quality on a labelled JSONL set: leak rate, over-redaction rate, speed.

    .venv/bin/python benchmarks/redaction_quality.py [--data PATH] [--verbose] [--against COMMIT]

``--against COMMIT`` also times the engine of that commit in the same process, item by item in
alternation (a shared machine's load then weighs on both alike): "warm" with the identities'
patterns already built (best of 3), "cold" with an identity never seen before for every item.

Each line: {"id", "lang", "kind", "identity", "text", "must_remove": [...], "must_keep": [...]}.
Leak = a must-remove string still present in the output; over-redaction = a must-keep string
missing. Comparison ignores case and collapses whitespace.
"""

import argparse
import importlib
import io
import json
import re
import statistics
import subprocess
import sys
import tarfile
import tempfile
import time
from collections import defaultdict
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO_ROOT))

from candidates.redaction import redact  # noqa: E402

DEFAULT_DATA = REPO_ROOT.parent / "shared" / "data" / "pii-redaction-dev.jsonl"


def norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def load(path: Path) -> list[dict]:
    if not path.is_file():
        sys.exit(f"error: data file not found: {path} (use --data PATH)")
    with path.open(encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def evaluate(items: list[dict]) -> dict:
    groups = defaultdict(lambda: {"remove": 0, "leaks": 0, "keep": 0, "over": 0, "items": 0})
    leaks, overs, timings = [], [], []
    for item in items:
        started = time.perf_counter()
        output = redact(item["text"], item.get("identity"), kind=item["kind"], lang=item["lang"])
        timings.append((time.perf_counter() - started) * 1000)
        out = norm(output)
        for key in ("all", f"kind={item['kind']}", f"lang={item['lang']}"):
            groups[key]["items"] += 1
        for needle in item.get("must_remove", []):
            leaked = norm(needle) in out
            for key in ("all", f"kind={item['kind']}", f"lang={item['lang']}"):
                groups[key]["remove"] += 1
                groups[key]["leaks"] += leaked
            if leaked:
                leaks.append((item["id"], needle, output))
        for needle in item.get("must_keep", []):
            missing = norm(needle) not in out
            for key in ("all", f"kind={item['kind']}", f"lang={item['lang']}"):
                groups[key]["keep"] += 1
                groups[key]["over"] += missing
            if missing:
                overs.append((item["id"], needle, output))
    return {"groups": groups, "leaks": leaks, "overs": overs, "timings": timings}


def pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:5.1f} %" if whole else "   n/a"


def report(result: dict, verbose: bool) -> None:
    print(f"{'group':<12} {'items':>5} {'leak rate':>16} {'over-redaction':>18}")
    for key in sorted(result["groups"], key=lambda k: (k != "all", k)):
        g = result["groups"][key]
        leak = f"{pct(g['leaks'], g['remove'])} ({g['leaks']}/{g['remove']})"
        over = f"{pct(g['over'], g['keep'])} ({g['over']}/{g['keep']})"
        print(f"{key:<12} {g['items']:>5} {leak:>16} {over:>18}")
    timings = result["timings"]
    print(f"median {statistics.median(timings):.2f} ms/item, max {max(timings):.2f} ms")
    if verbose:
        for title, rows in (("LEAKS", result["leaks"]), ("OVER-REDACTIONS", result["overs"])):
            print(f"\n{title} ({len(rows)})")
            for item_id, needle, output in rows:
                print(f"- {item_id}: {needle!r}")
                print("    " + output.replace("\n", "\n    "))


# Reaches the word lists and patterns built on first use (countries, parties, neighbourhoods,
# schools, famous people...), so that they are loaded outside the timings.
WARM_UP = (
    "Je suis Zoé Martin, 30 ans, née à Lyon ; mes parents viennent du Maroc. Je milite à la CGT, "
    "j'ai grandi à la Duchère, diplômée de l'INSA. I come from Spain, I'm a 1990 kid. "
    "zéro six douze treize quatorze quinze. Mon collègue Paul Durand. z o e m a r t i n"
)


def warm_up() -> None:
    identity = {"first_name": "Zoé", "last_name": "Martin", "birth_year": 1994, "city": "Lyon"}
    for kind in ("answer", "code"):
        redact(WARM_UP, identity, kind=kind, lang="fr")
        redact(f'x = "{WARM_UP}"  # {WARM_UP}', identity, kind=kind, lang="en")


def engine_at(commit: str):
    """The ``candidates.redaction`` package of ``commit``, imported under another name."""
    archive = subprocess.run(
        ["git", "-C", str(REPO_ROOT), "archive", commit, "candidates/redaction"],
        capture_output=True,
        check=True,
    ).stdout
    root = Path(tempfile.mkdtemp(prefix="redaction-"))
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(root, filter="data")
    name = "redaction_at_" + commit.replace("/", "_")[:12]
    package = root / name
    (root / "candidates" / "redaction").rename(package)
    for module in package.rglob("*.py"):
        module.write_text(module.read_text().replace("candidates.redaction", name))
    sys.path.insert(0, str(root))
    return importlib.import_module(name)


def compare(items: list[dict], old, label: str) -> None:
    for run in ("warm", "cold"):
        best: dict[str, dict[int, float]] = {"old": {}, "new": {}}
        for round_ in range(3 if run == "warm" else 1):
            for k, item in enumerate(items):
                identity = dict(item.get("identity") or {})
                if run == "cold":  # names no pattern cache has seen
                    suffix = chr(97 + k % 26) + chr(97 + (k // 26) % 26)
                    identity["first_name"] = identity.get("first_name", "A") + suffix
                    identity["last_name"] = identity.get("last_name", "B") + suffix
                engines = [("old", old.redact), ("new", redact)]
                for name, function in engines if (k + round_) % 2 else engines[::-1]:
                    started = time.perf_counter()
                    function(item["text"], identity, kind=item["kind"], lang=item["lang"])
                    elapsed = (time.perf_counter() - started) * 1000
                    best[name][k] = min(best[name].get(k, elapsed), elapsed)
        before, after = list(best["old"].values()), list(best["new"].values())
        ratios = [b / a for a, b in zip(before, after, strict=True)]
        print(
            f"{run}: {label} median {statistics.median(before):.2f} ms/item, this tree "
            f"{statistics.median(after):.2f} ms/item; per-item ratio median "
            f"{statistics.median(ratios):.2f}, total time ratio {sum(after) / sum(before):.2f}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--verbose", "-v", action="store_true")
    parser.add_argument("--against", metavar="COMMIT", help="also time the engine of COMMIT")
    args = parser.parse_args(argv)
    items = load(args.data)
    warm_up()
    print(f"{args.data} — {len(items)} items")
    report(evaluate(items), args.verbose)
    if args.against:
        old = engine_at(args.against)
        for kind in ("answer", "code"):
            old.redact(WARM_UP, {"first_name": "Zoé", "last_name": "Martin"}, kind=kind, lang="fr")
        compare(items, old, args.against)
    return 0


if __name__ == "__main__":
    sys.exit(main())
