"""The server loads the referentials and builds the wording rules as it starts, not on the first
recruiter's keystroke, then sets what it loaded aside from the garbage collector's full passes."""

import gc
import importlib
import threading

import pytest

from employers.wording import engine
from territories import communes, rome


@pytest.fixture
def started_server():
    import config.asgi

    engine.compiled.cache_clear()
    for loaded in (rome._folded, rome._skills_by_family, rome._folded_skills, communes._communes):
        loaded.cache_clear()
    gc.unfreeze()
    importlib.reload(config.asgi)
    for thread in threading.enumerate():
        if thread.name == "warm-up":
            # building every rule takes minutes on a busy 2-core machine
            thread.join(timeout=600)
    yield
    gc.unfreeze()


def test_starting_the_server_builds_the_wording_rules_of_both_languages(started_server):
    built = engine.compiled.cache_info().currsize
    assert built == 4  # fr and en, offers and interview questions


def test_starting_the_server_loads_the_job_titles_skills_and_communes(started_server):
    for loaded in (rome._folded, rome._skills_by_family, rome._folded_skills, communes._communes):
        assert loaded.cache_info().currsize == 1, loaded


def test_what_the_server_loaded_is_left_out_of_the_collectors_full_passes(started_server):
    assert gc.get_freeze_count() > 10_000
