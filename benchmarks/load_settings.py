"""Settings for benchmarks/load_offers.py: the test settings (production-like, with test-only
secrets) plus one bare view, served by the same process, as the baseline."""

from config.test_settings import *  # noqa: F403

ROOT_URLCONF = "benchmarks.load_urls"
DEBUG = False
# Access logs to a terminal would cost more than some of the pages measured.
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}

# The production cache (the database), as pages read it in production: the test settings keep
# a memory cache. Imported here, once the test settings have set the test-only secrets.
from config.settings import CACHES  # noqa: E402, F401, F811
