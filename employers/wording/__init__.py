"""Offer-wording checker: exclusionary or illegal wording in French and English job offers.

Pure Python (no Django). Public API::

    check(text, lang=None, locale="fr") -> list[Finding]
    check_question(text, lang=None, locale="fr") -> list[Finding]
    check_html(html, lang=None, locale="fr") -> (rendered_text, list[Finding])
    check_offer(fields: OfferFields | dict, locale="fr", lang=None) -> list[Finding]
    offer_text(fields) -> str            # the text check_offer's offsets refer to
    detect_language(text) -> "fr" | "en"
    refusing_findings(findings) -> list[Finding]   # the illegal or exclusionary ones

``cli.check_jsonl`` is the JSON Lines front end of ``manage.py check_offer_wording``.
"""

from employers.wording.categories import categories
from employers.wording.engine import check, check_question
from employers.wording.finding import Finding, refusing_findings
from employers.wording.html_text import check_html, html_to_text
from employers.wording.offer import OfferFields, check_offer, offer_text
from employers.wording.textutil import detect_language

__all__ = [
    "Finding",
    "OfferFields",
    "categories",
    "check",
    "check_html",
    "check_offer",
    "check_question",
    "detect_language",
    "html_to_text",
    "offer_text",
    "refusing_findings",
]
