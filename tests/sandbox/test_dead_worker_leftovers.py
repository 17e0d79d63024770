"""A worker killed mid-run (SIGKILL, OOM) cannot clean its slot: whatever ran in it as the
slot's uid is orphaned. The next holder of the slot kills it before running anything."""

import os
import subprocess

import pytest

from assessments.sandbox.slots import acquire_slot, kill_processes_of_uid, sweep_free_slots

# A uid range of its own, so this test never touches the slots other tests use. The tests here
# kill whatever runs under these uids, so they must not run at the same time as each other: the
# serial pass.
BASE_UID = 62500

pytestmark = pytest.mark.serial


@pytest.fixture
def as_root():
    if os.geteuid() != 0:
        pytest.fail("slot uids need root, as in production: run the suite as root (CI does)")


def alive(process: subprocess.Popen) -> bool:
    return process.poll() is None


def test_taking_a_slot_kills_what_a_dead_worker_left_in_it(as_root, tmp_path):
    leftover = subprocess.Popen(["sleep", "600"], user=BASE_UID + 1, group=BASE_UID + 1)
    try:
        lease = acquire_slot(str(tmp_path), 2, BASE_UID, slot=1, wait_s=1)
        leftover.wait(timeout=5)
        assert not alive(leftover)
        lease.release()
    finally:
        if alive(leftover):
            leftover.kill()
            leftover.wait()


def test_other_slots_are_left_alone(as_root, tmp_path):
    neighbour = subprocess.Popen(["sleep", "600"], user=BASE_UID, group=BASE_UID)
    try:
        lease = acquire_slot(str(tmp_path), 2, BASE_UID, slot=1, wait_s=1)
        assert alive(neighbour)
        lease.release()
    finally:
        neighbour.kill()
        neighbour.wait()


def test_our_own_uid_is_never_a_target():
    with pytest.raises(ValueError):
        kill_processes_of_uid(os.getuid())


def test_a_starting_worker_sweeps_every_free_slot_but_not_held_ones(as_root, tmp_path):
    held = acquire_slot(str(tmp_path), 2, BASE_UID, slot=0, wait_s=1)  # a live worker's slot
    busy = subprocess.Popen(["sleep", "600"], user=BASE_UID, group=BASE_UID)  # its run
    orphan = subprocess.Popen(["sleep", "600"], user=BASE_UID + 1, group=BASE_UID + 1)
    (tmp_path / "slot-1.lock").touch()  # slot 1 was used once, by a worker now dead
    try:
        assert sweep_free_slots(str(tmp_path), 2, BASE_UID) == 1
        orphan.wait(timeout=5)
        assert alive(busy)
    finally:
        held.release()
        for process in (orphan, busy):
            if alive(process):
                process.kill()
            process.wait()
