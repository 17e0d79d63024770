"""Uid claims: which sandbox instance uses a slot uid on this host.

Taking a slot kills every process of its uid (what a dead worker left there), so two instances
must never use the same uid. Uid ranges are derived from instance ids and two ids may land on
the same range, or an operator may set overlapping ``VIVIER_SANDBOX_BASE_UID``s: before using
its uids, a Sandbox writes its owner (instance id and state folder) in ``uid-<uid>.claim`` and
keeps a shared flock on that file until it is closed. Processes of the same owner share the
claim; another owner finds it held and is refused with both names. A claim nobody holds is
stale (its processes are gone, the kernel dropped their locks) and is taken over. A short
exclusive lock on ``claims.lock`` makes check-and-take atomic between processes.
"""

import fcntl
import os
from collections.abc import Iterable

from assessments.sandbox.errors import InstanceCollision


class UidClaims:
    def __init__(self, fds: list[int]):
        self._fds = fds

    def release(self) -> None:
        fds, self._fds = self._fds, []
        for fd in fds:
            os.close(fd)  # closing drops the shared flock


def _describe(owner: str) -> str:
    instance, _, state_dir = owner.partition("\n")
    return f"instance {instance!r} (slots in {state_dir})"


def claim_uids(claim_dir: str, uids: Iterable[int], *, instance: str, state_dir: str) -> UidClaims:
    """Claim every uid for (instance, state_dir), or raise InstanceCollision naming both."""
    owner = f"{instance}\n{state_dir}"
    uids = list(uids)
    os.makedirs(claim_dir, mode=0o700, exist_ok=True)
    mutex = os.open(
        os.path.join(claim_dir, "claims.lock"), os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600
    )
    fds: list[int] = []
    try:
        fcntl.flock(mutex, fcntl.LOCK_EX)
        for uid in uids:
            path = os.path.join(claim_dir, f"uid-{uid}.claim")
            fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
            fds.append(fd)
            holder = os.pread(fd, 4096, 0).decode(errors="replace")
            if holder != owner:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except BlockingIOError:
                    raise InstanceCollision(
                        f"sandbox uids {uids[0]}-{uids[-1]} of {_describe(owner)} overlap those "
                        f"of {_describe(holder)}, which is running (uid {uid}): taking a slot "
                        "kills every process of its uid, so give one of them another "
                        "VIVIER_SANDBOX_INSTANCE (or VIVIER_SANDBOX_BASE_UID)"
                    ) from None
                os.ftruncate(fd, 0)
                os.pwrite(fd, owner.encode(), 0)
            # Shared with the owner's other processes; under the mutex, so converting a stale
            # claim's exclusive lock (not atomic) lets nobody else in between.
            fcntl.flock(fd, fcntl.LOCK_SH)
    except BaseException:
        for fd in fds:
            os.close(fd)
        raise
    finally:
        os.close(mutex)
    return UidClaims(fds)
