"""Slots: one uid, one cgroup and one submission directory per concurrent run.

A slot is owned through an exclusive flock on its lock file, so two worker processes (or two
Sandbox objects) of one instance never share a slot's uid, cgroup or files. The kernel drops
the lock if the worker dies. The lock files are the instance's own (``SandboxConfig.state_dir``).
"""

import fcntl
import os
import shutil
import time

from assessments.sandbox.errors import SandboxError, SlotsBusy

SLOT_POLL_S = 0.02


class SlotLease:
    def __init__(self, slot: int, lock_fd: int, box_dir: str, uid: int):
        self.slot = slot
        self.uid = uid
        self.box_dir = box_dir
        self._lock_fd = lock_fd

    def clear_box(self) -> None:
        for entry in os.scandir(self.box_dir):
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path)
            else:
                os.unlink(entry.path)

    def write_source(self, file_name: str, source: bytes) -> None:
        path = os.path.join(self.box_dir, file_name)
        # World-readable file in a directory only the slot's group can enter.
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_NOFOLLOW, 0o644)
        try:
            os.write(fd, source)
        finally:
            os.close(fd)

    def release(self) -> None:
        if self._lock_fd >= 0:
            try:
                self.clear_box()
            finally:
                os.close(self._lock_fd)  # closing drops the flock
                self._lock_fd = -1


def _prepare_dir(path: str, gid: int | None) -> None:
    os.makedirs(path, mode=0o750, exist_ok=True)
    if gid is not None:
        # Readable by the slot's group only: no other slot or local user sees submissions.
        os.chown(path, 0, gid)
    os.chmod(path, 0o750 if gid is not None else 0o700)


def _prepare_state_dir(state_dir: str, root: bool) -> None:
    """The state root and the instance's folder in it. As root, slot uids must cross both to
    reach their own folder (which only their group can read): the modes are set whatever the
    umask, on the folders created here only."""
    parent = os.path.dirname(state_dir.rstrip("/"))
    os.makedirs(os.path.dirname(parent), exist_ok=True)
    for path in (parent, state_dir):
        try:
            os.mkdir(path)
        except FileExistsError:
            continue
        os.chmod(path, 0o755 if root else 0o700)


def try_acquire_slot(
    state_dir: str, slots: int, base_uid: int, *, slot: int | None
) -> SlotLease | None:
    """Lock a free slot (or the given one) now, or return None when every one is held."""
    if slot is not None and not 0 <= slot < slots:
        raise ValueError(f"slot must be in [0, {slots})")
    root = os.geteuid() == 0
    _prepare_state_dir(state_dir, root)
    for n in [slot] if slot is not None else range(slots):
        lock_path = os.path.join(state_dir, f"slot-{n}.lock")
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            continue
        uid = base_uid + n if root else os.geteuid()
        box_dir = os.path.join(state_dir, f"slot-{n}")
        try:
            _prepare_dir(box_dir, uid if root else None)
            lease = SlotLease(n, fd, box_dir, uid)
            if root:
                # We hold the lock, so no live worker runs in this slot: any process of its
                # uid was left by a worker that died mid-run (SIGKILL, OOM). Kill it. (The uid
                # is this instance's alone: see claims.py.)
                kill_processes_of_uid(uid)
            lease.clear_box()
        except BaseException:
            os.close(fd)
            raise
        return lease
    return None


def acquire_slot(
    state_dir: str, slots: int, base_uid: int, *, slot: int | None, wait_s: float
) -> SlotLease:
    """Lock a free slot (or the given one), waiting up to wait_s seconds (then SlotsBusy)."""
    deadline = time.monotonic() + wait_s
    while True:
        lease = try_acquire_slot(state_dir, slots, base_uid, slot=slot)
        if lease is not None:
            return lease
        if time.monotonic() > deadline:
            raise SlotsBusy(f"no free sandbox slot after {wait_s:.0f} s")
        time.sleep(SLOT_POLL_S)


def sweep_free_slots(state_dir: str, slots: int, base_uid: int) -> int:
    """Kill what dead workers left in every slot nobody holds (a run orphaned by a SIGKILL or
    the OOM killer sleeps on otherwise); return how many processes were killed. Root only, as
    slots only have uids of their own when the worker runs as root."""
    if os.geteuid() != 0 or not os.path.isdir(state_dir):
        return 0
    killed = 0
    for n in range(slots):
        lock_path = os.path.join(state_dir, f"slot-{n}.lock")
        if not os.path.exists(lock_path):
            continue
        fd = os.open(lock_path, os.O_RDWR | os.O_CLOEXEC)
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                continue  # a live worker runs in this slot
            killed += kill_processes_of_uid(base_uid + n)
        finally:
            os.close(fd)
    return killed


def _uid_of(pid: str) -> int | None:
    """The real uid of a live process (None for zombies, which hold nothing but a pid)."""
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("State:") and line.split()[1] == "Z":
                    return None
                if line.startswith("Uid:"):
                    return int(line.split()[1])
    except (OSError, ValueError, IndexError):
        return None
    return None


def kill_processes_of_uid(uid: int, timeout_s: float = 2.0) -> int:
    """SIGKILL every process whose real uid is ``uid`` (a slot uid, never ours); return how many."""
    if uid == os.getuid() or uid == 0:
        raise ValueError("refusing to kill processes of our own uid or root")
    killed = 0
    deadline = time.monotonic() + timeout_s
    while True:
        pids = [pid for pid in os.listdir("/proc") if pid.isdigit() and _uid_of(pid) == uid]
        if not pids:
            return killed
        for pid in pids:
            try:
                os.kill(int(pid), 9)
                killed += 1
            except ProcessLookupError:
                pass
        if time.monotonic() > deadline:
            raise SandboxError(f"processes of uid {uid} survived SIGKILL: {pids}")
        time.sleep(0.02)
