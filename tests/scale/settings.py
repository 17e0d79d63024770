"""Settings of the processes the scale tests start (daphne, db_worker): the test settings (DEBUG
off, the PostgreSQL pool on, the Redis channel layer from REDIS_URL) with what production shares
between processes: the cache in the database, and tasks waiting in the database for a worker."""

from config import settings as production
from config.test_settings import *  # noqa: F403

CACHES = production.CACHES
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
