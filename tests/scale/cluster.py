"""Processes of a scaled-out Vivier for the tests: daphne processes, `db_worker` processes and
nginx in front of the daphne processes (deploy/nginx), all on the test database and Redis."""

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

from tests.browser.conftest import ROOT, free_port, test_database_url

SETTINGS = "tests.scale.settings"


def environment(**extra) -> dict:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": SETTINGS,
        "DATABASE_URL": test_database_url(),
        "PYTHONUNBUFFERED": "1",
        **extra,
    }


def wait_for(predicate, seconds: float, what: str):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")


def _listening(port: int) -> bool:
    import socket

    try:
        socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
    except OSError:
        return False
    return True


def _stop(processes, sig=signal.SIGTERM) -> None:
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
def daphnes(count: int, **env):
    """`count` daphne processes started together, each on a free port; yields their base URLs."""
    ports = [free_port() for _ in range(count)]
    logs = [tempfile.TemporaryFile() for _ in ports]
    processes = [
        subprocess.Popen(
            [sys.executable, "-m", "daphne", "-b", "127.0.0.1", "-p", str(port)]
            + ["config.asgi:application"],
            cwd=ROOT,
            env=environment(**env),
            stdout=subprocess.DEVNULL,
            stderr=log,
            start_new_session=True,
        )
        for port, log in zip(ports, logs, strict=True)
    ]
    try:
        deadline = time.monotonic() + 120  # a loaded machine imports Django slowly
        for port, process, log in zip(ports, processes, logs, strict=True):
            while not _listening(port):
                if process.poll() is not None or time.monotonic() > deadline:
                    log.seek(0)
                    raise RuntimeError(f"daphne did not start: {log.read().decode()}")
                time.sleep(0.1)
        yield [f"http://127.0.0.1:{port}" for port in ports]
    finally:
        _stop(processes)
        for log in logs:
            log.close()


class Workers:
    """`db_worker` processes, each with its worker id (`w0`, `w1`…) and one log file."""

    def __init__(self, count: int, env: dict):
        self.env = env
        self.log = tempfile.NamedTemporaryFile(prefix="vivier-workers-", suffix=".log")
        self.processes = {f"w{n}": self._start(f"w{n}") for n in range(count)}

    def _start(self, worker_id: str):
        command = [sys.executable, "manage.py", "db_worker", "--no-reload", "--interval", "0.2"]
        return subprocess.Popen(
            [*command, "--worker-id", worker_id],
            cwd=ROOT,
            env=environment(**self.env),
            stdout=self.log,
            stderr=self.log,
            start_new_session=True,
        )

    def output(self) -> str:
        return Path(self.log.name).read_text(errors="replace")

    def wait_until_started(self, seconds: float = 120) -> None:
        wait_for(
            lambda: all(f"worker_id={w}" in self.output() for w in self.processes),
            seconds,
            f"{len(self.processes)} workers to start:\n{self.output()}",
        )

    def kill(self, worker_id: str) -> None:
        """SIGKILL to the worker alone, as the OOM killer would."""
        process = self.processes[worker_id]
        os.kill(process.pid, signal.SIGKILL)
        process.wait(timeout=10)

    def stop(self) -> None:
        _stop(list(self.processes.values()))
        self.log.close()


def manage(*args: str, env: dict | None = None) -> str:
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment(**(env or {})),
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout + result.stderr


NGINX = "/usr/sbin/nginx"
PROXY_SNIPPET = ROOT / "deploy" / "nginx" / "vivier-proxy.conf"


def nginx_config(folder: Path, port: int, upstreams: list[int]) -> str:
    """An nginx configuration on loopback in front of `upstreams`, with the server rules shipped
    in deploy/nginx/vivier-proxy.conf (the upstream block and the map mirror
    deploy/nginx/vivier.conf, without TLS)."""
    servers = "\n".join(f"        server 127.0.0.1:{p};" for p in upstreams)
    return f"""
worker_processes 1;
pid {folder}/nginx.pid;
error_log {folder}/error.log warn;
events {{ worker_connections 8192; }}
http {{
    access_log off;
    client_body_temp_path {folder}/body;
    proxy_temp_path {folder}/proxy;
    fastcgi_temp_path {folder}/fastcgi;
    uwsgi_temp_path {folder}/uwsgi;
    scgi_temp_path {folder}/scgi;
    map $http_upgrade $connection_upgrade {{
        default upgrade;
        "" "";
    }}
    upstream vivier_daphne {{
        least_conn;
{servers}
        keepalive 32;
    }}
    server {{
        listen 127.0.0.1:{port};
        include {PROXY_SNIPPET};
    }}
}}
"""


@contextmanager
def nginx(upstreams: list[int]):
    """nginx (Debian's) on a free loopback port in front of the daphne ports; yields its URL."""
    if not Path(NGINX).exists():
        raise RuntimeError(f"{NGINX} is missing: apt-get install nginx (.ci/run installs it)")
    folder = Path(tempfile.mkdtemp(prefix="vivier-nginx-"))
    os.chmod(folder, 0o755)
    port = free_port()
    conf = folder / "nginx.conf"
    conf.write_text(nginx_config(folder, port, upstreams))
    with open(folder / "stderr.log", "wb") as log:
        process = subprocess.Popen(
            [NGINX, "-p", str(folder), "-c", str(conf), "-g", "daemon off;"],
            stdout=subprocess.DEVNULL,
            stderr=log,
            start_new_session=True,
        )
    try:
        wait_for(lambda: _listening(port) or process.poll() is not None, 30, "nginx to start")
        if process.poll() is not None:
            raise RuntimeError(f"nginx did not start: {(folder / 'stderr.log').read_text()}")
        yield f"http://127.0.0.1:{port}"
    finally:
        _stop([process], signal.SIGQUIT)  # graceful: workers finish their requests
        shutil.rmtree(folder, ignore_errors=True)


def get(url: str, cookie: str | None = None) -> tuple[int, str]:
    """GET `url` (no redirect followed); the status and the body."""
    request = urllib.request.Request(url, headers={"Accept-Language": "fr"})
    if cookie:
        request.add_header("Cookie", f"sessionid={cookie}")

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(request, timeout=30) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()
