"""Quality of the offer-wording checker on labelled excerpts.

Usage: .venv/bin/python benchmarks/wording_quality.py [--data PATH] [--errors]

A predicted finding is a true positive when its category matches a labelled finding and its
span overlaps the labelled quote; a labelled finding is found when some prediction of its
category overlaps it. This measures ``check()``, the text checker of ``manage.py
check_offer_wording``: text-scope categories, and the offer-scope ones (salary_missing,
contract_incomplete, contradiction) when the text itself says them. The report gives the
micro figures over all categories and over the text-scope ones alone (sets written before the
second round of issue 21 label no offer-scope finding, so there any is counted as false).
"""

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from employers.wording import check  # noqa: E402
from employers.wording.categories import text_categories  # noqa: E402

DEFAULT_DATA = ROOT / ".." / "shared" / "data" / "offer-wording-dev.jsonl"


def gold_spans(row: dict) -> list[tuple[str, int, int]]:
    spans, used = [], Counter()
    for item in row["findings"]:
        # The same quote may carry two categories at one place ("young guys": age and sex);
        # repeated under one category, it means its next occurrence.
        quote, key = item["quote"], (item["quote"], item["category"])
        start = row["text"].find(quote, used[key])
        if start < 0:
            raise ValueError(f"{row['id']}: quote not in text: {quote!r}")
        used[key] = start + 1
        spans.append((item["category"], start, start + len(quote)))
    return spans


def overlaps(a: tuple[str, int, int], b: tuple[str, int, int]) -> bool:
    return a[0] == b[0] and a[1] < b[2] and b[1] < a[2]


def evaluate(rows: list[dict], show_errors: bool = False) -> dict:
    tp, fp, fn = Counter(), Counter(), Counter()
    clean, clean_flagged = 0, 0
    for row in rows:
        gold = gold_spans(row)
        pred = [(f.category, f.start, f.end) for f in check(row["text"], lang=row.get("lang"))]
        for p in pred:
            if any(overlaps(p, g) for g in gold):
                tp[p[0]] += 1
            else:
                fp[p[0]] += 1
                if show_errors:
                    print(f"FP {row['id']} {p[0]}: {row['text'][p[1] : p[2]]!r}")
        for g in gold:
            if not any(overlaps(p, g) for p in pred):
                fn[g[0]] += 1
                if show_errors:
                    print(f"FN {row['id']} {g[0]}: {row['text'][g[1] : g[2]]!r}")
        if not gold:
            clean += 1
            clean_flagged += bool(pred)
    # Recall is counted on labelled findings, precision on predictions.
    found = Counter()
    for row in rows:
        gold = gold_spans(row)
        pred = [(f.category, f.start, f.end) for f in check(row["text"], lang=row.get("lang"))]
        for g in gold:
            if any(overlaps(p, g) for p in pred):
                found[g[0]] += 1
    per_category = {}
    for cat in sorted(set(tp) | set(fp) | set(fn) | set(found)):
        p = tp[cat] / (tp[cat] + fp[cat]) if tp[cat] + fp[cat] else 0.0
        r = found[cat] / (found[cat] + fn[cat]) if found[cat] + fn[cat] else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        per_category[cat] = {
            "precision": p,
            "recall": r,
            "f1": f1,
            "gold": found[cat] + fn[cat],
            "predicted": tp[cat] + fp[cat],
        }
    tps, fps = sum(tp.values()), sum(fp.values())
    founds, fns = sum(found.values()), sum(fn.values())
    micro_p = tps / (tps + fps) if tps + fps else 0.0
    micro_r = founds / (founds + fns) if founds + fns else 0.0
    micro_f1 = 2 * micro_p * micro_r / (micro_p + micro_r) if micro_p + micro_r else 0.0
    text_scope = set(text_categories())
    t_tp = sum(n for cat, n in tp.items() if cat in text_scope)
    t_fp = sum(n for cat, n in fp.items() if cat in text_scope)
    t_found = sum(n for cat, n in found.items() if cat in text_scope)
    t_fn = sum(n for cat, n in fn.items() if cat in text_scope)
    text_p = t_tp / (t_tp + t_fp) if t_tp + t_fp else 0.0
    text_r = t_found / (t_found + t_fn) if t_found + t_fn else 0.0
    text_f1 = 2 * text_p * text_r / (text_p + text_r) if text_p + text_r else 0.0
    return {
        "text_scope": {"precision": text_p, "recall": text_r, "f1": text_f1},
        "per_category": per_category,
        "micro": {"precision": micro_p, "recall": micro_r, "f1": micro_f1},
        "excerpts": len(rows),
        "clean": clean,
        "clean_flagged": clean_flagged,
        "clean_flagged_share": clean_flagged / clean if clean else 0.0,
    }


def report(result: dict, path: Path) -> str:
    lines = [f"data: {path} ({result['excerpts']} excerpts, {result['clean']} clean)", ""]
    lines.append(f"{'category':<24} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5} {'pred':>5}")
    for cat, m in result["per_category"].items():
        lines.append(
            f"{cat:<24} {m['precision']:6.3f} {m['recall']:6.3f} {m['f1']:6.3f} "
            f"{m['gold']:5d} {m['predicted']:5d}"
        )
    micro = result["micro"]
    lines += [
        "",
        f"micro precision {micro['precision']:.3f}  recall {micro['recall']:.3f}  "
        f"F1 {micro['f1']:.3f}",
        f"text-scope micro precision {result['text_scope']['precision']:.3f}  "
        f"recall {result['text_scope']['recall']:.3f}  F1 {result['text_scope']['f1']:.3f}",
        f"clean excerpts flagged: {result['clean_flagged']}/{result['clean']} "
        f"({result['clean_flagged_share']:.1%})",
    ]
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--errors", action="store_true", help="print each FP and FN")
    args = parser.parse_args()
    path = args.data.resolve()
    if not path.exists():
        print(
            f"error: no data at {path}. Pass --data PATH (JSONL with id, lang, text, findings).",
            file=sys.stderr,
        )
        return 2
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    print(report(evaluate(rows, args.errors), path))
    return 0


if __name__ == "__main__":
    sys.exit(main())
