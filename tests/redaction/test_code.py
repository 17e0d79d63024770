"""Code submissions: only comments and strings change, and the code still compiles."""

from candidates.redaction import redact

SAMPLE = '''#!/usr/bin/env python3
# Auteur : Fatou Sow <fatou.sow78@gmail.com> - github.com/fatousow
"""Compte les doublons (écrit par F. S., tél. 06 58 96 32 14)."""
__author__ = "Fatou Sow"

PORT = 8080
ANNEE = 2024
fatou_mode = True  # identifier: left alone


def sow(seeds: list[int]) -> int:
    """Je suis née en 1998 et j'habite à Mantes-la-Jolie."""
    return sum(seeds) + PORT  # merci à Moussa Traoré
'''


def test_redacted_python_still_compiles(fatou):
    out = redact(SAMPLE, fatou, kind="code")
    compile(out, "<redacted>", "exec")
    for leak in ("Fatou", "Sow <", "fatou.sow78", "06 58", "1998", "Mantes", "Traoré", "F. S."):
        assert leak not in out


def test_identifiers_numbers_and_ports_are_untouched(fatou):
    out = redact(SAMPLE, fatou, kind="code")
    assert "PORT = 8080" in out and "ANNEE = 2024" in out
    assert "fatou_mode = True" in out and "def sow(seeds: list[int]) -> int:" in out


def test_javascript_comments_and_jsdoc_tags(fatou):
    code = (
        "/**\n * @author Fatou Sow\n * @param {number} n\n */\n"
        "export const f = (n) => n; // F. S.\n"
    )
    assert redact(code, fatou, kind="code") == (
        "/**\n * @author [nom]\n * @param {number} n\n */\nexport const f = (n) => n; // [nom]\n"
    )


def test_dummy_phone_numbers_in_test_data_stay(fatou):
    code = 'assert norm("01 23 45 67 89") == "+33123456789"\nassert norm("06 58 96 32 14")\n'
    assert redact(code, fatou, kind="code") == (
        'assert norm("01 23 45 67 89") == "+33123456789"\nassert norm("[téléphone]")\n'
    )


def test_sql_comment(fatou):
    code = "SELECT id FROM t -- demandé par Fatou S.\nWHERE x > 5;"
    assert redact(code, fatou, kind="code") == "SELECT id FROM t -- demandé par [nom]\nWHERE x > 5;"
