"""What the simplified commune outlines cost (territories/contours.py): placing points against
them, compared with the source outlines they were built from.

    .venv/bin/python benchmarks/commune_contours.py --source FOLDER [--points 4000]

FOLDER holds the source files `communes-*.geojson` (territories/data/README.md says where
from). Two sets of points, drawn with a fixed seed: « anywhere », a random commune then a
random point inside its source outline (every commune alike, so small communes weigh as much
as large ones); « near a line », a point on a source outline moved 0 to 150 m in a random
direction. For each point, the truth is the source commune holding it; the shipped outlines
answer a commune (right or wrong) or « near a line » (no commune, the candidates listed). The
rurality answered (`locate.from_point`, which falls back to the candidates when they agree) is
compared with the truth's. Also timed: reading the file, and one lookup (median and p99).
"""

import argparse
import json
import math
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.test_settings")

import django  # noqa: E402

django.setup()

import shapely  # noqa: E402
from shapely import STRtree  # noqa: E402
from shapely.geometry import Point, shape  # noqa: E402

from territories import communes, contours, locate  # noqa: E402
from territories.data.build_commune_contours import current_codes  # noqa: E402

DATA = Path(__file__).resolve().parents[1] / "territories" / "data"


def source_outlines(folder: Path):
    codes = current_codes(DATA / "communes.csv")
    rows = []
    for path in sorted(folder.glob("communes-*.geojson")):
        for feature in json.loads(path.read_text(encoding="utf-8"))["features"]:
            rows.append((codes[feature["properties"]["code"]], shape(feature["geometry"])))
    return rows


def random_inside(area, rng):
    west, south, east, north = area.bounds
    for _ in range(200):
        point = Point(rng.uniform(west, east), rng.uniform(south, north))
        if area.contains(point):
            return point
    return area.representative_point()


def near_a_line(area, rng):
    line = area.boundary
    on = line.interpolate(rng.random(), normalized=True)
    distance, angle = rng.uniform(0, 150), rng.uniform(0, 2 * math.pi)
    scale = math.cos(math.radians(on.y))
    return Point(
        on.x + distance * math.cos(angle) / (111_320 * scale),
        on.y + distance * math.sin(angle) / 111_320,
    )


def measure(name, points, truth_tree, truth):
    right = wrong = unsure = rural_right = rural_wrong = rural_unknown = counted = 0
    for point in points:
        holders = truth_tree.query(point, predicate="within")
        if len(holders) != 1:
            continue  # outside every source outline (sea) or on a shared line
        counted += 1
        expected = truth[holders[0]]
        found = contours.locate(point.y, point.x)
        if found.insee_code is None:
            unsure += 1
        elif found.insee_code == expected:
            right += 1
        else:
            wrong += 1
        answered = locate.from_point(point.y, point.x).rural
        actual = communes.rural(expected)
        if answered is None:
            rural_unknown += 1
        elif answered == actual:
            rural_right += 1
        else:
            rural_wrong += 1

    def pct(n):
        return f"{100 * n / counted:.2f} %"

    print(
        f"{name:<12} {counted:>6} points | commune: right {pct(right)}, wrong {pct(wrong)}, "
        f"near a line {pct(unsure)} | rural: right {pct(rural_right)}, wrong "
        f"{pct(rural_wrong)}, unknown {pct(rural_unknown)}"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, required=True)
    parser.add_argument("--points", type=int, default=4000)
    args = parser.parse_args()

    started = time.perf_counter()
    shipped = contours.Outlines.read(contours.FILE)
    print(
        f"shipped: {contours.FILE.stat().st_size / 1e6:.1f} MB, {len(shipped.codes)} communes, "
        f"read in {time.perf_counter() - started:.1f} s"
    )
    contours.outlines.cache_clear()
    contours.outlines()  # the lookups below use the cached copy

    rows = source_outlines(args.source)
    truth = [code for code, _ in rows]
    areas = [area for _, area in rows]
    shapely.prepare(areas)
    truth_tree = STRtree(areas)
    rng = random.Random(20261207)
    chosen = [rng.choice(areas) for _ in range(args.points)]
    anywhere = [random_inside(area, rng) for area in chosen]
    near = [near_a_line(area, rng) for area in chosen]

    timings = []
    for point in anywhere[:1000]:
        started = time.perf_counter()
        contours.locate(point.y, point.x)
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    print(
        f"lookup: median {statistics.median(timings):.3f} ms, "
        f"p99 {timings[int(len(timings) * 0.99)]:.3f} ms"
    )
    measure("anywhere", anywhere, truth_tree, truth)
    measure("near a line", near, truth_tree, truth)


if __name__ == "__main__":
    main()
