"""Settings for benchmarks/submission_burst.py: the test settings with tasks stored in the
database and run by real `db_worker` processes, as in production."""

from config.test_settings import *  # noqa: F403

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
