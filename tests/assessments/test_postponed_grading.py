"""Grading postponed for want of a sandbox: every slot busy, or the sandbox unavailable. The
submission stays queued, the attempt is not counted, the candidate reads « En attente de
correction » (not a failure), and it is retried later, with backoff, then graded exactly once."""

import threading
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from assessments import grading_runs, tasks
from assessments import sandbox as sandbox_module
from assessments.enums import SubmissionStatus
from assessments.models import Submission
from assessments.sandbox import Sandbox, SandboxConfig
from assessments.tasks import grade_submission_task
from tests.assessments.factories import SUM_SOLUTION, SubmissionFactory
from tests.sandbox.conftest import (  # noqa: F401  (state_root is a fixture)
    GATED,
    instance_named,
    open_gate,
    processes_of_uid,
    slot_is_locked,
    state_root,
    wait_for,
)

pytestmark = pytest.mark.django_db

# The failure message (a sandbox error): a postponed submission must not show it.
FAILURE_MESSAGE = "La correction est momentanément impossible"


def submit_url(application, exercise):
    return reverse("assessments:submit", args=[application.pk, exercise.slug])


def detail_url(submission):
    return reverse("assessments:submission_detail", args=[submission.pk])


def make_due(submission):
    """Time passes: the postponed grading is due (what the worker's delayed retry waits for)."""
    Submission.objects.filter(pk=submission.pk).update(
        postponed_until=timezone.now() - timedelta(seconds=1)
    )


def postponed_for(submission) -> float:
    return (submission.postponed_until - submission.status_changed_at).total_seconds()


@pytest.fixture
def busy_instance(state_root, monkeypatch):  # noqa: F811
    """A sandbox instance of the test's own, with two slots, both busy: grading uses a Sandbox
    of it that waits only 1 s for a slot, and another Sandbox of the instance (another worker,
    as it were) holds both slots with gated runs until the test opens their gates."""
    config = SandboxConfig(
        instance=instance_named("postponed"),
        state_root=state_root,
        slots=2,
        slot_wait_s=1,
        idle_release_s=0,
    )
    holder_config = SandboxConfig(
        instance=config.instance, state_root=state_root, slots=2, keep_warm=False
    )
    with Sandbox(config) as grader, Sandbox(holder_config) as holder:
        grader.check_available()
        monkeypatch.setattr(sandbox_module, "_default", grader)
        runs = [
            threading.Thread(
                target=holder.run,
                args=("python", GATED.format("held")),
                kwargs={"time_limit_s": 30},
            )
            for _ in range(2)
        ]
        for run in runs:
            run.start()
        try:
            wait_for(lambda: all(processes_of_uid(uid) for uid in config.uids), 30, "slots busy")
            yield config
        finally:
            for slot in range(config.slots):
                open_gate(config.state_dir, slot)
            for run in runs:
                run.join(30)


@pytest.mark.sandbox
def test_while_every_slot_is_busy_grading_is_postponed_then_done_once_a_slot_frees(
    busy_instance, candidate_client, application, exercise, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        candidate_client.post(submit_url(application, exercise), {"code": SUM_SOLUTION})
    submission = Submission.objects.get()
    assert submission.status == SubmissionStatus.QUEUED
    assert (submission.attempts, submission.postponements) == (0, 1)
    assert submission.failure_reason.startswith("sandbox busy: no free sandbox slot")

    page = candidate_client.get(detail_url(submission)).content.decode()
    assert "En attente de correction" in page
    assert FAILURE_MESSAGE not in page

    # Still busy when the retry is due: postponed again, for longer, still no attempt counted.
    make_due(submission)
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.retry_stale_submissions() == [submission.pk]
    submission.refresh_from_db()
    assert (submission.status, submission.attempts) == (SubmissionStatus.QUEUED, 0)
    assert submission.postponements == 2

    open_gate(busy_instance.state_dir, 0)  # one slot frees; the other stays busy
    wait_for(lambda: not slot_is_locked(busy_instance.state_dir, 0), 30, "slot 0 given back")
    make_due(submission)
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.retry_stale_submissions() == [submission.pk]
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.GRADED
    assert submission.attempts == 1
    assert [v["verdict"] for v in submission.verdicts] == ["AC", "AC", "AC"]
    assert submission.score == 1.0
    assert submission.postponed_until is None

    # Nothing grades it again: neither a leftover retry nor the sweep.
    graded_at = submission.graded_at
    grade_submission_task.enqueue(submission.pk)
    assert tasks.retry_stale_submissions() == []
    submission.refresh_from_db()
    assert (submission.attempts, submission.graded_at) == (1, graded_at)


def test_an_unavailable_sandbox_postpones_grading_instead_of_failing(
    broken_sandbox, application, exercise
):
    submission = SubmissionFactory(application=application, exercise=exercise)
    grade_submission_task.enqueue(submission.pk)
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.QUEUED
    assert (submission.attempts, submission.postponements) == (0, 1)
    assert postponed_for(submission) == 30
    assert submission.failure_reason.startswith("sandbox unavailable: bubblewrap not found")


def test_postponed_grading_backs_off_from_30_s_to_5_minutes(broken_sandbox, application, exercise):
    submission = SubmissionFactory(application=application, exercise=exercise)
    delays = []
    for _ in range(6):
        make_due(submission)
        grade_submission_task.enqueue(submission.pk)
        submission.refresh_from_db()
        delays.append(postponed_for(submission))
    assert delays == [30, 60, 120, 300, 300, 300]
    assert (submission.attempts, submission.postponements) == (0, 6)


def test_a_retry_before_its_time_leaves_the_postponed_submission_alone(
    broken_sandbox, application, exercise
):
    """A second task for the submission (the sweep's, a duplicate) does not start another chain
    of retries: only the one due at ``postponed_until`` grades."""
    submission = SubmissionFactory(application=application, exercise=exercise)
    grade_submission_task.enqueue(submission.pk)
    submission.refresh_from_db()
    due = submission.postponed_until

    grade_submission_task.enqueue(submission.pk)
    submission.refresh_from_db()
    assert (submission.postponements, submission.postponed_until) == (1, due)


def test_the_postponed_task_enqueues_its_own_retry_for_when_it_is_due(
    broken_sandbox, settings, application, exercise
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    submission = SubmissionFactory(application=application, exercise=exercise)
    grade_submission_task.call(submission.pk)  # what the worker runs
    submission.refresh_from_db()
    retry = DBTaskResult.objects.get()
    assert retry.task_path == "assessments.tasks.grade_submission_task"
    assert retry.args_kwargs == {"args": [submission.pk], "kwargs": {}}
    assert retry.run_after == submission.postponed_until


def test_the_candidate_sees_a_postponed_submission_as_waiting_not_failed(
    broken_sandbox, candidate_client, application, exercise
):
    submission = SubmissionFactory(application=application, exercise=exercise)
    grade_submission_task.enqueue(submission.pk)
    page = candidate_client.get(detail_url(submission)).content.decode()
    assert "En attente de correction" in page
    assert "Votre code est bien enregistré" in page
    assert FAILURE_MESSAGE not in page
    assert "data-vivier-submission-live" in page  # the page keeps following it


def postponed(application, exercise, *, due_in: timedelta) -> Submission:
    return SubmissionFactory(
        application=application,
        exercise=exercise,
        postponements=1,
        postponed_until=timezone.now() + due_in,
        status_changed_at=timezone.now() - timedelta(seconds=30),
    )


def test_the_sweep_leaves_a_postponed_submission_to_its_own_retry_until_it_is_due(
    application, exercise
):
    postponed(application, exercise, due_in=timedelta(minutes=1))
    assert tasks.retry_stale_submissions() == []


def test_the_sweep_retries_a_postponed_submission_whose_retry_was_lost(
    broken_sandbox, application, exercise, django_capture_on_commit_callbacks
):
    submission = postponed(application, exercise, due_in=-timedelta(minutes=1))
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.retry_stale_submissions() == [submission.pk]
    submission.refresh_from_db()
    assert (submission.status, submission.postponements) == (SubmissionStatus.QUEUED, 2)


@pytest.mark.sandbox
def test_the_sweep_at_worker_start_grades_postponed_submissions_at_once(
    real_sandbox, application, exercise, django_capture_on_commit_callbacks
):
    """`make run` (and a worker's start) sweeps with ``--minutes 0``: a new worker does not wait
    out the backoff of the one before."""
    submission = postponed(application, exercise, due_in=timedelta(minutes=5))
    with django_capture_on_commit_callbacks(execute=True):
        assert tasks.retry_stale_submissions(timedelta(0)) == [submission.pk]
    submission.refresh_from_db()
    assert (submission.status, submission.attempts) == (SubmissionStatus.GRADED, 1)


def test_the_backoff_is_capped():
    assert [grading_runs.postpone_delay(n).total_seconds() for n in (1, 2, 3, 4, 9)] == [
        30,
        60,
        120,
        300,
        300,
    ]
