"""Trusted solvers of the exercises by job track, registered in
:data:`assessments.library.solutions.SOLVERS`.

Written and reviewed by us, independent from the ``solution.*`` files, which only ever run in
the sandbox. SQL exercises: our own query runs on the dataset with the standard library's
``sqlite3`` module (an in-memory database, nothing else reachable), and the rows are printed
as the ``sqlite3`` shell prints them (``|`` between columns, NULL as an empty string).
"""

from __future__ import annotations

import html
import ipaddress
import re
import sqlite3
import unicodedata
from collections import Counter
from collections.abc import Callable
from urllib.parse import unquote_plus


def _lines(stdin: str) -> list[str]:
    return stdin.splitlines()


def _output(lines) -> str:
    return "".join(f"{line}\n" for line in lines)


# -- data / BI ---------------------------------------------------------------------------------

SQL_QUERIES = {
    "sql-clients-ville": ("SELECT nom FROM clients WHERE ville = 'Lyon' ORDER BY nom"),
    "sql-ca-par-ville": (
        "SELECT c.ville, SUM(o.montant_cents) AS ca FROM commandes o JOIN clients c"
        " ON c.id = o.client_id GROUP BY c.ville ORDER BY ca DESC, c.ville"
    ),
    "sql-clients-sans-commande": (
        "SELECT id, nom FROM clients WHERE id NOT IN (SELECT client_id FROM commandes)"
    ),
    "sql-top-produits": (
        "SELECT p.nom, SUM(l.quantite) AS q FROM lignes l JOIN produits p ON p.id = l.produit_id"
        " GROUP BY p.id ORDER BY q DESC, p.nom LIMIT 3"
    ),
    "sql-panier-moyen": (
        "SELECT c.nom, COUNT(*), SUM(o.montant_cents) / COUNT(*) FROM commandes o"
        " JOIN clients c ON c.id = o.client_id GROUP BY c.id HAVING COUNT(*) >= 2"
    ),
    "sql-commandes-par-mois": (
        "SELECT substr(date, 1, 7) AS mois, COUNT(*), SUM(montant_cents) FROM commandes"
        " GROUP BY mois ORDER BY mois"
    ),
    "sql-doublons-email": (
        "SELECT email, COUNT(*) FROM clients GROUP BY email HAVING COUNT(*) > 1 ORDER BY email"
    ),
    "sql-effectif-service": (
        "SELECT s.nom, COUNT(e.id) FROM services s LEFT JOIN employes e ON e.service_id = s.id"
        " GROUP BY s.id ORDER BY s.nom"
    ),
    "sql-meilleur-salaire": (
        "SELECT s.nom, e.nom, e.salaire FROM employes e JOIN services s ON s.id = e.service_id"
        " WHERE e.salaire = (SELECT MAX(salaire) FROM employes x WHERE x.service_id = e.service_id)"
    ),
    "sql-managers": (
        "SELECT e.nom, COALESCE(m.nom, '-') FROM employes e LEFT JOIN employes m"
        " ON m.id = e.manager_id"
    ),
    "sql-absences-longues": (
        "SELECT e.nom, SUM(a.jours) AS total FROM absences a JOIN employes e"
        " ON e.id = a.employe_id GROUP BY e.id HAVING total >= 5 ORDER BY total DESC, e.nom"
    ),
}


def _shell_value(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return repr(value)
    return str(value)


def _sql(slug: str) -> Callable[[str], str]:
    def solve(dataset: str) -> str:
        connection = sqlite3.connect(":memory:")
        try:
            connection.executescript(dataset)
            rows = connection.execute(SQL_QUERIES[slug]).fetchall()
        finally:
            connection.close()
        return _output("|".join(_shell_value(value) for value in row) for row in rows)

    return solve


# -- support and DevOps ---------------------------------------------------------------------


def solve_log_levels(stdin: str) -> str:
    counts: Counter[str] = Counter()
    for line in _lines(stdin):
        parts = line.split()
        if len(parts) >= 2:
            counts[parts[1]] += 1
    return _output(f"{level} {counts[level]}" for level in ("ERROR", "WARN", "INFO"))


def solve_http_status_count(stdin: str) -> str:
    counts = Counter(int(line.split()[3]) for line in _lines(stdin) if line.strip())
    return _output(f"{status} {count}" for status, count in sorted(counts.items()))


def solve_disk_alert(stdin: str) -> str:
    lines = _lines(stdin)
    threshold = int(lines[0])
    alerts = []
    for line in lines[1:]:
        if not line.strip():
            continue
        mount, used = line.split()
        if int(used.rstrip("%")) >= threshold:
            alerts.append(f"{mount} {used}")
    return _output(alerts or ["RAS"])


def solve_bash_users(stdin: str) -> str:
    users = [
        fields[0]
        for fields in (line.split(":") for line in _lines(stdin) if line.strip())
        if fields[-1] == "/bin/bash"
    ]
    return _output(sorted(users))


def solve_slow_requests(stdin: str) -> str:
    slow = []
    for line in _lines(stdin):
        if not line.strip():
            continue
        path, duration = line.split()
        if int(duration) > 1000:
            slow.append(f"{path} {duration}")
    return _output([*slow, f"TOTAL {len(slow)}"])


def solve_env_missing(stdin: str) -> str:
    lines = _lines(stdin)
    required = lines[0].split() if lines else []
    present = {line.split("=", 1)[0] for line in lines[1:] if "=" in line}
    missing = sorted(key for key in set(required) if key not in present)
    return _output(missing or ["OK"])


def solve_failed_logins(stdin: str) -> str:
    counts: Counter[str] = Counter()
    for line in _lines(stdin):
        match = re.search(r"Failed password for \S+ from (\S+)", line)
        if match:
            counts[match.group(1)] += 1
    flagged = sorted((-count, address) for address, count in counts.items() if count >= 3)
    return _output([f"{address} {-count}" for count, address in flagged] or ["RAS"])


# -- web ------------------------------------------------------------------------------------


def _slug(title: str) -> str:
    ascii_text = unicodedata.normalize("NFD", title).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def solve_slugify(stdin: str) -> str:
    return _output(_slug(line) for line in _lines(stdin))


def solve_query_string(stdin: str) -> str:
    answers = []
    for line in _lines(stdin):
        values: dict[str, list[str]] = {}
        for pair in line.split("&"):
            if not pair:
                continue
            key, _, value = pair.partition("=")
            values.setdefault(unquote_plus(key), []).append(unquote_plus(value))
        answers.extend(f"{key}={','.join(items)}" for key, items in sorted(values.items()))
        answers.append("--")
    return _output(answers)


def solve_hex_color(stdin: str) -> str:
    answers = []
    for line in _lines(stdin):
        text = line.strip()
        if not re.fullmatch(r"#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})", text):
            answers.append("INVALIDE")
            continue
        digits = text[1:]
        if len(digits) == 3:
            digits = "".join(char * 2 for char in digits)
        red, green, blue = (int(digits[i : i + 2], 16) for i in (0, 2, 4))
        answers.append(f"rgb({red}, {green}, {blue})")
    return _output(answers)


def solve_case_convert(stdin: str) -> str:
    answers = []
    for line in _lines(stdin):
        if "-" in line:
            first, *rest = line.split("-")
            answers.append(first + "".join(part[:1].upper() + part[1:] for part in rest))
        else:
            answers.append(re.sub(r"([A-Z])", lambda m: "-" + m.group(1).lower(), line))
    return _output(answers)


def _euros(cents: int) -> str:
    euros, rest = divmod(cents, 100)
    grouped = f"{euros:,}".replace(",", " ")
    return f"{grouped},{rest:02d} €"


def solve_price_format(stdin: str) -> str:
    return _output(_euros(int(line)) for line in _lines(stdin) if line.strip())


def solve_html_escape(stdin: str) -> str:
    return _output(
        html.escape(line, quote=True).replace("&#x27;", "&#39;") for line in _lines(stdin)
    )


def solve_route_match(stdin: str) -> str:
    lines = _lines(stdin)
    count = int(lines[0])
    routes = lines[1 : 1 + count]
    answers = []
    for path in lines[1 + count :]:
        parts = path.strip("/").split("/") if path.strip("/") else []
        for route in routes:
            pattern = route.strip("/").split("/") if route.strip("/") else []
            if len(pattern) != len(parts):
                continue
            params = []
            for expected, actual in zip(pattern, parts, strict=True):
                if expected.startswith(":"):
                    params.append(f"{expected[1:]}={actual}")
                elif expected != actual:
                    break
            else:
                answers.append(" ".join([route, *params]))
                break
        else:
            answers.append("404")
    return _output(answers)


# -- systems --------------------------------------------------------------------------------


def solve_word_count(stdin: str) -> str:
    data = stdin.encode()
    newlines = data.count(b"\n")
    return _output([f"{newlines} {len(data.split())} {len(data)}"])


def solve_popcount(stdin: str) -> str:
    return _output(str(int(line).bit_count()) for line in _lines(stdin) if line.strip())


def solve_ip_in_subnet(stdin: str) -> str:
    lines = _lines(stdin)
    network = ipaddress.ip_network(lines[0].strip(), strict=False)
    return _output(
        "OUI" if ipaddress.ip_address(line.strip()) in network else "NON"
        for line in lines[1:]
        if line.strip()
    )


def solve_octal_permissions(stdin: str) -> str:
    answers = []
    for line in _lines(stdin):
        if not line.strip():
            continue
        answers.append(
            "".join(
                ("r" if int(digit) & 4 else "-")
                + ("w" if int(digit) & 2 else "-")
                + ("x" if int(digit) & 1 else "-")
                for digit in line.strip()
            )
        )
    return _output(answers)


def solve_human_bytes(stdin: str) -> str:
    answers = []
    for line in _lines(stdin):
        if not line.strip():
            continue
        size = int(line)
        if size < 1024:
            answers.append(f"{size} B")
            continue
        value, unit = float(size), "B"
        for unit in ("KiB", "MiB", "GiB", "TiB"):
            value /= 1024
            if value < 1024 or unit == "TiB":
                break
        answers.append(f"{value:.1f} {unit}")
    return _output(answers)


def solve_byte_swap(stdin: str) -> str:
    return _output(
        f"0x{int.from_bytes(int(line, 16).to_bytes(4, 'big'), 'little'):08x}"
        for line in _lines(stdin)
        if line.strip()
    )


# -- problem solving ----------------------------------------------------------------------------

_ROMAN = [
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
]


def _roman(number: int) -> str:
    digits = []
    for value, letters in _ROMAN:
        while number >= value:
            digits.append(letters)
            number -= value
    return "".join(digits)


def solve_roman_numerals(stdin: str) -> str:
    return _output(_roman(int(line)) for line in _lines(stdin) if line.strip())


def solve_anagram_groups(stdin: str) -> str:
    groups: dict[str, list[str]] = {}
    for word in stdin.split():
        groups.setdefault("".join(sorted(word)), []).append(word)
    found = sorted(sorted(words) for words in groups.values() if len(words) >= 2)
    return _output([" ".join(words) for words in found] or ["AUCUN"])


def solve_prime_count(stdin: str) -> str:
    queries = [int(token) for token in stdin.split()]
    limit = max(queries, default=0)
    sieve = bytearray([1]) * (limit + 1)
    sieve[0:2] = b"\x00\x00"[: min(2, limit + 1)]
    for number in range(2, int(limit**0.5) + 1):
        if sieve[number]:
            sieve[number * number :: number] = bytearray(
                len(range(number * number, limit + 1, number))
            )
    counts = [0] * (limit + 1)
    running = 0
    for number in range(limit + 1):
        running += sieve[number]
        counts[number] = running
    return _output(str(counts[query]) for query in queries)


def solve_matrix_spiral(stdin: str) -> str:
    tokens = stdin.split()
    rows, cols = int(tokens[0]), int(tokens[1])
    grid = [tokens[2 + r * cols : 2 + (r + 1) * cols] for r in range(rows)]
    order = []
    top, bottom, left, right = 0, rows - 1, 0, cols - 1
    while top <= bottom and left <= right:
        order.extend(grid[top][c] for c in range(left, right + 1))
        order.extend(grid[r][right] for r in range(top + 1, bottom + 1))
        if top < bottom:
            order.extend(grid[bottom][c] for c in range(right - 1, left - 1, -1))
        if left < right:
            order.extend(grid[r][left] for r in range(bottom - 1, top, -1))
        top, bottom, left, right = top + 1, bottom - 1, left + 1, right - 1
    return _output([" ".join(order)])


def solve_count_at_most(stdin: str) -> str:
    lines = _lines(stdin)
    values = [int(token) for token in lines[1].split()] if int(lines[0]) else []
    queries = [int(line) for line in lines[3 : 3 + int(lines[2])]]
    from bisect import bisect_right

    return _output(str(bisect_right(values, query)) for query in queries)


def _shift(char: str, key: int) -> str:
    if "a" <= char <= "z":
        return chr((ord(char) - 97 + key) % 26 + 97)
    if "A" <= char <= "Z":
        return chr((ord(char) - 65 + key) % 26 + 65)
    return char


def solve_caesar(stdin: str) -> str:
    lines = _lines(stdin)
    key = int(lines[0])
    return _output("".join(_shift(char, key) for char in line) for line in lines[1:])


TRACK_SOLVERS: dict[str, Callable[[str], str]] = {
    **{slug: _sql(slug) for slug in SQL_QUERIES},
    "log-levels": solve_log_levels,
    "http-status-count": solve_http_status_count,
    "disk-alert": solve_disk_alert,
    "bash-users": solve_bash_users,
    "slow-requests": solve_slow_requests,
    "env-missing": solve_env_missing,
    "failed-logins": solve_failed_logins,
    "slugify": solve_slugify,
    "query-string": solve_query_string,
    "hex-color": solve_hex_color,
    "case-convert": solve_case_convert,
    "price-format": solve_price_format,
    "html-escape": solve_html_escape,
    "route-match": solve_route_match,
    "word-count": solve_word_count,
    "popcount": solve_popcount,
    "ip-in-subnet": solve_ip_in_subnet,
    "octal-permissions": solve_octal_permissions,
    "human-bytes": solve_human_bytes,
    "byte-swap": solve_byte_swap,
    "roman-numerals": solve_roman_numerals,
    "anagram-groups": solve_anagram_groups,
    "prime-count": solve_prime_count,
    "matrix-spiral": solve_matrix_spiral,
    "count-at-most": solve_count_at_most,
    "caesar": solve_caesar,
}
