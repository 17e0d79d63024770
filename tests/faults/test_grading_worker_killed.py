"""Faults: the grading worker is killed (SIGKILL) in the middle of a run. The submission, saved
before grading started, is regraded once a worker is back (`regrade_stuck`, which `make run` and
production run at worker start); it is graded exactly once, and the candidate's code does not
outlive the worker."""

import os
import shutil
import signal
import tempfile
from datetime import timedelta

import pytest
from django.utils import timezone

from assessments.enums import SubmissionStatus
from assessments.models import Submission
from assessments.sandbox import SandboxConfig
from tests.assessments.factories import ExerciseFactory
from tests.candidates.factories import ApplicationFactory
from tests.faults import workers
from tests.faults.workers import wait_for

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.sandbox]

# Never finishes: each hidden test runs into its 1 s limit, so the worker dies mid-grading.
SLEEPER = "import time\nwhile True:\n    time.sleep(1)\n"
# The workers of this test get slots of their own (uids and lock files), so that what runs in
# them is told apart from any other sandbox on the machine.
BASE_UID = 63000
SLOTS = SandboxConfig(base_uid=BASE_UID)


def sandbox_env(state_dir) -> dict:
    return {"VIVIER_SANDBOX_BASE_UID": str(BASE_UID), "VIVIER_SANDBOX_STATE_DIR": str(state_dir)}


def manage(*args, log, state_dir):
    return workers.manage(*args, log=log, env=sandbox_env(state_dir))


def status_of(submission_id: int) -> Submission:
    return Submission.objects.get(pk=submission_id)


def sandboxed_processes() -> list[int]:
    """Live processes running as one of the sandbox slots' uids."""
    uids = range(SLOTS.base_uid, SLOTS.base_uid + SLOTS.slots)
    found = []
    for pid in os.listdir("/proc"):
        try:
            with open(f"/proc/{pid}/status") as f:
                status = dict(line.split(":", 1) for line in f if ":" in line)
        except (OSError, ValueError):
            continue
        if status["State"].split()[0] != "Z" and int(status["Uid"].split()[0]) in uids:
            found.append(int(pid))
    return found


def start_worker(log, state_dir):
    return workers.start_worker(log, sandbox_env(state_dir))


def test_a_submission_whose_worker_was_killed_is_regraded_once(slots_dir):
    assert shutil.which("bwrap"), "bubblewrap is missing: `make test` installs it"
    exercise = ExerciseFactory(time_limit_s=1.0)
    submission = Submission.objects.create(
        application=ApplicationFactory(),
        exercise=exercise,
        code=SLEEPER,
        status_changed_at=timezone.now() - timedelta(minutes=1),
    )
    with tempfile.TemporaryFile() as log:
        # What a worker start does (`make run`, production).
        manage("regrade_stuck", "--minutes", "0", log=log, state_dir=slots_dir)
        worker = start_worker(log, slots_dir)
        try:
            wait_for(
                lambda: status_of(submission.pk).status == SubmissionStatus.RUNNING,
                60,
                "the worker to start grading",
            )
            wait_for(sandboxed_processes, 10, "the candidate's code to run in the sandbox")
            os.kill(worker.pid, signal.SIGKILL)  # the worker alone, as the OOM killer would
            worker.wait(timeout=10)
        finally:
            if worker.poll() is None:
                os.killpg(worker.pid, signal.SIGKILL)
                worker.wait()

        killed = status_of(submission.pk)
        assert killed.status == SubmissionStatus.RUNNING
        assert killed.code == SLEEPER  # nothing lost
        assert killed.attempts == 1
        # bubblewrap usually dies with its parent; if the kill came while it was still setting
        # up, the sleeping code is orphaned, and the next worker's start sweeps it (below).

        manage("regrade_stuck", "--minutes", "0", log=log, state_dir=slots_dir)
        worker = start_worker(log, slots_dir)
        try:
            graded = wait_for(
                lambda: (s := status_of(submission.pk)).status == SubmissionStatus.GRADED and s,
                90,
                "the regraded result",
            )
        finally:
            os.killpg(worker.pid, signal.SIGTERM)
            worker.wait(timeout=30)

    assert graded.score == 0.0
    assert graded.attempts == 2
    assert [v["verdict"] for v in graded.verdicts] == ["TLE", "TLE", "TLE"]
    # Nothing sandboxed survives: the new worker swept the free slots when it started.
    wait_for(lambda: not sandboxed_processes(), 10, "no sandboxed process left")
    # Regrading again changes nothing: a graded submission is never graded twice.
    with tempfile.TemporaryFile() as log:
        manage("regrade_stuck", "--minutes", "0", log=log, state_dir=slots_dir)
    assert status_of(submission.pk).attempts == 2
