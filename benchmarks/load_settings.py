"""Settings for benchmarks/load_offers.py: the test settings (production-like, with test-only
secrets) plus one bare view, served by the same process, as the baseline."""

from config.test_settings import *  # noqa: F403

ROOT_URLCONF = "benchmarks.load_urls"
DEBUG = False
# Access logs to a terminal would cost more than some of the pages measured.
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}
