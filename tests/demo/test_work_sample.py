"""The demo stores its company exercise as checked without running anything: its reference
solution must pass every sample and hidden test in the real sandbox, and its statement must
pass the wording checker."""

import shutil

import pytest

from assessments import grading, work_samples
from demo.work_sample import DELIVERY_FEES


@pytest.mark.sandbox
def test_the_reference_solution_passes_every_test_in_the_sandbox():
    if shutil.which("bwrap") is None:
        pytest.fail("bubblewrap is missing: run `make test`, which installs it")
    data = DELIVERY_FEES
    tests = [grading.TestCase(t.name, t.stdin, t.expected) for t in data.samples] + [
        grading.TestCase(t.name, t.stdin, t.expected, t.weight) for t in data.hidden
    ]
    report = grading.grade(
        data.reference_language,
        data.reference_solution,
        tests,
        checker=data.checker,
        time_limit_s=data.time_limit_s,
        memory_mb=data.memory_mb,
    )
    assert report.passed, [(t.name, t.verdict, t.stdout) for t in report.tests]


def test_the_statement_passes_the_wording_checker():
    review = work_samples.review_statement(work_samples.statement_texts(DELIVERY_FEES))
    assert not review.refusing
