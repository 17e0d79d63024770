"""Each test starts in French, whatever language the test before it left active.

A request in English activates English in the thread (LocaleMiddleware) and nothing resets it:
tests/conftest.py does, before every test. The two tests run in this order on one worker.
"""

import pytest
from django.utils import translation

pytestmark = pytest.mark.xdist_group("language-isolation")


def test_a_request_in_english_leaves_english_active_in_the_thread(client):
    client.get("/", HTTP_ACCEPT_LANGUAGE="en")
    assert translation.get_language() == "en"


def test_the_next_test_starts_in_french_again():
    assert translation.get_language() == "fr"
