"""Per-slot cgroups: memory (kernel memory included), process count and CPU accounting.

Each slot gets one cgroup (``<name>/slot-N``, the name carrying the instance id), created once
and reused: creating a cgroup per run doubles the cost of a trivial run, and rlimits alone let
memory split across processes (or kernel memory from many empty files) escape. cgroup v2 is
used when it has the controllers, else v1.
"""

import os
import time
from dataclasses import dataclass

V1_CONTROLLERS = ("memory", "pids", "cpuacct")


@dataclass
class CgroupStats:
    cpu_s: float
    peak_bytes: int
    oom_kills: int
    mem_failcnt: int


def _write(path: str, value: str) -> None:
    fd = os.open(path, os.O_WRONLY)
    try:
        os.write(fd, value.encode())
    finally:
        os.close(fd)


def _read(path: str) -> str:
    with open(path) as f:
        return f.read()


def _keyed(text: str) -> dict[str, int]:
    out = {}
    for line in text.splitlines():
        key, _, value = line.partition(" ")
        if value.strip().isdigit():
            out[key] = int(value)
    return out


def _mounts() -> list[tuple[str, str, set[str]]]:
    """(mount point, fstype, super options) of cgroup file systems."""
    found = []
    with open("/proc/self/mountinfo") as f:
        for line in f:
            left, _, right = line.partition(" - ")
            fstype, _source, options = right.split()[:3]
            if fstype in ("cgroup", "cgroup2"):
                found.append((left.split()[4], fstype, set(options.split(","))))
    return found


def _own_paths() -> dict[str, str]:
    """Controller (or "" for v2) -> this process's cgroup path."""
    paths = {}
    with open("/proc/self/cgroup") as f:
        for line in f:
            _id, controllers, path = line.rstrip("\n").split(":", 2)
            for controller in controllers.split(",") if controllers else [""]:
                paths[controller] = path
    return paths


class SlotCgroup:
    version: int

    def set_limits(self, memory_bytes: int, pids: int) -> None:
        raise NotImplementedError

    def attach(self, pid: int) -> None:
        raise NotImplementedError

    def reset_counters(self) -> None:
        raise NotImplementedError

    def cpu_s(self) -> float:
        """CPU seconds used since ``reset_counters``."""
        raise NotImplementedError

    def stats(self) -> CgroupStats:
        raise NotImplementedError

    def pids(self) -> set[int]:
        raise NotImplementedError

    def kill_and_wait_empty(self, timeout_s: float = 2.0) -> bool:
        """Last-resort cleanup: SIGKILL anything left in the cgroup; True once empty."""
        deadline = time.monotonic() + timeout_s
        while True:
            left = self.pids()
            if not left:
                return True
            if time.monotonic() > deadline:
                return False
            for pid in left:
                try:
                    os.kill(pid, 9)
                except ProcessLookupError:
                    pass
            time.sleep(0.005)


class CgroupV1(SlotCgroup):
    version = 1

    def __init__(self, dirs: dict[str, str]):
        self.dirs = dirs
        self._limits: tuple[int, int] | None = None
        self._oom_base = 0
        self._cache_base = 0
        mem = dirs["memory"]
        self._memsw = os.path.exists(os.path.join(mem, "memory.memsw.limit_in_bytes"))

    @classmethod
    def create(cls, name: str, slot: int) -> "CgroupV1 | None":
        own = _own_paths()
        roots = {}
        for mount, fstype, options in _mounts():
            for controller in V1_CONTROLLERS:
                if fstype == "cgroup" and controller in options:
                    roots[controller] = mount
        if set(roots) != set(V1_CONTROLLERS):
            return None
        dirs = {}
        for controller, mount in roots.items():
            base = own.get(controller, "/").lstrip("/")
            path = os.path.join(mount, base, name, f"slot-{slot}")
            try:
                os.makedirs(path, exist_ok=True)
            except OSError:
                return None
            if not os.access(os.path.join(path, "cgroup.procs"), os.W_OK):
                return None
            dirs[controller] = path
        cgroup = cls(dirs)
        try:
            # No swap: memory+swap limited to the same value when swap accounting exists.
            _write(os.path.join(dirs["memory"], "memory.swappiness"), "0")
        except OSError:
            pass
        return cgroup

    def _file(self, controller: str, name: str) -> str:
        return os.path.join(self.dirs[controller], name)

    def set_limits(self, memory_bytes: int, pids: int) -> None:
        if self._limits == (memory_bytes, pids):
            return
        limit = self._file("memory", "memory.limit_in_bytes")
        memsw = self._file("memory", "memory.memsw.limit_in_bytes")
        # memsw must stay >= memory: order the writes by direction of the change.
        order = [limit, memsw] if self._memsw else [limit]
        if self._memsw and (self._limits is None or memory_bytes > self._limits[0]):
            order.reverse()
        for path in order:
            try:
                _write(path, str(memory_bytes))
            except OSError:  # first-time setup from an unknown previous value
                for retry in reversed(order):
                    _write(retry, str(memory_bytes))
                break
        _write(self._file("pids", "pids.max"), str(pids))
        self._limits = (memory_bytes, pids)

    def attach(self, pid: int) -> None:
        for controller in V1_CONTROLLERS:
            _write(self._file(controller, "cgroup.procs"), str(pid))

    def reset_counters(self) -> None:
        _write(self._file("memory", "memory.failcnt"), "0")
        _write(self._file("memory", "memory.max_usage_in_bytes"), "0")
        _write(self._file("cpuacct", "cpuacct.usage"), "0")
        self._oom_base = self._oom_kills()
        # Page cache charged by earlier runs of the slot (a compile step's files) stays in
        # the usage, and the peak restarts from it: it is not this run's memory.
        self._cache_base = _keyed(_read(self._file("memory", "memory.stat"))).get("cache", 0)

    def _oom_kills(self) -> int:
        return _keyed(_read(self._file("memory", "memory.oom_control"))).get("oom_kill", 0)

    def cpu_s(self) -> float:
        return int(_read(self._file("cpuacct", "cpuacct.usage"))) / 1e9

    def stats(self) -> CgroupStats:
        return CgroupStats(
            cpu_s=self.cpu_s(),
            peak_bytes=max(
                0, int(_read(self._file("memory", "memory.max_usage_in_bytes"))) - self._cache_base
            ),
            oom_kills=self._oom_kills() - self._oom_base,
            mem_failcnt=int(_read(self._file("memory", "memory.failcnt"))),
        )

    def pids(self) -> set[int]:
        found: set[int] = set()
        for controller in V1_CONTROLLERS:
            found.update(int(p) for p in _read(self._file(controller, "cgroup.procs")).split())
        return found


class CgroupV2(SlotCgroup):
    """cgroup v2 slot. Not exercised on the hybrid CI hosts (their v2 has no controllers)."""

    version = 2
    CONTROLLERS = ("memory", "pids", "cpu")

    def __init__(self, path: str):
        self.path = path
        self._limits: tuple[int, int] | None = None
        self._base = (0.0, 0)

    @classmethod
    def create(cls, name: str, slot: int) -> "CgroupV2 | None":
        mount = next((m for m, fstype, _ in _mounts() if fstype == "cgroup2"), None)
        if mount is None:
            return None
        try:
            available = _read(os.path.join(mount, "cgroup.controllers")).split()
        except OSError:
            return None
        if not all(c in available for c in cls.CONTROLLERS):
            return None
        # A sub-tree at the hierarchy root: the worker's own cgroup usually holds processes,
        # and v2 forbids enabling controllers for children of a cgroup with processes. Each
        # level down to the slot's parent (name may be nested) passes the controllers on.
        enable = " ".join(f"+{c}" for c in cls.CONTROLLERS)
        parent = mount
        try:
            _write(os.path.join(mount, "cgroup.subtree_control"), enable)
            for part in name.split("/"):
                parent = os.path.join(parent, part)
                os.makedirs(parent, exist_ok=True)
                _write(os.path.join(parent, "cgroup.subtree_control"), enable)
            path = os.path.join(parent, f"slot-{slot}")
            os.makedirs(path, exist_ok=True)
        except OSError:
            return None
        return cls(path)

    def _file(self, name: str) -> str:
        return os.path.join(self.path, name)

    def set_limits(self, memory_bytes: int, pids: int) -> None:
        if self._limits == (memory_bytes, pids):
            return
        _write(self._file("memory.max"), str(memory_bytes))
        if os.path.exists(self._file("memory.swap.max")):
            _write(self._file("memory.swap.max"), "0")
        _write(self._file("pids.max"), str(pids))
        self._limits = (memory_bytes, pids)

    def attach(self, pid: int) -> None:
        _write(self._file("cgroup.procs"), str(pid))

    def reset_counters(self) -> None:
        try:
            _write(self._file("memory.peak"), "reset")  # Linux >= 6.12
        except OSError:
            pass
        self._base = (self._usage_s(), self._oom_kills())

    def _oom_kills(self) -> int:
        return _keyed(_read(self._file("memory.events"))).get("oom_kill", 0)

    def _usage_s(self) -> float:
        """CPU seconds since the cgroup was created (v2 cannot reset the counter)."""
        return _keyed(_read(self._file("cpu.stat")))["usage_usec"] / 1e6

    def cpu_s(self) -> float:
        return self._usage_s() - self._base[0]

    def stats(self) -> CgroupStats:
        try:
            peak = int(_read(self._file("memory.peak")))
        except OSError:
            peak = int(_read(self._file("memory.current")))
        return CgroupStats(
            cpu_s=self.cpu_s(),
            peak_bytes=peak,
            oom_kills=self._oom_kills() - self._base[1],
            mem_failcnt=_keyed(_read(self._file("memory.events"))).get("max", 0),
        )

    def pids(self) -> set[int]:
        return {int(p) for p in _read(self._file("cgroup.procs")).split()}


def create_slot_cgroup(name: str, slot: int) -> SlotCgroup | None:
    """The slot's cgroup, or None when the host does not let us manage one."""
    if os.geteuid() != 0:
        return None
    return CgroupV2.create(name, slot) or CgroupV1.create(name, slot)
