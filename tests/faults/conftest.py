import os
import shutil
import tempfile

import pytest

from tests.browser.conftest import browser, page  # noqa: F401  (Playwright fixtures)


@pytest.fixture
def slots_dir():
    """Lock files and submission folders of the test's slots: the slot uids must reach them."""
    path = tempfile.mkdtemp(prefix="vivier-fault-slots-")
    os.chmod(path, 0o755)
    yield path
    shutil.rmtree(path, ignore_errors=True)
