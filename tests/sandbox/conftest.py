import os

import pytest

from assessments.sandbox import Sandbox, SandboxConfig
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
