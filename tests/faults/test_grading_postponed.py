"""Faults: the sandbox is unavailable when the worker grades. The submission is postponed, not
failed: it stays queued, no attempt is counted, and the worker retries it by itself (a task
enqueued for later, with backoff) until the sandbox is back, then grades it once. No command
runs meanwhile: `make run` has no cron."""

import os
import signal
import tempfile
import time

import pytest

from assessments import submissions
from assessments.enums import SubmissionStatus
from assessments.models import Submission
from assessments.sandbox import Sandbox, SandboxConfig
from tests.assessments.factories import SUM_SOLUTION, ExerciseFactory
from tests.candidates.factories import ApplicationFactory
from tests.faults.workers import start_worker, wait_for

pytestmark = [pytest.mark.django_db(transaction=True), pytest.mark.sandbox]

# The worker's slots (uids and lock files) are the test's own, and retries come after 1 s.
BASE_UID = 63100
WORKER_INSTANCE = "fault-postponed-worker"
WORKER_SETTINGS = "tests.faults.quick_retry_settings"


def test_grading_postponed_while_the_sandbox_is_unavailable_is_retried_by_the_worker(
    slots_dir, settings
):
    # Submitting enqueues grading for the worker, as in production.
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    # Another sandbox instance uses the worker's uids: the worker's sandbox refuses to run
    # anything (InstanceCollision, one way for the sandbox to be unavailable) while it is there.
    squatter = Sandbox(
        SandboxConfig(instance="fault-postponed-squatter", base_uid=BASE_UID, state_root=slots_dir)
    )
    squatter.check_available()
    env = {
        "VIVIER_SANDBOX_INSTANCE": WORKER_INSTANCE,
        "VIVIER_SANDBOX_BASE_UID": str(BASE_UID),
        "VIVIER_SANDBOX_STATE_DIR": slots_dir,
    }
    seen = set()

    def current() -> Submission:
        submission = Submission.objects.get(pk=submitted.pk)
        seen.add(submission.status)
        return submission

    with tempfile.TemporaryFile() as log:
        worker = start_worker(log, env, settings=WORKER_SETTINGS)
        try:
            submitted = submissions.submit(
                ApplicationFactory(), ExerciseFactory(), SUM_SOLUTION, user=None
            )
            postponed = wait_for(
                lambda: (s := current()).postponements >= 2 and s.status == "queued" and s,
                120,
                "grading postponed twice (the worker's own retry)",
            )
            assert postponed.attempts == 0
            assert postponed.failure_reason.startswith("sandbox unavailable: ")
            assert "fault-postponed-squatter" in postponed.failure_reason

            squatter.close()  # the sandbox is back
            graded = wait_for(
                lambda: (s := current()).status == SubmissionStatus.GRADED and s,
                120,
                "the worker's retry to grade it",
            )
            time.sleep(3)  # any retry still waiting in the queue finds nothing to do
            again = current()
        finally:
            squatter.close()
            if worker.poll() is None:
                os.killpg(worker.pid, signal.SIGTERM)
                worker.wait(timeout=60)
        log.seek(0)
        output = log.read().decode(errors="replace")

    assert SubmissionStatus.FAILED not in seen, output
    assert graded.attempts == 1
    assert [v["verdict"] for v in graded.verdicts] == ["AC", "AC", "AC"]
    assert graded.score == 1.0
    assert (again.attempts, again.graded_at) == (1, graded.graded_at)
