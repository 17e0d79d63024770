"""Sandbox configuration.

Every protection is on by default. The ``layer_*`` switches exist so the overhead benchmark
can measure what each layer costs with the same code; production code must not turn them off.
"""

import os
from dataclasses import dataclass


def _default_state_dir() -> str:
    if os.environ.get("VIVIER_SANDBOX_STATE_DIR"):
        return os.environ["VIVIER_SANDBOX_STATE_DIR"]
    if os.geteuid() == 0:
        return "/run/vivier-sandbox"
    return os.path.join(
        os.environ.get("XDG_RUNTIME_DIR") or "/tmp", f"vivier-sandbox-{os.geteuid()}"
    )


@dataclass(frozen=True)
class SandboxConfig:
    bwrap_path: str = "/usr/bin/bwrap"
    slots: int = max(2, os.cpu_count() or 2)
    # Slot n runs as uid/gid base_uid + n (no /etc/passwd entry needed), like isolate's boxes.
    base_uid: int = int(os.environ.get("VIVIER_SANDBOX_BASE_UID", "61000"))
    # Lock files and per-slot submission directories.
    state_dir: str = _default_state_dir()
    # Name of the per-slot cgroups created under the worker's own cgroup.
    cgroup_name: str = "vivier-sandbox"
    tmpfs_mb: int = 16
    max_processes: int = 32
    max_open_files: int = 64
    # Address-space headroom above the memory limit (RLIMIT_AS counts mappings, not usage).
    address_space_headroom_mb: int = 64
    # Start the next run's bwrap (namespaces, mounts, cgroup, uid) in the background after
    # each run, so only exec'ing the interpreter is left on the critical path.
    keep_warm: bool = True
    slot_wait_s: float = 120.0
    # Benchmark-only layer switches (see module docstring).
    layer_drop_privileges: bool = True  # per-slot uid, user namespace, no capabilities
    layer_rlimits: bool = True
    layer_cgroup: bool = True
