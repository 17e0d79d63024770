"""Grading SQL answers by comparing result sets. Pure Python, no Django.

How an SQL exercise runs (language ``sql``, see ``languages.SQL``):

- Each hidden test's **stdin is the exercise's setup script**: the schema and the data
  (``CREATE TABLE …; INSERT …;``), written by the exercise's author. Debian's ``sqlite3`` shell
  runs it first on a fresh ``:memory:`` database (``-init``), then the candidate's file in safe
  mode (``-safe -bail``), so the candidate's query sees the tables and nothing else: no file, no
  other database (safe mode refuses ``.shell``, ``.system``, ``.read``, ``.open``, ``.output``,
  ``.import``, ``.load``, ``ATTACH``, ``VACUUM INTO``, ``readfile()``, ``writefile()``,
  ``load_extension()``, ``edit()``). The whole run is inside the sandbox like any other.
- The output is the shell's default: one row per line, columns separated by ``|``, NULL as an
  empty cell, no header line.

How it is graded: run the reference solution and the candidate's query on the same setup, then
``same_result_set(expected_stdout, candidate_stdout, ordered=…)``:

- A row is one line of output, split on ``|`` into cells; trailing spaces and trailing empty
  lines are ignored. An empty output is the empty result set.
- ``ordered=False`` (the default): rows are compared as a multiset (the same rows, each the same
  number of times, in any order). ``ordered=True`` only when the statement asks for an order
  (« triés par … »): then the order of rows counts too.
- Cells compare as text, except numbers, which compare by value to 9 significant digits
  (``3`` = ``3.0``; ``0.1 + 0.2`` = ``0.3``), so that the same figure computed as INTEGER or
  REAL, or summed in another order, is the same answer. A header line (``.headers on``) or
  another output mode is a different result, as the candidate changed the output.

A cell holding ``|`` or a newline cannot be told apart from two cells or two rows: exercises
keep such characters out of their data.
"""

import math
from collections import Counter

SEPARATOR = "|"
SIGNIFICANT_DIGITS = 9

Row = tuple[str, ...]


def _cell(text: str) -> str:
    try:
        value = float(text)
    except ValueError:
        return text
    if not math.isfinite(value) or text.strip() != text or "_" in text:
        return text  # "inf", " 3" and "1_000" are text to SQLite, numbers to float()
    normal = f"{value:.{SIGNIFICANT_DIGITS}g}"
    return "0" if normal == "-0" else normal


def rows(output: str) -> list[Row]:
    """The result set printed by the shell, one normalised tuple of cells per row."""
    lines = [line.rstrip() for line in output.splitlines()]
    while lines and not lines[-1]:
        lines.pop()
    return [tuple(_cell(cell) for cell in line.split(SEPARATOR)) for line in lines]


def same_result_set(expected: str, actual: str, *, ordered: bool = False) -> bool:
    """Whether two outputs of the shell hold the same result set (see the module docstring)."""
    expected_rows, actual_rows = rows(expected), rows(actual)
    if ordered:
        return expected_rows == actual_rows
    return Counter(expected_rows) == Counter(actual_rows)
