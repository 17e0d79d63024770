"""Exercise statements: Markdown rendered to HTML, then sanitised with an allowlist."""

import re

import bleach
import markdown as markdown_lib

ALLOWED_TAGS = frozenset(
    {
        "p", "br", "hr", "h2", "h3", "h4", "h5", "h6", "strong", "em", "code", "pre",
        "ul", "ol", "li", "blockquote", "a", "table", "thead", "tbody", "tr", "th", "td",
        "sub", "sup", "kbd",
    }
)  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": ["href", "title"], "code": ["class"], "th": ["align"], "td": ["align"]}
ALLOWED_PROTOCOLS = frozenset({"http", "https", "mailto"})
_LEADING_TITLE = re.compile(r"\A\s*#[^#\n][^\n]*\n")
_HEADING = re.compile(r"<(/?)h([1-5])>")


def render_statement(text: str) -> str:
    """Safe HTML for a statement. Its leading ``# Title`` is dropped (the page shows the title as
    its own heading) and the remaining headings move one level down, below the page's ``h1``."""
    body = _LEADING_TITLE.sub("", text, count=1)
    html = markdown_lib.markdown(body, extensions=["fenced_code", "tables"], output_format="html")
    html = _HEADING.sub(lambda m: f"<{m.group(1)}h{int(m.group(2)) + 1}>", html)
    clean = bleach.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        protocols=ALLOWED_PROTOCOLS,
        strip=True,
    )
    # A code block wider or taller than its box scrolls: keyboard users reach it (WCAG 2.1.1).
    return clean.replace("<pre>", '<pre tabindex="0">')
