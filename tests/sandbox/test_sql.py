"""SQL in the sandbox: safe mode holds against a hostile query, the exercise's setup runs before
the query, and answers are graded by result set (``assessments.sandbox.sql``)."""

import pytest

from assessments.sandbox import Verdict
from assessments.sandbox.sql import rows, same_result_set

SETUP = """
CREATE TABLE ventes (ville TEXT, mois INTEGER, montant REAL);
INSERT INTO ventes VALUES ('Lyon', 1, 120.5), ('Lille', 1, 80), ('Lyon', 2, 99.5),
  ('Roubaix', 2, NULL);
"""


def test_rows_are_lines_split_on_the_shell_separator():
    assert rows("Lyon|220.0\nLille|80\n\n") == [("Lyon", "220"), ("Lille", "80")]
    assert rows("") == []
    assert rows("Roubaix|\n") == [("Roubaix", "")]  # NULL is an empty cell


def test_unordered_result_sets_compare_as_multisets():
    assert same_result_set("a|1\nb|2\n", "b|2\na|1\n")
    assert not same_result_set("a|1\na|1\nb|2\n", "a|1\nb|2\nb|2\n")  # counts matter
    assert not same_result_set("a|1\n", "a|1\na|1\n")
    assert not same_result_set("a|1\n", "a|1|x\n")  # an extra column


def test_ordered_result_sets_compare_row_by_row():
    assert same_result_set("a|1\nb|2\n", "a|1\nb|2", ordered=True)
    assert not same_result_set("a|1\nb|2\n", "b|2\na|1\n", ordered=True)


def test_numbers_compare_by_value_text_as_text():
    assert same_result_set("3\n", "3.0\n")
    assert same_result_set("0.3\n", "0.30000000000000004\n")
    assert not same_result_set("0.33\n", "0.333\n")
    assert not same_result_set("Lyon\n", "lyon\n")
    assert not same_result_set("1000\n", "1_000\n")
    assert not same_result_set("ville|total\nLyon|220\n", "Lyon|220\n")  # a header line


@pytest.mark.sandbox
def test_query_runs_after_the_setup_and_is_graded_by_result_set(sandbox):
    reference = "SELECT ville, SUM(montant) FROM ventes GROUP BY ville ORDER BY ville;"
    candidate = "select ville, total(montant) from ventes group by 1 order by 2 desc"  # no ";"
    expected, answer = (
        sandbox.run_many("sql", reference, [SETUP])[0],
        sandbox.run("sql", candidate, stdin=SETUP),
    )
    assert (expected.verdict, answer.verdict) == (Verdict.OK, Verdict.OK)
    assert expected.stdout == "Lille|80.0\nLyon|220.0\nRoubaix|\n"
    assert answer.stdout == "Lyon|220.0\nLille|80.0\nRoubaix|0.0\n"
    assert not same_result_set(expected.stdout, answer.stdout)  # NULL is not 0
    fixed = candidate.replace("total(", "sum(")
    answer = sandbox.run("sql", fixed, stdin=SETUP)
    assert same_result_set(expected.stdout, answer.stdout)
    assert not same_result_set(expected.stdout, answer.stdout, ordered=True)


@pytest.mark.sandbox
def test_error_in_the_query_is_a_runtime_error_with_the_message(sandbox):
    result = sandbox.run("sql", "SELECT ville FROM ventes;\nSELECT nom FROM ventes;", stdin=SETUP)
    assert result.verdict is Verdict.RE
    assert result.stdout == "Lyon\nLille\nLyon\nRoubaix\n"
    assert "line 2: no such column: nom" in result.stderr  # the candidate's line numbers


@pytest.mark.sandbox
def test_each_run_starts_from_an_empty_database(sandbox):
    sandbox.run("sql", "CREATE TABLE reste (x); INSERT INTO reste VALUES (1);")
    result = sandbox.run("sql", "SELECT count(*) FROM sqlite_schema;")
    assert (result.verdict, result.stdout) == (Verdict.OK, "0\n")


HOSTILE_SQL = [
    ".shell cat /box/main.sql",
    ".system id",
    ".read /usr/share/common-licenses/GPL-3",
    ".open /usr/share/common-licenses/GPL-3",
    ".output /tmp/copy.txt",
    ".once /tmp/copy.txt",
    ".import /usr/share/common-licenses/GPL-3 t",
    ".load /usr/lib/x86_64-linux-gnu/libm.so.6",
    ".log /tmp/log.txt",
    ".backup /tmp/copy.db",
    "ATTACH '/usr/share/common-licenses/GPL-3' AS licence;",
    "ATTACH 'file:/tmp/x.db?mode=rwc' AS x;",
    "SELECT readfile('/usr/share/common-licenses/GPL-3');",
    "SELECT writefile('/tmp/x', 'x');",
    "SELECT load_extension('/usr/lib/x86_64-linux-gnu/libm.so.6');",
    "SELECT edit('x', 'vi');",
    "VACUUM INTO '/tmp/copy.db';",
]


@pytest.mark.sandbox
def test_safe_mode_refuses_files_shell_and_extensions(sandbox):
    for statement in HOSTILE_SQL:
        # The refused command stops the script (-bail): what follows never runs.
        result = sandbox.run("sql", f"{statement}\nSELECT 'after';", stdin=SETUP)
        assert result.verdict is Verdict.RE, (statement, result)
        assert "safe mode" in result.stderr, statement
        assert result.stdout == "", statement
        assert "GNU GENERAL PUBLIC LICENSE" not in result.stderr, statement
        assert "uid=" not in result.stderr, statement
