"""Speed of this checkout's wording checker against another version, in one process.

Usage::

    mkdir -p /tmp/wording-base && git archive main employers/wording | tar -x -C /tmp/wording-base
    .venv/bin/python benchmarks/wording_compare.py --baseline /tmp/wording-base

On a shared, loaded machine two runs of ``wording_speed.py`` a minute apart differ by more than
the change being measured. Here both versions check the same offers (those of
``wording_speed.py``: clean, typical, dense; French and English) in alternation, offer by offer:
each call of one is followed by a call of the other, each keeps its fastest of R calls per
offer, and the figure is the median over offers of the ratio (this checkout / baseline). Load
hits both alike, so the ratio holds where absolute times do not.
"""

import argparse
import importlib
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT / ".." / "shared" / "data" / "offer-wording-dev.jsonl"


def load_check(root: Path):
    """``employers.wording.check`` imported from ``root``; the modules are then forgotten, so
    that another root can be imported next (each function keeps its own module's globals)."""
    sys.path.insert(0, str(root))
    try:
        for name in [m for m in sys.modules if m == "employers" or m.startswith("employers.")]:
            del sys.modules[name]
        module = importlib.import_module("employers.wording")
        # The rules are imported and compiled on first use, by language: do it while this
        # root is the one on the path.
        module.check("Nous recrutons une personne pour notre équipe.", lang="fr")
        module.check("We are hiring a person for our team.", lang="en")
        return module.check
    finally:
        sys.path.remove(str(root))
        for name in [m for m in sys.modules if m == "employers" or m.startswith("employers.")]:
            del sys.modules[name]


def compare(base, ours, offers: list[str], repeats: int) -> tuple[float, float, float]:
    """(median ms of the baseline, median ms of ours, median of per-offer ratios ours/base)."""
    clock = time.perf_counter
    base_best, our_best, ratios = [], [], []
    for text in offers:
        b = o = float("inf")
        for _ in range(repeats):
            t0 = clock()
            base(text)
            t1 = clock()
            ours(text)
            t2 = clock()
            b, o = min(b, t1 - t0), min(o, t2 - t1)
        base_best.append(b)
        our_best.append(o)
        ratios.append(o / b)
    return (
        statistics.median(base_best) * 1000,
        statistics.median(our_best) * 1000,
        statistics.median(ratios),
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", type=Path, required=True, help="root holding employers/")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--offers", type=int, default=40)
    parser.add_argument("--repeats", type=int, default=25)
    args = parser.parse_args()
    if not (args.baseline / "employers" / "wording").is_dir():
        print(f"error: no employers/wording under {args.baseline}", file=sys.stderr)
        return 2
    path = args.data.resolve()
    if not path.exists():
        print(f"error: no data at {path}; pass --data PATH", file=sys.stderr)
        return 2
    base = load_check(args.baseline.resolve())
    ours = load_check(ROOT)
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from wording_speed import compose_offers  # noqa: PLC0415

    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    for kind, flagged in (("clean", 0), ("typical", 2), ("dense", None)):
        for lang in ("en", "fr"):
            offers = compose_offers(rows, lang, args.offers, flagged)
            for text in offers[:3]:
                base(text), ours(text)  # warm-up: compile the rules once
            b, o, ratio = compare(base, ours, offers, args.repeats)
            found = (sum(len(base(t)) for t in offers), sum(len(ours(t)) for t in offers))
            print(
                f"{kind} {lang}: findings {found[0]} / {found[1]}; "
                f"baseline {b:.3f} ms, this checkout {o:.3f} ms per offer "
                f"(best of {args.repeats}, median over {len(offers)} offers); per-offer ratio "
                f"this/baseline, median {ratio:.2f}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
