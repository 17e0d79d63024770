from tests.browser.conftest import browser  # noqa: F401  (Playwright fixture)
