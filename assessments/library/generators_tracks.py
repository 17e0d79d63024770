"""Input generators of the exercises by job track (web, data / BI, systems, support and DevOps,
problem solving), registered in :data:`assessments.library.generators.GENERATORS`.

Same rules as the first generators: a ``random.Random(seed)`` of their own, no clock, no I/O.
Each one also draws the per-candidate variants (``"variants"`` in ``exercise.json``): its
parameters fix the size and shape, the seed only changes the values.
"""

from __future__ import annotations

import random
import unicodedata

FIRST_NAMES = [
    "Amina", "Bastien", "Chloé", "Djibril", "Elsa", "Farid", "Gaëlle", "Hugo", "Inès", "Jules",
    "Kenza", "Léo", "Maëlys", "Nabil", "Océane", "Paul", "Quentin", "Rania", "Sacha", "Thao",
    "Ugo", "Victoire", "Wassim", "Yanis", "Zoé",
]  # fmt: skip
LAST_NAMES = [
    "Martin", "Bernard", "Diallo", "Nguyen", "Petit", "Traoré", "Moreau", "Benali", "Garcia",
    "Lefèvre", "Kone", "Roux", "Haddad", "Fournier", "Mercier", "Da Silva", "Bonnet", "Lambert",
]  # fmt: skip
CITIES = ["Lyon", "Lille", "Marseille", "Nantes", "Roubaix", "Toulouse", "Saint-Denis", "Rennes"]
PRODUCTS = [
    "Clavier", "Souris", "Écran", "Casque", "Webcam", "Câble USB-C", "Station d'accueil",
    "Sacoche", "Chargeur", "Disque SSD", "Tapis", "Micro",
]  # fmt: skip
SERVICES = ["Comptabilité", "Support", "Développement", "Données", "Ressources humaines", "Ventes"]


def _lines(lines: list[str]) -> str:
    return "".join(f"{line}\n" for line in lines)


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFD", text).encode("ascii", "ignore").decode()


def _sql_text(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


# -- data / BI: SQL datasets ------------------------------------------------------------------


def _sql_shop(rng: random.Random, clients: int, orders: int, duplicates: int = 2) -> str:
    """Clients, products, orders and order lines of a small online shop, as SQL."""
    rows = [
        "CREATE TABLE clients (id INTEGER PRIMARY KEY, nom TEXT NOT NULL, ville TEXT NOT NULL,"
        " email TEXT NOT NULL);",
        "CREATE TABLE produits (id INTEGER PRIMARY KEY, nom TEXT NOT NULL,"
        " prix_cents INTEGER NOT NULL);",
        "CREATE TABLE commandes (id INTEGER PRIMARY KEY, client_id INTEGER NOT NULL"
        " REFERENCES clients(id), date TEXT NOT NULL, montant_cents INTEGER NOT NULL);",
        "CREATE TABLE lignes (commande_id INTEGER NOT NULL REFERENCES commandes(id),"
        " produit_id INTEGER NOT NULL REFERENCES produits(id), quantite INTEGER NOT NULL);",
    ]
    emails = []
    for client in range(1, clients + 1):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        name = f"{first} {last} {client}"
        if emails and rng.random() < duplicates / max(clients, 1):
            email = rng.choice(emails)
        else:
            email = f"{_ascii(first.lower())[:3]}{client}@exemple.fr"
        emails.append(email)
        rows.append(
            f"INSERT INTO clients VALUES ({client}, {_sql_text(name)}, "
            f"{_sql_text(rng.choice(CITIES))}, {_sql_text(email)});"
        )
    prices = {}
    for product, name in enumerate(PRODUCTS, start=1):
        prices[product] = rng.randrange(5, 300) * 100 + rng.choice([0, 50, 90, 99])
        rows.append(
            f"INSERT INTO produits VALUES ({product}, {_sql_text(name)}, {prices[product]});"
        )
    if clients == 0:
        orders = 0
    # about a fifth of the clients never order
    buyers = rng.sample(range(1, clients + 1), max(1, clients * 4 // 5)) if clients else []
    for order in range(1, orders + 1):
        client = rng.choice(buyers)
        date = f"2025-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
        lines = []
        for product in rng.sample(sorted(prices), rng.randrange(1, 4)):
            lines.append((product, rng.randrange(1, 5)))
        amount = sum(prices[product] * quantity for product, quantity in lines)
        rows.append(f"INSERT INTO commandes VALUES ({order}, {client}, '{date}', {amount});")
        rows.extend(
            f"INSERT INTO lignes VALUES ({order}, {product}, {quantity});"
            for product, quantity in lines
        )
    return _lines(rows)


def _sql_staff(rng: random.Random, employees: int) -> str:
    """Departments, employees (with their manager) and absences, as SQL."""
    rows = [
        "CREATE TABLE services (id INTEGER PRIMARY KEY, nom TEXT NOT NULL);",
        "CREATE TABLE employes (id INTEGER PRIMARY KEY, nom TEXT NOT NULL,"
        " service_id INTEGER REFERENCES services(id), salaire INTEGER NOT NULL,"
        " manager_id INTEGER REFERENCES employes(id));",
        "CREATE TABLE absences (employe_id INTEGER NOT NULL REFERENCES employes(id),"
        " debut TEXT NOT NULL, jours INTEGER NOT NULL);",
    ]
    services = rng.sample(SERVICES, len(SERVICES))
    for service, name in enumerate(services, start=1):
        rows.append(f"INSERT INTO services VALUES ({service}, {_sql_text(name)});")
    # the last department stays empty
    staffed = list(range(1, len(services)))
    for employee in range(1, employees + 1):
        name = f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)} {employee}"
        manager = "NULL" if employee <= 2 else str(rng.randrange(1, employee))
        salary = rng.randrange(22, 70) * 1000 + rng.choice([0, 500])
        rows.append(
            f"INSERT INTO employes VALUES ({employee}, {_sql_text(name)}, "
            f"{rng.choice(staffed)}, {salary}, {manager});"
        )
        for _ in range(rng.randrange(0, 3)):
            start = f"2025-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
            rows.append(
                f"INSERT INTO absences VALUES ({employee}, '{start}', {rng.randrange(1, 6)});"
            )
    return _lines(rows)


# -- support and DevOps: logs and system files ------------------------------------------------


def _log_levels(rng: random.Random, n: int) -> str:
    levels = ["INFO"] * 6 + ["WARN"] * 3 + ["ERROR"] * 2 + ["DEBUG"]
    messages = [
        "connexion ouverte",
        "délai dépassé",
        "disque plein à 91 %",
        "requête lente",
        "utilisateur créé",
        "ERROR dans le message, pas dans le niveau",
        "sauvegarde OK",
    ]
    return _lines(
        f"2025-03-{rng.randrange(1, 29):02d}T{rng.randrange(24):02d}:{rng.randrange(60):02d}:00 "
        f"{rng.choice(levels)} {rng.choice(messages)}"
        for _ in range(n)
    )


def _access_statuses(rng: random.Random, n: int) -> str:
    statuses = [200] * 8 + [201, 301, 304, 400, 403, 404, 404, 500, 503]
    paths = ["/", "/offres", "/api/candidatures", "/connexion", "/static/app.js"]
    return _lines(
        f"10.0.{rng.randrange(4)}.{rng.randrange(1, 255)} {rng.choice(['GET', 'GET', 'POST'])} "
        f"{rng.choice(paths)} {rng.choice(statuses)}"
        for _ in range(n)
    )


def _disk_alert(rng: random.Random, n: int) -> str:
    mounts = ["/", "/home", "/var", "/var/log", "/srv/data", "/tmp", "/boot", "/opt", "/backup"]
    chosen = rng.sample(mounts, min(n, len(mounts)))
    return _lines([str(rng.randrange(70, 96)), *(f"{m} {rng.randrange(3, 100)}%" for m in chosen)])


def _passwd(rng: random.Random, n: int) -> str:
    shells = ["/bin/bash", "/bin/bash", "/usr/sbin/nologin", "/bin/sh", "/bin/false", "/bin/zsh"]
    lines = ["root:x:0:0:root:/root:/bin/bash"]
    for index in range(n):
        user = f"{_ascii(rng.choice(FIRST_NAMES).lower())}{index}"
        uid = 1000 + index
        lines.append(f"{user}:x:{uid}:{uid}:{user}:/home/{user}:{rng.choice(shells)}")
    rng.shuffle(lines)
    return _lines(lines)


def _slow_requests(rng: random.Random, n: int) -> str:
    paths = ["/", "/offres", "/api/recherche", "/api/export", "/profil", "/connexion"]
    return _lines(
        f"{rng.choice(paths)} {rng.choice([rng.randrange(5, 400), rng.randrange(5, 3000)])}"
        for _ in range(n)
    )


def _env_check(rng: random.Random, n: int) -> str:
    keys = [
        "DATABASE_URL",
        "SECRET_KEY",
        "ALLOWED_HOSTS",
        "REDIS_URL",
        "SMTP_HOST",
        "DEBUG",
        "TIME_ZONE",
        "SENTRY_DSN",
        "STATIC_ROOT",
        "MEDIA_ROOT",
    ]
    required = rng.sample(keys, min(n, len(keys)))
    present = [key for key in keys if rng.random() < 0.6]
    rng.shuffle(present)
    return _lines([" ".join(required), *(f"{key}={rng.randrange(1000)}" for key in present)])


def _failed_logins(rng: random.Random, n: int) -> str:
    addresses = [f"203.0.113.{rng.randrange(1, 255)}" for _ in range(6)]
    users = ["root", "admin", "deploy", "sacha", "www-data"]
    lines = []
    for _ in range(n):
        if rng.random() < 0.75:
            line = f"Failed password for {rng.choice(users)} from {rng.choice(addresses)} port 22"
        else:
            line = f"Accepted password for {rng.choice(users)} from {rng.choice(addresses)} port 22"
        lines.append(f"sshd[{rng.randrange(100, 999)}]: {line}")
    return _lines(lines)


# -- web ------------------------------------------------------------------------------------


def _titles(rng: random.Random, n: int) -> str:
    words = [
        "Développeur",
        "web",
        "Full-Stack",
        "H/F",
        "Lyon",
        "CDI",
        "télétravail",
        "à",
        "Saint-Étienne",
        "données",
        "(junior)",
        "Été",
        "2025",
        "C++",
        "ça",
        "Noël",
    ]
    return _lines(" ".join(rng.choice(words) for _ in range(rng.randrange(1, 7))) for _ in range(n))


def _query_strings(rng: random.Random, n: int) -> str:
    keys = ["q", "ville", "page", "tri", "contrat"]
    values = ["d%C3%A9veloppeur", "Lyon", "2", "date", "CDI", "data+analyst", "a%26b", ""]
    return _lines(
        "&".join(f"{rng.choice(keys)}={rng.choice(values)}" for _ in range(rng.randrange(1, 6)))
        for _ in range(n)
    )


def _hex_colors(rng: random.Random, n: int) -> str:
    digits = "0123456789abcdefABCDEF"
    lines = []
    for _ in range(n):
        roll = rng.random()
        if roll < 0.5:
            lines.append("#" + "".join(rng.choice(digits) for _ in range(6)))
        elif roll < 0.8:
            lines.append("#" + "".join(rng.choice(digits) for _ in range(3)))
        else:
            lines.append(rng.choice(["#12345", "123456", "#ggg", "#", "#1234567"]))
    return _lines(lines)


def _identifiers(rng: random.Random, n: int) -> str:
    parts = ["user", "id", "offre", "date", "creation", "html", "api", "v2", "nom", "complet"]
    lines = []
    for _ in range(n):
        chosen = [rng.choice(parts) for _ in range(rng.randrange(1, 4))]
        if rng.random() < 0.5:
            lines.append("-".join(chosen))
        else:
            lines.append(chosen[0] + "".join(part.capitalize() for part in chosen[1:]))
    return _lines(lines)


def _cents(rng: random.Random, n: int) -> str:
    return _lines(
        str(rng.choice([rng.randrange(0, 1000), rng.randrange(0, 10**9)])) for _ in range(n)
    )


def _html_snippets(rng: random.Random, n: int) -> str:
    pieces = ["<b>", "Tom & Léa", '"citation"', "l'offre", "a < b > c", "&amp;", "texte"]
    return _lines(
        " ".join(rng.choice(pieces) for _ in range(rng.randrange(1, 5))) for _ in range(n)
    )


def _routes(rng: random.Random, n: int) -> str:
    routes = ["/offres", "/offres/:id", "/offres/:id/candidatures", "/profil/:pseudo"]
    paths = [
        "/offres",
        f"/offres/{rng.randrange(1, 999)}",
        f"/offres/{rng.randrange(9)}/candidatures",
        "/profil/renard-bleu",
        "/profil",
        "/offres/7/x",
        "/",
    ]
    return _lines([str(len(routes)), *routes, *(rng.choice(paths) for _ in range(n))])


# -- systems --------------------------------------------------------------------------------


def _text_blob(rng: random.Random, lines: int) -> str:
    words = ["le", "serveur", "répond", "en", "200", "ms", "\tindenté", "", "ça", "marche"]
    return _lines(
        " ".join(rng.choice(words) for _ in range(rng.randrange(0, 8))) for _ in range(lines)
    )


def _unsigned(rng: random.Random, n: int, bits: int) -> str:
    return _lines(
        str(rng.choice([rng.randrange(0, 256), rng.randrange(0, 2**bits)])) for _ in range(n)
    )


def _subnet(rng: random.Random, n: int) -> str:
    prefix = rng.choice([8, 16, 20, 24, 26, 30, 32])
    base = [10, rng.randrange(256), rng.randrange(256), rng.randrange(256)]
    lines = [f"{'.'.join(map(str, base))}/{prefix}"]
    for _ in range(n):
        address = list(base)
        address[rng.randrange(1, 4)] = rng.randrange(256)
        lines.append(".".join(map(str, address)))
    return _lines(lines)


def _modes(rng: random.Random, n: int) -> str:
    return _lines("".join(str(rng.randrange(8)) for _ in range(3)) for _ in range(n))


def _byte_sizes(rng: random.Random, n: int) -> str:
    return _lines(
        str(rng.choice([rng.randrange(0, 2048), rng.randrange(0, 2**50)])) for _ in range(n)
    )


def _words32(rng: random.Random, n: int) -> str:
    return _lines(f"0x{rng.randrange(2**32):08x}" for _ in range(n))


# -- problem solving ----------------------------------------------------------------------------


def _numbers(rng: random.Random, n: int, low: int, high: int) -> str:
    return _lines(str(rng.randrange(low, high + 1)) for _ in range(n))


def _anagram_words(rng: random.Random, n: int) -> str:
    bases = [
        "chien",
        "niche",
        "chine",
        "marie",
        "aimer",
        "maire",
        "rame",
        "mare",
        "arme",
        "soleil",
        "ironique",
        "onirique",
        "trace",
        "caret",
        "carte",
        "crate",
        "vivier",
    ]
    return _lines(rng.sample(bases, min(n, len(bases))))


def _matrix(rng: random.Random, rows: int, cols: int) -> str:
    return _lines(
        [
            f"{rows} {cols}",
            *(" ".join(str(rng.randrange(100)) for _ in range(cols)) for _ in range(rows)),
        ]
    )


def _sorted_queries(rng: random.Random, n: int, queries: int) -> str:
    values = sorted(rng.randrange(1000) for _ in range(n))
    return _lines(
        [
            str(n),
            " ".join(map(str, values)),
            str(queries),
            *(str(rng.randrange(-10, 1011)) for _ in range(queries)),
        ]
    )


def _caesar(rng: random.Random, n: int) -> str:
    words = ["Bonjour", "le", "code", "est", "CORRECT", "à", "100 %", "!", "Zèbre", "xylophone"]
    return _lines(
        [
            str(rng.randrange(-30, 31)),
            *(" ".join(rng.choice(words) for _ in range(5)) for _ in range(n)),
        ]
    )


TRACK_GENERATORS = {
    "sql-shop": _sql_shop,
    "sql-staff": _sql_staff,
    "log-levels": _log_levels,
    "access-statuses": _access_statuses,
    "disk-alert": _disk_alert,
    "passwd": _passwd,
    "slow-requests": _slow_requests,
    "env-check": _env_check,
    "failed-logins": _failed_logins,
    "titles": _titles,
    "query-strings": _query_strings,
    "hex-colors": _hex_colors,
    "identifiers": _identifiers,
    "cents": _cents,
    "html-snippets": _html_snippets,
    "routes": _routes,
    "text-blob": _text_blob,
    "unsigned": _unsigned,
    "subnet": _subnet,
    "modes": _modes,
    "byte-sizes": _byte_sizes,
    "words32": _words32,
    "numbers": _numbers,
    "anagram-words": _anagram_words,
    "matrix": _matrix,
    "sorted-queries": _sorted_queries,
    "caesar": _caesar,
}
