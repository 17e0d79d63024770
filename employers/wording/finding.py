from collections.abc import Iterable
from dataclasses import asdict, dataclass

#: severities that refuse a text (an offer is not published, a comment is not sent); "advice"
#: findings are shown but never block
REFUSING_SEVERITIES = frozenset({"illegal", "exclusionary"})


@dataclass(frozen=True)
class Finding:
    """One problem in a text: ``text[start:end] == quote``.

    ``message`` is in the reader's locale; ``suggestion`` (a neutral rewrite of ``quote``) is
    in the language of the text: the rule's own rewrite, or its category's
    (``rules/rewrites.py``). Only offer-level findings (no quote: a missing salary...) have
    None, as the fix is a field to fill.
    """

    category: str
    severity: str
    start: int
    end: int
    quote: str
    message: str
    legal_basis: str
    suggestion: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def build(cls, **fields) -> "Finding":
        """``Finding(**fields)`` for the engine's hot path (all fields given, as keywords).

        A frozen dataclass sets each field through ``object.__setattr__``, which costs more
        than the rest of turning a match into a finding; giving it the keywords' own dict as
        its ``__dict__`` is the same object (equal, hashable, immutable afterwards) at a
        fraction of the cost.
        """
        finding = object.__new__(cls)
        object.__setattr__(finding, "__dict__", fields)
        return finding


def refusing_findings(findings: Iterable[Finding]) -> list[Finding]:
    """The findings that refuse a text: illegal or exclusionary ones, in their order.

    The one definition for every app that blocks on wording (publishing an offer, sending a
    reviewer's comment, an interview question), instead of a copy of the severities in each.
    """
    return [finding for finding in findings if finding.severity in REFUSING_SEVERITIES]
