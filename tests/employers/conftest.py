import pytest

# The browser fixtures (live daphne, Debian's chromium) for the browser tests.
from tests.browser.conftest import browser, live_daphne, page  # noqa: F401
from tests.employers.registry import base_url, serve_registry


@pytest.fixture
def registry(settings):
    """The company registry's stand-in on loopback, which the sign-up asks; short timeouts."""
    with serve_registry() as server:
        settings.COMPANY_REGISTRY_URL = base_url(server)
        settings.COMPANY_REGISTRY_TIMEOUT = 1
        yield server
