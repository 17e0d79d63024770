"""Starting bubblewrap: the command line, privilege drop and rlimits, blocked before exec.

An instance is started up to the point where bwrap would exec the command, then waits on
``--block-fd``: namespaces, mounts, uid switch and cgroup placement are done before the run
starts (and, when warm, before it is even requested).
"""

import json
import os
import resource
import select
import signal
import subprocess
import time
from dataclasses import dataclass

from assessments.sandbox.cgroups import SlotCgroup
from assessments.sandbox.config import SandboxConfig
from assessments.sandbox.errors import SandboxError, SandboxUnavailable
from assessments.sandbox.linux import set_no_new_privs
from assessments.sandbox.slots import SlotLease

SANDBOX_ENV = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "HOME": "/tmp"}
_TOP_LEVEL_LINKS = ("/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32")
MiB = 1024 * 1024


@dataclass(frozen=True)
class Rlimits:
    cpu_s: int
    address_space: int | None
    processes: int
    file_size: int
    open_files: int

    def pairs(self) -> list[tuple[int, int]]:
        pairs = [
            (resource.RLIMIT_CPU, self.cpu_s),
            (resource.RLIMIT_NPROC, self.processes),
            (resource.RLIMIT_FSIZE, self.file_size),
            (resource.RLIMIT_NOFILE, self.open_files),
            (resource.RLIMIT_CORE, 0),
        ]
        if self.address_space is not None:
            pairs.append((resource.RLIMIT_AS, self.address_space))
        return pairs


def _system_view() -> list[str]:
    """Read-only /usr plus the merged-/usr links (or binds on a non-merged system)."""
    args = ["--ro-bind", "/usr", "/usr"]
    for path in _TOP_LEVEL_LINKS:
        if os.path.islink(path):
            args += ["--symlink", os.readlink(path), path]
        elif os.path.isdir(path):
            args += ["--ro-bind", path, path]
    return args


_SYSTEM_VIEW = _system_view()


def bwrap_argv(
    config: SandboxConfig,
    lease: SlotLease,
    command: list[str],
    *,
    info_fd: int,
    block_fd: int,
    writable_box: bool = False,
    env: dict[str, str] | None = None,
    tmpfs_mb: int | None = None,
    host_dirs: tuple[str, ...] = (),
) -> list[str]:
    argv = [config.bwrap_path, "--unshare-all", "--die-with-parent", "--new-session"]
    # No bwrap reaper inside the sandbox: it would keep the caller's environment (readable
    # from /proc/1/environ) and be a process the candidate could signal or inspect.
    argv += ["--as-pid-1"]
    if config.layer_drop_privileges or os.geteuid() != 0:
        # Started by real root, bwrap keeps every capability inside; we run it as the slot's
        # uid, in its own user namespace that cannot nest further ones.
        argv += ["--unshare-user", "--disable-userns", "--cap-drop", "ALL"]
        argv += ["--uid", str(lease.uid), "--gid", str(lease.uid)]
    argv += _SYSTEM_VIEW
    for path in host_dirs:
        argv += ["--ro-bind", path, path]
    argv += ["--proc", "/proc", "--dev", "/dev", "--remount-ro", "/dev"]
    argv += ["--size", str((tmpfs_mb or config.tmpfs_mb) * MiB), "--tmpfs", "/tmp"]
    argv += ["--bind" if writable_box else "--ro-bind", lease.box_dir, "/box"]
    argv += ["--chdir", "/tmp"]
    for key, value in {**SANDBOX_ENV, **(env or {})}.items():
        argv += ["--setenv", key, value]
    argv += ["--info-fd", str(info_fd), "--block-fd", str(block_fd), "--"]
    return argv + command


class Instance:
    """One bwrap whose namespace init is created and blocked before exec."""

    def __init__(self, popen: subprocess.Popen, init_pid: int, init_pidfd: int, block_w: int):
        self.popen = popen
        self.init_pid = init_pid
        self.init_pidfd = init_pidfd
        self.outer_pidfd = os.pidfd_open(popen.pid)
        self._block_w = block_w
        self.closed = False

    def start(self) -> None:
        os.write(self._block_w, b"\n")
        os.close(self._block_w)
        self._block_w = -1

    def kill(self) -> None:
        # Killing a pid namespace's init kills every process in it, setsid daemons included.
        try:
            signal.pidfd_send_signal(self.init_pidfd, signal.SIGKILL)
        except ProcessLookupError:
            pass

    def reap(self, timeout_s: float = 5.0) -> tuple[int, resource.struct_rusage]:
        """Wait for bwrap (and its init); returns bwrap's wait status and children rusage."""
        if not select.select([self.outer_pidfd], [], [], timeout_s)[0]:
            self.kill()
            self.popen.kill()
        _pid, status, rusage = os.wait4(self.popen.pid, 0)
        self.popen.returncode = os.waitstatus_to_exitcode(status)
        # If bwrap left its init behind, we are its subreaper: reap it (no zombie).
        if not select.select([self.init_pidfd], [], [], 0)[0]:
            self.kill()
        try:
            os.waitid(os.P_PIDFD, self.init_pidfd, os.WEXITED)
        except ChildProcessError:
            pass  # bwrap reaped it
        return status, rusage

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        if self._block_w >= 0:
            self.kill()  # before closing: EOF on the block fd would let bwrap exec the command
            os.close(self._block_w)
            self._block_w = -1
        if self.popen.returncode is None:
            self.kill()
            self.reap()
        for stream in (self.popen.stdin, self.popen.stdout, self.popen.stderr):
            if stream is not None:
                stream.close()
        os.close(self.init_pidfd)
        os.close(self.outer_pidfd)


def _preexec(rlimits: Rlimits | None, no_new_privs: bool):
    pairs = rlimits.pairs() if rlimits else []

    def preexec() -> None:  # runs in the child, after the uid switch, before exec(bwrap)
        for which, value in pairs:
            resource.setrlimit(which, (value, value))
        if no_new_privs:
            set_no_new_privs()

    return preexec


def _read_child_pid(fd: int, timeout_s: float) -> int | None:
    data = b""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if not select.select([fd], [], [], max(0.0, deadline - time.monotonic()))[0]:
            break
        chunk = os.read(fd, 4096)
        if not chunk:
            break
        data += chunk
        try:
            return int(json.loads(data)["child-pid"])
        except ValueError:
            continue
    return None


def _parent_of(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return int(f.read().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return None


def spawn(
    config: SandboxConfig,
    lease: SlotLease,
    command: list[str],
    *,
    rlimits: Rlimits | None,
    cgroup: SlotCgroup | None,
    writable_box: bool = False,
    env: dict[str, str] | None = None,
    tmpfs_mb: int | None = None,
    host_dirs: tuple[str, ...] = (),
) -> Instance:
    info_r, info_w = os.pipe()
    block_r, block_w = os.pipe()
    argv = bwrap_argv(
        config,
        lease,
        command,
        info_fd=info_w,
        block_fd=block_r,
        writable_box=writable_box,
        env=env,
        tmpfs_mb=tmpfs_mb,
        host_dirs=host_dirs,
    )
    kwargs: dict = {}
    if os.geteuid() == 0 and config.layer_drop_privileges:
        # The uid switch happens before exec(bwrap): as real root, RLIMIT_NPROC would not
        # be enforced and the sandbox would keep capabilities.
        kwargs.update(user=lease.uid, group=lease.uid, extra_groups=[])
    try:
        popen = subprocess.Popen(
            argv,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env={},  # bwrap's own environment must hold no secret either
            pass_fds=(info_w, block_r),
            preexec_fn=_preexec(rlimits, config.layer_drop_privileges),
            **kwargs,
        )
    except OSError as exc:
        for fd in (info_r, info_w, block_r, block_w):
            os.close(fd)
        raise SandboxUnavailable(
            f"cannot execute bubblewrap at {config.bwrap_path} ({exc.strerror}); "
            "install it with `apt-get install bubblewrap`"
        ) from exc
    os.close(info_w)
    os.close(block_r)
    try:
        child = _read_child_pid(info_r, 10.0)
    finally:
        os.close(info_r)
    init_pidfd = -1
    try:
        if child is None:
            raise SandboxError("bubblewrap did not start the sandbox")
        init_pidfd = os.pidfd_open(child)
        if _parent_of(child) != popen.pid:
            raise SandboxError("sandbox init vanished during start-up")
        if cgroup is not None:
            cgroup.attach(child)
        return Instance(popen, child, init_pidfd, block_w)
    except BaseException as exc:
        if init_pidfd >= 0:
            signal.pidfd_send_signal(init_pidfd, signal.SIGKILL)
            os.close(init_pidfd)
        os.close(block_w)
        popen.kill()
        _out, err = popen.communicate(timeout=10)
        message = err.decode(errors="replace").strip()
        if isinstance(exc, SandboxError) and message:
            raise SandboxError(f"{exc}: {message}") from exc
        raise
