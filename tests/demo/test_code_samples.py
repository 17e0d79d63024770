"""The demo stores its code submissions graded without running them: the verdicts it stores
must be the ones the real grader gives."""

import shutil

import pytest

from assessments import grading
from assessments.library import get_exercise
from demo.code_samples import BRACKETS

pytestmark = pytest.mark.sandbox


@pytest.mark.parametrize("index", range(len(BRACKETS)))
def test_the_stored_verdicts_are_the_graders(index):
    if shutil.which("bwrap") is None:
        pytest.fail("bubblewrap is missing: run `make test`, which installs it")
    spec = get_exercise("brackets")
    code, failures = (spec.reference_solution, {}) if BRACKETS[index] is None else BRACKETS[index]
    report = grading.grade(
        spec.language,
        code,
        [grading.TestCase(t.name, t.stdin, t.expected, t.weight) for t in spec.hidden],
        checker=spec.checker.kind,
        tolerance=spec.checker.tolerance,
        time_limit_s=spec.time_limit_s,
        memory_mb=spec.memory_mb,
    )
    assert {t.name: t.verdict for t in report.tests if t.verdict != "AC"} == failures
