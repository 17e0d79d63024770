"""Sandbox configuration.

Every protection is on by default. The ``layer_*`` switches exist so the overhead benchmark
can measure what each layer costs with the same code; production code must not turn them off.

Slots are namespaced per *instance*: the processes of one Vivier deployment (its web and
grading processes) share one instance id, and everything a slot owns on the host is derived
from it: the lock files (``<state root>/<instance>/``), the uid range and the cgroup names
(``vivier-sandbox/<instance>/slot-N``). Two checkouts, or ``make run`` next to ``make test``,
get different ids by default, so neither waits for nor kills the other's runs.

Operator settings come from the environment when the config is built (never at import):
``VIVIER_SANDBOX_INSTANCE``, ``VIVIER_SANDBOX_BASE_UID``, ``VIVIER_SANDBOX_STATE_DIR`` and
``VIVIER_SANDBOX_IDLE_SECONDS``. A bad value raises ``SandboxUnavailable`` naming the variable.
"""

import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from assessments.sandbox.errors import SandboxUnavailable

# The project checkout this code runs from (two checkouts differ).
PROJECT_DIR = Path(__file__).resolve().parents[2]

INSTANCE_PATTERN = re.compile(r"[a-z0-9][a-z0-9_-]{0,47}")
# Each instance owns a block of uids (one per slot, so at most this many slots). Derived blocks
# lie in 70000-95599: above nobody (65534) and systemd's dynamic users (61184-65519), below the
# subordinate uid ranges that useradd hands out for rootless containers (100000 and up).
UIDS_PER_INSTANCE = 64
DERIVED_UID_START = 70_000
DERIVED_UID_BLOCKS = 400
# Where instances record which uids they use: machine-wide, whatever the state root.
UID_CLAIM_DIR = "/run/vivier-sandbox-uids"


def _env(name: str, env=None) -> str:
    return (os.environ if env is None else env).get(name, "").strip()


def _env_number(name: str, kind, default, minimum):
    raw = _env(name)
    if not raw:
        return default
    try:
        value = kind(raw)
    except ValueError:
        value = None
    if value is None or value < minimum:
        raise SandboxUnavailable(f"{name}={raw!r}: expected a number of at least {minimum}")
    return value


def check_instance(instance: str, *, source: str = "instance") -> str:
    if not INSTANCE_PATTERN.fullmatch(instance):
        raise SandboxUnavailable(
            f"{source}={instance!r}: use 1 to 48 lowercase letters, digits, '-' or '_', "
            "starting with a letter or digit"
        )
    return instance


def default_instance(env=None, project_dir: Path | str = PROJECT_DIR) -> str:
    """``VIVIER_SANDBOX_INSTANCE``, else the checkout's folder name and a digest of the checkout
    and of the database it serves (settings module, ``DATABASE_URL``, ``VIVIER_VAR_DIR``): one id
    for the web and grading processes of a deployment, another for a second checkout or for
    the test suite (``config.test_settings``) next to ``make run``."""
    explicit = _env("VIVIER_SANDBOX_INSTANCE", env)
    if explicit:
        return check_instance(explicit, source="VIVIER_SANDBOX_INSTANCE")
    project = str(project_dir)
    served = [
        project,
        _env("DJANGO_SETTINGS_MODULE", env) or "config.settings",
        _env("DATABASE_URL", env),
        _env("VIVIER_VAR_DIR", env),
    ]
    digest = hashlib.sha256("\0".join(served).encode()).hexdigest()[:10]
    name = re.sub(r"[^a-z0-9]+", "-", os.path.basename(project.rstrip("/")).lower()).strip("-")
    return f"{name[:32] or 'vivier'}-{digest}"


def derived_base_uid(instance: str) -> int:
    """First uid of the instance's block. Two ids may share a block: uid claims refuse that."""
    digest = hashlib.sha256(instance.encode()).digest()
    block = int.from_bytes(digest[:4], "big") % DERIVED_UID_BLOCKS
    return DERIVED_UID_START + block * UIDS_PER_INSTANCE


def _default_state_root() -> str:
    if _env("VIVIER_SANDBOX_STATE_DIR"):
        return _env("VIVIER_SANDBOX_STATE_DIR")
    if os.geteuid() == 0:
        return "/run/vivier-sandbox"
    return os.path.join(
        os.environ.get("XDG_RUNTIME_DIR") or "/tmp", f"vivier-sandbox-{os.geteuid()}"
    )


def _default_slots() -> int:
    return min(UIDS_PER_INSTANCE, max(2, os.cpu_count() or 2))


def _default_idle_release_s() -> float:
    return _env_number("VIVIER_SANDBOX_IDLE_SECONDS", float, 3.0, 0.0)


@dataclass(frozen=True)
class SandboxConfig:
    bwrap_path: str = "/usr/bin/bwrap"
    # The slots' namespace: see the module docstring.
    instance: str = field(default_factory=default_instance)
    slots: int = field(default_factory=_default_slots)
    # Slot n runs as uid/gid base_uid + n (no /etc/passwd entry needed), like isolate's boxes.
    # None: VIVIER_SANDBOX_BASE_UID, else derived from the instance id.
    base_uid: int | None = None
    # Lock files and per-slot submission directories live in <state_root>/<instance>.
    state_root: str = field(default_factory=_default_state_root)
    uid_claim_dir: str = UID_CLAIM_DIR
    tmpfs_mb: int = 16
    max_processes: int = 32
    max_open_files: int = 64
    # Address-space headroom above the memory limit (RLIMIT_AS counts mappings, not usage).
    address_space_headroom_mb: int = 64
    # Start the next run's bwrap (namespaces, mounts, cgroup, uid) in the background after
    # each run, so only exec'ing the interpreter is left on the critical path.
    keep_warm: bool = True
    # A slot left idle (warm or not) this long is given back, for the instance's other
    # processes: a process that graded once does not keep a slot for ever.
    idle_release_s: float = field(default_factory=_default_idle_release_s)
    slot_wait_s: float = 120.0
    # Benchmark-only layer switches (see module docstring).
    layer_drop_privileges: bool = True  # per-slot uid, user namespace, no capabilities
    layer_rlimits: bool = True
    layer_cgroup: bool = True

    def __post_init__(self) -> None:
        check_instance(self.instance)
        if not 1 <= self.slots <= UIDS_PER_INSTANCE:
            raise ValueError(f"slots must be between 1 and {UIDS_PER_INSTANCE}")
        if self.idle_release_s < 0:
            raise ValueError("idle_release_s must not be negative")
        if self.base_uid is None:
            base_uid = _env_number("VIVIER_SANDBOX_BASE_UID", int, None, 1000)
            object.__setattr__(self, "base_uid", base_uid or derived_base_uid(self.instance))
        elif self.base_uid < 1000:
            raise ValueError("base_uid must be at least 1000 (slot uids are killed freely)")

    @property
    def state_dir(self) -> str:
        """This instance's lock files and submission folders."""
        return os.path.join(self.state_root, self.instance)

    @property
    def cgroup_name(self) -> str:
        """Path of the instance's slot cgroups, relative to where they are created."""
        return f"vivier-sandbox/{self.instance}"

    @property
    def first_uid(self) -> int:
        """The uid of slot 0 (`base_uid`, always set once the config is built)."""
        assert self.base_uid is not None
        return self.base_uid

    @property
    def uids(self) -> range:
        return range(self.first_uid, self.first_uid + self.slots)
