"""Reveal latency of the live interview session.

From the moment the last panel member's submission leaves their socket to the moment *every*
member's socket has received the scores message, for a 5-member panel, while 500 other idle
sockets (100 other live sessions of 5 members) stay connected to the same daphne process.

Run from the repository root::

    .venv/bin/python benchmarks/interview_reveal_latency.py [--trials 200] [--idle 500]

It migrates a temporary SQLite database, creates the data with the ORM, starts daphne on
loopback with ``config.test_settings`` (the in-memory channel layer, or Redis if ``REDIS_URL``
is set), and drives it with a minimal asyncio websocket client (RFC 6455, text frames, answers
pings). Every wait has a timeout; the script stops by itself.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import hashlib
import json
import os
import platform
import socket
import statistics
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PANEL = 5
GUID = b"258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
TIMEOUT = 10.0


# A minimal websocket client --------------------------------------------------------------


class Closed(Exception):
    pass


class WebSocket:
    def __init__(self, reader, writer):
        self.reader, self.writer = reader, writer

    @classmethod
    async def connect(cls, port: int, path: str, cookie: str) -> WebSocket:
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        key = base64.b64encode(os.urandom(16)).decode()
        request = (
            f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\n"
            f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n"
            f"Origin: http://127.0.0.1:{port}\r\nCookie: sessionid={cookie}\r\n\r\n"
        )
        writer.write(request.encode())
        await writer.drain()
        head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), TIMEOUT)
        accept = base64.b64encode(hashlib.sha1(key.encode() + GUID).digest())
        if not head.startswith(b"HTTP/1.1 101") or accept not in head:
            writer.close()
            raise Closed(head.split(b"\r\n", 1)[0].decode())
        return cls(reader, writer)

    def _frame(self, opcode: int, payload: bytes) -> bytes:
        mask = os.urandom(4)
        length = len(payload)
        if length < 126:
            header = struct.pack("!BB", 0x80 | opcode, 0x80 | length)
        elif length < 65536:
            header = struct.pack("!BBH", 0x80 | opcode, 0x80 | 126, length)
        else:
            header = struct.pack("!BBQ", 0x80 | opcode, 0x80 | 127, length)
        masked = bytes(byte ^ mask[i % 4] for i, byte in enumerate(payload))
        return header + mask + masked

    async def send_json(self, data) -> None:
        self.writer.write(self._frame(0x1, json.dumps(data).encode()))
        await self.writer.drain()

    async def recv_json(self, timeout: float = TIMEOUT):
        return json.loads(await asyncio.wait_for(self._recv_text(), timeout))

    async def _recv_text(self) -> str:
        parts = []
        while True:
            first, second = await self.reader.readexactly(2)
            length = second & 0x7F
            if length == 126:
                (length,) = struct.unpack("!H", await self.reader.readexactly(2))
            elif length == 127:
                (length,) = struct.unpack("!Q", await self.reader.readexactly(8))
            payload = await self.reader.readexactly(length)
            opcode = first & 0x0F
            if opcode == 0x9:  # ping: answer, keep waiting
                self.writer.write(self._frame(0xA, payload))
                continue
            if opcode == 0x8:
                raise Closed("closed by the server")
            if opcode in (0x1, 0x0):
                parts.append(payload)
                if first & 0x80:
                    return b"".join(parts).decode()

    async def idle(self) -> None:
        """Read (and answer pings) until closed: an idle page."""
        try:
            while True:
                await self._recv_text()
        except (Closed, asyncio.IncompleteReadError, ConnectionError, asyncio.CancelledError):
            return

    async def close(self) -> None:
        try:
            self.writer.write(self._frame(0x8, struct.pack("!H", 1000)))
            await self.writer.drain()
        except ConnectionError:
            pass
        self.writer.close()


# Data --------------------------------------------------------------------------------------


def prepare(trials: int, idle_sessions: int):
    """Users, sessions and interviews in the temporary database (before daphne starts)."""
    import django

    django.setup()
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
    from django.core.management import call_command
    from django.test import Client

    from accounts.enums import Role
    from accounts.models import User
    from candidates.models import Application, Candidate
    from employers.enums import MemberRole, OfferStatus
    from employers.models import Employer, EmployerMembership, Offer
    from interviews import grids, sessions

    call_command("migrate", verbosity=0)
    employer = Employer.objects.create(name="Banc d'essai")
    users = []
    for index in range(PANEL):
        user = User.objects.create_user(
            f"jury{index}@bench.invalid", "x", role=Role.RECRUITER, display_name=f"Jury {index}"
        )
        TOTP.activate(user, generate_totp_secret())
        EmployerMembership.objects.create(
            user=user, employer=employer, role=MemberRole.ADMIN if index == 0 else MemberRole.MEMBER
        )
        users.append(user)
    offer = Offer.objects.create(employer=employer, title="Banc", status=OfferStatus.PUBLISHED)
    grids.copy_library_grid(offer, "web-developer", language="fr", by=users[0])

    def interview():
        application = Application.objects.create(
            offer=offer, candidate=Candidate.objects.create(), stage="interview"
        )
        created = sessions.create_interview(application, panel=users, lead=users[0], by=users[0])
        sessions.start_scoring(created, by=users[0])
        return created.pk

    measured = [interview() for _ in range(trials)]
    idle = [interview() for _ in range(idle_sessions)]
    competencies = list(
        offer.interview_grids.get().competencies.order_by("position").values_list("pk", flat=True)
    )
    cookies = []
    for user in users:
        client = Client()
        client.force_login(user)
        cookies.append(client.cookies["sessionid"].value)
    return measured, idle, competencies, cookies


# Measure ------------------------------------------------------------------------------------


async def until(ws: WebSocket, kind: str, predicate=lambda message: True):
    deadline = time.monotonic() + TIMEOUT
    while time.monotonic() < deadline:
        message = await ws.recv_json(deadline - time.monotonic())
        if message["type"] == kind and predicate(message):
            return message
    raise TimeoutError(kind)


async def run(port, measured, idle_ids, competencies, cookies):
    def path(interview_id):
        return f"/ws/entretiens/{interview_id}/"

    idle_sockets, idle_tasks = [], []
    for start in range(0, len(idle_ids), 20):
        batch = [
            WebSocket.connect(port, path(interview_id), cookie)
            for interview_id in idle_ids[start : start + 20]
            for cookie in cookies
        ]
        for ws in await asyncio.gather(*batch):
            idle_sockets.append(ws)
            idle_tasks.append(asyncio.create_task(ws.idle()))
    print(f"{len(idle_sockets)} idle sockets connected", file=sys.stderr)

    scores = {str(pk): {"level": 3, "evidence": "Observé."} for pk in competencies}
    last_member, every_member = [], []
    for number, interview_id in enumerate(measured):
        panel = [await WebSocket.connect(port, path(interview_id), c) for c in cookies]
        await asyncio.gather(
            *(until(ws, "state", lambda m: all(p["present"] for p in m["panel"])) for ws in panel)
        )
        for index, ws in enumerate(panel[:-1]):
            await ws.send_json({"type": "submit", "scores": scores})
            done = index + 1
            await asyncio.gather(
                *(
                    until(
                        w, "state", lambda m, d=done: sum(p["submitted"] for p in m["panel"]) == d
                    )
                    for w in panel
                )
            )

        async def receive(ws):
            await until(ws, "scores")
            return time.perf_counter()

        receivers = [asyncio.create_task(receive(ws)) for ws in panel]
        start = time.perf_counter()
        await panel[-1].send_json({"type": "submit", "scores": scores})
        arrivals = await asyncio.gather(*receivers)
        every_member.extend((moment - start) * 1000 for moment in arrivals)
        last_member.append((max(arrivals) - start) * 1000)
        await asyncio.gather(*(ws.close() for ws in panel))
        if (number + 1) % 50 == 0:
            print(f"{number + 1} reveals measured", file=sys.stderr)

    for task in idle_tasks:
        task.cancel()
    await asyncio.gather(*idle_tasks, return_exceptions=True)
    await asyncio.gather(*(ws.close() for ws in idle_sockets))
    return last_member, every_member


def percentile(values, q):
    ordered = sorted(values)
    index = max(0, min(len(ordered) - 1, round(q / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]  # nearest rank


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def cpu_model() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.split(":", 1)[1].strip()
    return platform.processor() or "?"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trials", type=int, default=200)
    parser.add_argument("--idle", type=int, default=500, help="idle sockets (multiple of 5)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="vivier-bench-") as folder:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.test_settings",
            "DATABASE_URL": f"sqlite:///{folder}/bench.sqlite3",
            "VIVIER_VAR_DIR": folder,
        }
        os.environ.update(env)
        sys.path.insert(0, str(ROOT))
        measured, idle_ids, competencies, cookies = prepare(args.trials, args.idle // PANEL)
        port = free_port()
        daphne = subprocess.Popen(
            [sys.executable, "-m", "daphne", "-b", "127.0.0.1", "-p", str(port)]
            + ["config.asgi:application"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            deadline = time.monotonic() + 30
            while True:
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                    break
                except OSError:
                    if daphne.poll() is not None or time.monotonic() > deadline:
                        raise RuntimeError("daphne did not start") from None
                    time.sleep(0.1)
            last, every = asyncio.run(run(port, measured, idle_ids, competencies, cookies))
        finally:
            daphne.terminate()
            daphne.wait(timeout=10)
    uname = subprocess.run(["uname", "-srm"], capture_output=True, text=True).stdout.strip()
    print(f"date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    print(
        f"machine: {uname}, {cpu_model()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}"
    )
    print(f"layer: {'Redis' if os.environ.get('REDIS_URL') else 'in-memory'}")
    print(f"command: {' '.join([Path(sys.executable).name, *sys.argv])}")
    print(f"panel {PANEL}, idle sockets {len(idle_ids) * PANEL}, reveals {len(last)}")
    for name, values in (("all 5 sockets received", last), ("per socket", every)):
        print(
            f"{name}: p50 {percentile(values, 50):.1f} ms, p99 {percentile(values, 99):.1f} ms, "
            f"mean {statistics.mean(values):.1f} ms, max {max(values):.1f} ms (n={len(values)})"
        )


if __name__ == "__main__":
    main()
