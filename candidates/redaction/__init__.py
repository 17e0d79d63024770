"""Redaction of identifying and protected information in candidates' free texts.

Recruiters and reviewers judge what a candidate can do, never who they are: every
answer, profile text or code submission is passed through :func:`redact` before display.

    >>> redact("Je suis Fatou Sow, j'ai 26 ans.", {"first_name": "Fatou", "last_name": "Sow"})
    'Je suis [nom], [âge].'

Pure Python, rule- and gazetteer-based; no Django import, no model download.
"""

from candidates.redaction.engine import detect, normalise_kind, normalise_lang
from candidates.redaction.identity import Identity
from candidates.redaction.spans import Span, apply

__all__ = ["Identity", "Span", "find_spans", "redact"]


def find_spans(
    text: str,
    identity: Identity | dict | None = None,
    *,
    kind: str = "answer",
    lang: str | None = None,
) -> list[Span]:
    """Spans to redact in ``text``, sorted and non-overlapping, with their placeholders."""
    if not text:
        return []
    return detect(
        text,
        Identity.coerce(identity),
        kind=normalise_kind(kind),
        lang=normalise_lang(lang, text),
    )


def redact(
    text: str,
    identity: Identity | dict | None = None,
    *,
    kind: str = "answer",
    lang: str | None = None,
) -> str:
    """``text`` with identifying and protected information replaced by readable placeholders.

    ``kind="code"`` only rewrites comments and string literals; ``lang`` ("fr"/"en", guessed
    when None) chooses the placeholder language.
    """
    return apply(text, find_spans(text, identity, kind=kind, lang=lang))
