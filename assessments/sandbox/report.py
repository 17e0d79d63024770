"""The JSON shape printed by ``manage.py run_submission``."""

from assessments.sandbox import run


def run_submission_json(
    language: str,
    source: str,
    stdin: str | bytes = b"",
    *,
    time_limit_s: float = 2.0,
    memory_mb: int = 256,
) -> dict:
    result = run(language, source, stdin=stdin, time_limit_s=time_limit_s, memory_mb=memory_mb)
    return {
        "verdict": str(result.verdict),
        "exit_code": result.exit_code,
        "stdout": result.stdout,  # already truncated to the output cap
        "stderr": result.stderr,
        "time_s": result.time_s,
        "memory_kb": result.memory_kb,
    }
