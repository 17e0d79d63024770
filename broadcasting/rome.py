"""Labels of the ROME job families, from France Travail's referential shipped with the code.

`broadcasting/data/rome-codes.csv` holds one row per ROME code (`rome_code`, `label`);
`broadcasting/data/README.md` says where it comes from and under which licence. Nothing is
downloaded at run time.
"""

import csv
from functools import cache
from pathlib import Path

DATA_FILE = Path(__file__).resolve().parent / "data" / "rome-codes.csv"


@cache
def _labels() -> dict[str, str]:
    with DATA_FILE.open(newline="", encoding="utf-8") as handle:
        return {row["rome_code"]: row["label"] for row in csv.DictReader(handle)}


def rome_label(code: str) -> str | None:
    """The referential's label of a ROME code ('M1805' → 'Études et développement
    informatique'), or None for a code it does not list."""
    return _labels().get(code.strip().upper())
