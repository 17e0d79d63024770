"""Vivier scaled out on one machine: PostgreSQL 15 and Redis on loopback (as `.ci/run` starts
them), N daphne processes behind nginx (the rules of deploy/nginx) and M `manage.py db_worker`
processes, all with the production settings (`config.settings`: DEBUG off, the connection pool
on, the cache in the database, the Redis channel layer).

Run as root from the repository root (PostgreSQL runs as the postgres user, the sandbox needs
root); Debian packages postgresql-15, redis-server, nginx and wrk are installed when missing::

    .venv/bin/python benchmarks/scale_out.py serve [--daphne 3] [--workers 3]
    .venv/bin/python benchmarks/scale_out.py throughput [--seconds 10] [--rounds 2]
    .venv/bin/python benchmarks/scale_out.py reveal [--trials 100] [--idle 2000]
    .venv/bin/python benchmarks/scale_out.py grading [--submissions 1000] [--seconds 600]

`serve` starts everything, prints the addresses and waits for Ctrl+C. The others measure:
`throughput` the public list, an offer page, the API list and a recruiter's applications
through nginx with three daphne processes and with one (both behind nginx, alternating, same
run: the ratio is the figure); `reveal` the live reveal of a panel whose members are on
different processes, with idle websockets spread over them, and the memory per idle websocket;
`grading` submissions graded by the workers, one of them killed in the middle. Everything
runs in a temporary folder and is stopped and removed at the end, Ctrl+C included.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import pwd
import resource
import secrets
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import ExitStack, contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PG_BIN = Path("/usr/lib/postgresql/15/bin")
PACKAGES = ["postgresql-15", "redis-server", "nginx", "wrk", "bubblewrap"]


def log(message: str) -> None:
    print(
        f"[{time.strftime('%H:%M:%S', time.gmtime())} UTC] {message}", file=sys.stderr, flush=True
    )


def install_missing() -> None:
    missing = [
        p for p in PACKAGES if subprocess.run(["dpkg", "-s", p], capture_output=True).returncode
    ]
    if missing:
        log(f"apt-get install {' '.join(missing)}")
        subprocess.run(["apt-get", "update", "-qq"], check=True)
        subprocess.run(
            ["apt-get", "install", "-y", "-qq", *missing],
            check=True,
            env={**os.environ, "DEBIAN_FRONTEND": "noninteractive"},
        )


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def listening(port: int) -> bool:
    import socket

    try:
        socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
    except OSError:
        return False
    return True


def wait_until(predicate, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not predicate():
        if time.monotonic() > deadline:
            raise RuntimeError(f"timed out waiting for {what}")
        time.sleep(0.1)


def stop(processes, sig=signal.SIGTERM) -> None:
    for process in processes:
        if process.poll() is None:
            os.killpg(process.pid, sig)
    for process in processes:
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()


@contextmanager
def postgres_and_redis(folder: Path):
    """PostgreSQL 15 and Redis on loopback, as .ci/run starts them; yields their URLs."""
    os.chown(folder, pwd.getpwnam("postgres").pw_uid, -1)
    pg_port, redis_port = free_port(), free_port()

    def as_postgres(*command):
        subprocess.run(
            ["runuser", "-u", "postgres", "--", *command], check=True, stdout=subprocess.DEVNULL
        )

    as_postgres(str(PG_BIN / "initdb"), "-D", f"{folder}/pg", "-U", "postgres", "--auth=trust")
    options = f"-c listen_addresses=127.0.0.1 -p {pg_port} -k {folder} -c fsync=off"
    as_postgres(
        str(PG_BIN / "pg_ctl"),
        "-D",
        f"{folder}/pg",
        "-l",
        f"{folder}/pg.log",
        "-w",
        "-o",
        options,
        "start",
    )
    redis = subprocess.Popen(
        [
            "redis-server",
            "--bind",
            "127.0.0.1",
            "--port",
            str(redis_port),
            "--save",
            "",
            "--appendonly",
            "no",
            "--logfile",
            f"{folder}/redis.log",
        ],
        start_new_session=True,
    )
    try:
        subprocess.run(
            [
                "psql",
                "-h",
                "127.0.0.1",
                "-p",
                str(pg_port),
                "-U",
                "postgres",
                "-q",
                "-c",
                "CREATE ROLE vivier LOGIN PASSWORD 'vivier' CREATEDB",
                "-c",
                "CREATE DATABASE vivier OWNER vivier",
            ],
            check=True,
        )
        wait_until(lambda: listening(redis_port), 30, "Redis")
        yield (
            f"postgres://vivier:vivier@127.0.0.1:{pg_port}/vivier",
            f"redis://127.0.0.1:{redis_port}/0",
        )
    finally:
        stop([redis])
        subprocess.run(
            [
                "runuser",
                "-u",
                "postgres",
                "--",
                str(PG_BIN / "pg_ctl"),
                "-D",
                f"{folder}/pg",
                "-m",
                "fast",
                "stop",
            ],
            stdout=subprocess.DEVNULL,
        )


def production_env(folder: Path, database_url: str, redis_url: str) -> dict:
    """The production settings (config.settings), with the secrets a real host has in
    /etc/vivier/vivier.env, and plain HTTP on loopback."""
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings",
        "DJANGO_SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "EMAIL_HOST": "127.0.0.1",
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "DJANGO_SECURE_COOKIES": "false",
        "DJANGO_LOG_LEVEL": "WARNING",
        "DATABASE_URL": database_url,
        "REDIS_URL": redis_url,
        "VIVIER_VAR_DIR": str(folder / "var"),
        "PYTHONUNBUFFERED": "1",
    }


class Stack:
    """The whole set-up: call `start()` inside an ExitStack, then `daphne_ports`, `proxy`."""

    def __init__(self, stack: ExitStack, daphne: int, workers: int):
        self.stack, self.daphne_count, self.worker_count = stack, daphne, workers
        self.folder = Path(tempfile.mkdtemp(prefix="vivier-scale-"))
        stack.callback(shutil.rmtree, self.folder, ignore_errors=True)
        self.workers: dict[str, subprocess.Popen] = {}

    def start_services(self) -> None:
        install_missing()
        log("PostgreSQL and Redis")
        self.database_url, self.redis_url = self.stack.enter_context(
            postgres_and_redis(self.folder)
        )
        self.env = production_env(self.folder, self.database_url, self.redis_url)
        os.environ.update(self.env)
        log("migrate, collectstatic")
        self.manage("migrate", "--noinput")
        self.manage("collectstatic", "--noinput")

    def manage(self, *args: str) -> None:
        subprocess.run(
            [sys.executable, "manage.py", *args],
            cwd=ROOT,
            env=self.env,
            check=True,
            stdout=subprocess.DEVNULL,
        )

    def start_processes(self) -> None:
        log(f"{self.daphne_count} daphne, {self.worker_count} db_worker, nginx")
        self.daphne_ports = [free_port() for _ in range(self.daphne_count)]
        self.daphnes = [
            self._spawn(
                [
                    sys.executable,
                    "-m",
                    "daphne",
                    "--bind",
                    "127.0.0.1",
                    "--port",
                    str(port),
                    "--proxy-headers",
                    "config.asgi:application",
                ],
                f"daphne-{port}",
            )
            for port in self.daphne_ports
        ]
        for n in range(self.worker_count):
            self.start_worker(f"w{n}")
        self.stack.callback(lambda: stop(list(self.workers.values())))
        self.stack.callback(stop, self.daphnes)
        for port, process in zip(self.daphne_ports, self.daphnes, strict=True):
            wait_until(
                lambda p=port, pr=process: listening(p) or pr.poll() is not None, 120, "daphne"
            )
            if process.poll() is not None:
                raise RuntimeError(f"daphne on {port} died: see {self.folder}/daphne-{port}.log")
        self.proxy = self.nginx(self.daphne_ports)

    def _spawn(self, command, name):
        with open(self.folder / f"{name}.log", "ab") as output:
            return subprocess.Popen(
                command,
                cwd=ROOT,
                env=self.env,
                stdout=output,
                stderr=output,
                start_new_session=True,
            )

    def start_worker(self, worker_id: str) -> None:
        # What the unit does (deploy/systemd/vivier-worker@.service): the sweep, then the worker.
        self.manage("regrade_stuck")
        self.workers[worker_id] = self._spawn(
            [
                sys.executable,
                "manage.py",
                "db_worker",
                "--no-reload",
                "--interval",
                "0.2",
                "--worker-id",
                worker_id,
            ],
            f"worker-{worker_id}",
        )

    def nginx(self, ports: list[int]) -> str:
        from tests.scale.cluster import nginx

        return self.stack.enter_context(nginx(ports))


# Figures ------------------------------------------------------------------------------------


def machine() -> str:
    uname = platform.uname()
    load = Path("/proc/loadavg").read_text().split()[:3]
    return (
        f"{uname.system} {uname.release} {uname.machine}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}, load average {' '.join(load)} at the end"
    )


def cpu_seconds() -> dict[str, float]:
    """CPU time (user + system, seconds) by kind of process, from /proc."""
    tick = os.sysconf("SC_CLK_TCK")
    kinds: dict[str, float] = {}
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
            cmdline = Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        comm = stat[stat.index("(") + 1 : stat.rindex(")")]
        fields = stat.rsplit(")", 1)[1].split()
        used = (int(fields[11]) + int(fields[12])) / tick
        if "daphne" in cmdline:
            kind = "daphne"
        elif "db_worker" in cmdline:
            kind = "worker"
        elif comm.startswith("postgres"):
            kind = "postgres"
        elif comm in ("nginx", "redis-server"):
            kind = comm
        else:
            continue
        kinds[kind] = kinds.get(kind, 0.0) + used
    return kinds


def percentile(values, q):
    ordered = sorted(values)
    return ordered[max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))]


def throughput(stack: Stack, args) -> None:
    import django

    from benchmarks.load_offers import WRK_SCRIPT, fill, wrk

    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings"  # load_offers sets its own

    django.setup()
    from django.test import Client

    from tests.utils import signed_in

    log(f"data: {args.offers} offers, {args.applications} applications on one")
    recruiter, offer = fill(args.offers, args.applications)
    client = signed_in(Client(), recruiter)
    cookie = f"sessionid={client.cookies['sessionid'].value}"
    one = stack.nginx(stack.daphne_ports[:1])
    pages = {
        "public offer list": ("/offres/", None),
        "an offer page": (f"/offres/{offer.pk}/", None),
        "API offer list": ("/api/v1/offers/", None),
        "recruiter's applications (signed in)": (f"/entreprise/offres/{offer.pk}/", cookie),
    }
    script = stack.folder / "summary.lua"
    script.write_text(WRK_SCRIPT)
    for path, c in pages.values():  # warm every process and check every page answers
        for _ in range(len(stack.daphne_ports)):
            wrk(stack.proxy + path, seconds=1, connections=3, cookie=c, script=str(script))
        wrk(one + path, seconds=1, connections=2, cookie=c, script=str(script))
    rows = []
    for name, (path, c) in pages.items():
        runs = {1: [], 3: []}
        cpu = {1: {}, 3: {}}
        for _ in range(args.rounds):
            for count, base in ((1, one), (3, stack.proxy)):
                before = cpu_seconds()
                started = time.monotonic()
                runs[count].append(
                    wrk(
                        base + path,
                        seconds=args.seconds,
                        connections=args.connections,
                        cookie=c,
                        script=str(script),
                    )
                )
                elapsed = time.monotonic() - started
                after = cpu_seconds()
                for kind in after:
                    share = (after[kind] - before.get(kind, 0.0)) / elapsed
                    cpu[count][kind] = cpu[count].get(kind, 0.0) + share / args.rounds
        log(name)
        rows.append((name, runs, cpu))
    print(f"date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; machine: {machine()}")
    print(f"command: {' '.join(['.venv/bin/python', *sys.argv])}")
    print(
        f"data: {args.offers} published offers, {args.applications} applications on one; "
        f"wrk -t2 -c{args.connections} -d{args.seconds}s through nginx, {args.rounds} "
        "alternating rounds (1 daphne, 3 daphne, …)\n"
    )
    print(
        "| page | 1 daphne req/s | 3 daphne req/s | ratio 3/1 | p95 1 → 3 | "
        "CPU cores used with 3 (daphne / postgres / nginx / redis) |"
    )
    print("|---|---:|---:|---:|---:|---|")
    for name, runs, cpu in rows:
        r1 = statistics.median(r["rps"] for r in runs[1])
        r3 = statistics.median(r["rps"] for r in runs[3])
        p1 = statistics.median(r["p95_ms"] for r in runs[1])
        p3 = statistics.median(r["p95_ms"] for r in runs[3])
        used = " / ".join(
            f"{cpu[3].get(k, 0.0):.2f}" for k in ("daphne", "postgres", "nginx", "redis-server")
        )
        print(
            f"| {name} | {r1:.0f} | {r3:.0f} | **{r3 / r1:.2f}** | {p1:.0f} → {p3:.0f} ms | "
            f"{used} |"
        )


def rss_kib(pids) -> int:
    total = 0
    for pid in pids:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1])
    return total


def reveal(stack: Stack, args) -> None:
    from benchmarks import interview_reveal_latency as bench

    log(f"data: {args.trials} interviews measured, {args.idle // bench.PANEL} idle ones")
    measured, idle_ids, competencies, cookies = bench.prepare(args.trials, args.idle // bench.PANEL)
    ports = stack.daphne_ports

    async def run():
        path = lambda pk: f"/ws/entretiens/{pk}/"  # noqa: E731
        rss_before = rss_kib(p.pid for p in stack.daphnes)
        idle, tasks = [], []
        # One interview's five sockets at a time: a hundred handshakes at once were reset by
        # daphne on the loaded machine (BENCHMARKS.md, "Scale out"); idle pages connect one
        # by one in real life anyway.
        for start in range(0, len(idle_ids), 1):
            batch = [
                bench.WebSocket.connect(ports[(start + i) % len(ports)], path(pk), cookie)
                for i, pk in enumerate(idle_ids[start : start + 1])
                for cookie in cookies
            ]
            for ws in await asyncio.gather(*batch):
                idle.append(ws)
                tasks.append(asyncio.create_task(ws.idle()))
        await asyncio.sleep(2)
        rss_after = rss_kib(p.pid for p in stack.daphnes)
        log(f"{len(idle)} idle websockets over {len(ports)} processes")
        scores = {str(pk): {"level": 3, "evidence": "Observé."} for pk in competencies}
        last, every = [], []
        for number, pk in enumerate(measured):
            # Member i on process i mod N: the reveal crosses processes through Redis.
            panel = [
                await bench.WebSocket.connect(ports[i % len(ports)], path(pk), c)
                for i, c in enumerate(cookies)
            ]
            await asyncio.gather(
                *(
                    bench.until(ws, "state", lambda m: all(p["present"] for p in m["panel"]))
                    for ws in panel
                )
            )
            for index, ws in enumerate(panel[:-1]):
                await ws.send_json({"type": "submit", "scores": scores})
                await asyncio.gather(
                    *(
                        bench.until(
                            w,
                            "state",
                            lambda m, d=index + 1: sum(p["submitted"] for p in m["panel"]) == d,
                        )
                        for w in panel
                    )
                )

            async def receive(ws):
                await bench.until(ws, "scores")
                return time.perf_counter()

            receivers = [asyncio.create_task(receive(ws)) for ws in panel]
            started = time.perf_counter()
            await panel[-1].send_json({"type": "submit", "scores": scores})
            arrivals = await asyncio.gather(*receivers)
            every.extend((t - started) * 1000 for t in arrivals)
            last.append((max(arrivals) - started) * 1000)
            await asyncio.gather(*(ws.close() for ws in panel))
            if (number + 1) % 25 == 0:
                log(f"{number + 1} reveals")
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        await asyncio.gather(*(ws.close() for ws in idle))
        return last, every, len(idle), rss_before, rss_after

    last, every, idle_count, before, after = asyncio.run(run())
    print(f"date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; machine: {machine()}")
    print(f"command: {' '.join(['.venv/bin/python', *sys.argv])}")
    print(
        f"{len(ports)} daphne processes, Redis channel layer, PostgreSQL; panel of "
        f"{bench.PANEL}, member i on process i mod {len(ports)}; {idle_count} idle websockets "
        "spread over the processes\n"
    )
    print("| measure | p50 | p99 | max | n |\n|---|---:|---:|---:|---:|")
    for name, values in (
        ("last submission → all 5 sockets have the scores", last),
        ("last submission → one socket has the scores", every),
    ):
        print(
            f"| {name} | {percentile(values, 50):.1f} ms | {percentile(values, 99):.1f} ms | "
            f"{max(values):.1f} ms | {len(values)} |"
        )
    print(
        f"\nmemory of the daphne processes: {before / 1024:.0f} MiB before the idle "
        f"websockets, {after / 1024:.0f} MiB with them: "
        f"**{(after - before) / idle_count:.0f} KiB per idle websocket**"
    )


def grading(stack: Stack, args) -> None:
    import random

    import django

    django.setup()
    from django_tasks_db.models import DBTaskResult

    from assessments.library import get_exercise
    from assessments.library_sync import sync_library
    from assessments.models import Exercise, Submission
    from assessments.submissions import submit
    from tests.candidates.factories import ApplicationFactory
    from tests.employers.factories import OfferFactory

    sync_library()
    exercise = Exercise.objects.current().filter(level="beginner").order_by("slug").first()
    spec = get_exercise(exercise.slug)
    offer = OfferFactory(published=True)
    log(f"{args.submissions} applications")
    applications = [ApplicationFactory(offer=offer) for _ in range(args.submissions)]
    rng = random.Random(2026)
    moments = sorted(rng.uniform(0, args.seconds) for _ in applications)
    time.sleep(5)  # the workers are up
    start = time.monotonic()
    ids, killed_at = [], None
    victim = "w1" if "w1" in stack.workers else next(iter(stack.workers))
    for n, (application, moment) in enumerate(zip(applications, moments, strict=True)):
        delay = start + moment - time.monotonic()
        if delay > 0:
            time.sleep(delay)
        code = spec.reference_solution if n % 2 == 0 else "print(0)\n"
        ids.append(submit(application, exercise, code, user=None).pk)
        if killed_at is None and n >= args.submissions // 2:
            # SIGKILL, as the OOM killer would, in the middle of the run; systemd restarts it
            # (Restart=always), and its start runs the sweep, which leaves a submission taken
            # less than 10 minutes ago alone.
            os.kill(stack.workers[victim].pid, signal.SIGKILL)
            stack.workers[victim].wait()
            killed_at = time.monotonic() - start
            log(f"{victim} killed at {killed_at:.0f} s")
            time.sleep(2)
            stack.start_worker(victim)
    submitted_in = time.monotonic() - start
    log(f"{len(ids)} submitted in {submitted_in:.0f} s")

    def left():
        return Submission.objects.filter(pk__in=ids).exclude(status="graded")

    from datetime import timedelta

    from django.utils import timezone

    deadline = time.monotonic() + 1800
    while time.monotonic() < deadline:
        # Done when no task waits and what is left has been "running" for a minute: the
        # submission the killed worker held (its task stays "RUNNING" in the queue forever).
        quiet = timezone.now() - timedelta(seconds=60)
        if (
            not DBTaskResult.objects.filter(status="READY").exists()
            and not left().exclude(status="running", status_changed_at__lt=quiet).exists()
        ):
            break
        time.sleep(1)
    stuck = list(left().values_list("pk", "status"))
    # What the regrade timer does 10 minutes later (vivier-regrade-stuck.timer), now: the
    # queue is empty, so only what the killed worker held is stale.
    if stuck:
        log(f"stuck after the queue emptied: {stuck}; regrade_stuck --minutes 0")
        stack.manage("regrade_stuck", "--minutes", "0")
        while left().exists() and time.monotonic() < deadline:
            time.sleep(1)
    all_done = time.monotonic() - start
    submissions = list(Submission.objects.filter(pk__in=ids))
    graded = [s for s in submissions if s.status == "graded"]
    waits = sorted((s.graded_at - s.created_at).total_seconds() for s in graded)
    by_worker: dict[str, int] = {}
    for task in DBTaskResult.objects.filter(return_value="graded"):
        for worker in task.worker_ids[-1:]:
            by_worker[worker] = by_worker.get(worker, 0) + 1
    attempts = {}
    for s in submissions:
        attempts[s.attempts] = attempts.get(s.attempts, 0) + 1
    full = sum(1 for s in graded if s.score == 1.0)
    print(f"date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}; machine: {machine()}")
    print(f"command: {' '.join(['.venv/bin/python', *sys.argv])}")
    print(
        f"{len(stack.workers)} db_worker processes, PostgreSQL, exercise `{exercise.slug}` "
        f"({len(exercise.hidden_tests)} hidden tests); {victim} killed (SIGKILL) at "
        f"{killed_at:.0f} s and restarted\n"
    )
    print("| measure | value |\n|---|---|")
    print(f"| submissions made | {len(ids)} in {submitted_in:.0f} s |")
    print(
        f"| graded | {len(graded)} ({full} with full marks, as submitted: "
        f"{(len(ids) + 1) // 2} expected) |"
    )
    print(f"| lost | {len(ids) - len(graded)} |")
    print(f"| attempts per submission | {dict(sorted(attempts.items()))} |")
    print(f"| stuck when the queue emptied (held by the killed worker) | {len(stuck)} |")
    print(f"| graded by worker | {dict(sorted(by_worker.items()))} |")
    if waits:
        print(
            f"| wait saved → graded, p50 / p95 / p99 / max | {percentile(waits, 50):.1f} / "
            f"{percentile(waits, 95):.1f} / {percentile(waits, 99):.1f} / {waits[-1]:.1f} s |"
        )
    print(f"| first submission → last result | {all_done:.0f} s |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("what", choices=["serve", "throughput", "reveal", "grading"])
    parser.add_argument("--daphne", type=int, default=3)
    parser.add_argument("--workers", type=int, default=3)
    parser.add_argument("--offers", type=int, default=2000)
    parser.add_argument("--applications", type=int, default=2000)
    parser.add_argument("--seconds", type=float, default=None)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--trials", type=int, default=100)
    parser.add_argument("--idle", type=int, default=2000)
    parser.add_argument("--submissions", type=int, default=1000)
    args = parser.parse_args()
    if os.geteuid() != 0:
        raise SystemExit("Run as root: PostgreSQL runs as the postgres user, the sandbox as root.")
    # Thousands of websockets: the client and the daphne processes need the descriptors.
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (hard, hard))
    with ExitStack() as stack:
        stack.callback(log, "stopped everything")
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(1))
        scale = Stack(stack, args.daphne, args.workers if args.what in ("serve", "grading") else 0)
        scale.start_services()
        scale.start_processes()
        if args.what == "serve":
            print(
                f"Vivier on {scale.proxy} (nginx) — daphne on {scale.daphne_ports}, "
                f"{args.workers} workers\nDATABASE_URL={scale.database_url}\n"
                f"REDIS_URL={scale.redis_url}\nlogs: {scale.folder}\nCtrl+C stops everything.",
                flush=True,
            )
            try:
                signal.pause()
            except KeyboardInterrupt:
                pass
        elif args.what == "throughput":
            args.seconds = int(args.seconds or 10)
            throughput(scale, args)
        elif args.what == "reveal":
            try:
                reveal(scale, args)
            except Exception:
                for daphne_log in sorted(scale.folder.glob("daphne-*.log")):
                    log(f"{daphne_log.name}: {daphne_log.read_text()[-3000:]}")
                raise
        else:
            args.seconds = args.seconds or 600.0
            grading(scale, args)


if __name__ == "__main__":
    main()
