"""Worker settings for tests/faults/test_grading_postponed.py: tasks wait in the database, and
postponed grading is retried after 1 s instead of 30 s and more, so the test sees a few retries
in seconds."""

from tests.assessments.deferred_settings import *  # noqa: F403

GRADING_RETRY_DELAYS = (1,)
