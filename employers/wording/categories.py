"""Category ids, severities and legal bases, as shipped in ``categories.json``.

The JSON is a copy of ``shared/data/offer-wording-categories.json``: deployments do not have
the shared folder, so the package carries its own.
"""

import json
from functools import cache
from pathlib import Path

SEVERITIES = ("illegal", "exclusionary", "advice")
_PATH = Path(__file__).with_name("categories.json")


@cache
def categories() -> dict[str, dict]:
    """All categories by id: label_fr, label_en, legal_basis, severity, scope."""
    with _PATH.open(encoding="utf-8") as handle:
        return json.load(handle)


def text_categories() -> list[str]:
    return [cid for cid, cat in categories().items() if cat["scope"] == "text"]


def offer_categories() -> list[str]:
    return [cid for cid, cat in categories().items() if cat["scope"] == "offer"]
