"""CI's PostgreSQL phase (`--database-phase`) leaves out exactly the tests that cannot behave
differently there: they cannot reach the database, and they either run programs in the sandbox
or live in a module that names nothing the phase changes (database and Redis settings, the
channel layer, a process that would start Django with them)."""

from pathlib import Path
from types import SimpleNamespace

import pytest

from tests.conftest import runs_the_same_on_any_database

PURE_MODULE = Path(__file__).resolve().parents[1] / "wording" / "test_negatives.py"


def item(markers=(), fixtures=(), module=PURE_MODULE):
    marks = {name: getattr(pytest.mark, name).mark for name in markers}
    return SimpleNamespace(get_closest_marker=marks.get, fixturenames=list(fixtures), path=module)


def test_a_sandbox_test_without_the_database_is_left_out():
    assert runs_the_same_on_any_database(item(markers=["sandbox"], fixtures=["sandbox"]))


def test_a_test_of_pure_code_without_the_database_is_left_out():
    assert runs_the_same_on_any_database(item())


@pytest.mark.parametrize(
    "markers, fixtures",
    [
        (["sandbox", "django_db"], []),
        (["sandbox"], ["db"]),
        (["sandbox"], ["transactional_db"]),
        (["sandbox", "serial"], ["live_daphne"]),
        (["django_db"], []),
        ([], ["live_server"]),
        (["serial"], []),
    ],
)
def test_a_test_that_reaches_the_database_or_runs_alone_runs(markers, fixtures):
    assert not runs_the_same_on_any_database(item(markers=markers, fixtures=fixtures))


@pytest.mark.parametrize(
    "text",
    [
        "from django.conf import settings\nsettings.DATABASES['default']\n",
        "os.environ['REDIS_URL']\n",
        "from channels.layers import get_channel_layer\n",
        "from django.db import connection\n",
        "subprocess.run([sys.executable, 'manage.py', 'check'])\n",
    ],
)
def test_a_module_that_names_what_the_phase_changes_runs(tmp_path, text):
    module = tmp_path / "test_module.py"
    module.write_text(text, encoding="utf-8")
    assert not runs_the_same_on_any_database(item(module=module))


def test_the_phase_leaves_out_none_of_the_settings_and_pool_tests(pytestconfig):
    """The tests of the settings and of the database pool read what the phase changes."""
    tests = Path(pytestconfig.rootpath) / "tests"
    for module in (tests / "test_database_pool.py", tests / "config" / "test_settings.py"):
        assert not runs_the_same_on_any_database(item(module=module))
