"""Checkers, weighted scores and sample runs."""

import pytest

from assessments.grading import (
    GradeReport,
    TestCase,
    TestVerdict,
    check_exact,
    check_float,
    check_whitespace,
    grade,
    run_samples,
)

pytestmark = pytest.mark.sandbox

SUM = "import sys\nprint(sum(int(x) for x in sys.stdin.read().split()))"


def test_exact_checker():
    assert check_exact("3\n", "3")
    assert check_exact("a\r\nb\r\n", "a\nb\n")
    assert not check_exact("3 \n", "3\n")
    assert not check_exact("1\n2\n", "1 2\n")


def test_whitespace_checker():
    assert check_whitespace("1   2\n\n3\t", "1 2 3\n")
    assert not check_whitespace("1 2", "1 2 3")
    assert not check_whitespace("12", "1 2")


def test_float_checker():
    assert check_float("0.3333333\n", "0.33333333", 1e-6)
    assert check_float("1000000.5", "1000000.0", 1e-6)  # relative part of the tolerance
    assert not check_float("0.34", "0.33", 1e-6)
    assert check_float("x 1.0000001", "x 1", 1e-6)
    assert not check_float("y 1", "x 1", 1e-6)
    assert not check_float("1 2", "1", 1e-6)


def test_weighted_score(sandbox):
    tests = [
        TestCase("small", "1 2\n", "3\n", weight=1),
        TestCase("big", "40 2\n", "42\n", weight=3),
        TestCase("negative", "-1 -1\n", "-2\n", weight=1),
    ]
    # Wrong on negative numbers only: 4/5 of the weight.
    source = "a, b = map(int, input().split())\nprint(a + b if a >= 0 else 0)"
    report = grade("python", source, tests, sandbox=sandbox)
    assert [t.verdict for t in report.tests] == ["AC", "AC", "WA"]
    assert report.score == pytest.approx(0.8)
    assert not report.sandbox_error and not report.passed
    assert grade("python", SUM, tests, sandbox=sandbox).score == 1.0


def test_grade_reports_limits_per_test(sandbox):
    tests = [TestCase("ok", "0\n", "0\n"), TestCase("slow", "1\n", "1\n")]
    source = "n = int(input())\nwhile n:\n    pass\nprint(n)"
    report = grade("python", source, tests, time_limit_s=0.5, sandbox=sandbox)
    assert [t.verdict for t in report.tests] == ["AC", "TLE"]
    assert report.score == 0.5


def test_checkers_in_grade(sandbox):
    tests = [TestCase("t", "", "0.333333\n")]
    report = grade("python", "print(1/3)", tests, checker="float", tolerance=1e-5, sandbox=sandbox)
    assert report.score == 1.0
    report = grade(
        "python",
        "print(' 1  2 ')",
        [TestCase("t", "", "1 2")],
        checker="whitespace",
        sandbox=sandbox,
    )
    assert report.score == 1.0
    assert (
        grade("python", "print(' 1  2 ')", [TestCase("t", "", "1 2")], sandbox=sandbox).score == 0.0
    )


def test_sandbox_error_is_flagged():
    report = GradeReport(
        [
            TestVerdict("a", "AC", 0.1, "", "", 1),
            TestVerdict("b", "SE", 0.0, "", "sandbox error: x", 1),
        ]
    )
    assert report.sandbox_error
    assert report.score == 0.5


def test_run_samples(sandbox):
    samples = [TestCase("ex1", "2 3\n", "5\n"), TestCase("ex2", "oops\n", "?\n")]
    runs = run_samples("python", SUM, samples, sandbox=sandbox)
    assert [(r.name, r.verdict, r.stdout) for r in runs][0] == ("ex1", "OK", "5\n")
    assert runs[1].verdict == "RE" and "ValueError" in runs[1].stderr
