"""Distances between French postcodes, from a compact table shipped with the code.

`broadcasting/data/postcodes.csv` gives one point (latitude, longitude) per postcode: the mean of
the centres of the communes it serves. `broadcasting/data/README.md` says where it comes from,
under which licences, and how to rebuild it. Nothing is downloaded at run time.
"""

import csv
import math
from functools import cache, lru_cache
from pathlib import Path

DATA_FILE = Path(__file__).resolve().parent / "data" / "postcodes.csv"
EARTH_RADIUS_KM = 6371.0088  # mean Earth radius (IUGG)


@cache
def _table() -> dict[str, tuple[float, float]]:
    with DATA_FILE.open(newline="", encoding="utf-8") as handle:
        return {
            row["postcode"]: (float(row["latitude"]), float(row["longitude"]))
            for row in csv.DictReader(handle)
        }


def coordinates(postcode: str) -> tuple[float, float] | None:
    """(latitude, longitude) of the postcode, or None when the table does not know it."""
    return _table().get(postcode)


def distance_km(a: tuple[float, float], b: tuple[float, float]) -> float:
    """Great-circle distance (haversine) between two (latitude, longitude) points."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def postcodes_within(postcode: str, radius_km: float) -> frozenset[str]:
    """Every known postcode whose point lies within `radius_km` of `postcode`'s, itself included.

    An unknown postcode gives only itself, so a search still finds offers at that exact postcode.
    """
    return _postcodes_within(postcode, float(radius_km))


@lru_cache(maxsize=256)
def _postcodes_within(postcode: str, radius_km: float) -> frozenset[str]:
    centre = coordinates(postcode)
    if centre is None:
        return frozenset({postcode})
    return frozenset(
        {postcode}
        | {other for other, point in _table().items() if distance_km(centre, point) <= radius_km}
    )
