"""Real grading workers (`manage.py db_worker`, and the commands run at its start) in
subprocesses sharing the test database, for the fault tests."""

import os
import subprocess
import sys
import time

from tests.browser.conftest import ROOT
from tests.browser.conftest import test_database_url as database_url

# Tasks wait in the database for the worker (the test process runs them at once otherwise).
WORKER_SETTINGS = "tests.assessments.deferred_settings"


def manage(*args, log, env: dict, settings: str = WORKER_SETTINGS, wait=True):
    """Run ``manage.py`` with the test database; ``env`` adds the sandbox's settings."""
    full_env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": settings,
        "DATABASE_URL": database_url(),
        **env,
    }
    command = [sys.executable, "manage.py", *args]
    if wait:
        return subprocess.run(command, cwd=ROOT, env=full_env, stdout=log, stderr=log, check=True)
    return subprocess.Popen(
        command, cwd=ROOT, env=full_env, stdout=log, stderr=log, start_new_session=True
    )


def start_worker(log, env: dict, settings: str = WORKER_SETTINGS):
    return manage(
        "db_worker",
        "--interval",
        "0.2",
        "--no-reload",
        log=log,
        env=env,
        settings=settings,
        wait=False,
    )


def wait_for(predicate, seconds: float, what: str):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")
