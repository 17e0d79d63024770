# The browser fixtures (live daphne, Debian's chromium) for the self-declaration browser test.
from tests.browser.conftest import browser, live_daphne, page  # noqa: F401
