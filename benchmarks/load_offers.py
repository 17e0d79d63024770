"""Load on the pages that grow with the data: the public offer list, an offer page, the API list
and a recruiter's list of applications, each against a bare Django view served by the same daphne
process in the same run (requests per second and p95 latency, as ratios to the bare view).

Run from the repository root, against PostgreSQL, with wrk installed (`apt-get install wrk`)::

    DATABASE_URL=postgres://vivier:vivier@127.0.0.1:5432/vivier_bench \\
        .venv/bin/python benchmarks/load_offers.py [--offers 10000] [--applications 2000]

The database is filled once (the script tops it up to the sizes asked) and left in place. The
runs alternate bare view and page (bare, page, bare, page…) so that both see the same machine.
Signed-in pages also alternate with the bare view requested with the same session cookie: the
bare view then loads the session and the user too, which shows what signing in costs apart
from the page's own work.
"""

from __future__ import annotations

import argparse
import base64
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ["DJANGO_SETTINGS_MODULE"] = "benchmarks.load_settings"

from tests.browser.conftest import daphne_process  # noqa: E402  (needs the settings above)

# wrk's summary only prints fixed percentiles: this prints the p95 and the request rate.
WRK_SCRIPT = """
done = function(summary, latency, requests)
  io.write(string.format("VIVIER rps=%f p95_us=%d errors=%d\\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(95),
    summary.errors.status + summary.errors.connect + summary.errors.read
      + summary.errors.write + summary.errors.timeout))
end
"""


def setup_django():
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def fill(offers: int, applications: int):
    """Top the database up to `offers` published offers and `applications` on the first one."""
    from allauth.mfa.totp.internal.auth import TOTP
    from allauth.mfa.utils import is_mfa_enabled
    from django.utils import timezone

    from accounts.enums import Role
    from accounts.models import User
    from candidates.models import Application, Candidate
    from candidates.pseudonyms import new_pseudonym
    from employers.enums import ContractType, MemberRole, OfferStatus, RemotePolicy
    from employers.models import Employer, EmployerMembership, Offer

    employer, _ = Employer.objects.get_or_create(name="Charge et Cie")
    recruiter, created = User.objects.get_or_create(
        email="charge@vivier.bench", defaults={"role": Role.RECRUITER}
    )
    EmployerMembership.objects.get_or_create(
        user=recruiter, employer=employer, defaults={"role": MemberRole.ADMIN}
    )
    if not is_mfa_enabled(recruiter):  # recruiters without MFA are sent to enrol
        TOTP.activate(recruiter, base64.b32encode(os.urandom(20)).decode())
    missing = offers - Offer.objects.filter(employer=employer).count()
    departments = ["75", "91", "93", "59", "69", "13", "33", "31", "44", "35"]
    now = timezone.now()
    batch = []
    for n in range(missing):
        department = departments[n % len(departments)]
        batch.append(
            Offer(
                employer=employer,
                title=f"Développeur·se web n° {n} (H/F)",
                description="<p>Vous développez des services numériques en Python.</p>" * 4,
                skills=["Python", "Django", "SQL"],
                contract_type=list(ContractType.values)[n % len(ContractType.values)],
                commune="Commune",
                postcode=f"{department}000",
                department=department,
                remote_policy=RemotePolicy.PARTIAL,
                salary_min=32000,
                salary_max=40000,
                rome_code="M1805",
                status=OfferStatus.PUBLISHED,
                published_at=now,
            )
        )
    Offer.objects.bulk_create(batch, batch_size=1000)
    first = Offer.objects.filter(employer=employer).order_by("pk").first()
    missing = applications - first.applications.count()
    candidates = Candidate.objects.bulk_create(
        [Candidate(skills=["Python"]) for _ in range(max(missing, 0))], batch_size=1000
    )
    Application.objects.bulk_create(
        [Application(offer=first, candidate=c, pseudonym=new_pseudonym()) for c in candidates],
        batch_size=1000,
        ignore_conflicts=True,
    )
    return recruiter, first


def session_cookie(user) -> str:
    from django.conf import settings
    from django.test import Client

    client = Client()
    client.force_login(user)
    return f"{settings.SESSION_COOKIE_NAME}={client.cookies[settings.SESSION_COOKIE_NAME].value}"


def wrk(url: str, *, seconds: int, connections: int, cookie: str | None, script: str) -> dict:
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s", "-s", script]
    command.append(url)
    if cookie:
        command[1:1] = ["-H", f"Cookie: {cookie}"]
    output = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    match = re.search(r"VIVIER rps=([\d.]+) p95_us=(\d+) errors=(\d+)", output)
    if match is None:
        raise SystemExit(f"wrk printed no summary:\n{output}")
    rps, p95_us, errors = float(match[1]), int(match[2]), int(match[3])
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    if errors or non_2xx:
        raise SystemExit(f"{url}: errors in the run\n{output}")
    return {"rps": rps, "p95_ms": p95_us / 1000}


def settings_summary() -> str:
    """The settings the figures depend on: the cache and the pool of connections."""
    from django.conf import settings

    database = settings.DATABASES["default"]
    pool = database["OPTIONS"].get("pool")
    cache = settings.CACHES["default"]["BACKEND"].rsplit(".", 2)[-2]
    return f"cache {cache}, " + (f"connection pool {pool}" if pool else "no connection pool")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--offers", type=int, default=10_000)
    parser.add_argument("--applications", type=int, default=2_000)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--only", default="", help="measure only the pages whose name contains this text"
    )
    args = parser.parse_args()
    if not os.environ.get("DATABASE_URL", "").startswith("postgres"):
        raise SystemExit("Set DATABASE_URL to a PostgreSQL database (see the docstring).")

    setup_django()
    recruiter, offer = fill(args.offers, args.applications)
    cookie = session_cookie(recruiter)
    pages = {
        "public offer list": ("/offres/", None),
        "an offer page": (f"/offres/{offer.pk}/", None),
        "API offer list": ("/api/v1/offers/", None),
        "recruiter's applications": (f"/entreprise/offres/{offer.pk}/", cookie),
        # any recruiter's page costs at least this much: signed in, an empty base template
        "signed-in floor (empty recruiter's page)": ("/bare/signed-in/", cookie),
    }
    pages = {name: page for name, page in pages.items() if args.only in name}
    with (
        daphne_process("benchmarks.load_settings") as base,
        tempfile.NamedTemporaryFile("w", suffix=".lua") as script,
    ):
        script.write(WRK_SCRIPT)
        script.flush()
        run = lambda path, c=None: wrk(  # noqa: E731
            base + path,
            seconds=args.seconds,
            connections=args.connections,
            cookie=c,
            script=script.name,
        )
        print("warming up", file=sys.stderr)
        for path, c in pages.values():  # warm up caches and check every page answers
            wrk(base + path, seconds=1, connections=2, cookie=c, script=script.name)
        results = {}
        for name, (path, c) in pages.items():
            bare, page, bare_signed_in = [], [], []
            print(name, file=sys.stderr)
            for _ in range(args.rounds):
                bare.append(run("/bare/"))
                page.append(run(path, c))
                if c:  # the same bare view, signed in: what the session and user cost
                    bare_signed_in.append(run("/bare/", c))
            results[name] = (bare, page, bare_signed_in)

    print(
        f"Measured {date.today()} on {platform.platform()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}; {args.offers} published offers, "
        f"{args.applications} applications on one offer; PostgreSQL; one daphne process; "
        f"wrk -t2 -c{args.connections} -d{args.seconds}s, {args.rounds} alternating rounds; "
        f"{settings_summary()}.\n"
    )
    print(
        "| page | req/s | bare req/s | ratio | p95 | bare p95 | p95 ratio (bare/page) "
        "| ratio to the bare view signed in |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, (bare, page, bare_signed_in) in results.items():
        rps = statistics.median(r["rps"] for r in page)
        bare_rps = statistics.median(r["rps"] for r in bare)
        p95 = statistics.median(r["p95_ms"] for r in page)
        bare_p95 = statistics.median(r["p95_ms"] for r in bare)
        signed_in = "—"
        if bare_signed_in:
            signed_in_rps = statistics.median(r["rps"] for r in bare_signed_in)
            signed_in = f"{rps / signed_in_rps:.2f} ({signed_in_rps:.0f} req/s)"
        print(
            f"| {name} | {rps:.0f} | {bare_rps:.0f} | **{rps / bare_rps:.2f}** | "
            f"{p95:.1f} ms | {bare_p95:.1f} ms | {bare_p95 / p95:.2f} | {signed_in} |"
        )


if __name__ == "__main__":
    main()
