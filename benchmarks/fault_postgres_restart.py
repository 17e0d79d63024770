"""Fault scenario: PostgreSQL restarts while a candidate is typing code. The editor's autosave
fails during the outage (503), retries by itself, and once PostgreSQL is back the saved draft is
exactly what was typed: no answer lost.

Run from the repository root on a machine with PostgreSQL's server binaries (Debian package
postgresql-15) and Debian's chromium; the script makes its own throwaway cluster::

    .venv/bin/python benchmarks/fault_postgres_restart.py [--outage 5]

It prints a Markdown summary for BENCHMARKS.md and exits non-zero if anything typed was lost.
"""

from __future__ import annotations

import argparse
import os
import platform
import pwd
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from tests.browser.conftest import daphne_process, free_port  # noqa: E402

PG_BIN = Path(os.environ.get("VIVIER_PG_BIN", "/usr/lib/postgresql/15/bin"))
LINES = 40


class Cluster:
    """A throwaway PostgreSQL cluster on loopback, run as the postgres user when we are root."""

    def __init__(self, workdir: Path):
        self.data = workdir / "pg"
        self.log = workdir / "pg.log"
        self.port = free_port()
        self.as_postgres = os.geteuid() == 0
        if self.as_postgres:
            os.chown(workdir, pwd.getpwnam("postgres").pw_uid, -1)

    def _run(self, *args: str) -> None:
        command = [str(PG_BIN / args[0]), *args[1:]]
        if self.as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)

    def init(self) -> None:
        self._run("initdb", "-D", str(self.data), "-U", "postgres", "--auth=trust")

    def start(self) -> None:
        options = f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.data} -c fsync=off"
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.log), "-w", "-o", options, "start")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    @property
    def url(self) -> str:
        return f"postgres://postgres@127.0.0.1:{self.port}/postgres"


def prepare_data():
    """A candidate with an application and one exercise, through the test factories."""
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from tests.accounts.factories import PASSWORD
    from tests.assessments.factories import ExerciseFactory
    from tests.candidates.factories import ApplicationFactory

    application = ApplicationFactory()
    exercise = ExerciseFactory()
    return application, exercise, application.candidate.user.email, PASSWORD


def saved_draft(application_id: int, slug: str) -> str | None:
    """Read from a short-lived thread: Playwright's sync API keeps an event loop in this one,
    where Django refuses database queries."""
    with ThreadPoolExecutor(max_workers=1) as executor:
        return executor.submit(_saved_draft, application_id, slug).result()


def _saved_draft(application_id: int, slug: str) -> str | None:
    from django.db import connection

    from assessments.models import CodeDraft

    try:
        draft = (
            CodeDraft.objects.filter(application_id=application_id, exercise__slug=slug)
            .order_by("-updated_at")
            .first()
        )
        return None if draft is None else draft.code
    finally:
        connection.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--outage", type=float, default=5.0, help="seconds PostgreSQL stays down")
    args = parser.parse_args()
    if not (PG_BIN / "initdb").exists():
        raise SystemExit(f"PostgreSQL server binaries not found in {PG_BIN} (VIVIER_PG_BIN).")

    workdir = Path(tempfile.mkdtemp(prefix="vivier-pg-fault-"))
    cluster = Cluster(workdir)
    cluster.init()
    cluster.start()
    os.environ.update(DATABASE_URL=cluster.url, DJANGO_SETTINGS_MODULE="config.test_settings")
    try:
        application, exercise, email, password = prepare_data()
        with daphne_process("config.test_settings") as base:
            result = drive(
                base, application.pk, exercise.slug, email, password, cluster, args.outage
            )
    finally:
        try:
            cluster.stop()
        except subprocess.CalledProcessError:
            pass
        shutil.rmtree(workdir, ignore_errors=True)

    print(
        f"Measured {date.today()} on {platform.platform()}, {os.cpu_count()} CPUs, "
        f"PostgreSQL {PG_BIN.parent.name}, one daphne process, Debian chromium.\n"
    )
    print("| measure | value |\n|---|---|")
    print(f"| lines typed, one every 0.25 s | {LINES} |")
    print(f"| PostgreSQL down (stop, wait, start) | {result['outage_s']:.1f} s |")
    print(f"| autosave requests refused during the outage (HTTP 503) | {result['refused']} |")
    print(f"| other failed responses (5xx other than 503) | {result['errors']} |")
    print(f"| saved draft equals the typed code | **{'yes' if result['intact'] else 'NO'}** |")
    print(f"| from PostgreSQL back to the whole draft saved | {result['recovery_s']:.1f} s |")
    print(
        f"| from the last keystroke to the whole draft saved | {result['after_last_key_s']:.1f} s |"
    )
    if not result["intact"] or result["errors"]:
        raise SystemExit(1)


def drive(base, application_id, slug, email, password, cluster, outage):
    from playwright.sync_api import sync_playwright

    statuses = []
    timings = {}

    def restart():
        started = time.monotonic()
        cluster.stop()
        time.sleep(outage)
        cluster.start()
        timings["back"] = time.monotonic()
        timings["outage_s"] = timings["back"] - started

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=["--no-sandbox"]
        )
        page = browser.new_context(locale="fr-FR").new_page()
        page.goto(base + "/comptes/login/")
        page.get_by_label("Courriel").fill(email)
        page.get_by_label("Mot de passe").fill(password)
        page.get_by_role("button", name="Connexion").click()
        page.wait_for_load_state()
        page.goto(f"{base}/evaluations/candidatures/{application_id}/exercices/{slug}/")
        editor = page.locator(".cm-content")
        editor.wait_for()
        editor.click()
        page.keyboard.press("Control+End")
        page.on("response", lambda r: statuses.append(r.status) if "brouillon" in r.url else None)
        restarter = None
        for n in range(LINES):
            page.keyboard.type(f"\nx{n} = {n}  # ligne {n}")
            time.sleep(0.25)
            if n == 5:
                restarter = threading.Thread(target=restart)
                restarter.start()
        timings["last_key"] = time.monotonic()
        restarter.join()
        deadline = time.monotonic() + 60
        intact = False
        while time.monotonic() < deadline:
            draft = saved_draft(application_id, slug)
            if draft is not None and all(f"x{n} = {n}  # ligne {n}" in draft for n in range(LINES)):
                intact = True
                break
            time.sleep(0.5)
        saved_at = time.monotonic()
        recovery = saved_at - timings["back"]
        after_last_key = saved_at - timings["last_key"]
        browser.close()
    return {
        "outage_s": timings["outage_s"],
        "refused": sum(1 for s in statuses if s == 503),
        "errors": sum(1 for s in statuses if s >= 500 and s != 503),
        "intact": intact,
        "recovery_s": recovery,
        "after_last_key_s": after_last_key,
    }


if __name__ == "__main__":
    main()
