"""Handles given with a cue ("my handle everywhere: …"), package scopes that are not handles,
and people named next to an address in angle brackets (git trailers, mail headers)."""

import pytest

from candidates.redaction import redact

SACHA = {"first_name": "Sacha", "last_name": "Moulin", "email": "sacha.moulin@proton.me"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My handle on most forums: qx_42.", "My handle on most forums: [profile]."),
        (
            "Mon pseudo sur Discord et Steam : pixelbrew !",
            "Mon pseudo sur Discord et Steam : [profil] !",
        ),
        ("Gamertag = NeonOwl9, add me.", "Gamertag = [profile], add me."),
    ],
)
def test_a_handle_given_with_a_cue(text, expected):
    assert redact(text, SACHA, lang="fr" if "Mon" in text else "en") == expected


def test_generic_logins_and_code_fixtures_stay():
    assert redact("Default login: admin, then change it.", SACHA, lang="en") == (
        "Default login: admin, then change it."
    )
    code = 'def bob():\n    return User(username="bob42", active=True)\n'
    assert redact(code, SACHA, kind="code", lang="en") == code


def test_a_handle_in_a_code_comment():
    code = "# pseudo partout : qx_42\nx = 1\n"
    assert redact(code, SACHA, kind="code", lang="fr") == "# pseudo partout : [profil]\nx = 1\n"


def test_package_scopes_are_not_handles():
    code = 'import { z } from "@zod/core";\nimport { N } from "@types/node";\n// ask @qx_42\n'
    assert redact(code, SACHA, kind="code", lang="en") == (
        'import { z } from "@zod/core";\nimport { N } from "@types/node";\n// ask [profile]\n'
    )


def test_people_named_in_git_trailers_and_mail_headers():
    log = (
        "commit 3f2a\n"
        "    fix: retry on 503\n"
        "    Co-authored-by: Léa Fontanel <lea.f@example.org>\n"
        "    Reviewed-by: Omar Haddou\n"
        "From: Quentin Rival <q.rival@example.net>\n"
    )
    out = redact(log, SACHA, kind="code", lang="en")
    for person in ("Léa", "Fontanel", "Omar", "Haddou", "Quentin", "Rival"):
        assert person not in out
    assert "fix: retry on 503" in out and "commit 3f2a" in out
