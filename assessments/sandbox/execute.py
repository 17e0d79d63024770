"""Running one started instance to completion: I/O, limits, verdict."""

import os
import selectors
import signal
import time
from dataclasses import dataclass

from assessments.sandbox.bwrap import Instance
from assessments.sandbox.cgroups import SlotCgroup
from assessments.sandbox.languages import Language
from assessments.sandbox.result import RunResult, Verdict

_CPU_POLL_S = 0.05


@dataclass(frozen=True)
class Limits:
    time_limit_s: float
    memory_mb: int
    output_limit_bytes: int
    wall_limit_s: float | None = None

    @property
    def wall_s(self) -> float:
        # Generous for sleeping or I/O-bound programs; CPU time is the judged figure.
        if self.wall_limit_s is not None:
            return self.wall_limit_s
        return max(2 * self.time_limit_s, self.time_limit_s + 1.0)


def _decode(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")


def execute(
    instance: Instance,
    stdin: bytes,
    limits: Limits,
    cgroup: SlotCgroup | None,
    language: Language,
) -> RunResult:
    cap = limits.output_limit_bytes
    popen = instance.popen
    # spawn() pipes all three
    assert popen.stdin is not None and popen.stdout is not None and popen.stderr is not None
    out = {popen.stdout.fileno(): bytearray(), popen.stderr.fileno(): bytearray()}
    stdout_fd, stderr_fd = popen.stdout.fileno(), popen.stderr.fileno()
    stdin_fd = popen.stdin.fileno()
    sel = selectors.DefaultSelector()
    for fd in out:
        sel.register(fd, selectors.EVENT_READ)
    sel.register(instance.init_pidfd, selectors.EVENT_READ)
    pending = memoryview(stdin)
    if pending:
        os.set_blocking(stdin_fd, False)
        sel.register(stdin_fd, selectors.EVENT_WRITE)
    else:
        popen.stdin.close()

    if cgroup is not None:
        cgroup.reset_counters()
    kill_reason: Verdict | None = None
    init_exited = False
    drain_deadline = None
    start = time.monotonic()
    instance.start()
    deadline = start + limits.wall_s
    try:
        while sel.get_map():
            now = time.monotonic()
            if kill_reason is None and now >= deadline:
                kill_reason = Verdict.TLE
                instance.kill()
            if init_exited and drain_deadline is None:
                drain_deadline = now + 1.0  # bwrap exits right after its init
            if drain_deadline is not None and now >= drain_deadline:
                break
            timeout = _CPU_POLL_S if cgroup is not None else max(0.0, deadline - now)
            if drain_deadline is not None:
                timeout = min(timeout, max(0.0, drain_deadline - now))
            for key, _ in sel.select(timeout):
                fd = key.fd
                if fd == instance.init_pidfd:
                    init_exited = True
                    sel.unregister(fd)
                elif fd == stdin_fd:
                    try:
                        written = os.write(fd, pending[:65536])
                        pending = pending[written:]
                    except BrokenPipeError:
                        pending = pending[:0]
                    if not pending:
                        sel.unregister(fd)
                        popen.stdin.close()
                else:
                    chunk = os.read(fd, 65536)
                    if not chunk:
                        sel.unregister(fd)
                        continue
                    buf = out[fd]
                    buf += chunk[: cap + 1 - len(buf)] if len(buf) <= cap else b""
                    if len(buf) > cap and kill_reason is None:
                        kill_reason = Verdict.OLE
                        instance.kill()
            if kill_reason is None and cgroup is not None and cgroup.cpu_s() > limits.time_limit_s:
                kill_reason = Verdict.TLE
                instance.kill()
    finally:
        sel.close()
        instance.kill()  # whatever is left in the namespace dies with its init
        status, rusage = instance.reap()

    exit_code = os.waitstatus_to_exitcode(status)
    sig = None
    if exit_code < 0:
        sig = -exit_code
    elif exit_code > 128:  # bwrap reports a command killed by signal N as 128 + N
        sig = exit_code - 128
    stderr = bytes(out[stderr_fd][:cap])
    stdout = bytes(out[stdout_fd][:cap])

    if cgroup is not None:
        stats = cgroup.stats()
        cpu_s, memory_kb = stats.cpu_s, stats.peak_bytes // 1024
        oom = stats.oom_kills > 0 or (sig == signal.SIGKILL and stats.mem_failcnt > 0)
    else:
        cpu_s = rusage.ru_utime + rusage.ru_stime
        memory_kb = rusage.ru_maxrss
        oom = False
    if exit_code != 0 and not oom:
        tail = _decode(stderr[-2048:])
        oom = any(marker in tail for marker in language.oom_markers)

    if kill_reason is Verdict.OLE or sig == signal.SIGXFSZ:
        verdict = Verdict.OLE
    elif kill_reason is Verdict.TLE or cpu_s > limits.time_limit_s or sig == signal.SIGXCPU:
        verdict = Verdict.TLE
    elif oom:
        verdict = Verdict.MLE
    elif exit_code != 0:
        verdict = Verdict.RE
    else:
        verdict = Verdict.OK
    return RunResult(
        verdict=verdict,
        exit_code=exit_code if sig is None else 128 + sig,
        stdout=_decode(stdout),
        stderr=_decode(stderr),
        time_s=round(cpu_s, 4),
        memory_kb=int(memory_kb),
        signal=sig,
    )
