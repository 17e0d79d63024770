"""Check the visible text of an HTML offer description.

``html_to_text`` renders HTML to plain text (tags dropped, entities unescaped, block elements
and ``<br>`` become line breaks, ``<script>``/``<style>`` skipped, runs of white space
collapsed). ``check_html`` returns findings whose offsets index that rendered text, so
``html_to_text(html)[f.start:f.end] == f.quote``.
"""

import re
from html.parser import HTMLParser

from employers.wording.engine import check
from employers.wording.finding import Finding

_BLOCKS = frozenset(
    "p div br li ul ol h1 h2 h3 h4 h5 h6 tr table section article header footer blockquote "
    "pre hr dd dt".split()
)
_HIDDEN = frozenset({"script", "style", "template", "head"})


class _Renderer(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def html_to_text(html: str) -> str:
    renderer = _Renderer()
    renderer.feed(html)
    renderer.close()
    text = "".join(renderer.parts)
    text = re.sub(r"[ \t\r\f\v\u00a0]+", " ", text)
    text = re.sub(r" ?\n[ \n]*", "\n", text)
    return text.strip()


def check_html(html: str, lang: str | None = None, locale: str = "fr") -> tuple[str, list[Finding]]:
    """(rendered text, findings with offsets into that rendered text)."""
    text = html_to_text(html)
    return text, check(text, lang=lang, locale=locale)
