"""Deterministic generators for the large hidden tests of the exercise library.

A hidden test in ``exercise.json`` may carry, instead of ``stdin``/``expected``::

    "generator": {"kind": "merge-intervals", "seed": 42, "params": {"n": 200000}}

:func:`generate` turns that into the test's stdin with a ``random.Random(seed)`` of its own (no
global state, no clock, no I/O), so the same JSON always gives the same input for a given
Python version. The expected output is then computed by the trusted solver in
:mod:`assessments.library.solutions`.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from assessments.library.generators_tracks import TRACK_GENERATORS

Generator = Callable[..., str]

_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_SYLLABLES = [
    "ba", "be", "bi", "da", "de", "di", "do", "fa", "fe", "ga", "ka", "la", "le", "li", "lo",
    "ma", "me", "mi", "mo", "na", "ne", "ni", "no", "pa", "pe", "ra", "re", "ri", "ro", "sa",
    "se", "si", "so", "ta", "te", "ti", "to", "va", "ve", "vi", "za", "zo", "é", "è", "ou",
    "an", "in", "on", "ch", "gn", "ç",
]  # fmt: skip


def _lines(lines: list[str]) -> str:
    return "".join(f"{line}\n" for line in lines)


def _log_summary(rng: random.Random, n: int, addresses: int) -> str:
    pool = [
        f"{rng.randrange(1, 224)}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(256)}"
        for _ in range(addresses)
    ]
    methods = ["GET", "GET", "GET", "POST", "PUT", "DELETE"]
    paths = ["/", "/offres", "/offres/42", "/api/candidatures", "/recherche?q=développeur",
             "/connexion", "/static/app.css", "/profil/compétences"]  # fmt: skip
    statuses = [200] * 12 + [201, 204, 301, 302, 304, 400, 401, 403, 404, 404, 500, 502, 503]
    months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    lines = []
    for _ in range(n):
        status = rng.choice(statuses)
        size = "-" if status in (204, 304) else str(rng.randrange(0, 50_000))
        date = (
            f"{rng.randrange(1, 29):02d}/{rng.choice(months)}/2025:"
            f"{rng.randrange(24):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d} +0100"
        )
        request = f"{rng.choice(methods)} {rng.choice(paths)} HTTP/1.1"
        lines.append(f'{rng.choice(pool)} - - [{date}] "{request}" {status} {size}')
    return _lines(lines)


def _luhn_complete(body: str) -> str:
    """Append the digit that makes ``body`` + digit pass the Luhn check."""
    total = 0
    for position, char in enumerate(reversed(body)):
        value = int(char)
        if position % 2 == 0:  # becomes an odd position once the check digit is appended
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return body + str(-total % 10)


def _siret_check(rng: random.Random, n: int) -> str:
    valid: list[str] = []
    lines = []
    for _ in range(n):
        roll = rng.random()
        if roll < 0.97 or not valid:
            number = _luhn_complete(f"{rng.randrange(10**13):013d}")
            valid.append(number)
            line = number
        elif roll < 0.98:
            line = rng.choice(valid)
        elif roll < 0.99:
            number = rng.choice(valid)
            wrong = str((int(number[-1]) + rng.randrange(1, 10)) % 10)
            line = number[:-1] + wrong
        else:
            length = rng.choice([9, 13, 15])
            line = f"{rng.randrange(10**length):0{length}d}"
        if rng.random() < 0.2 and len(line) == 14:
            line = f"{line[:3]} {line[3:6]} {line[6:9]} {line[9:]}"
        lines.append(line)
    return _lines(lines)


def _brackets(rng: random.Random, depth: int, noise_lines: int) -> str:
    pairs = ["()", "[]", "{}"]
    chosen = [rng.choice(pairs) for _ in range(depth)]
    nested_ok = "".join(p[0] for p in chosen) + "".join(p[1] for p in reversed(chosen))
    broken = list(nested_ok)
    broken[-3] = {")": "]", "]": "}", "}": ")"}[broken[-3]]
    lines = [nested_ok, "".join(broken), "x = f(a[0], {1: 2})" * 2000]
    for _ in range(noise_lines):
        length = rng.randrange(0, 40)
        lines.append("".join(rng.choice("()[]{}ab é") for _ in range(length)))
    return _lines(lines)


def _run_length(rng: random.Random, runs: int, min_run: int, max_run: int) -> str:
    alphabet = _LETTERS + "ÉéèàçüœABCXYZ-_.!?€#@ñ"
    pieces = []
    previous = ""
    for _ in range(runs):
        char = rng.choice(alphabet)
        while char == previous:
            char = rng.choice(alphabet)
        pieces.append(char * rng.randint(min_run, max_run))
        previous = char
    return _lines(["encode", "".join(pieces)])


def _date_diff(rng: random.Random, n: int) -> str:
    def random_date() -> str:
        if rng.random() < 0.02:
            return rng.choice(
                ["31/04/2024", "29/02/2023", "00/01/2000", "15/13/1999", "01/01/0000"]
            )
        return (
            f"{rng.randrange(1, 29):02d}/{rng.randrange(1, 13):02d}/{rng.randrange(1, 10_000):04d}"
        )

    return _lines([f"{random_date()} {random_date()}" for _ in range(n)])


def _dedupe_records(rng: random.Random, n: int, duplicate_rate: float) -> str:
    first_names = [
        "Awa",
        "Léo",
        "Inès",
        "Noah",
        "Maëlys",
        "Yanis",
        "Chloé",
        "Samir",
        "Lina",
        "Hugo",
        "Fatou",
        "Émile",
        "Jade",
        "Rayan",
        "Zoé",
        "Kévin",
        "Nour",
        "Tom",
    ]
    last_names = ["Diallo", "Martin", "Nguyen", "Bernard", "Traoré", "Petit", "Da Silva",
                  "Moreau", "Benali", "Lefèvre", "Kone", "Roux", "Haddad", "Garnier"]  # fmt: skip
    cities = ["Roubaix", "Vaulx-en-Velin", "Guéret", "Marseille", "Aurillac", "Sevran",
              "Mende", "Lens", "Saint-Denis", "Cayenne", "Nîmes", "Brest"]  # fmt: skip
    domains = ["exemple.fr", "mail.test", "courriel.org", "boite.net"]
    seen: list[str] = []
    lines = []
    for index in range(n):
        if seen and rng.random() < duplicate_rate:
            email = rng.choice(seen)
        else:
            email = f"{rng.choice(first_names).lower()}.{index}@{rng.choice(domains)}"
            seen.append(email)
        if rng.random() < 0.2:
            email = email.upper()
        if rng.random() < 0.1:
            email = f"  {email} "
        name = f"{rng.choice(first_names)} {rng.choice(last_names)}"
        lines.append(f"{email};{name};{rng.choice(cities)}")
    return _lines(lines)


def _top_words(rng: random.Random, words: int, vocabulary: int, k: int) -> str:
    vocab = []
    for _ in range(vocabulary):
        word = "".join(rng.choice(_SYLLABLES) for _ in range(rng.randrange(2, 5)))
        vocab.append(word.capitalize() if rng.random() < 0.1 else word)
    weights = [1.0 / (rank + 1) for rank in range(vocabulary)]
    chosen = rng.choices(vocab, weights=weights, k=words)
    separators = [" "] * 12 + [", ", ". ", "\n", " - ", "'", " 42 ", "’"]
    text = "".join(word + rng.choice(separators) for word in chosen)
    return f"{k}\n{text}\n"


def _merge_intervals(rng: random.Random, n: int) -> str:
    lines = [str(n)]
    for _ in range(n):
        start = rng.randrange(0, 1_000_000_000)
        length = rng.choice([0, 1, 10, 1000, 5000, 20_000, 60_000])
        lines.append(f"{start} {min(start + length, 1_000_000_000)}")
    return _lines(lines)


def _grid_path(rng: random.Random, rows: int, cols: int) -> str:
    grid = [["."] * cols for _ in range(rows)]
    for row in range(1, rows - 1, 2):
        grid[row] = ["#"] * cols
        gap = rng.randrange(cols - 3, cols) if row % 4 == 1 else rng.randrange(0, 3)
        grid[row][gap] = "."
    grid[0][0] = "S"
    grid[rows - 1][cols - 1] = "E"
    return _lines([f"{rows} {cols}", *("".join(row) for row in grid)])


def _rolling_average(rng: random.Random, n: int, k: int) -> str:
    values = [str(rng.randrange(-1_000_000, 1_000_001)) for _ in range(n)]
    rows = [" ".join(values[start : start + 20]) for start in range(0, n, 20)]
    return _lines([f"{n} {k}", *rows])


def _config_lookup(rng: random.Random, entries: int, queries: int, sections: int) -> str:
    section_names = [f"service{index}" for index in range(sections)]
    keys = ["host", "port", "timeout", "user", "url", "retries", "mode", "label", "path"]
    lines = ["# configuration générée", "env = production", ""]
    known = ["env"]
    for index in range(entries):
        if index % 200 == 0:
            current = rng.choice(section_names)
            lines.append(f"[ {current} ]" if index % 400 else f"[{current}]")
        roll = rng.random()
        if roll < 0.05:
            lines.append("; commentaire")
            continue
        key = f"{rng.choice(keys)}{rng.randrange(40)}"
        value = f"v{rng.randrange(1000)}=é{index}"
        lines.append(f"  {key} = {value}" if roll < 0.2 else f"{key}={value}")
        known.append(f"{current}.{key}")
    lines.append("---")
    for _ in range(queries):
        if rng.random() < 0.6:
            lines.append(rng.choice(known))
        else:
            lines.append(f"{rng.choice(section_names)}.absent{rng.randrange(100)}")
    return _lines(lines)


def _budget_pairs(rng: random.Random, n: int, target: int) -> str:
    prices = [str(rng.randrange(1, target)) for _ in range(n)]
    rows = [" ".join(prices[start : start + 20]) for start in range(0, n, 20)]
    return _lines([f"{n} {target}", *rows])


GENERATORS: dict[str, Generator] = {
    "log-summary": _log_summary,
    "siret-check": _siret_check,
    "brackets": _brackets,
    "run-length": _run_length,
    "date-diff": _date_diff,
    "dedupe-records": _dedupe_records,
    "top-words": _top_words,
    "merge-intervals": _merge_intervals,
    "grid-path": _grid_path,
    "rolling-average": _rolling_average,
    "config-lookup": _config_lookup,
    "budget-pairs": _budget_pairs,
}
GENERATORS.update(TRACK_GENERATORS)


def generate(kind: str, seed: int, params: dict[str, Any]) -> str:
    """Stdin of a generated test; same (kind, seed, params) → same text."""
    try:
        generator = GENERATORS[kind]
    except KeyError:
        raise KeyError(f"unknown generator kind {kind!r}") from None
    return generator(random.Random(seed), **params)
