from dataclasses import asdict, dataclass


@dataclass(frozen=True)
class Finding:
    """One problem in a text: ``text[start:end] == quote``.

    ``message`` is in the reader's locale; ``suggestion`` (a neutral rewrite of ``quote``) is
    in the language of the text, or None when deleting the words is the only fix.
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
