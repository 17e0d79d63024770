from tests.browser.conftest import browser, live_daphne, page  # noqa: F401  (Playwright fixtures)
