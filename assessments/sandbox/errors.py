"""Exceptions raised by the sandbox."""


class SandboxUnavailable(RuntimeError):
    """The host cannot sandbox untrusted code, so nothing will be run.

    There is deliberately no unsandboxed fallback: the message says what to fix.
    """


class SlotsBusy(SandboxUnavailable):
    """Every slot of the instance stayed busy for ``slot_wait_s``: nothing was run.

    Nothing is broken, the host is just full: try again later (grading postpones the
    submission). A SandboxUnavailable, for callers that only need to know that nothing ran.
    """


class SandboxError(RuntimeError):
    """A failure of the sandbox machinery during one run (reported as verdict SE)."""


class InstanceCollision(SandboxUnavailable):
    """Another live sandbox instance uses some of this instance's slot uids.

    Taking a slot kills every process of its uid, so sharing would kill the other's runs.
    """
