"""Which commune a point lies in, for a point given without its commune (`manage.py
locate_territory`; the address form gets the commune from the geocoder instead).

The outlines are IGN's ADMIN EXPRESS (edition 2018, communes merged since mapped to their
current code), simplified by `build_commune_contours.py` so that the file stays small: a point
within BORDER_BAND_METRES of a commune's line may lie on either side of the true line, so the
answer then names every commune near (`Located.near`) and no commune for sure. What the
simplification costs is measured by `benchmarks/territory_lookups.py --contours`.

The file holds one JSON array a line: the commune's code, then its polygons, each a list of
rings, each ring its coordinates in 1e-5 degrees as differences from the previous point (the
first point from 0), longitude then latitude.
"""

from __future__ import annotations

import gzip
import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import shapely
from shapely import STRtree
from shapely.geometry import MultiPolygon, Point, Polygon

FILE = Path(__file__).resolve().parent / "data" / "commune-contours.jsonl.gz"
# The simplification's tolerance (build_commune_contours.TOLERANCE, 0.0005°: 56 m north-south)
# plus a margin: farther than this from every other commune's outline, the point's commune is
# the one whose outline holds it.
BORDER_BAND_METRES = 70
_METRES_PER_DEGREE = 111_320
_BAND = BORDER_BAND_METRES / _METRES_PER_DEGREE


@dataclass(frozen=True)
class Located:
    insee_code: str | None  # the commune, when the point lies clearly inside one
    near: tuple[str, ...] = ()  # near a line: the communes it may lie in, by code


def _ring(deltas: list[int]) -> list[tuple[float, float]]:
    x = y = 0
    points = []
    for index in range(0, len(deltas), 2):
        x += deltas[index]
        y += deltas[index + 1]
        points.append((x / 1e5, y / 1e5))
    return points


class Outlines:
    def __init__(self, rows: list[list]):
        self.codes: list[str] = []
        shapes = []
        for code, polygons in rows:
            parts = [Polygon(_ring(rings[0]), [_ring(r) for r in rings[1:]]) for rings in polygons]
            self.codes.append(code)
            shapes.append(parts[0] if len(parts) == 1 else MultiPolygon(parts))
        self.shapes = shapes
        shapely.prepare(self.shapes)
        self.tree = STRtree(self.shapes)

    @classmethod
    def read(cls, path: Path) -> Outlines:
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            return cls([json.loads(line) for line in handle if line.strip()])

    def locate(self, latitude: float, longitude: float) -> Located:
        point = Point(longitude, latitude)
        # The band in degrees of longitude is wider by 1/cos(latitude): search the wider of the
        # two, then measure each candidate in metres-shaped degrees.
        scale = math.cos(math.radians(latitude))
        reach = point.buffer(_BAND / max(scale, 0.2))
        candidates = self.tree.query(reach)
        inside, near = None, []
        for index in candidates:
            area = self.shapes[index]
            if area.covers(point):
                inside = self.codes[index]
                if _distance_metres(area.boundary, point, scale) <= BORDER_BAND_METRES:
                    near.append(self.codes[index])
            elif _distance_metres(area, point, scale) <= BORDER_BAND_METRES:
                near.append(self.codes[index])
        if inside and not near:
            return Located(inside)
        return Located(None, tuple(sorted(set(near))))


def _distance_metres(geometry, point: Point, scale: float) -> float:
    nearest = shapely.shortest_line(geometry, point).coords[0]
    return math.hypot((nearest[0] - point.x) * scale, nearest[1] - point.y) * _METRES_PER_DEGREE


@cache
def outlines() -> Outlines | None:
    """The shipped outlines, read once per process; None when the file is missing."""
    if not FILE.is_file():
        return None
    return Outlines.read(FILE)


def locate(latitude: float, longitude: float) -> Located:
    found = outlines()
    return found.locate(latitude, longitude) if found else Located(None)
