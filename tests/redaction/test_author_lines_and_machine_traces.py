"""In code: what surrounds the author's name on their author line (where they worked or
studied, the years of their studies), the dated lines of a file's header, and traces of the
candidate's own machines and accounts (a GPG key id, a public host address, a device named
after its owner or their town, an intranet login, their initials as a tag). A date of writing,
private and documentation addresses, ordinary tool names and a famous author stay."""

import pytest

from candidates.redaction import redact

LOUIS = {"first_name": "Louis", "last_name": "Ferrand", "city": "Nevers"}


@pytest.mark.parametrize(
    ("code", "gone"),
    [
        ("# Louis Ferrand, hôpital de Clamecy, service DIM\nx = 1\n", "Clamecy"),
        ("// L. Ferrand — stage de fin d'études 2018, Mutuelle Bourguignonne\n", "2018"),
        ("/* Copyright (c) 2004-2021 Louis Ferrand */\n", "2004-2021"),
        ("      *> DATE      : 04/11/1996\n      *> AUTEUR    : L. FERRAND\n", "04/11/1996"),
        ("/*   Created: 2020/11/02 09:12:40 by lferrand   */\n", "2020/11/02"),
        ("[user]\n    signingkey = 9F2B4C7D11A0E3B5\n", "9F2B4C7D11A0E3B5"),
        ("Host perso\n    HostName 37.187.12.94\n    User louis\n", "37.187.12.94"),
        ("# lancé depuis nevers-nas chaque nuit\n", "nevers-nas"),
        ("# benchmarks run on louis-thinkpad\n", "louis-thinkpad"),
        ("# TODO LF : vérifier les arrondis\n", "LF"),
        ("// Relu par LF le 12/03.\n", "LF"),
    ],
)
def test_an_authors_trace_in_code_goes(code, gone):
    assert gone not in redact(code, LOUIS, kind="code")


@pytest.mark.parametrize(
    "code",
    [
        "// Thème de l'application — Louis Ferrand, mars 2024\n",
        "Host nas\n    HostName 192.168.1.20\n",
        "# resolver fallback: 1.1.1.1\nserver = '203.0.113.7'\n",
        "# start docker-desktop, then ubuntu-server\n",
        "// quicksort de Tony Hoare, vu en cours\n",
    ],
)
def test_dates_of_writing_private_hosts_tools_and_famous_authors_stay(code):
    out = redact(code, LOUIS, kind="code")
    for kept in ("mars 2024", "192.168.1.20", "1.1.1.1", "docker-desktop", "Tony Hoare"):
        if kept in code:
            assert kept in out


def test_an_intranet_login_in_a_profile_goes():
    assert "lferrand" not in redact("intra : lferrand · Python, C", LOUIS, kind="profile")


def test_an_author_line_below_the_first_line_is_read_too():
    code = "import os\n\n# Louis Ferrand, hôpital de Clamecy\nx = 1\n"
    assert "Clamecy" not in redact(code, LOUIS, kind="code")


def test_an_origin_in_a_comment_below_the_first_line_goes():
    code = "x = 1\n# code écrit par une Lorraine exilée\n"
    assert "Lorraine" not in redact(code, LOUIS, kind="code")


def test_the_licence_on_a_copyright_line_stays():
    code = "# Copyright (c) 2023 Louis Ferrand - MIT\nx = 1\n"
    assert "MIT" in redact(code, LOUIS, kind="code")
