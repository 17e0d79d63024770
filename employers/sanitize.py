"""Offer descriptions are rich text: a small HTML allowlist, sanitised with bleach on save.

`sanitize_html` is the security boundary: everything stored goes through it. The visible text
that the wording checks read comes from the engine's `employers.wording.html_to_text`.
"""

import re
from functools import lru_cache

import bleach

ALLOWED_TAGS = frozenset(
    {"p", "br", "strong", "em", "ul", "ol", "li", "h2", "h3", "h4", "a", "blockquote"}
)
ALLOWED_ATTRIBUTES = {"a": ["href"]}
ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto"})

# Elements whose content is not text for a reader: dropped whole, not just unwrapped.
_DROPPED_WITH_CONTENT = re.compile(
    r"<(script|style|iframe|object|embed|svg|math|template|noscript|textarea|title|select)\b"
    r".*?(?:</\1\s*>|$)",
    re.IGNORECASE | re.DOTALL,
)
_LOOKS_LIKE_HTML = re.compile(r"</?[a-zA-Z][^>]*>|<!--")
_BLANK_LINES = re.compile(r"\n\s*\n")

_cleaner = bleach.Cleaner(
    tags=ALLOWED_TAGS,
    attributes=ALLOWED_ATTRIBUTES,
    protocols=ALLOWED_PROTOCOLS,
    strip=True,
    strip_comments=True,
)


def plain_text_to_html(text: str) -> str:
    """Paragraphs from blank lines, line breaks from single newlines.

    Angle brackets are escaped here; ampersands are left to bleach, which keeps valid entities
    (an encoded payload stays visible text) and escapes bare ones (« R&D »).
    """
    paragraphs = [p.strip() for p in _BLANK_LINES.split(text.replace("\r\n", "\n"))]
    return "".join(
        "<p>{}</p>".format(p.replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>"))
        for p in paragraphs
        if p
    )


def sanitize_html(value: str | None) -> str:
    """Keep only the allowlisted tags and safe links; plain text becomes paragraphs."""
    if not value:
        return ""
    return _sanitize(value)


# A page shows a description sanitised again on the way out; bleach takes milliseconds for a
# long one, and the answer depends on the text only.
@lru_cache(maxsize=512)
def _sanitize(value: str) -> str:
    if not _LOOKS_LIKE_HTML.search(value):
        value = plain_text_to_html(value)
    value = _DROPPED_WITH_CONTENT.sub("", value)
    return _cleaner.clean(value).strip()
