"""How fast the territories lookups answer: the ROME job title search, once per keystroke of the
offer form's combobox, and placing a point among QPV perimeters.

    .venv/bin/python benchmarks/territory_lookups.py

ROME: each prefix of a few typed titles ("d", "de", "dev"…) is searched as the combobox does
(limit 10); the baseline, in the same run, is the cheapest scan of the same 11,061 titles
(`substring in label` on the raw labels, no folding, no ranking). Goal: under 5 ms a keystroke,
so that the answer is never the slow part of a request.

QPV: placing a point (`Perimeters.place`: the STRtree query widened by the border band, then,
for the few perimeters found, the distance to their line and the `covers` test), timed twice:
on 1,584 synthetic perimeters (as many as ANCT's 2024 file, circles of 300 m spread over
metropolitan France, 40 vertices each as a typical QPV outline), and on the perimeters shipped
(`territories/data/qpv-2024.geojson`, 1,450) with points anywhere in metropolitan France, inside
a perimeter, and on a perimeter's line. The baseline is the same shapely `covers` test over
every perimeter without the STRtree.
"""

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

from shapely.geometry import Point  # noqa: E402

from territories import qpv, rome  # noqa: E402

TYPED = ["developpeur web", "data analyst", "technicien support", "chef de projet"]
ROUNDS = 20


def per_call(function, arguments, rounds=ROUNDS) -> list[float]:
    times = []
    for _ in range(rounds):
        for argument in arguments:
            start = time.perf_counter()
            function(argument)
            times.append(time.perf_counter() - start)
    return times


def report(name, ours, baseline):
    p50, p99 = statistics.median(ours), sorted(ours)[int(0.99 * len(ours))]
    base = statistics.median(baseline)
    print(
        f"{name}: median {p50 * 1000:.3f} ms, p99 {p99 * 1000:.3f} ms; "
        f"baseline median {base * 1000:.3f} ms; ratio {p50 / base:.4f}"
    )


def rome_figures():
    rome.search_appellations("warm up")
    labels = [a.label for a in rome._appellations().values()]
    prefixes = [text[:n] for text in TYPED for n in range(1, len(text) + 1)]
    ours = per_call(lambda q: rome.search_appellations(q, limit=10), prefixes)
    baseline = per_call(lambda q: [label for label in labels if q in label][:10], prefixes)
    report(f"ROME search, {len(prefixes)} keystrokes x {ROUNDS}", ours, baseline)


def synthetic_features(count=1584, vertices=40, seed=7):
    rng = random.Random(seed)
    features = []
    for index in range(count):
        lat, lon = rng.uniform(43.0, 50.5), rng.uniform(-1.5, 7.5)
        radius = 0.0027  # about 300 m
        ring = [
            [
                lon + radius * math.cos(2 * math.pi * k / vertices),
                lat + radius * math.sin(2 * math.pi * k / vertices),
            ]
            for k in range(vertices)
        ]
        ring.append(ring[0])
        features.append(
            {
                "type": "Feature",
                "properties": {
                    "code_qp": f"QN{index:06d}",
                    "lib_qp": f"Q{index}",
                    "insee_com": "00000",
                },
                "geometry": {"type": "Polygon", "coordinates": [ring]},
            }
        )
    return features


def qpv_figures():
    features = synthetic_features()
    perimeters = qpv.Perimeters(features)
    rng = random.Random(11)
    points = [(rng.uniform(43.0, 50.5), rng.uniform(-1.5, 7.5)) for _ in range(200)]
    # Half the points on a perimeter's line (its first vertex): in the border band.
    points += [tuple(reversed(f["geometry"]["coordinates"][0][0])) for f in features[:200]]
    points = [(lat, lon) for lat, lon in points]
    ours = per_call(lambda p: perimeters.place(*p), points, rounds=5)
    baseline = per_call(lambda p: linear(perimeters, p), points, rounds=5)
    report(f"QPV point test, {len(points)} points x 5 (1,584 synthetic perimeters)", ours, baseline)


def linear(perimeters, p):
    point = Point(p[1], p[0])
    return next(
        (n for n, s in zip(perimeters.neighbourhoods, perimeters.shapes) if s.covers(point)),
        None,
    )


def shipped_qpv_figures():
    perimeters = qpv.Perimeters.read(qpv.DEFAULT_FILE)
    metropolitan = [
        shape for shape, n in zip(perimeters.shapes, perimeters.neighbourhoods) if n.code < "QN97"
    ]
    rng = random.Random(13)
    points = [(rng.uniform(42.5, 50.5), rng.uniform(-1.5, 7.5)) for _ in range(200)]
    for shape in rng.sample(metropolitan, 200):
        inside = shape.representative_point()
        points.append((inside.y, inside.x))
    for shape in rng.sample(metropolitan, 200):
        on_line = shape.boundary.interpolate(rng.random(), normalized=True)
        points.append((on_line.y, on_line.x))
    ours = per_call(lambda p: perimeters.place(*p), points, rounds=5)
    baseline = per_call(lambda p: linear(perimeters, p), points, rounds=5)
    count = len(perimeters.shapes)
    report(
        f"QPV point test, {len(points)} points x 5 ({count:,} shipped perimeters)", ours, baseline
    )


if __name__ == "__main__":
    rome_figures()
    qpv_figures()
    shipped_qpv_figures()
