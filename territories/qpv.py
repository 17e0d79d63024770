"""Priority neighbourhoods (quartiers prioritaires de la politique de la ville, QPV): which one
a point lies in, and which ones a commune has.

The perimeters are ANCT's 2024 file (`QP2024_France_Hexagonale_Outre_Mer_WGS84`, Licence
Ouverte 2.0), reduced by `territories/data/build_qpv.py` to what Vivier reads: each perimeter's
code (`code_qp`), name (`lib_qp`) and communes (`insee_com`). The copy shipped is a simplified one
(about 10 m), metropolitan France and French Polynesia only: `territories/data/README.md` says
what that costs near a border. The file is read from
``settings.VIVIER_QPV_PERIMETERS`` (default `territories/data/qpv-2024.geojson`); see
`territories/data/README.md`.

A point is tested with shapely: an STRtree of the perimeters' bounding boxes gives the few
candidates, and each is asked whether it *covers* the point, so that a point on a border counts
as inside: a perimeter often runs along a street, and an address geocoded onto that line is
given the benefit of the doubt. Perimeters do not overlap; if two covered a point, the first by
code is given.
"""

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django.conf import settings
from shapely import STRtree
from shapely.geometry import Point, shape
from shapely.geometry.base import BaseGeometry

from territories.communes import commune

DEFAULT_FILE = Path(__file__).resolve().parent / "data" / "qpv-2024.geojson"


class PerimetersUnavailable(Exception):
    """No perimeter file where settings.VIVIER_QPV_PERIMETERS says: a point cannot be placed."""


@dataclass(frozen=True)
class Neighbourhood:
    code: str
    name: str
    communes: tuple[str, ...]


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
        self.tree = STRtree(self.shapes)
        self.by_code = {n.code: n for n in self.neighbourhoods}
        self.by_commune: dict[str, list[Neighbourhood]] = {}
        for neighbourhood in self.neighbourhoods:
            for code in neighbourhood.communes:
                self.by_commune.setdefault(code, []).append(neighbourhood)

    @classmethod
    def read(cls, path: Path) -> "Perimeters":
        with path.open(encoding="utf-8") as handle:
            return cls(json.load(handle)["features"])

    def locate(self, latitude: float, longitude: float) -> Neighbourhood | None:
        point = Point(longitude, latitude)
        for index in sorted(int(i) for i in self.tree.query(point)):
            if self.shapes[index].covers(point):
                return self.neighbourhoods[index]
        return None


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


def locate(latitude: float, longitude: float) -> Neighbourhood | None:
    """The QPV covering the point (WGS 84 degrees), or None. PerimetersUnavailable when the
    perimeter file is missing."""
    return perimeters().locate(latitude, longitude)


def of_commune(insee_code: str) -> list[Neighbourhood]:
    """The commune's QPVs by name, for a person who picks their commune instead of giving an
    address. A district of Paris, Lyon or Marseille lists its city's. Empty when the perimeter
    file is missing."""
    if not available():
        return []
    found = commune(insee_code)
    code = found.parent if found and found.parent else insee_code
    return sorted(perimeters().by_commune.get(code, []), key=lambda n: n.name)


def neighbourhood(code: str) -> Neighbourhood | None:
    if not available():
        return None
    return perimeters().by_code.get(code)


def communes_with_qpv() -> frozenset[str]:
    """INSEE codes of the communes that have at least one QPV (empty without perimeters)."""
    if not available():
        return frozenset()
    return frozenset(perimeters().by_commune)
