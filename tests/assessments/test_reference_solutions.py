"""After `load_exercises`, every reference solution submitted like a candidate's code scores
100 % through the whole path: database rows, submission, task, real sandbox.

(tests/library grades the specs directly; this proves the stored copy grades the same.)"""

import pytest

from assessments.enums import SubmissionStatus
from assessments.library import exercise_slugs, get_exercise
from assessments.library_sync import sync_exercises
from assessments.models import Exercise
from assessments.tasks import grade_submission_task
from tests.assessments.factories import SubmissionFactory

pytestmark = [pytest.mark.django_db, pytest.mark.sandbox]


@pytest.fixture(scope="module")
def library(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        sync_exercises()
    yield
    with django_db_blocker.unblock():
        Exercise.objects.all().delete()


@pytest.mark.parametrize("slug", exercise_slugs())
def test_the_reference_solution_scores_full_marks(library, real_sandbox, slug):
    exercise = Exercise.objects.current().get(slug=slug)
    spec = get_exercise(slug)
    submission = SubmissionFactory(
        exercise=exercise, language=spec.language, code=spec.reference_solution
    )
    grade_submission_task.enqueue(submission.pk)
    submission.refresh_from_db()
    failures = [v for v in submission.verdicts if v["verdict"] != "AC"]
    assert submission.status == SubmissionStatus.GRADED, submission.failure_reason
    assert failures == []
    assert submission.score == 1.0
