"""Priority neighbourhoods (quartiers prioritaires de la politique de la ville, QPV): which one
a point lies in, and which ones a commune has.

The perimeters are ANCT's 2024 file (`QP2024_France_Hexagonale_Outre_Mer_WGS84`, Licence
Ouverte 2.0), reduced by `territories/data/build_qpv.py` to what Vivier reads: each perimeter's
code (`code_qp`), name (`lib_qp`) and communes (`insee_com`). The file is read from
``settings.VIVIER_QPV_PERIMETERS`` (default `territories/data/qpv-2024.geojson`). The copy shipped
is a simplified one (about 10 m), for metropolitan France and French Polynesia only:
`territories/data/README.md` says where it comes from and what that costs near a border.

So a point gets one of four answers (`Status`), and only the first two are decided:

- *inside* a QPV, or *outside* every one, when it lies farther than `BORDER_BAND_METRES` from
  every perimeter's line;
- *near a border*: closer than that to a perimeter's line, where the simplified outline may put
  it on the wrong side; the caller asks the person, listing the QPVs nearby or the commune's;
- *not covered*: in a department the file holds no perimeter in (the overseas departments, with
  the file shipped), where « in no QPV » cannot be told.

A commune's QPVs are likewise `None`, not known, outside the departments covered.

Shapely does the geometry: an STRtree of the perimeters' boxes, each widened by the band, gives
the few perimeters the point may lie in or near; only for those is the distance from the point
to the perimeter's line measured (`dwithin` on prepared outlines, in metres: each outline is
stored with its longitudes scaled by the cosine of its latitude, so that degrees are the same
length both ways), and the point tested for being inside. If two perimeters covered a point
(some simplified ones overlap slightly), the first by code is given.
"""

import json
import math
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from pathlib import Path

import shapely
from django.conf import settings
from shapely import STRtree
from shapely.geometry import Point, shape
from shapely.geometry.base import BaseGeometry

from territories.communes import commune

DEFAULT_FILE = Path(__file__).resolve().parent / "data" / "qpv-2024.geojson"

# Closer than this to a perimeter's line, a point is not placed by the geometry. The shipped
# outlines are simplified: measured against 8 official perimeters (territories/data/README.md),
# they stray from the official line by 5.3 to 10.6 m (Hausdorff distance), and points 5 m from
# the official line are judged otherwise 2.4 % of the time, 10 m 0.2 %. 15 m is the largest
# stray measured plus a margin for the 1,442 perimeters that could not be compared. With
# ANCT's unsimplified file, this would shrink to the geocoder's own precision.
BORDER_BAND_METRES = 15.0
# A point given without its commune counts as covered when it lies within this of the box
# around a covered department's perimeters (about 80 km north-south): with the file shipped,
# every metropolitan postcode's point (broadcasting/data/postcodes.csv) is within 0.61° of one
# (Calvi the farthest), every overseas department's stays 47° or more away, and neighbouring
# overseas departments lie about 1° apart or more (Martinique's north from Guadeloupe's south),
# so that a file covering one of them would not cover the other.
COVERED_MARGIN_DEGREES = 0.75
METRES_PER_DEGREE = 111_320  # of latitude (and of longitude at the equator)
BAND = BORDER_BAND_METRES / METRES_PER_DEGREE  # in degrees of latitude


class PerimetersUnavailable(Exception):
    """No perimeter file where settings.VIVIER_QPV_PERIMETERS says: a point cannot be placed."""


class Status(StrEnum):
    INSIDE = "inside"
    OUTSIDE = "outside"
    NEAR_BORDER = "near_border"
    NOT_COVERED = "not_covered"


@dataclass(frozen=True)
class Neighbourhood:
    code: str
    name: str
    communes: tuple[str, ...]


@dataclass(frozen=True)
class Placement:
    """Where a point lies: `neighbourhood` when INSIDE; `near`, the QPVs whose line passes
    within the band, when NEAR_BORDER."""

    status: Status
    neighbourhood: Neighbourhood | None = None
    near: tuple[Neighbourhood, ...] = ()

    @property
    def decided(self) -> bool:
        return self.status in (Status.INSIDE, Status.OUTSIDE)


def department_of(insee_code: str) -> str:
    """The department of an INSEE commune code: its first two characters (`91`, `2A`), three
    overseas (`974`, `987`)."""
    code = insee_code.strip().upper()
    return code[:3] if code.startswith(("97", "98")) else code[:2]


def _codes(insee_code: str) -> frozenset[str]:
    """The codes the perimeters may list a commune under: a district of Paris, Lyon or Marseille
    as its city, and a commune with the codes it had before a merger (ANCT's 2024 list names
    Pierrefitte-sur-Seine, 93059, part of Saint-Denis, 93066, since 2025)."""
    code = insee_code.strip().upper()
    found = commune(code)
    if found and found.parent:
        code, found = found.parent, commune(found.parent)
    return frozenset({code, *(found.former_codes if found else ())})


class Perimeters:
    def __init__(self, features: list[dict]):
        rows = []
        for feature in features:
            properties = feature["properties"]
            communes = tuple(
                code.strip()
                for code in str(properties["insee_com"]).replace(";", ",").split(",")
                if code.strip()
            )
            rows.append(
                (
                    Neighbourhood(str(properties["code_qp"]), str(properties["lib_qp"]), communes),
                    shape(feature["geometry"]),
                )
            )
        rows.sort(key=lambda row: row[0].code)
        self.neighbourhoods: list[Neighbourhood] = [row[0] for row in rows]
        self.shapes: list[BaseGeometry] = [row[1] for row in rows]
        shapely.prepare(self.shapes)
        # Each outline in « metres-shaped » degrees: longitudes times the cosine of the
        # perimeter's latitude (a perimeter spans a few km: the cosine barely varies across it).
        self.scales = [math.cos(math.radians(s.centroid.y)) for s in self.shapes]
        # The index holds each perimeter's box widened by the band: the point alone finds every
        # perimeter it lies in or near.
        self.tree = STRtree(
            [
                shapely.box(west - BAND / k, south - BAND, east + BAND / k, north + BAND)
                for (west, south, east, north), k in zip(
                    (s.bounds for s in self.shapes), self.scales, strict=True
                )
            ]
        )
        self.outlines = [
            shapely.transform(s.boundary, lambda xy, k=k: xy * (k, 1.0))
            for s, k in zip(self.shapes, self.scales, strict=True)
        ]
        shapely.prepare(self.outlines)
        self.by_code = {n.code: n for n in self.neighbourhoods}
        self.by_commune: dict[str, list[Neighbourhood]] = {}
        boxes: dict[str, list[float]] = {}  # department: west, south, east, north
        for neighbourhood, area in zip(self.neighbourhoods, self.shapes, strict=True):
            west, south, east, north = area.bounds
            for code in neighbourhood.communes:
                self.by_commune.setdefault(code, []).append(neighbourhood)
                box = boxes.setdefault(department_of(code), [west, south, east, north])
                box[:] = [
                    min(box[0], west),
                    min(box[1], south),
                    max(box[2], east),
                    max(box[3], north),
                ]
        # The departments the file covers: those it holds a perimeter in. ANCT draws up a whole
        # list at a time, so a department it covers with no perimeter left in the file has none.
        self.departments = frozenset(boxes)
        margin = COVERED_MARGIN_DEGREES
        self.covered_area = STRtree(
            [
                shapely.box(west - margin, south - margin, east + margin, north + margin)
                for west, south, east, north in boxes.values()
            ]
        )

    @classmethod
    def read(cls, path: Path) -> "Perimeters":
        with path.open(encoding="utf-8") as handle:
            return cls(json.load(handle)["features"])

    def covers(self, latitude: float, longitude: float, insee_code: str | None = None) -> bool:
        """Whether the file can tell this place: by its commune's department when known, else by
        the point lying near a covered department's perimeters."""
        if insee_code:
            return department_of(insee_code) in self.departments
        return len(self.covered_area.query(Point(longitude, latitude))) > 0

    def place(self, latitude: float, longitude: float, insee_code: str | None = None) -> Placement:
        """Where the point (WGS 84 degrees) lies. With its commune (`insee_code`), a QPV that
        does not extend into that commune cannot hold the point: it does not make it uncertain."""
        if insee_code and department_of(insee_code) not in self.departments:
            return Placement(Status.NOT_COVERED)
        point = Point(longitude, latitude)
        nearby = self.tree.query(point)
        if not len(nearby):
            # Near no perimeter. Without a commune, a point near none of a covered department's
            # is not covered (a perimeter's own surroundings always are).
            if insee_code or len(self.covered_area.query(point)):
                return Placement(Status.OUTSIDE)
            return Placement(Status.NOT_COVERED)
        codes = _codes(insee_code) if insee_code else None
        inside, near = None, []
        for index in sorted(nearby.tolist()):
            neighbourhood = self.neighbourhoods[index]
            scaled = Point(longitude * self.scales[index], latitude)
            if self.outlines[index].dwithin(scaled, BAND):
                if codes is None or not codes.isdisjoint(neighbourhood.communes):
                    near.append(neighbourhood)
            elif inside is None and self.shapes[index].covers(point):
                inside = neighbourhood
        if inside is not None:
            return Placement(Status.INSIDE, inside)
        if near:
            return Placement(Status.NEAR_BORDER, near=tuple(near))
        return Placement(Status.OUTSIDE)

    def of_commune(self, insee_code: str) -> list[Neighbourhood] | None:
        """The commune's QPVs by name (a district of Paris, Lyon or Marseille lists its city's,
        a commune born of a merger its former communes'); None when the file does not cover its
        department."""
        if department_of(insee_code) not in self.departments:
            return None
        found = {n for code in _codes(insee_code) for n in self.by_commune.get(code, ())}
        return sorted(found, key=lambda n: (n.name, n.code))


def perimeter_file() -> Path:
    return Path(getattr(settings, "VIVIER_QPV_PERIMETERS", DEFAULT_FILE))


@cache
def _read(path: Path) -> Perimeters:
    return Perimeters.read(path)


def perimeters() -> Perimeters:
    path = perimeter_file()
    if not path.is_file():
        raise PerimetersUnavailable(str(path))
    return _read(path)


def available() -> bool:
    return perimeter_file().is_file()


def place(latitude: float, longitude: float, insee_code: str | None = None) -> Placement:
    """Where the point (WGS 84 degrees) lies among the QPVs: `Perimeters.place`.
    PerimetersUnavailable when the perimeter file is missing."""
    return perimeters().place(latitude, longitude, insee_code)


def of_commune(insee_code: str) -> list[Neighbourhood] | None:
    """The commune's QPVs by name, for a person who picks their commune instead of giving an
    address (or whose address lies near a border). A district of Paris, Lyon or Marseille lists
    its city's. None, « not known », never « none », when the perimeter file is missing or does
    not cover the commune's department."""
    if not available():
        return None
    return perimeters().of_commune(insee_code)


def neighbourhood(code: str) -> Neighbourhood | None:
    if not available():
        return None
    return perimeters().by_code.get(code)


def communes_with_qpv() -> frozenset[str]:
    """INSEE codes of the communes that have at least one QPV (empty without perimeters)."""
    if not available():
        return frozenset()
    return frozenset(perimeters().by_commune)
