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
