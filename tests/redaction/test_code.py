"""Code submissions: only comments and strings change, and the code still compiles."""

from candidates.redaction import redact

SAMPLE = '''#!/usr/bin/env python3
# Auteur : Fatou Sow <fatou.sow78@gmail.com> - github.com/fatousow
"""Compte les doublons (écrit par F. S., tél. 06 58 96 32 14)."""
__author__ = "Fatou Sow"

PORT = 8080
ANNEE = 2024
fatou_mode = True  # identifier: the name part is replaced


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
    assert "candidat_mode = True" in out and "def sow(seeds: list[int]) -> int:" in out


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


def test_pascal_brace_and_paren_star_comments(fatou):
    code = (
        "program Tri;\n{ écrit par F. Sow }\n(* merci à Moussa Traoré *)\nbegin\n  x := 1;\nend.\n"
    )
    out = redact(code, fatou, kind="code")
    assert out == (
        "program Tri;\n{ écrit par [nom] }\n(* merci à [nom] *)\nbegin\n  x := 1;\nend.\n"
    )


def test_braces_are_not_comments_outside_pascal(fatou):
    code = "if (ok) { sow(seeds); }  // F. Sow\n"
    assert redact(code, fatou, kind="code") == "if (ok) { sow(seeds); }  // [nom]\n"


def test_markup_text_in_templates(fatou):
    code = (
        '<template>\n  <footer class="site">\n    <p>Fait par Fatou Sow — UVSQ</p>\n'
        '    <a :href="url">{{ label }}</a>\n  </footer>\n</template>\n'
    )
    out = redact(code, fatou, kind="code")
    assert "<p>Fait par [nom] — [école]</p>" in out
    assert '<a :href="url">{{ label }}</a>' in out


def test_generics_and_comparisons_are_not_markup(fatou):
    code = "const f = (xs: Array<number>): number => xs.length;\nif (a < b && c > d) { sow(); }\n"
    assert redact(code, fatou, kind="code") == code


def test_clause_starting_before_a_comment_is_clipped_to_it(fatou):
    code = "# (ramadan : pas de réunion le midi)\nSLOTS = [(12, 14)]\n"
    out = redact(code, fatou, kind="code")
    assert "ramadan" not in out and out.endswith("\nSLOTS = [(12, 14)]\n")


def test_contacts_in_config_files_outside_strings(fatou):
    env = "CONTACT_EMAIL=fatou.sow78@gmail.com\nCONTACT_PHONE=06 58 96 32 14\nDEBUG=true\n"
    assert redact(env, fatou, kind="code") == (
        "CONTACT_EMAIL=[email]\nCONTACT_PHONE=[téléphone]\nDEBUG=true\n"
    )


def test_prose_lines_in_a_code_file(fatou):
    readme = "## Contact\nFatou Sow, Mantes-la-Jolie (78200)\n\n## Install\npip install -e .\n"
    out = redact(readme, fatou, kind="code")
    assert out == "## Contact\n[nom], [ville] ([code postal])\n\n## Install\npip install -e .\n"


def test_code_lines_are_not_prose(fatou):
    code = "print(Sow)\nreturn Fatou and Sow\nsow seeds quickly now\n"
    assert redact(code, fatou, kind="code") == code


# A README line with a Markdown link is still prose (issue 16, set E) ----------------------------


def test_the_candidates_town_in_a_readme_line_with_a_link_goes():
    code = (
        "# todo-api\n"
        "Written by [Ilona](https://ilona.dev) on a rainy week in Besançon.\n\n"
        "    todo-api --city Besançon --port 8080\n"
    )
    out = redact(
        code, {"first_name": "Ilona", "last_name": "Kral", "city": "Besançon"}, kind="code"
    )
    assert "rainy week in Besançon" not in out
    assert "[Ilona]" not in out


def test_a_markdown_link_line_without_identity_stays():
    code = "See [the docs](https://docs.rs/serde) for the derive macros and attributes.\n"
    out = redact(
        code, {"first_name": "Ilona", "last_name": "Kral", "city": "Besançon"}, kind="code"
    )
    assert out == code
