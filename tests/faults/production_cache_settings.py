"""Test settings with the production cache (in the database): the Redis fault test runs daphne
with it, to show that pages do not depend on Redis."""

from config import settings as production
from config.test_settings import *  # noqa: F403

CACHES = production.CACHES
