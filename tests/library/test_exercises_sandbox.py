"""Every reference solution gets full marks from the real grader, inside the sandbox.

Reference solutions are treated like candidate code: they only ever run through
``assessments.grading.grade`` (bubblewrap sandbox), never with a plain subprocess.
"""

import shutil

import pytest

from assessments import grading
from assessments.library import exercise_slugs, get_exercise

pytestmark = pytest.mark.sandbox


@pytest.fixture(autouse=True, scope="module")
def _bubblewrap_is_installed():
    if shutil.which("bwrap") is None:
        pytest.fail("bubblewrap (bwrap) is missing: `make test` installs it")


@pytest.mark.parametrize("slug", exercise_slugs())
def test_reference_solution_passes_every_test_in_the_sandbox(slug):
    spec = get_exercise(slug)
    tests = [
        grading.TestCase(test.name, test.stdin, test.expected, test.weight)
        for test in spec.samples + spec.hidden
    ]
    report = grading.grade(
        spec.language,
        spec.reference_solution,
        tests,
        checker=spec.checker.kind,
        tolerance=spec.checker.tolerance,
        time_limit_s=spec.time_limit_s,
        memory_mb=spec.memory_mb,
    )
    failures = [(t.name, t.verdict, t.stderr[-300:]) for t in report.tests if t.verdict != "AC"]
    assert not report.sandbox_error, failures
    assert failures == []
    assert report.score == 1.0


@pytest.mark.parametrize("slug", exercise_slugs())
def test_starter_code_does_not_pass_the_hidden_tests(slug):
    spec = get_exercise(slug)
    tests = [grading.TestCase(t.name, t.stdin, t.expected, t.weight) for t in spec.hidden]
    tests = [t for t, h in zip(tests, spec.hidden, strict=True) if not h.large]
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
