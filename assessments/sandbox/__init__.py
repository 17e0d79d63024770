"""Sandboxed execution of untrusted submissions with bubblewrap.

Pure Python, no Django. See ``Sandbox`` for the machinery; the module-level ``run`` and
``check_available`` use one shared Sandbox per process.
"""

import atexit
import threading

from assessments.sandbox.config import SandboxConfig
from assessments.sandbox.errors import (
    InstanceCollision,
    SandboxError,
    SandboxUnavailable,
    SlotsBusy,
)
from assessments.sandbox.languages import LANGUAGES, Language, LanguageNotInstalled
from assessments.sandbox.result import RunResult, Verdict
from assessments.sandbox.sandbox import Sandbox

__all__ = [
    "InstanceCollision",
    "LANGUAGES",
    "Language",
    "LanguageNotInstalled",
    "RunResult",
    "Sandbox",
    "SandboxConfig",
    "SandboxError",
    "SandboxUnavailable",
    "SlotsBusy",
    "Verdict",
    "check_available",
    "default_sandbox",
    "run",
    "run_many",
]

_default: Sandbox | None = None
_default_lock = threading.Lock()


def default_sandbox() -> Sandbox:
    global _default
    with _default_lock:
        if _default is None:
            _default = Sandbox()
            atexit.register(_default.close)
        return _default


def check_available() -> None:
    default_sandbox().check_available()


def run(
    language: str,
    source: str | bytes,
    *,
    stdin: bytes | str = b"",
    time_limit_s: float = 2.0,
    memory_mb: int = 256,
    output_limit_bytes: int = 64 * 1024,
    slot: int | None = None,
) -> RunResult:
    return default_sandbox().run(
        language,
        source,
        stdin=stdin,
        time_limit_s=time_limit_s,
        memory_mb=memory_mb,
        output_limit_bytes=output_limit_bytes,
        slot=slot,
    )


def run_many(
    language: str,
    source: str | bytes,
    stdins: list[bytes | str],
    *,
    time_limit_s: float = 2.0,
    memory_mb: int = 256,
    output_limit_bytes: int = 64 * 1024,
) -> list[RunResult]:
    """One result per stdin, compiling once (see ``Sandbox.run_many``)."""
    return default_sandbox().run_many(
        language,
        source,
        stdins,
        time_limit_s=time_limit_s,
        memory_mb=memory_mb,
        output_limit_bytes=output_limit_bytes,
    )
