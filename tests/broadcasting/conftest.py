import pytest

from tests.browser.conftest import browser, live_daphne, page  # noqa: F401  (live server fixtures)
from tests.employers.factories import OfferFactory


@pytest.fixture
def offer(db):
    """A published offer with no wording finding, in Évry-Courcouronnes (91)."""
    return OfferFactory(published=True, rome_code="M1805")
