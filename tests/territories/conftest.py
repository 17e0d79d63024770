import pytest

from tests.territories.fakes import ANSWERS, FakeGeocoder, write_perimeters


@pytest.fixture
def perimeters(tmp_path, settings):
    """The test perimeter file, in ANCT's schema, as Vivier's QPV file."""
    settings.VIVIER_QPV_PERIMETERS = write_perimeters(tmp_path)
    return settings.VIVIER_QPV_PERIMETERS


@pytest.fixture
def fake_geocoder(settings):
    with FakeGeocoder(ANSWERS) as fake:
        settings.VIVIER_GEOCODER_URL = fake.url
        settings.VIVIER_GEOCODER_TIMEOUT = 0.5
        yield fake


from tests.browser.conftest import browser, live_daphne, page  # noqa: F401, E402  (Playwright)
