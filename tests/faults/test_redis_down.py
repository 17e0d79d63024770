"""Faults: Redis (the channel layer) is down. Pages keep working, sign-in included, since the
cache lives in the database; a score submitted from the plain form is saved; the live session
says it is reconnecting, and goes live again by itself once Redis is back."""

import shutil
import subprocess

import pytest

from interviews.models import PanelMember
from tests.browser.conftest import daphne_process, free_port, in_db_thread
from tests.interviews.test_session_browser import log_in, prepare, score

pytestmark = [
    pytest.mark.browser,
    pytest.mark.serial,  # stops and starts its own Redis under a live page
    pytest.mark.django_db(transaction=True),
]


def test_without_redis_pages_work_and_the_live_session_recovers(browser):
    redis_server = shutil.which("redis-server")
    assert redis_server, "redis-server is missing: `make test` installs it"
    team = in_db_thread(prepare)
    redis_port = free_port()
    with daphne_process(
        "tests.faults.production_cache_settings", REDIS_URL=f"redis://127.0.0.1:{redis_port}/0"
    ) as base:
        context, page = log_in(browser, base, team.alice)  # sign-in and MFA work
        page.goto(f"{base}/entretiens/candidatures/{team.interview.application_id}/")
        page.locator("[data-vivier-reconnecting]").wait_for(state="visible")
        session = page.locator("[data-vivier-interview-session]")
        assert session.get_attribute("data-vivier-live") == "0"

        score(page, team, 4, "Démarche claire.")  # the plain form, while Redis is down
        member = in_db_thread(
            lambda: PanelMember.objects.get(interview=team.interview, user=team.alice)
        )
        assert member.submitted_at is not None

        redis = subprocess.Popen(
            [redis_server, "--bind", "127.0.0.1", "--port", str(redis_port), "--save", ""],
            stdout=subprocess.DEVNULL,
        )
        try:
            page.wait_for_selector(
                "[data-vivier-interview-session][data-vivier-live='1']", timeout=30_000
            )
            assert page.locator("[data-vivier-reconnecting]").is_hidden()
        finally:
            redis.terminate()
            redis.wait(timeout=10)
        context.close()
