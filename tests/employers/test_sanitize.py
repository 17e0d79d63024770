"""Offer descriptions keep a small HTML allowlist; nothing executable survives."""

import pytest

from employers.sanitize import sanitize_html
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
FORBIDDEN = [
    "<script",
    "javascript:",
    "vbscript:",
    "data:",
    "onload",
    "onerror",
    "onclick",
    "onmouseover",
    "style",
    "<svg",
    "<iframe",
    "<img",
    "<form",
    "<math",
]


@pytest.mark.parametrize("payload", XSS_PAYLOADS)
def test_description_loses_every_executable_part(payload):
    cleaned = sanitize_html(payload).lower()
    assert not [word for word in FORBIDDEN if word in cleaned]


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
    assert offer.description == "<p>Bonjour</p>"
