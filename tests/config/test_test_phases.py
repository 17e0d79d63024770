"""CI's PostgreSQL phase (`--database-phase`) leaves out exactly the sandbox tests that cannot
reach the database: they ran in the SQLite phase and nothing in them depends on it."""

from types import SimpleNamespace

import pytest

from tests.conftest import runs_the_same_on_any_database


def item(markers=(), fixtures=()):
    marks = {name: getattr(pytest.mark, name).mark for name in markers}
    return SimpleNamespace(get_closest_marker=marks.get, fixturenames=list(fixtures))


def test_a_sandbox_test_without_the_database_is_left_out():
    assert runs_the_same_on_any_database(item(markers=["sandbox"], fixtures=["sandbox"]))


@pytest.mark.parametrize(
    "markers, fixtures",
    [
        (["sandbox", "django_db"], []),
        (["sandbox"], ["db"]),
        (["sandbox"], ["transactional_db"]),
        (["sandbox", "serial"], ["live_daphne"]),
        (["serial"], []),
        ([], []),
    ],
)
def test_a_test_that_reaches_the_database_or_is_no_sandbox_test_runs(markers, fixtures):
    assert not runs_the_same_on_any_database(item(markers=markers, fixtures=fixtures))
