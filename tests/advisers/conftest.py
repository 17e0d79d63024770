from tests.browser.conftest import browser, live_daphne, page  # noqa: F401  (Playwright fixtures)
from tests.territories.conftest import perimeters  # noqa: F401, E402  (QPV perimeters)
