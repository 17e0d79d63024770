"""Trusted, in-process solvers for the exercise library.

Each ``solve_<slug>`` takes the whole stdin of a test as a string and returns the exact stdout
the reference program prints (always ending with a newline when there is any output).

Why this module exists: large hidden tests are not stored in the repository. Their stdin comes
from :mod:`assessments.library.generators` and their expected output from the solver below.
These functions are *our* code, reviewed like any other module, and they are independent from
the ``solution.py`` programs shipped next to each exercise: the validation tests check that the
two agree on every test (the programs through the sandboxed grader), which catches a bug in
either one.
"""

from __future__ import annotations

import datetime
from collections import Counter
from collections.abc import Callable
from heapq import nsmallest

from assessments.library.solutions_tracks import TRACK_SOLVERS


def _lines(text: str) -> list[str]:
    return text.splitlines()


def _output(lines: list[str]) -> str:
    return "".join(f"{line}\n" for line in lines)


# --- beginner -------------------------------------------------------------------------------


def solve_log_summary(stdin: str) -> str:
    total = client_errors = server_errors = size_total = 0
    addresses: set[str] = set()
    for line in _lines(stdin):
        parts = line.split()
        if not parts:
            continue
        total += 1
        addresses.add(parts[0])
        status = int(parts[-2])
        if 400 <= status <= 499:
            client_errors += 1
        elif 500 <= status <= 599:
            server_errors += 1
        if parts[-1] != "-":
            size_total += int(parts[-1])
    return _output(
        [
            f"total {total}",
            f"ip {len(addresses)}",
            f"4xx {client_errors}",
            f"5xx {server_errors}",
            f"bytes {size_total}",
        ]
    )


_ASCII_DIGITS = frozenset("0123456789")


def luhn_is_valid(digits: str) -> bool:
    """Luhn checksum over a string of ASCII digits."""
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = ord(char) - 48
        if position % 2 == 1:
            value *= 2
            if value > 9:
                value -= 9
        total += value
    return total % 10 == 0


def solve_siret_check(stdin: str) -> str:
    seen: set[str] = set()
    problems = []
    for line_number, line in enumerate(_lines(stdin), start=1):
        number = line.replace(" ", "")
        if len(number) != 14 or not set(number) <= _ASCII_DIGITS:
            problems.append(f"{line_number} FORMAT")
        elif not luhn_is_valid(number):
            problems.append(f"{line_number} CLE")
        elif number in seen:
            problems.append(f"{line_number} DOUBLON")
        else:
            seen.add(number)
    return _output([*problems, f"OK {len(seen)}"])


_CLOSING_TO_OPENING = {")": "(", "]": "[", "}": "{"}
_OPENING = frozenset("([{")


def _first_bracket_error(line: str) -> int | None:
    stack: list[tuple[str, int]] = []
    for position, char in enumerate(line, start=1):
        if char in _OPENING:
            stack.append((char, position))
        elif char in _CLOSING_TO_OPENING:
            if not stack or stack[-1][0] != _CLOSING_TO_OPENING[char]:
                return position
            stack.pop()
    if stack:
        return stack[0][1]
    return None


def solve_brackets(stdin: str) -> str:
    verdicts = []
    for line in _lines(stdin):
        error = _first_bracket_error(line)
        verdicts.append("OK" if error is None else str(error))
    return _output(verdicts)


def _rle_encode(text: str) -> str:
    pieces = []
    index = 0
    while index < len(text):
        end = index
        while end < len(text) and text[end] == text[index]:
            end += 1
        pieces.append(f"{text[index]}{end - index}")
        index = end
    return "".join(pieces)


def _rle_decode(text: str) -> str:
    pieces = []
    index = 0
    while index < len(text):
        char = text[index]
        index += 1
        start = index
        while index < len(text) and text[index] in _ASCII_DIGITS:
            index += 1
        pieces.append(char * int(text[start:index]))
    return "".join(pieces)


def solve_run_length(stdin: str) -> str:
    lines = _lines(stdin)
    mode = lines[0].strip()
    text = lines[1] if len(lines) > 1 else ""
    if mode == "encode":
        return _output([_rle_encode(text)])
    return _output([_rle_decode(text)])


def _parse_date(text: str) -> datetime.date | None:
    day, month, year = (int(part) for part in text.split("/"))
    try:
        return datetime.date(year, month, day)
    except ValueError:
        return None


def solve_date_diff(stdin: str) -> str:
    answers = []
    for line in _lines(stdin):
        if not line.strip():
            continue
        first, second = (_parse_date(part) for part in line.split())
        if first is None or second is None:
            answers.append("INVALIDE")
        else:
            answers.append(str(abs((second - first).days)))
    return _output(answers)


def solve_dedupe_records(stdin: str) -> str:
    first_line: dict[str, int] = {}
    duplicates = []
    for line_number, line in enumerate(_lines(stdin), start=1):
        if not line.strip():
            continue
        email = line.split(";", 1)[0].strip().lower()
        if email in first_line:
            duplicates.append(f"{line_number} {first_line[email]}")
        else:
            first_line[email] = line_number
    return _output([*duplicates, str(len(first_line))])


# --- intermediate ---------------------------------------------------------------------------


def _words(text: str) -> list[str]:
    words = []
    current: list[str] = []
    for char in text:
        if char.isalpha():
            current.append(char)
        elif current:
            words.append("".join(current).lower())
            current = []
    if current:
        words.append("".join(current).lower())
    return words


def solve_top_words(stdin: str) -> str:
    first, _, text = stdin.partition("\n")
    k = int(first)
    counts = Counter(_words(text))
    best = nsmallest(k, counts.items(), key=lambda item: (-item[1], item[0]))
    return _output([f"{word} {count}" for word, count in best])


def solve_merge_intervals(stdin: str) -> str:
    numbers = [int(token) for token in stdin.split()]
    count = numbers[0] if numbers else 0
    intervals = sorted(zip(numbers[1 : 1 + 2 * count : 2], numbers[2 : 2 + 2 * count : 2]))
    merged: list[list[int]] = []
    for start, end in intervals:
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    if not merged:
        return _output(["0", "0"])
    longest = max(merged, key=lambda slot: slot[1] - slot[0])  # first one on ties
    total = sum(end - start for start, end in merged)
    return _output([str(len(merged)), str(total), f"{longest[0]} {longest[1]}"])


def solve_grid_path(stdin: str) -> str:
    lines = _lines(stdin)
    rows, cols = (int(token) for token in lines[0].split())
    grid = "".join(lines[1 : 1 + rows])
    start, end = grid.index("S"), grid.index("E")
    distance = [-1] * (rows * cols)
    distance[start] = 0
    frontier = [start]
    while frontier and distance[end] < 0:
        following = []
        for cell in frontier:
            row, col = divmod(cell, cols)
            neighbours = []
            if row > 0:
                neighbours.append(cell - cols)
            if row < rows - 1:
                neighbours.append(cell + cols)
            if col > 0:
                neighbours.append(cell - 1)
            if col < cols - 1:
                neighbours.append(cell + 1)
            for other in neighbours:
                if distance[other] < 0 and grid[other] != "#":
                    distance[other] = distance[cell] + 1
                    following.append(other)
        frontier = following
    return _output([str(distance[end])])


def solve_rolling_average(stdin: str) -> str:
    tokens = stdin.split()
    count, window = int(tokens[0]), int(tokens[1])
    values = [int(token) for token in tokens[2 : 2 + count]]
    running = best = sum(values[:window])
    best_start = 1
    for index in range(window, count):
        running += values[index] - values[index - window]
        if running > best:
            best, best_start = running, index - window + 2
    return _output([f"{best_start} {best / window:.6f}"])


def solve_config_lookup(stdin: str) -> str:
    lines = _lines(stdin)
    separator = lines.index("---")
    values: dict[str, str] = {}
    section = ""
    for raw in lines[:separator]:
        line = raw.strip()
        if not line or line[0] in "#;":
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line[1:-1].strip()
            continue
        key, _, value = line.partition("=")
        key = key.strip()
        values[f"{section}.{key}" if section else key] = value.strip()
    answers = []
    for raw in lines[separator + 1 :]:
        query = raw.strip()
        if query:
            answers.append(values.get(query, "ABSENT"))
    return _output(answers)


def solve_budget_pairs(stdin: str) -> str:
    tokens = stdin.split()
    count, target = int(tokens[0]), int(tokens[1])
    seen: Counter[int] = Counter()
    pairs = 0
    for token in tokens[2 : 2 + count]:
        price = int(token)
        pairs += seen[target - price]
        seen[price] += 1
    return _output([str(pairs)])


SOLVERS: dict[str, Callable[[str], str]] = {
    "log-summary": solve_log_summary,
    "siret-check": solve_siret_check,
    "brackets": solve_brackets,
    "run-length": solve_run_length,
    "date-diff": solve_date_diff,
    "dedupe-records": solve_dedupe_records,
    "top-words": solve_top_words,
    "merge-intervals": solve_merge_intervals,
    "grid-path": solve_grid_path,
    "rolling-average": solve_rolling_average,
    "config-lookup": solve_config_lookup,
    "budget-pairs": solve_budget_pairs,
}
SOLVERS.update(TRACK_SOLVERS)


def solve(slug: str, stdin: str) -> str:
    """Expected stdout of exercise ``slug`` for ``stdin``."""
    try:
        solver = SOLVERS[slug]
    except KeyError:
        raise KeyError(f"no trusted solver for exercise {slug!r}") from None
    return solver(stdin)
