"""Slots are namespaced per instance: lock files, uids and cgroups all derive from one instance
id, so two Vivier processes of different deployments on one host (two checkouts, `make run` next
to `make test`) neither wait for nor kill each other's runs, and two instances that would share
uids are refused with both names."""

import json
import os
import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from assessments.sandbox import InstanceCollision, Sandbox, SandboxConfig, SandboxUnavailable
from assessments.sandbox.config import (
    DERIVED_UID_BLOCKS,
    DERIVED_UID_START,
    UIDS_PER_INSTANCE,
    default_instance,
    derived_base_uid,
)
from tests.sandbox.conftest import GATED, instance_named, open_gate, processes_of_uid, wait_for

PROJECT = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def _no_operator_settings(monkeypatch):
    for name in ("INSTANCE", "BASE_UID", "STATE_DIR", "IDLE_SECONDS"):
        monkeypatch.delenv(f"VIVIER_SANDBOX_{name}", raising=False)


def test_two_checkouts_get_different_instances():
    first = default_instance({}, "/srv/one/vivier")
    assert first.startswith("vivier-")
    assert first != default_instance({}, "/srv/two/vivier")
    assert first == default_instance({}, "/srv/one/vivier")


def test_the_test_suite_is_another_instance_than_make_run_in_the_same_checkout():
    served = default_instance({}, PROJECT)
    assert served == default_instance({"DJANGO_SETTINGS_MODULE": "config.settings"}, PROJECT)
    assert served != default_instance({"DJANGO_SETTINGS_MODULE": "config.test_settings"}, PROJECT)
    assert served != default_instance({"DATABASE_URL": "postgres://db/other"}, PROJECT)


def test_an_operator_names_the_instance():
    assert default_instance({"VIVIER_SANDBOX_INSTANCE": "vivier-prod"}, PROJECT) == "vivier-prod"
    with pytest.raises(SandboxUnavailable, match="VIVIER_SANDBOX_INSTANCE='../prod'"):
        default_instance({"VIVIER_SANDBOX_INSTANCE": "../prod"}, PROJECT)


def test_a_bad_operator_setting_is_named(monkeypatch):
    monkeypatch.setenv("VIVIER_SANDBOX_IDLE_SECONDS", "soon")
    with pytest.raises(SandboxUnavailable, match="VIVIER_SANDBOX_IDLE_SECONDS='soon'"):
        SandboxConfig()
    monkeypatch.setenv("VIVIER_SANDBOX_IDLE_SECONDS", "5")
    monkeypatch.setenv("VIVIER_SANDBOX_BASE_UID", "0")
    with pytest.raises(SandboxUnavailable, match="VIVIER_SANDBOX_BASE_UID='0'"):
        SandboxConfig()


def test_locks_uids_and_cgroups_all_derive_from_the_instance():
    one = SandboxConfig(instance="one", state_root="/run/vivier-sandbox", slots=4)
    assert one.state_dir == "/run/vivier-sandbox/one"
    assert one.cgroup_name == "vivier-sandbox/one"
    assert one.uids == range(derived_base_uid("one"), derived_base_uid("one") + 4)
    space = range(DERIVED_UID_START, DERIVED_UID_START + DERIVED_UID_BLOCKS * UIDS_PER_INSTANCE)
    assert one.uids.start in space and one.uids.stop - 1 in space
    assert max(space) < 100_000 and min(space) > 65_535  # no subuid range, no nobody


@pytest.mark.sandbox
def test_two_instances_grade_at_the_same_time(state_root):
    """Instance A keeps every one of its slots busy; instance B, started meanwhile through
    `manage.py run_submission`, grades at once instead of waiting for A. Then A finishes too."""
    a = instance_named("two-instances-a")
    a_config = SandboxConfig(instance=a, state_root=state_root)
    b = instance_named("two-instances-b", avoid=(a_config.uids,))
    env = {**os.environ, "VIVIER_SANDBOX_STATE_DIR": state_root}
    script = (
        "import json, sys, threading\n"
        "from assessments.sandbox import Sandbox\n"
        "with Sandbox() as box:\n"
        "    box.check_available()\n"
        "    results = {}\n"
        "    def run(n):\n"
        "        results[n] = box.run('python', sys.argv[1], time_limit_s=30)\n"
        "    threads = [threading.Thread(target=run, args=(n,)) for n in range(box.config.slots)]\n"
        "    [t.start() for t in threads]\n"
        "    [t.join() for t in threads]\n"
        "print(json.dumps([(str(r.verdict), r.stdout) for r in results.values()]))\n"
    )
    with subprocess.Popen(
        [sys.executable, "-c", script, GATED.format("a")],
        cwd=PROJECT,
        env={**env, "VIVIER_SANDBOX_INSTANCE": a},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as instance_a:
        try:
            wait_for(
                lambda: all(processes_of_uid(uid) for uid in a_config.uids), 60, "A's slots busy"
            )
            source = Path(state_root) / "b.py"
            source.write_text("print('b', 6 * 7)\n")
            instance_b = subprocess.run(
                [sys.executable, "manage.py", "run_submission", "--language", "python"]
                + ["--source", str(source)],
                cwd=PROJECT,
                env={
                    **env,
                    "VIVIER_SANDBOX_INSTANCE": b,
                    "DJANGO_SETTINGS_MODULE": "config.test_settings",
                },
                capture_output=True,
                text=True,
                timeout=180,
            )
            assert instance_b.returncode == 0, instance_b.stderr
            assert json.loads(instance_b.stdout)["stdout"] == "b 42\n"
            # B did not wait for A: every slot of A is still running its submission.
            assert instance_a.poll() is None
            assert all(processes_of_uid(uid) for uid in a_config.uids)
            for slot in range(a_config.slots):
                open_gate(a_config.state_dir, slot)
            out, err = instance_a.communicate(timeout=60)
        finally:
            if instance_a.poll() is None:
                instance_a.kill()
    assert instance_a.returncode == 0, err
    assert json.loads(out) == [["OK", "a\n"]] * a_config.slots


def colliding_instances() -> tuple[str, str]:
    """Two ids whose derived uid blocks are the same (and no other test's)."""
    seen: dict[int, str] = {}
    for n in range(10_000):
        name = instance_named(f"collide-{n}")
        if not name.endswith("-0"):
            continue  # its block overlaps the session's instance
        block = derived_base_uid(name)
        if block in seen:
            return seen[block], name
        seen[block] = name
    raise AssertionError("no colliding pair found")


@pytest.mark.sandbox
def test_an_instance_whose_uids_are_in_use_is_refused_with_both_names(state_root):
    first_id, second_id = colliding_instances()
    first_config = SandboxConfig(instance=first_id, state_root=state_root, idle_release_s=60)
    second_config = SandboxConfig(instance=second_id, state_root=state_root)
    assert first_config.uids == second_config.uids
    with Sandbox(first_config) as first:
        assert first.run("python", "print(1)").stdout == "1\n"
        first.wait_ready()
        warm = [pid for uid in first_config.uids for pid in processes_of_uid(uid)]
        assert warm  # its idle slot keeps a warm sandbox under one of the uids
        with Sandbox(second_config) as second:
            with pytest.raises(InstanceCollision) as refused:
                second.run("python", "print(2)")
        assert f"instance {first_id!r}" in str(refused.value)
        assert f"instance {second_id!r}" in str(refused.value)
        # Refusing killed nothing of the first instance's, which goes on grading.
        assert set(warm) <= {pid for uid in first_config.uids for pid in processes_of_uid(uid)}
        assert first.run("python", "print(3)").stdout == "3\n"
    # Once the first instance is gone, its uids are free for the other one.
    with Sandbox(second_config) as second:
        assert second.run("python", "print(4)").stdout == "4\n"


@pytest.mark.sandbox
def test_one_instance_with_two_state_folders_is_refused(state_root, tmp_path):
    """What giving one process its own state folder did: two sets of locks over one uid range,
    each lease killing the other's runs."""
    name = instance_named("two-folders")
    other_root = str(tmp_path)
    with Sandbox(SandboxConfig(instance=name, state_root=state_root)) as first:
        assert first.run("python", "print(1)").stdout == "1\n"
        with Sandbox(SandboxConfig(instance=name, state_root=other_root)) as second:
            with pytest.raises(InstanceCollision, match=re.escape(f"slots in {other_root}")):
                second.check_available()


@pytest.mark.sandbox
def test_processes_of_one_instance_share_its_slots(state_root):
    name = instance_named("shared")
    config = SandboxConfig(instance=name, state_root=state_root, slots=2)
    with Sandbox(config) as one, Sandbox(config) as two:
        results = []
        runs = [
            threading.Thread(target=lambda box=box: results.append(box.run("python", "print(5)")))
            for box in (one, two)
        ]
        for thread in runs:
            thread.start()
        for thread in runs:
            thread.join()
    assert [r.stdout for r in results] == ["5\n", "5\n"]
