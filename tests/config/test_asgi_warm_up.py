"""The server builds the wording rules as it starts, not on the first recruiter's keystroke."""

import importlib
import threading

from employers.wording import engine


def test_starting_the_server_builds_the_wording_rules_of_both_languages():
    import config.asgi

    engine.compiled.cache_clear()
    importlib.reload(config.asgi)
    for thread in threading.enumerate():
        if thread.name == "wording-warm-up":
            thread.join(timeout=120)
    built = engine.compiled.cache_info().currsize
    assert built == 4  # fr and en, offers and interview questions
