"""Background tasks (django-tasks): the database backend and `manage.py db_worker` in
development and production, the immediate backend in tests."""

from django_tasks import task

from assessments import services


@task()
def grade_submission_task(submission_id: int) -> str | None:
    """Grade a submission in the sandbox. Idempotent: a graded submission is left alone."""
    submission = services.grade_submission(submission_id)
    return None if submission is None else submission.status
