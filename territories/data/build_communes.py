"""Build territories/data/communes.csv from Etalab's `communes.json`.

Usage (see territories/data/README.md for where the input comes from):

    python territories/data/build_communes.py package/data/communes.json \
        > territories/data/communes.csv

One row per current commune and per municipal district of Paris, Lyon and Marseille (the Base
Adresse Nationale answers with a district's code there), sorted by INSEE code.
"""

import csv
import json
import sys

KEPT = {"commune-actuelle", "arrondissement-municipal"}


def rows(communes: list[dict]):
    for commune in communes:
        if commune["type"] not in KEPT:
            continue
        yield {
            "insee_code": commune["code"],
            "name": commune["nom"],
            "department": commune["departement"],
            "postcodes": " ".join(sorted(commune.get("codesPostaux", []))),
            # A district belongs to its city (75056, 69123, 13055).
            "parent": commune.get("commune", ""),
            # Codes the commune had before a merger: the ZRR list of 2022 may know only those.
            "former_codes": " ".join(sorted(commune.get("anciensCodes", []))),
            "population": commune.get("population") or "",
        }


def main(path: str) -> None:
    with open(path, encoding="utf-8") as handle:
        communes = json.load(handle)
    fields = ["insee_code", "name", "department", "postcodes", "parent", "former_codes"]
    writer = csv.DictWriter(sys.stdout, fieldnames=[*fields, "population"], lineterminator="\n")
    writer.writeheader()
    writer.writerows(sorted(rows(communes), key=lambda row: row["insee_code"]))


if __name__ == "__main__":
    main(sys.argv[1])
