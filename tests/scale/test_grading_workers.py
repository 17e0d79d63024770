"""Candidates' code graded by several `db_worker` processes: each submission by whichever worker
is free, and never twice, even when its grading is asked for twice (a retry, a sweep) and the
workers race for it."""

import os
import shutil
import tempfile
from collections import Counter

import pytest
from django_tasks_db.models import DBTaskResult

from assessments.enums import SubmissionStatus
from assessments.models import Submission
from assessments.submissions import submit
from assessments.tasks import enqueue_grading
from tests.assessments.factories import SUM_SOLUTION, ExerciseFactory
from tests.candidates.factories import ApplicationFactory
from tests.scale.cluster import Workers, wait_for

pytestmark = [pytest.mark.scale, pytest.mark.django_db(transaction=True)]

WORKERS = 3
SUBMISSIONS = 24
WRONG = "a, b = map(int, input().split())\nprint(a - b)\n"
# Slots of their own (uids and lock files), shared by the three workers as on one host.
BASE_UID = 64000


@pytest.fixture
def sandbox_env():
    assert shutil.which("bwrap"), "bubblewrap is missing: `make test` installs it"
    state_dir = tempfile.mkdtemp(prefix="vivier-scale-slots-")
    os.chmod(state_dir, 0o755)
    yield {"VIVIER_SANDBOX_BASE_UID": str(BASE_UID), "VIVIER_SANDBOX_STATE_DIR": state_dir}
    shutil.rmtree(state_dir, ignore_errors=True)


@pytest.fixture
def queued_tasks(settings):
    """Grading tasks wait in the database for the workers, as in production."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def test_three_workers_grade_every_submission_exactly_once(sandbox_env, queued_tasks):
    exercise = ExerciseFactory()
    workers = Workers(WORKERS, sandbox_env)
    try:
        workers.wait_until_started()
        submissions = []
        for number in range(SUBMISSIONS):
            code = SUM_SOLUTION if number % 2 == 0 else WRONG
            application = ApplicationFactory()
            submissions.append(submit(application, exercise, code, user=application.candidate.user))
            # Grading asked for twice: the workers race for the same submission.
            enqueue_grading(submissions[-1].pk)
        ids = [s.pk for s in submissions]
        wait_for(
            lambda: (
                Submission.objects.filter(pk__in=ids, status=SubmissionStatus.GRADED).count()
                == SUBMISSIONS
            ),
            300,
            f"every submission graded:\n{workers.output()[-3000:]}",
        )
        wait_for(
            lambda: not DBTaskResult.objects.exclude(status__in=["SUCCESSFUL", "FAILED"]).exists(),
            60,
            "every task to finish",
        )
    finally:
        workers.stop()

    graded = {s.pk: s for s in Submission.objects.filter(pk__in=ids)}
    # Each graded once, with the right result.
    assert {s.attempts for s in graded.values()} == {1}
    for number, pk in enumerate(ids):
        assert graded[pk].score == (1.0 if number % 2 == 0 else 0.0)
    # Two tasks per submission, both run; only one of the two graded it, the other found it
    # taken or done.
    tasks = list(DBTaskResult.objects.all())
    assert len(tasks) == 2 * SUBMISSIONS
    assert {t.status for t in tasks} == {"SUCCESSFUL"}
    graded_by_task = Counter(t.args_kwargs["args"][0] for t in tasks if t.return_value == "graded")
    assert graded_by_task == Counter({pk: 1 for pk in ids})
    # Whichever worker was free took the next task: all three took part.
    assert {worker for t in tasks for worker in t.worker_ids} == set(workers.processes)
