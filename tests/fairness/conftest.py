# The browser fixtures (live daphne, Debian's chromium) for the self-declaration browser test.
from tests.browser.conftest import browser, live_daphne, page  # noqa: F401

# The QPV perimeters and the geocoder on loopback, for the « where I live » page.
from tests.territories.conftest import fake_geocoder, perimeters  # noqa: F401, E402
