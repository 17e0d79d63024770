"""Build territories/data/commune-contours.jsonl.gz: the outline of every commune, so that a
point given alone (`manage.py locate_territory`) finds its commune and so its rurality.

Usage (see territories/data/README.md for where the input comes from):

    python territories/data/build_commune_contours.py FOLDER territories/data/communes.csv \
        territories/data/commune-contours.jsonl.gz

FOLDER holds the per-department files `communes-*.geojson` (IGN ADMIN EXPRESS COG 2018, as
converted to GeoJSON by the france-geojson project). A commune merged into a « commune
nouvelle » since 2018 is mapped to its current code through `former_codes` of communes.csv, and
the parts of one current commune are joined. Outlines are simplified by TOLERANCE degrees (about
56 m north-south) with their topology kept, and coordinates rounded to 5 decimals (about 1 m):
`benchmarks/territory_lookups.py --contours` measures what that costs against the source lines.
The format (one commune a line, sorted by code, coordinates as differences) is read by
`territories/contours.py`, which says it.
"""

import csv
import gzip
import json
import sys
from collections import defaultdict
from pathlib import Path

import shapely
from shapely.geometry import shape

TOLERANCE = 0.0005


def current_codes(communes_csv: Path) -> dict[str, str]:
    """Any code a commune had or has → its current code (districts aside: their city)."""
    codes: dict[str, str] = {}
    with communes_csv.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["parent"]:
                continue
            codes[row["insee_code"]] = row["insee_code"]
            for old in row["former_codes"].split():
                codes.setdefault(old, row["insee_code"])
    return codes


def _deltas(ring) -> list[int]:
    """A ring's coordinates in 1e-5 degrees, each as its difference from the previous point."""
    out, previous_x, previous_y = [], 0, 0
    for x, y in ring:
        ix, iy = round(x * 1e5), round(y * 1e5)
        out += [ix - previous_x, iy - previous_y]
        previous_x, previous_y = ix, iy
    return out


def _polygons(outline) -> list:
    polygons = outline.geoms if outline.geom_type == "MultiPolygon" else [outline]
    return [
        [_deltas(p.exterior.coords), *(_deltas(hole.coords) for hole in p.interiors)]
        for p in polygons
    ]


def main(folder: str, communes_csv: str, output: str) -> None:
    codes = current_codes(Path(communes_csv))
    parts: dict[str, list] = defaultdict(list)
    unknown = []
    for path in sorted(Path(folder).glob("communes-*.geojson")):
        for feature in json.loads(path.read_text(encoding="utf-8"))["features"]:
            code = feature["properties"]["code"]
            if code not in codes:
                unknown.append(code)
                continue
            parts[codes[code]].append(shape(feature["geometry"]))
    with gzip.open(output, "wt", encoding="utf-8", compresslevel=9) as out:
        for code in sorted(parts):
            outline = shapely.union_all(parts[code]).simplify(TOLERANCE, preserve_topology=True)
            out.write(json.dumps([code, _polygons(outline)], separators=(",", ":")) + "\n")
    print(f"{len(parts)} communes; codes unknown to communes.csv: {unknown}", file=sys.stderr)


if __name__ == "__main__":
    main(*sys.argv[1:])
