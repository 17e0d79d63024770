import fcntl
import os
import shutil
import tempfile
import time

import pytest

from assessments.sandbox import Sandbox, SandboxConfig
from assessments.sandbox.config import UIDS_PER_INSTANCE, derived_base_uid
from tests.conftest import WORKER_INSTANCES
from tests.processes import zombie_children


@pytest.fixture(scope="session")
def sandbox():
    with Sandbox(SandboxConfig(slot_wait_s=30)) as box:
        yield box


@pytest.fixture
def cold_sandbox():
    """No warm instance kept between runs: after run() returns, the slot holds no process."""
    with Sandbox(SandboxConfig(keep_warm=False, slot_wait_s=30)) as box:
        yield box


def processes_of_uid(uid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/status") as f:
                for line in f:
                    if line.startswith("Uid:"):
                        if int(line.split()[1]) == uid:
                            found.append(int(entry))
                        break
        except OSError:
            continue
    return found


def zombies_of(pid: int) -> list[int]:
    return zombie_children(pid)


@pytest.fixture
def state_root():
    """A state root of the test's own (lock files and submission folders): slot uids must be
    able to cross it, which pytest's tmp_path (under a 0700 folder) does not allow."""
    path = tempfile.mkdtemp(prefix="vivier-sandbox-test-")
    os.chmod(path, 0o755)
    yield path
    shutil.rmtree(path, ignore_errors=True)


def instance_named(prefix: str, *, avoid: tuple[range, ...] = ()) -> str:
    """The first id ``<prefix>-<n>`` (``<prefix>-<worker>-<n>`` in a pytest-xdist worker)
    whose derived uids overlap neither ``avoid`` nor the test processes' own instances (the
    session's sandboxes, every worker's): a test instance never collides by chance.
    Deterministic, so every run of the suite uses the same ids."""
    others = [SandboxConfig(instance=name).uids for name in WORKER_INSTANCES]
    taken = (SandboxConfig().uids, *others, *avoid)
    # A worker's own names: the same test may run on another worker of the sandbox pass.
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    own = f"{prefix}-{worker}" if worker else prefix
    for n in range(1000):
        name = f"{own}-{n}"
        first = derived_base_uid(name)
        uids = range(first, first + UIDS_PER_INSTANCE)
        if all(uids.stop <= other.start or other.stop <= uids.start for other in taken):
            return name
    raise AssertionError("no free uid block for a test instance")


def wait_for(predicate, seconds: float, what: str):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.02)
    raise AssertionError(f"timed out waiting for {what}")


def slot_is_locked(state_dir: str, slot: int) -> bool:
    """Whether some Sandbox holds the slot (tested by trying to take its lock)."""
    fd = os.open(os.path.join(state_dir, f"slot-{slot}.lock"), os.O_RDWR | os.O_CLOEXEC)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return True
    finally:
        os.close(fd)
    return False


# A submission that runs until the test opens its slot's gate: the slot's folder is mounted at
# /box, so a file the test writes there appears inside the sandbox.
GATED = "import os, time\nwhile not os.path.exists('/box/go'):\n    time.sleep(0.02)\nprint('{}')"


def open_gate(state_dir: str, slot: int) -> None:
    with open(os.path.join(state_dir, f"slot-{slot}", "go"), "w"):
        pass
