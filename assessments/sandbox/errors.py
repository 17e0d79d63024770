"""Exceptions raised by the sandbox."""


class SandboxUnavailable(RuntimeError):
    """The host cannot sandbox untrusted code, so nothing will be run.

    There is deliberately no unsandboxed fallback: the message says what to fix.
    """


class SandboxError(RuntimeError):
    """A failure of the sandbox machinery during one run (reported as verdict SE)."""
