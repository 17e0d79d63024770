"""Offer descriptions keep a small HTML allowlist; nothing executable survives as markup, and
no text is lost: what cannot be kept as markup is kept as text, and the recruiter is told."""

import re
from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest
from bleach._vendor.html5lib._tokenizer import HTMLTokenizer
from bleach._vendor.html5lib.constants import tokenTypes
from hypothesis import example, given, settings
from hypothesis import strategies as st

from employers.sanitize import ALLOWED_TAGS, sanitize_html, sanitize_report
from tests.employers.factories import OfferFactory

XSS_PAYLOADS = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    '<p onclick="alert(1)">texte</p>',
    '<strong onmouseover="alert(1)">texte</strong>',
    '<a href="javascript:alert(1)">lien</a>',
    '<a href="JaVaScRiPt:alert(1)">lien</a>',
    '<a href="jav&#x09;ascript:alert(1)">lien</a>',
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">lien</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">lien</a>',
    '<a href="vbscript:msgbox(1)">lien</a>',
    "<svg onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    '<img src=x onerror="alert(1)">',
    '<iframe src="https://evil.example"></iframe>',
    '<p style="background:url(javascript:alert(1))">texte</p>',
    "<style>body{display:none}</style>",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "&#60;script&#62;alert(1)&#60;/script&#62;",
    "<scr<script>ipt>alert(1)</script>",
    '<math><mtext><table><mglyph><style><img src=x onerror="alert(1)">',
    "<!--<script>alert(1)</script>-->",
    '<form action="javascript:alert(1)"><button>x</button></form>',
]
SAFE_SCHEMES = {"http", "https", "mailto", ""}
TEXT_TOKENS = {tokenTypes["Characters"], tokenTypes["SpaceCharacters"]}


class Markup(HTMLParser):
    """The elements, attributes and links a browser would build from the output."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems = []

    def handle_starttag(self, tag, attrs):
        if tag not in ALLOWED_TAGS:
            self.problems.append(f"<{tag}>")
        for name, value in attrs:
            if (tag, name) != ("a", "href"):
                self.problems.append(f"{tag}[{name}]")
            elif (
                urlsplit(re.sub(r"[\x00-\x20]", "", value or "")).scheme.lower() not in SAFE_SCHEMES
            ):
                self.problems.append(f"href={value}")

    def handle_comment(self, data):
        self.problems.append("<!--")

    def handle_decl(self, decl):
        self.problems.append("<!")

    def unknown_decl(self, data):
        self.problems.append("<![")


def markup_problems(output: str) -> list[str]:
    parser = Markup()
    parser.feed(output)
    parser.close()
    return parser.problems


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_description_loses_every_executable_part(payload):
    assert not markup_problems(sanitize_html(payload))


# -- no text lost ---------------------------------------------------------------------------


def test_an_unclosed_tag_name_in_the_text_keeps_what_follows():
    text = "Vous maîtrisez les balises <title> et <select> en HTML. Missions : intégrer des pages."
    cleaned = sanitize_html(text)
    assert cleaned == (
        "<p>Vous maîtrisez les balises &lt;title&gt; et &lt;select&gt; en HTML. "
        "Missions : intégrer des pages.</p>"
    )


@pytest.mark.parametrize("tag", ["title", "select", "style", "textarea", "script"])
def test_no_unclosed_element_swallows_the_rest(tag):
    cleaned = sanitize_html(f"<p>Début <{tag}> milieu</p><p>Fin du texte.</p>")
    assert "milieu" in cleaned and "Fin du texte." in cleaned


def test_disallowed_markup_is_shown_as_typed():
    assert sanitize_html("<p>Un <u>mot</u>.</p>") == "<p>Un &lt;u&gt;mot&lt;/u&gt;.</p>"


def test_the_report_says_what_is_shown_as_text_and_what_was_removed():
    report = sanitize_report(
        '<p onclick="x()">Les balises <title> et <select>.</p><a href="javascript:x()">lien</a>'
    )
    assert report.shown_as_text == ("<title>", "<select>")
    assert report.removed_attributes == ("onclick",)
    assert report.removed_links == 1
    assert report.changed


def test_the_report_of_clean_markup_says_nothing():
    assert not sanitize_report("<p>Un <strong>poste</strong>.</p>").changed
    assert not sanitize_report("Un texte simple\n\nsur deux paragraphes.").changed


WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzéèàçôABCDEZ0123456789", min_size=1, max_size=8)
TAG_NAMES = st.sampled_from(
    [
        *sorted(ALLOWED_TAGS),
        "title",
        "select",
        "style",
        "textarea",
        "script",
        "iframe",
        "svg",
        "math",
        "template",
        "noscript",
        "img",
        "div",
        "span",
        "u",
        "option",
        "plaintext",
        "xmp",
        "noembed",
        "noframes",
        "table",
        "html",
        "body",
        "head",
    ]
)
ATTRIBUTE = st.builds(
    lambda name, value, quote: f" {name}={quote}{value}{quote}",
    st.sampled_from(["href", "onclick", "style", "class", "title", "src"]),
    st.text(alphabet="abc:/<>&= '\"jsx", max_size=12),
    st.sampled_from(['"', "'", ""]),
)
TAG = st.builds(
    lambda slash, name, attributes, end: f"<{slash}{name}{''.join(attributes)}{end}",
    st.sampled_from(["", "/"]),
    TAG_NAMES,
    st.lists(ATTRIBUTE, max_size=2),
    st.sampled_from([">", "/>", "", " >"]),
)
FRAGMENT = st.one_of(
    WORD,
    WORD,
    st.sampled_from(
        [
            " ",
            "\n",
            "\n\n",
            "<",
            ">",
            "& ",
            "&amp;",
            "&lt;",
            "&eacute;",
            "&#233;",
            "&#x3C;",
            "&nbsp;",
            '"',
            "'",
            "<!--",
            "-->",
            "<!DOCTYPE html>",
            "]]>",
            "</",
        ]
    ),
    TAG,
)
HTML_LIKE = st.lists(FRAGMENT, max_size=40).map("".join)


def visible_text(markup: str) -> str:
    """The text a browser's tokenizer finds in `markup` (HTML's own tokenizer, from html5lib,
    which bleach vendors): what is not a tag, a comment or a doctype, entities decoded. A tag
    separates words: whether it still does once shown as text is not this test's concern."""
    return "".join(
        token["data"] if token["type"] in TEXT_TOKENS else " " for token in HTMLTokenizer(markup)
    )


def visible_words(markup: str) -> list[str]:
    return re.findall(r"\w+", visible_text(markup))


@settings(max_examples=400, deadline=None)
@given(HTML_LIKE)
@example("Vous maîtrisez les balises <title> et <select> en HTML. Missions : coder.")
@example("<p>a<textarea>b</p>c")
@example("x <b")
@example('<a href="x>y">lien</a> suite')
def test_every_visible_word_survives(text):
    output = sanitize_html(text)
    shown = re.sub(r"\s+", "", visible_text(output))
    lost = [word for word in visible_words(text) if word not in shown]
    assert not lost, (text, output)


@settings(max_examples=200, deadline=None)
@given(HTML_LIKE)
def test_the_output_is_safe_markup_and_keeps_its_words_when_shown(text):
    """Pages sanitise a stored description again on the way out: nothing more may go."""
    output = sanitize_html(text)
    assert not markup_problems(output)
    shown = re.sub(r"\s+", "", visible_text(sanitize_html(output)))
    assert not [word for word in visible_words(output) if word not in shown]


@pytest.mark.parametrize(
    "html",
    [
        "<p>Un <strong>poste</strong> <em>ouvert</em>.</p>",
        "<h2>Missions</h2><ul><li>Coder</li></ul><ol><li>Tester</li></ol>",
        "<h3>Profil</h3><h4>Atouts</h4><blockquote>Citation</blockquote>",
        '<p><a href="https://vivier.example/o">Lien</a>, <a href="mailto:rh@x.fr">mail</a></p>',
        "<p>Ligne<br>suivante</p>",
    ],
)
def test_allowlisted_formatting_is_kept(html):
    assert sanitize_html(html) == html


def test_plain_text_becomes_paragraphs_and_line_breaks():
    text = "Missions :\nCoder\n\nProfil : R&D bienvenue"
    assert sanitize_html(text) == "<p>Missions :<br>Coder</p><p>Profil : R&amp;D bienvenue</p>"


def test_encoded_markup_stays_visible_text():
    assert sanitize_html("&lt;b&gt;gras&lt;/b&gt;") == "<p>&lt;b&gt;gras&lt;/b&gt;</p>"


@pytest.mark.django_db
def test_description_is_sanitised_when_the_offer_is_saved():
    offer = OfferFactory(description='<p onclick="x()">Bonjour</p><script>alert(1)</script>')
    offer.refresh_from_db()
    assert offer.description == "<p>Bonjour</p>&lt;script&gt;alert(1)&lt;/script&gt;"
