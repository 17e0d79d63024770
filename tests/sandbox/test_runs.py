"""Correctness of ordinary runs."""

import os

import pytest

from assessments.sandbox import (
    LANGUAGES,
    Sandbox,
    SandboxConfig,
    SandboxUnavailable,
    Verdict,
    check_available,
    run,
)
from assessments.sandbox.report import run_submission_json

pytestmark = pytest.mark.sandbox


def test_ok_with_stdin_and_unicode(sandbox):
    result = sandbox.run("python", "name = input()\nprint(f'Bonjour {name} ✓ 日本')", stdin="Zoé\n")
    assert result.verdict is Verdict.OK
    assert result.exit_code == 0
    assert result.stdout == "Bonjour Zoé ✓ 日本\n"
    assert result.stderr == ""
    assert 0 < result.time_s < 1
    assert result.memory_kb > 0


def test_large_stdin_is_streamed(sandbox):
    data = "".join(f"{i}\n" for i in range(200_000))
    code = "import sys\nprint(sum(int(x) for x in sys.stdin))"
    result = sandbox.run("python", code, stdin=data.encode())
    assert result.verdict is Verdict.OK
    assert result.stdout.strip() == str(sum(range(200_000)))


def test_exit_code_and_stderr(sandbox):
    result = sandbox.run("python", "import sys\nprint('partial')\nsys.exit(3)")
    assert result.verdict is Verdict.RE
    assert result.exit_code == 3
    assert result.stdout == "partial\n"


def test_exception_is_runtime_error(sandbox):
    result = sandbox.run("python", "1 / 0")
    assert result.verdict is Verdict.RE
    assert result.exit_code == 1
    assert "ZeroDivisionError" in result.stderr


def test_crash_by_signal(sandbox):
    result = sandbox.run("python", "import ctypes\nctypes.string_at(0)")
    assert result.verdict is Verdict.RE
    assert result.signal == 11


def test_runs_system_python_isolated(sandbox):
    code = "import sys\nprint(sys.executable, sys.flags.isolated, sys.flags.no_site, sys.prefix)"
    result = sandbox.run("python", code)
    assert result.stdout.split() == ["/usr/bin/python3", "1", "1", "/usr"]


def test_module_level_api():
    check_available()
    result = run("python", "print(6 * 7)")
    assert (result.verdict, result.stdout) == (Verdict.OK, "42\n")


def test_run_submission_json():
    payload = run_submission_json("python", "print(input()[::-1])", "abc", time_limit_s=1)
    assert payload == {
        "verdict": "OK",
        "exit_code": 0,
        "stdout": "cba\n",
        "stderr": "",
        "time_s": payload["time_s"],
        "memory_kb": payload["memory_kb"],
    }
    assert isinstance(payload["time_s"], float) and isinstance(payload["memory_kb"], int)


def test_unknown_language_is_rejected(sandbox):
    with pytest.raises(ValueError, match="unsupported language"):
        sandbox.run("cobol", "")
    assert "cobol" not in LANGUAGES


def test_refuses_without_bubblewrap(tmp_path):
    marker = tmp_path / "ran"
    code = f"open({str(marker)!r}, 'w').write('unsandboxed!')"
    with Sandbox(SandboxConfig(bwrap_path=str(tmp_path / "no-such-bwrap"))) as box:
        with pytest.raises(SandboxUnavailable, match="bubblewrap not found"):
            box.check_available()
        with pytest.raises(SandboxUnavailable, match="bubblewrap not found"):
            box.run("python", code)
    assert not marker.exists()
    assert os.listdir(tmp_path) == []
