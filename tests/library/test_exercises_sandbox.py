"""Every reference solution, in every language its exercise offers, gets full marks from the real
grader inside the sandbox, on the samples, the hidden tests and the variants' tests.

Reference solutions are treated like candidate code: they only ever run through
``assessments.grading.grade`` (bubblewrap sandbox), never with a plain subprocess. One test per
exercise runs all its languages (a serial pass: keep it short).
"""

import shutil

import pytest

from assessments import grading
from assessments.library import exercise_slugs, get_exercise
from assessments.sandbox.languages import LANGUAGES as SANDBOX_LANGUAGES

pytestmark = pytest.mark.sandbox


@pytest.fixture(autouse=True, scope="module")
def _bubblewrap_is_installed():
    if shutil.which("bwrap") is None:
        pytest.fail("bubblewrap (bwrap) is missing: `make test` installs it")


def _cases(tests):
    return [grading.TestCase(t.name, t.stdin, t.expected, t.weight) for t in tests]


@pytest.mark.parametrize("slug", exercise_slugs())
def test_every_reference_solution_passes_every_test_in_the_sandbox(slug):
    spec = get_exercise(slug)
    # The first two variants: every variant has the same shape, drawn by the same generator.
    tests = [*spec.samples, *spec.hidden]
    for variant in spec.variants[:2]:
        tests += [*variant.samples, *variant.hidden]
    failures = {}
    for language in spec.languages:
        if language not in SANDBOX_LANGUAGES:
            failures[language] = "the sandbox does not run this language"
            continue
        report = grading.grade(
            language,
            spec.solutions[language],
            _cases(tests),
            checker=spec.checker.kind,
            tolerance=spec.checker.tolerance,
            time_limit_s=spec.time_limit_s,
            memory_mb=spec.memory_mb,
        )
        failed = [(t.name, t.verdict, t.stderr[-300:]) for t in report.tests if t.verdict != "AC"]
        if failed or report.score != 1.0:
            failures[language] = failed
    assert failures == {}


@pytest.mark.parametrize("slug", exercise_slugs())
def test_starter_code_does_not_pass_the_hidden_tests(slug):
    spec = get_exercise(slug)
    tests = _cases([t for t in spec.hidden if not t.large])
    report = grading.grade(
        spec.language,
        spec.starter_code,
        tests,
        checker=spec.checker.kind,
        tolerance=spec.checker.tolerance,
        time_limit_s=spec.time_limit_s,
        memory_mb=spec.memory_mb,
    )
    assert report.score < 0.5
