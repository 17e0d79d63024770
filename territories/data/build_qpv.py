"""Build territories/data/qpv-2024.geojson from ANCT's official QPV 2024 perimeters.

Usage (see territories/data/README.md for where the official file comes from):

    python territories/data/build_qpv.py QP2024_France_Hexagonale_Outre_Mer_WGS84.geojson \
        > territories/data/qpv-2024.geojson

Keeps each perimeter's `code_qp`, `lib_qp` and `insee_com`, rounds coordinates to 6 decimals
(about 0.1 m, far below the precision of a geocoded address) and simplifies nothing, so that a
point near a border is judged against the official line. Features are sorted by code; the
output is one feature a line, so that a new edition gives a readable diff.
"""

import json
import sys

KEPT = ("code_qp", "lib_qp", "insee_com")


def _round(coordinates):
    if isinstance(coordinates[0], int | float):
        return [round(value, 6) for value in coordinates]
    return [_round(part) for part in coordinates]


def main(path: str) -> None:
    with open(path, encoding="utf-8") as handle:
        collection = json.load(handle)
    features: list[dict] = []
    for feature in collection["features"]:
        geometry = feature["geometry"]
        features.append(
            {
                "type": "Feature",
                "properties": {key: feature["properties"][key] for key in KEPT},
                "geometry": {
                    "type": geometry["type"],
                    "coordinates": _round(geometry["coordinates"]),
                },
            }
        )
    features.sort(key=lambda feature: feature["properties"]["code_qp"])
    out = sys.stdout
    out.write('{"type": "FeatureCollection", "features": [\n')
    out.write(
        ",\n".join(json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in features)
    )
    out.write("\n]}\n")


if __name__ == "__main__":
    main(sys.argv[1])
