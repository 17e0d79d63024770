"""Grading a submission against test cases, each run in a fresh sandbox. No Django here."""

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from assessments.sandbox import RunResult, Sandbox, Verdict, default_sandbox
from assessments.sandbox.sql import same_result_set

AC, WA = "AC", "WA"


@dataclass(frozen=True)
class TestCase:
    __test__ = False  # not a pytest class

    name: str
    stdin: str
    expected: str
    weight: float = 1


@dataclass(frozen=True)
class TestVerdict:
    __test__ = False

    name: str
    verdict: str  # AC | WA | TLE | MLE | RE | OLE | CE | SE
    time_s: float
    stdout: str
    stderr: str
    weight: float


@dataclass(frozen=True)
class GradeReport:
    tests: list[TestVerdict] = field(default_factory=list)

    @property
    def score(self) -> float:
        """Weighted share of passed tests, 0..1."""
        total = sum(t.weight for t in self.tests)
        passed = sum(t.weight for t in self.tests if t.verdict == AC)
        return passed / total if total else 0.0

    @property
    def sandbox_error(self) -> bool:
        """True when some test could not be judged: retry rather than blame the candidate."""
        return any(t.verdict == Verdict.SE for t in self.tests)

    @property
    def passed(self) -> bool:
        return bool(self.tests) and all(t.verdict == AC for t in self.tests)


# -- checkers ----------------------------------------------------------------------------


def check_exact(output: str, expected: str, tolerance: float = 0.0) -> bool:
    # Line endings and trailing newlines are not the candidate's choice to get "wrong".
    def norm(text: str) -> str:
        return text.replace("\r\n", "\n").rstrip("\n")

    return norm(output) == norm(expected)


def check_whitespace(output: str, expected: str, tolerance: float = 0.0) -> bool:
    return output.split() == expected.split()


def _as_float(token: str) -> float | None:
    try:
        value = float(token)
    except ValueError:
        return None
    return value if math.isfinite(value) else None


def check_float(output: str, expected: str, tolerance: float = 1e-6) -> bool:
    got, want = output.split(), expected.split()
    if len(got) != len(want):
        return False
    for g, w in zip(got, want, strict=True):
        gf, wf = _as_float(g), _as_float(w)
        if gf is None or wf is None:
            if g != w:
                return False
        elif abs(gf - wf) > tolerance + tolerance * abs(wf):  # absolute + relative
            return False
    return True


def check_rows(output: str, expected: str, tolerance: float = 0.0) -> bool:
    """The same rows in any order (a SQL result set whose order the statement leaves free),
    compared as ``assessments.sandbox.sql.same_result_set`` does (numbers by value)."""
    return same_result_set(expected, output, ordered=False)


CHECKERS: dict[str, Callable[[str, str, float], bool]] = {
    "exact": check_exact,
    "whitespace": check_whitespace,
    "float": check_float,
    "rows": check_rows,
}


# -- grading -----------------------------------------------------------------------------


def _run(sandbox: Sandbox | None, language, source, stdin, time_limit_s, memory_mb) -> RunResult:
    # SQL: the test's stdin is the dataset (schema and rows), which the sandbox runs before
    # the candidate's query (``assessments.sandbox.languages.SQL``).
    return (sandbox or default_sandbox()).run(
        language, source, stdin=stdin, time_limit_s=time_limit_s, memory_mb=memory_mb
    )


def grade(
    language: str,
    source: str,
    tests: Sequence[TestCase],
    *,
    checker: str = "exact",
    tolerance: float = 1e-6,
    time_limit_s: float = 2.0,
    memory_mb: int = 256,
    sandbox: Sandbox | None = None,
) -> GradeReport:
    """Run every test and judge its output. A test the sandbox failed to judge has verdict SE;
    ``SandboxUnavailable`` (``SlotsBusy`` when every slot stayed busy) means a test could not
    even start: there is no report, try again later."""
    check = CHECKERS[checker]
    verdicts = []
    for test in tests:
        result = _run(sandbox, language, source, test.stdin, time_limit_s, memory_mb)
        if result.verdict is Verdict.OK:
            verdict = AC if check(result.stdout, test.expected, tolerance) else WA
        else:
            verdict = str(result.verdict)
        verdicts.append(
            TestVerdict(
                test.name, verdict, result.time_s, result.stdout, result.stderr, test.weight
            )
        )
    return GradeReport(verdicts)


@dataclass(frozen=True)
class SampleRun:
    name: str
    verdict: str  # OK | TLE | MLE | RE | OLE | CE | SE (no comparison: examples are shown)
    stdin: str
    expected: str
    stdout: str
    stderr: str
    time_s: float
    exit_code: int | None = None  # the program's (or its compiler's); 128 + N: stopped by signal N


def run_samples(
    language: str,
    source: str,
    samples: Sequence[TestCase],
    *,
    time_limit_s: float = 2.0,
    memory_mb: int = 256,
    sandbox: Sandbox | None = None,
) -> list[SampleRun]:
    """ "Run the examples": the candidate sees stdout/stderr of each public sample."""
    runs = []
    for sample in samples:
        result = _run(sandbox, language, source, sample.stdin, time_limit_s, memory_mb)
        runs.append(
            SampleRun(
                sample.name,
                str(result.verdict),
                sample.stdin,
                sample.expected,
                result.stdout,
                result.stderr,
                result.time_s,
                result.exit_code,
            )
        )
    return runs
