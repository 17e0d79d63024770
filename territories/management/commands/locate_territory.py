"""`manage.py locate_territory [FILE]`: place points or communes, one JSON object a line.

Input (a file, or standard input when FILE is omitted or `-`), JSON Lines:

    {"id": "a1", "lat": 48.6245, "lon": 2.4417}
    {"id": "b2", "insee_code": "91228"}

Output, one line per input line, in the same order:

    {"id": "a1", "qpv": "QN09105M", "rural": false, "insee_code": "91228"}
    {"id": "b2", "qpv": null, "rural": false, "insee_code": "91228", "qpv_in_commune": [...]}

`qpv` is the code of the priority neighbourhood the point lies in, or null. A commune alone does
not tell whether someone lives in one of its QPVs: `qpv` is then null and `qpv_in_commune` lists
the commune's QPV codes (empty: no one there lives in a QPV). `rural` is the commune's ZRR
classification: true, false, or null when unknown (a point outside any QPV has no known commune:
Vivier ships no commune contours).

When the QPV cannot be told, `qpv` is null and `qpv_unknown` says why (the key is absent
otherwise, so a null `qpv` without it still means « in no QPV »):

- `"near_border"`: the point lies within `territories.qpv.BORDER_BAND_METRES` (15 m) of a
  perimeter's line, where the simplified perimeters shipped may put it on the wrong side;
  `qpv_near` lists the codes of those perimeters.
- `"not_covered"`: the perimeters shipped do not cover the place (a commune of a department
  they hold no perimeter in, such as the overseas departments; a point far from every covered
  department's perimeters); for a commune, `qpv_in_commune` is then null, not known.

A line that cannot be read gives `{"id": …, "error": "…"}`; the command then ends with status 1
after the last line.
"""

import json
import math
import sys

from django.core.management.base import BaseCommand, CommandError

from territories import communes, locate, qpv


def _coordinate(value, low: float, high: float) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise ValueError
    number = float(value)
    if not math.isfinite(number) or not low <= number <= high:
        raise ValueError
    return number


def place(record) -> dict:
    if not isinstance(record, dict):
        return {"id": None, "error": "chaque ligne doit être un objet JSON"}
    identifier = record.get("id")
    if "lat" in record or "lon" in record:
        try:
            latitude = _coordinate(record.get("lat"), -90, 90)
            longitude = _coordinate(record.get("lon"), -180, 180)
        except ValueError:
            return {
                "id": identifier,
                "error": "lat et lon doivent être des nombres (degrés WGS 84)",
            }
        try:
            territory = locate.from_point(latitude, longitude)
        except qpv.PerimetersUnavailable as missing:
            return {"id": identifier, "error": f"périmètres des QPV introuvables : {missing}"}
        return territory.as_json(identifier)
    if "insee_code" in record:
        code = str(record["insee_code"]).strip()
        if communes.commune(code) is None:
            return {"id": identifier, "error": f"code INSEE de commune inconnu : {code[:10]}"}
        if not qpv.available():
            return {"id": identifier, "error": "périmètres des QPV introuvables"}
        territory = locate.from_commune(code)
        listed = qpv.of_commune(code)
        return {
            **territory.as_json(identifier),
            "qpv_in_commune": None if listed is None else [n.code for n in listed],
        }
    return {"id": identifier, "error": "attendu : lat et lon, ou insee_code"}


class Command(BaseCommand):
    help = (
        "Lit des lignes JSON {id, lat, lon} ou {id, insee_code} et écrit pour chacune "
        "{id, qpv, rural} (README, « Territoires »)."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", nargs="?", default="-", help="fichier JSON Lines, ou -")

    def handle(self, *args, file, **options):
        try:
            stream = sys.stdin if file == "-" else open(file, encoding="utf-8")  # noqa: SIM115
        except OSError as error:
            raise CommandError(f"Impossible de lire {file} : {error.strerror}") from None
        errors = 0
        with stream:
            for number, line in enumerate(stream, start=1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except ValueError:
                    result = {"id": None, "error": f"ligne {number} : JSON illisible"}
                else:
                    result = place(record)
                errors += "error" in result
                self.stdout.write(json.dumps(result, ensure_ascii=False))
        if errors:
            raise CommandError(f"{errors} ligne(s) en erreur")
