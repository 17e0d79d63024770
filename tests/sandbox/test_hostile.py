"""Hostile submissions: each must get a safe verdict, leak nothing and leave nothing behind."""

import os
import socket
import threading
import time
from pathlib import Path

import pytest

from assessments.sandbox import Verdict
from assessments.sandbox.cgroups import create_slot_cgroup
from tests.sandbox.conftest import processes_of_uid, zombies_of

pytestmark = pytest.mark.sandbox

PROJECT = Path(__file__).resolve().parents[2]


def assert_nothing_left(box, *others):
    """No process of a slot uid or in a slot cgroup, except other runs' idle warm sandboxes."""
    time.sleep(0.05)
    allowed = set()
    for other in others:
        other.wait_ready()
        for slot in other._idle:
            if slot.warm is not None:
                allowed |= {slot.warm.popen.pid, slot.warm.init_pid}
    for slot in range(box.config.slots):
        assert set(processes_of_uid(box.config.base_uid + slot)) <= allowed
        cgroup = create_slot_cgroup(box.config.cgroup_name, slot)
        if cgroup is not None:
            assert cgroup.pids() <= allowed
    assert zombies_of(os.getpid()) == []


def test_fork_bomb(cold_sandbox, sandbox):
    code = (
        "import os\nwhile True:\n    try:\n        os.fork()\n    except OSError:\n        pass\n"
    )
    result = cold_sandbox.run("python", code, time_limit_s=1)
    assert result.verdict is Verdict.TLE
    assert_nothing_left(cold_sandbox, sandbox)


def test_infinite_loop(cold_sandbox, sandbox):
    started = time.monotonic()
    result = cold_sandbox.run("python", "while True:\n    pass", time_limit_s=0.5)
    assert result.verdict is Verdict.TLE
    assert result.time_s >= 0.5
    assert time.monotonic() - started < 3
    assert_nothing_left(cold_sandbox, sandbox)


def test_cpu_burnt_in_children_is_counted(cold_sandbox, sandbox):
    code = (
        "import os\n"
        "for _ in range(2):\n"
        "    if os.fork() == 0:\n"
        "        while True:\n"
        "            pass\n"
        "os.wait()\n"
    )
    result = cold_sandbox.run("python", code, time_limit_s=0.5)
    assert result.verdict is Verdict.TLE
    assert result.time_s >= 0.5
    assert_nothing_left(cold_sandbox, sandbox)


def test_sleep_forever(cold_sandbox, sandbox):
    started = time.monotonic()
    result = cold_sandbox.run("python", "import time\ntime.sleep(3600)", time_limit_s=0.5)
    assert result.verdict is Verdict.TLE
    assert time.monotonic() - started < 3
    assert_nothing_left(cold_sandbox, sandbox)


def test_huge_allocation(sandbox):
    result = sandbox.run("python", "x = bytearray(2 * 1024**3)\nprint('got it')", memory_mb=128)
    assert result.verdict is Verdict.MLE
    assert result.stdout == ""


def test_memory_touched_past_the_limit(sandbox):
    code = "chunks = []\nwhile True:\n    chunks.append(bytearray(8 * 1024**2))\n"
    result = sandbox.run("python", code, memory_mb=64)
    assert result.verdict is Verdict.MLE


def test_memory_split_across_children(cold_sandbox, sandbox):
    # Each child stays under RLIMIT_AS; together they exceed the cgroup limit.
    code = (
        "import os, time\n"
        "pids = []\n"
        "for _ in range(6):\n"
        "    pid = os.fork()\n"
        "    if pid == 0:\n"
        "        block = bytearray(40 * 1024**2)\n"
        "        for i in range(0, len(block), 4096):\n"
        "            block[i] = 1\n"
        "        time.sleep(2)\n"
        "        os._exit(0)\n"
        "    pids.append(pid)\n"
        "for pid in pids:\n"
        "    os.waitpid(pid, 0)\n"
        "print('all children done')\n"
    )
    result = cold_sandbox.run("python", code, memory_mb=128, time_limit_s=5)
    assert result.verdict is Verdict.MLE
    assert result.memory_kb <= 128 * 1024
    assert_nothing_left(cold_sandbox, sandbox)


def test_huge_output(sandbox):
    result = sandbox.run("python", "while True:\n    print('x' * 1000)", output_limit_bytes=10_000)
    assert result.verdict is Verdict.OLE
    assert len(result.stdout.encode()) <= 10_000


def test_huge_stderr(sandbox):
    code = "import sys\nwhile True:\n    sys.stderr.write('e' * 1000)"
    result = sandbox.run("python", code, output_limit_bytes=10_000)
    assert result.verdict is Verdict.OLE
    assert len(result.stderr.encode()) <= 10_000


def test_disk_filling_big_file(sandbox):
    code = "with open('/tmp/big', 'wb') as f:\n    while True:\n        f.write(b'0' * 1024**2)\n"
    result = sandbox.run("python", code)
    # RLIMIT_FSIZE: Python ignores SIGXFSZ, so the write fails with EFBIG instead of killing.
    assert result.verdict is Verdict.RE
    assert "[Errno 27] File too large" in result.stderr


def test_disk_filling_many_empty_files(cold_sandbox, sandbox):
    code = (
        "import os\n"
        "for i in range(2_000_000):\n"
        "    open(f'/tmp/{i}', 'w').close()\n"
        "print('created them all')\n"
    )
    result = cold_sandbox.run("python", code, memory_mb=64, time_limit_s=3)
    assert result.verdict in (Verdict.MLE, Verdict.TLE, Verdict.RE)
    assert "created them all" not in result.stdout
    assert_nothing_left(cold_sandbox, sandbox)
    for slot in cold_sandbox._idle:  # kernel memory was released with the run
        assert slot.cgroup.stats().peak_bytes < 64 * 1024**2


def test_no_network_to_loopback_or_beyond(sandbox):
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.settimeout(0.5)
    port = listener.getsockname()[1]
    accepted = []

    def accept():
        try:
            accepted.append(listener.accept())
        except TimeoutError:
            pass

    thread = threading.Thread(target=accept)
    thread.start()
    code = (
        "import socket\n"
        f"for host, port in [('127.0.0.1', {port}), ('1.1.1.1', 53), ('8.8.8.8', 443)]:\n"
        "    try:\n"
        "        socket.create_connection((host, port), timeout=1)\n"
        "        print('connected', host)\n"
        "    except OSError as exc:\n"
        "        print('blocked', host, exc.errno)\n"
        "print([name for _, name in socket.if_nameindex()])\n"
    )
    result = sandbox.run("python", code, time_limit_s=5)
    thread.join()
    listener.close()
    assert "connected" not in result.stdout
    assert result.stdout.count("blocked") == 3
    assert result.stdout.splitlines()[-1] == "['lo']"
    assert accepted == []


def test_host_files_are_invisible(sandbox):
    paths = [
        str(PROJECT),
        str(PROJECT / "config" / "settings.py"),
        str(PROJECT / ".venv"),
        "/work",
        "/home",
        "/root",
        "/etc/passwd",
        "/etc/shadow",
        "/run",
        "/var",
        "/sys/fs/cgroup",
        sandbox.config.state_dir,
    ]
    code = f"import os\nfor p in {paths!r}:\n    print(p, os.path.exists(p))\n"
    result = sandbox.run("python", code)
    assert result.verdict is Verdict.OK
    assert [line.rsplit(" ", 1)[1] for line in result.stdout.splitlines()] == ["False"] * len(paths)
    listing = sandbox.run("python", "import os\nprint(sorted(os.listdir('/')))").stdout
    assert listing.strip() == "['bin', 'box', 'dev', 'lib', 'lib64', 'proc', 'sbin', 'tmp', 'usr']"


def test_host_processes_are_invisible(sandbox):
    code = "import os\nprint(sorted(int(p) for p in os.listdir('/proc') if p.isdigit()))"
    result = sandbox.run("python", code)
    assert result.stdout.strip() == "[1]"


def test_environment_is_empty(sandbox, monkeypatch):
    monkeypatch.setenv("VIVIER_FAKE_SECRET", "s3cr3t-value")
    monkeypatch.setenv("DATABASE_URL", "postgres://user:s3cr3t-value@db/vivier")
    code = (
        "import os\n"
        "print(sorted(os.environ))\n"
        "print(open('/proc/1/environ').read())\n"
        "print(open('/proc/self/environ').read())\n"
    )
    result = sandbox.run("python", code)
    assert result.verdict is Verdict.OK
    assert "s3cr3t" not in result.stdout
    assert result.stdout.splitlines()[0] == "['HOME', 'LANG', 'PATH', 'PWD']"


def test_daemon_does_not_outlive_the_run(cold_sandbox, sandbox):
    code = (
        "import os, time\n"
        "if os.fork() == 0:\n"
        "    os.setsid()\n"
        "    if os.fork() == 0:\n"
        "        for fd in (0, 1, 2):\n"
        "            os.close(fd)\n"
        "        time.sleep(60)\n"
        "    os._exit(0)\n"
        "time.sleep(0.2)\n"
        "print('parent leaves')\n"
    )
    result = cold_sandbox.run("python", code)
    assert result.verdict is Verdict.OK
    assert result.stdout == "parent leaves\n"
    assert_nothing_left(cold_sandbox, sandbox)


def test_runs_do_not_see_each_other(sandbox):
    first = sandbox.run("python", "open('/tmp/answer.txt', 'w').write('mine')\nprint('written')")
    assert first.stdout == "written\n"
    code = "import os\nprint(sorted(os.listdir('/tmp')), sorted(os.listdir('/box')))"
    for _ in range(sandbox.config.slots):
        second = sandbox.run("python", code)
        assert second.stdout.strip() == "[] ['main.py']"


def test_read_only_system_and_no_privileges(sandbox):
    code = (
        "import ctypes, os\n"
        "for path in ['/usr/bin/evil', '/box/main.py', '/box/new', '/dev/evil',\n"
        "             '/proc/sys/kernel/core_pattern', '/bin/sh']:\n"
        "    try:\n"
        "        open(path, 'w').write('|/tmp/pwn')\n"
        "        print('wrote', path)\n"
        "    except OSError as exc:\n"
        "        print('denied', path, exc.errno)\n"
        "libc = ctypes.CDLL(None, use_errno=True)\n"
        "MS_REMOUNT, MS_BIND = 32, 4096\n"
        "rc = libc.mount(None, b'/usr', None, MS_REMOUNT | MS_BIND, None)\n"
        "print('remount', rc, ctypes.get_errno())\n"
        "status = open('/proc/self/status').read()\n"
        "print([l for l in status.splitlines() if l.startswith(('CapEff', 'NoNewPrivs'))])\n"
        "print(os.getuid(), os.getgid(), os.getgroups())\n"
    )
    with open("/proc/sys/kernel/core_pattern") as f:
        core_pattern = f.read()
    result = sandbox.run("python", code)
    assert result.verdict is Verdict.OK, result.stderr
    lines = result.stdout.splitlines()
    assert all(line.startswith("denied") for line in lines[:6]), lines
    assert lines[6] == "remount -1 1"
    assert lines[7] == "['CapEff:\\t0000000000000000', 'NoNewPrivs:\\t1']"
    uid = int(lines[8].split()[0])
    assert uid >= sandbox.config.base_uid
    with open("/proc/sys/kernel/core_pattern") as f:
        assert f.read() == core_pattern


def test_no_nested_user_namespace(sandbox):
    code = (
        "import ctypes\n"
        "libc = ctypes.CDLL(None, use_errno=True)\n"
        "print(libc.unshare(0x10000000), ctypes.get_errno())\n"  # CLONE_NEWUSER
    )
    result = sandbox.run("python", code)
    assert result.stdout.split()[0] == "-1"
