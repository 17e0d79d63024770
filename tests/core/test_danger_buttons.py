"""Destructive actions (delete, withdraw, revoke, remove, cancel, close for good, leave) have
one style of their own, `button-danger`, never the primary button's: someone skimming a page
tells « Supprimer définitivement mon compte » from « Enregistrer » before reading it.

The templates are read as sources, like tests/core/test_confirmation_buttons.py does: every
submit button and every link styled as a button whose label starts with a destructive verb
carries the class, and the stylesheet gives it white text on the danger colour with a WCAG AA
contrast (4.5:1 at least), at rest and on hover."""

import re
from pathlib import Path

import pytest
from django.template.loader import render_to_string
from django.urls import reverse

from tests.accounts.factories import UserFactory

ROOT = Path(__file__).resolve().parents[2]
STYLESHEET = ROOT / "static" / "css" / "vivier.css"

# The first word of a destructive action's label, in French (the source language).
DESTRUCTIVE = {"Supprimer", "Retirer", "Révoquer", "Effacer", "Quitter", "Clôturer", "Annuler"}

BUTTON = re.compile(r"<button\b(?P<attrs>[^>]*)>(?P<label>.*?)</button>", re.DOTALL)
LINK = re.compile(
    r"<a\b(?P<attrs>[^>]*\bclass=\"[^\"]*\bbutton\b[^>]*)>(?P<label>.*?)</a>", re.DOTALL
)


def vivier_templates():
    for folder in [ROOT / "templates", *ROOT.glob("*/templates")]:
        if ".venv" in folder.parts:
            continue
        yield from folder.rglob("*.html")


def label_text(source: str) -> str:
    """What a label reads, from its template source: the translated strings' French text,
    without tags or variables."""
    text = re.sub(r"{%\s*(?:translate|trans)\s+(?:\"([^\"]*)\"|'([^']*)')[^%]*%}", r"\1\2", source)
    text = re.sub(r"{%.*?%}|{{.*?}}|<[^>]+>", " ", text)
    return " ".join(text.split())


def destructive_controls():
    for path in vivier_templates():
        source = path.read_text()
        for pattern in (BUTTON, LINK):
            for match in pattern.finditer(source):
                attrs, label = match["attrs"], label_text(match["label"])
                if pattern is BUTTON and 'type="submit"' not in attrs:
                    continue  # a button of a script (the wording checker's « Retirer » edits text)
                if label.split(" ", 1)[0].split("'")[0] in DESTRUCTIVE:
                    yield str(path.relative_to(ROOT)), label, attrs


def test_the_templates_have_destructive_actions_to_check():
    labels = {label for _path, label, _attrs in destructive_controls()}
    assert "Supprimer définitivement mon compte" in labels
    assert "Retirer ma candidature" in labels
    assert len(labels) >= 10


def test_every_destructive_button_of_the_templates_has_the_danger_style():
    plain = [
        (path, label)
        for path, label, attrs in destructive_controls()
        if not re.search(r"\bclass=\"[^\"]*\bbutton-danger\b", attrs)
    ]
    assert plain == []


def test_the_shared_confirmation_has_the_danger_style_when_its_page_says_so(rf):
    request = rf.get("/")
    danger = render_to_string(
        "includes/confirm.html",
        {
            "action_label": "Révoquer l'invitation",
            "danger": True,
            "cancel_url": "/",
            "request": request,
        },
    )
    plain = render_to_string(
        "includes/confirm.html",
        {"action_label": "Voir l'identité", "cancel_url": "/", "request": request},
    )
    assert 'class="button-danger"' in danger
    assert "button-danger" not in plain


def test_allauths_destructive_buttons_have_the_danger_style(client, force_login, db):
    """allauth's own pages mark their destructive buttons with the tag "danger" (« Retirer » an
    email address, turning the second factor off); Vivier's copy of its button element gives
    them the class."""
    force_login(UserFactory())
    page = client.get(reverse("account_email")).content.decode()
    buttons = dict(
        (match["name"], match["attrs"])
        for match in re.finditer(r"<button\b(?P<attrs>[^>]*\bname=\"(?P<name>\w+)\"[^>]*)>", page)
    )
    assert "button-danger" in buttons["action_remove"]
    assert "button-danger" not in buttons["action_send"]


# -- the stylesheet --------------------------------------------------------------------------


def declarations(selector_pattern: str) -> dict[str, str]:
    """The declarations of the stylesheet's rule whose selector list matches the pattern."""
    css = re.sub(r"/\*.*?\*/", "", STYLESHEET.read_text(), flags=re.DOTALL)
    for selectors, body in re.findall(r"([^{}]+){([^{}]*)}", css):
        if re.search(selector_pattern, selectors):
            return dict(
                (name.strip(), value.strip())
                for name, value in (item.split(":", 1) for item in body.split(";") if ":" in item)
            )
    raise AssertionError(f"no rule for {selector_pattern}")


def colour(value: str) -> str:
    variables = declarations(r"^\s*:root\s*$")
    found = re.fullmatch(r"var\((--[\w-]+)\)", value)
    value = variables[found[1]] if found else value
    return {"#fff": "#ffffff"}.get(value, value)


def contrast(first: str, second: str) -> float:
    def luminance(hex_colour: str) -> float:
        channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize("state", ["", ":hover"])
def test_the_danger_style_keeps_aa_contrast(state):
    rule = declarations(rf"\.button-danger{state}\s*(,|$)")
    assert contrast(colour(rule["color"]), colour(rule["background"])) >= 4.5


def test_the_danger_style_keeps_the_visible_focus_of_every_control():
    """The focus ring (a yellow outline on a dark ring, `:focus-visible`) is not switched off
    for danger buttons, and stands out from the danger colour (3:1 for a focus indicator)."""
    css = STYLESHEET.read_text()
    assert not re.search(r"\.button-danger[^{]*{[^}]*outline\s*:\s*(none|0)", css)
    focus = declarations(r"^\s*:focus-visible\s*$")
    ring = colour(focus["outline"].split()[-1])
    assert contrast(ring, colour(declarations(r"\.button-danger\s*(,|$)")["background"])) >= 3
