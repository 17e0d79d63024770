"""Verdicts and the result of one sandboxed run."""

from dataclasses import dataclass
from enum import StrEnum


class Verdict(StrEnum):
    OK = "OK"  # ran to completion with exit code 0 (AC/WA are decided by the grader)
    TLE = "TLE"  # CPU or wall-clock limit
    MLE = "MLE"  # memory limit
    RE = "RE"  # non-zero exit or killed by a signal
    OLE = "OLE"  # stdout/stderr cap or file-size limit
    CE = "CE"  # compilation failed (languages with a compile step)
    SE = "SE"  # sandbox error: never the candidate's fault, callers may retry


@dataclass(frozen=True)
class RunResult:
    verdict: Verdict
    exit_code: int | None
    stdout: str
    stderr: str
    time_s: float  # CPU time of the whole run (all processes), seconds
    memory_kb: int  # peak memory of the whole run when a memory cgroup is available
    signal: int | None = None

    @property
    def ok(self) -> bool:
        return self.verdict is Verdict.OK
