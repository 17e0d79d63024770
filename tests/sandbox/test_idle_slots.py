"""A process holds a slot only while it uses it: a slot left idle (with its warm sandbox) is
given back after ``idle_release_s``, and a run that finds every slot busy waits for one and
starts as soon as one is given back, or, after ``slot_wait_s``, raises ``SlotsBusy``: nothing
ran, so the caller can try again later (grading postpones the submission)."""

import threading
import time

import pytest

from assessments.sandbox import Sandbox, SandboxConfig, SandboxUnavailable, SlotsBusy, Verdict
from tests.sandbox.conftest import (
    GATED,
    instance_named,
    open_gate,
    processes_of_uid,
    slot_is_locked,
    wait_for,
)

pytestmark = pytest.mark.sandbox


def config(state_root, name, **options) -> SandboxConfig:
    return SandboxConfig(instance=instance_named(name), state_root=state_root, **options)


def run_in_thread(box: Sandbox, code: str) -> dict:
    """Start a run; the dict gets its result and the moment it ended."""
    outcome: dict = {}

    def run():
        outcome["result"] = box.run("python", code, time_limit_s=10)
        outcome["ended"] = time.monotonic()

    outcome["thread"] = threading.Thread(target=run)
    outcome["thread"].start()
    return outcome


def finished(outcome: dict, within_s: float = 30) -> dict:
    outcome["thread"].join(within_s)
    assert not outcome["thread"].is_alive(), "the run did not end"
    return outcome


def test_an_idle_warm_slot_is_given_back(state_root):
    settings = config(state_root, "idle", slots=1, idle_release_s=3)
    with Sandbox(settings) as box:
        assert box.run("python", "print(1)").stdout == "1\n"
        assert slot_is_locked(settings.state_dir, 0)  # kept, warm, for the next run
        wait_for(lambda: not slot_is_locked(settings.state_dir, 0), 15, "the slot given back")
        assert processes_of_uid(settings.base_uid) == []  # its warm sandbox is gone too
        assert box.run("python", "print(2)").stdout == "2\n"  # and taken again when needed


def test_a_run_waits_while_every_slot_is_busy_and_starts_when_one_is_given_back(state_root):
    """Two processes of one instance (two Sandboxes here): the second waits for the first."""
    busy = config(state_root, "busy", slots=2, idle_release_s=0.2)
    with Sandbox(busy) as holder, Sandbox(busy) as waiter:
        holder.check_available()
        runs = [run_in_thread(holder, GATED.format("held")) for _ in range(2)]
        wait_for(lambda: all(processes_of_uid(uid) for uid in busy.uids), 20, "both slots busy")
        waiting = run_in_thread(waiter, "print('next')")
        time.sleep(0.5)
        assert "result" not in waiting  # every slot is busy
        open_gate(busy.state_dir, 0)
        freed = time.monotonic()
        assert finished(waiting)["result"].verdict is Verdict.OK
        assert waiting["ended"] - freed < 10
        assert "result" not in runs[0] or "result" not in runs[1]  # slot 1 is still busy
        open_gate(busy.state_dir, 1)
        assert [finished(run)["result"].stdout for run in runs] == ["held\n", "held\n"]


def test_a_run_takes_the_slot_its_own_sandbox_frees(state_root):
    """The freed slot stays with its Sandbox (warm, idle for a minute): a run of the same Sandbox
    waiting for a slot takes it at once."""
    settings = config(state_root, "own", slots=1, idle_release_s=60, slot_wait_s=10)
    with Sandbox(settings) as box:
        box.check_available()
        first = run_in_thread(box, GATED.format("first"))
        wait_for(lambda: processes_of_uid(settings.base_uid), 20, "the slot busy")
        second = run_in_thread(box, "print('second')")
        time.sleep(0.5)
        assert "result" not in second
        open_gate(settings.state_dir, 0)
        assert finished(first)["result"].stdout == "first\n"
        assert finished(second)["result"].stdout == "second\n", second["result"].stderr


def test_a_run_that_finds_every_slot_busy_for_too_long_raises_slots_busy(state_root):
    """Not a sandbox error verdict: nothing ran, and the caller is told so distinctly."""
    settings = config(state_root, "too-busy", slots=1, slot_wait_s=0.5, keep_warm=False)
    with Sandbox(settings) as holder, Sandbox(settings) as waiter:
        holder.check_available()
        waiter.check_available()
        held = run_in_thread(holder, GATED.format("held"))
        wait_for(lambda: processes_of_uid(settings.base_uid), 20, "the slot busy")
        with pytest.raises(SlotsBusy, match="no free sandbox slot") as refused:
            waiter.run("python", "print('late')")
        assert isinstance(refused.value, SandboxUnavailable)  # callers that only need "not run"
        open_gate(settings.state_dir, 0)
        assert finished(held)["result"].stdout == "held\n"
        assert waiter.run("python", "print('now')").stdout == "now\n"
