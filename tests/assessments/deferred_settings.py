"""Test settings where tasks wait in the database instead of running at once: the browser test
sees a submission queued, then graded live while the page is open."""

from config.test_settings import *  # noqa: F403

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
