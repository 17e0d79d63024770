"""Offer descriptions are rich text: a small HTML allowlist, sanitised with bleach on save.

`sanitize_html` is the security boundary: everything stored goes through it. The visible text
that the wording checks read comes from the engine's `employers.wording.html_to_text`.

No text is ever dropped. Only the allowlisted tags are markup; any other tag, a comment or a
stray angle bracket is kept as text, escaped, so a reader sees it as it was typed (« les
balises <title> et <select> »), and an element that would hide what follows (an unclosed
`<title>`, `<textarea>`, `<script>`…) hides nothing. Attributes outside the allowlist and
links to other schemes are removed (they are not text). `sanitize_report` says what was shown
as text and what was removed, for the editor to tell the recruiter before they save.
"""

import html
import re
from dataclasses import dataclass
from functools import lru_cache
from urllib.parse import urlsplit

import bleach

ALLOWED_TAGS = frozenset(
    {"p", "br", "strong", "em", "ul", "ol", "li", "h2", "h3", "h4", "a", "blockquote"}
)
ALLOWED_ATTRIBUTES = {"a": ["href"]}
ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto"})

_UNSAFE_IN_URL = re.compile(r"[\x00-\x20\x7f<>\"'`]")
_HREF = re.compile(r"<a\s[^>]*\bhref=", re.IGNORECASE)
_SPACE = "\t\n\f\r "
_BLANK_LINES = re.compile(r"\n\s*\n")

_cleaner = bleach.Cleaner(
    tags=ALLOWED_TAGS,
    attributes=ALLOWED_ATTRIBUTES,
    protocols=ALLOWED_PROTOCOLS,
    strip=True,
    strip_comments=True,
)


@dataclass(frozen=True)
class Sanitized:
    """A description as stored, and what sanitising changed in it."""

    html: str
    shown_as_text: tuple[str, ...] = ()  # "<title>", "<!--"… as typed, now visible text
    removed_attributes: tuple[str, ...] = ()  # "onclick", "style"…
    removed_links: int = 0  # links to a scheme other than http, https, mailto

    @property
    def changed(self) -> bool:
        return bool(self.shown_as_text or self.removed_attributes or self.removed_links)


def plain_text_to_html(text: str) -> str:
    """Paragraphs from blank lines, line breaks from single newlines.

    Angle brackets are escaped here; ampersands are left to bleach, which keeps valid entities
    (an encoded payload stays visible text) and escapes bare ones (« R&D »).
    """
    paragraphs = [p.strip() for p in _BLANK_LINES.split(text.replace("\r\n", "\n"))]
    return "".join(
        "<p>{}</p>".format(_escape_brackets(p).replace("\n", "<br>")) for p in paragraphs if p
    )


def sanitize_html(value: str | None) -> str:
    """Keep only the allowlisted tags and safe links; plain text becomes paragraphs."""
    if not value:
        return ""
    return _sanitize(value).html


def sanitize_report(value: str | None) -> Sanitized:
    """`sanitize_html`, with what it changed."""
    if not value:
        return Sanitized("")
    return _sanitize(value)


def _escape_brackets(text: str) -> str:
    return text.replace("<", "&lt;").replace(">", "&gt;")


def _unique(items) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def _safe_href(value: str) -> bool:
    value = value.strip()
    if not value or _UNSAFE_IN_URL.search(value):
        return False
    scheme = urlsplit(value).scheme.lower()
    return not scheme or scheme in ALLOWED_PROTOCOLS


# -- reading the input as a browser's tokenizer does -----------------------------------------
#
# Where a tag starts and ends decides what is text: `<a href='>x'>` is one tag, `x` is inside
# it. The scanner follows the tag states of the HTML tokenizer (WHATWG "13.2.5"), so that
# what a browser would show as text is text here too. A tag cut short by the end of the input
# (which a browser drops, words and all) is text.


@dataclass
class _Tag:
    source: str
    closing: bool
    name: str
    attributes: list[tuple[str, str | None]]


@dataclass
class _Other:
    """A comment, a doctype or another declaration."""

    source: str


def _scan(value: str) -> list:
    """`value` as text (str), tags (_Tag) and declarations (_Other)."""
    tokens, done, at = [], 0, value.find("<")
    while at >= 0:
        token, end = _token_at(value, at)
        if token is not None:
            if at > done:
                tokens.append(value[done:at])
            tokens.append(token)
            done = end
        at = value.find("<", max(end, at + 1))
    if done < len(value):
        tokens.append(value[done:])
    return tokens


def _token_at(value: str, at: int):
    after = value[at + 1 : at + 2]
    if value.startswith("<!--", at):
        if value.startswith(("<!-->", "<!--->"), at):
            end = value.index(">", at + 4) + 1
            return _Other(value[at:end]), end
        close = value.find("-->", at + 4)
        return (_Other(value[at : close + 3]), close + 3) if close >= 0 else (None, at)
    if after == "/" and _is_letter(value[at + 2 : at + 3]):
        return _tag_at(value, at, at + 2, closing=True)
    if after in ("!", "?", "/"):  # a declaration or a bogus comment ("</>", "</1…>")
        close = value.find(">", at + 2)
        return (_Other(value[at : close + 1]), close + 1) if close >= 0 else (None, at)
    if _is_letter(after):
        return _tag_at(value, at, at + 1, closing=False)
    return None, at


def _is_letter(character: str) -> bool:
    return character.isascii() and character.isalpha()


def _is_kept(token) -> bool:
    return isinstance(token, _Tag) and token.name in ALLOWED_TAGS


def _skip_space(value: str, index: int) -> int:
    while index < len(value) and value[index] in _SPACE:
        index += 1
    return index


def _tag_at(value: str, at: int, index: int, *, closing: bool):
    size = len(value)
    start = index
    while index < size and value[index] not in _SPACE + "/>":
        index += 1
    name = value[start:index].lower()
    attributes: list[tuple[str, str | None]] = []
    while True:
        index = _skip_space(value, index)
        if index >= size:
            return None, at
        if value[index] == ">":
            return _Tag(value[at : index + 1], closing, name, attributes), index + 1
        if value[index] == "/":
            index += 1
            continue
        start = index
        index += 1  # a first "=" belongs to the name
        while index < size and value[index] not in _SPACE + "/>=":
            index += 1
        attribute, attribute_value = value[start:index].lower(), None
        index = _skip_space(value, index)
        if index < size and value[index] == "=":
            index = _skip_space(value, index + 1)
            if index >= size:
                return None, at
            quote = value[index]
            if quote in "\"'":
                close = value.find(quote, index + 1)
                if close < 0:
                    return None, at
                attribute_value, index = value[index + 1 : close], close + 1
            else:
                start = index
                while index < size and value[index] not in _SPACE + ">":
                    index += 1
                attribute_value = value[start:index]
        attributes.append((attribute, attribute_value))


def _label(token) -> str:
    """How the notice names what is shown as text: "<title>" for `<title x>` and `</title>`."""
    if isinstance(token, _Tag):
        return f"<{token.name}>"
    if token.source.startswith("<!--"):
        return "<!-- -->"
    if token.source[:2] == "<!" and token.source[2:3].isalpha():
        return "<!" + token.source[2:].split()[0].rstrip(">").upper() + ">"
    return token.source if len(token.source) <= 12 else token.source[:11] + "…"


def _rebuild(tag: _Tag) -> tuple[str, list[str], bool]:
    """An allowlisted tag with only what is allowed: (tag, attributes removed, whether a link
    was removed)."""
    removed, href, link_removed = [], None, False
    for attribute, value in tag.attributes:
        if tag.name == "a" and attribute == "href" and not tag.closing and href is None:
            value = html.unescape(value or "")
            if _safe_href(value):
                href = value
            else:
                link_removed = True
        elif attribute not in removed:
            removed.append(attribute)
    if href is not None:
        return f'<a href="{html.escape(href)}">', removed, link_removed
    return f"<{'/' if tag.closing else ''}{tag.name}>", removed, link_removed


# A page shows a description sanitised again on the way out; bleach takes milliseconds for a
# long one, and the answer depends on the text only.
@lru_cache(maxsize=512)
def _sanitize(value: str) -> Sanitized:
    tokens = _scan(value)
    shown = _unique(_label(t) for t in tokens if not isinstance(t, str) and not _is_kept(t))
    if not any(
        _is_kept(t) for t in tokens
    ):  # no markup of ours: plain text, which may mention tags
        return Sanitized(_cleaner.clean(plain_text_to_html(value)).strip(), shown)
    pieces, removed, links_removed = [], [], 0
    for token in tokens:
        if isinstance(token, str):
            pieces.append(_escape_brackets(token))
        elif _is_kept(token):
            tag, dropped, link_removed = _rebuild(token)
            pieces.append(tag)
            removed += dropped
            links_removed += link_removed
        else:
            pieces.append(_escape_brackets(token.source))
    rebuilt = "".join(pieces)
    cleaned = _cleaner.clean(rebuilt).strip()
    if cleaned and "<" not in cleaned:  # only stray end tags: as plain text, so it stays stable
        cleaned = f"<p>{cleaned}</p>"
    # bleach is the boundary: a link it still refuses is counted too.
    links_removed += max(len(_HREF.findall(rebuilt)) - len(_HREF.findall(cleaned)), 0)
    return Sanitized(cleaned, shown, _unique(removed), links_removed)
