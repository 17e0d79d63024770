"""The one check for free text an employer writes and a candidate reads (messages, decision
comments, interview scheduling reasons and place): the illegal or exclusionary findings of the
wording checker, with their message in the reader's language."""

from __future__ import annotations

from core.i18n import current_language
from employers.wording import Finding, check
from employers.wording import refusing_findings as refusing_findings_of


def refusing_findings(text: str) -> list[Finding]:
    """Illegal or exclusionary wording in `text`, empty when there is none."""
    if not text:
        return []
    # quoted back in an error, never rewritten in place: the flagged words alone
    return refusing_findings_of(check(text, locale=current_language(), removable=False))
