"""Thin wrappers over Linux process-control calls that Python does not expose."""

import ctypes
import os

_PR_SET_CHILD_SUBREAPER = 36
_PR_SET_NO_NEW_PRIVS = 38

_libc = ctypes.CDLL(None, use_errno=True)
_prctl = _libc.prctl
_prctl.argtypes = [ctypes.c_int, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong, ctypes.c_ulong]
_prctl.restype = ctypes.c_int


def _call(option: int, value: int) -> None:
    if _prctl(option, value, 0, 0, 0) != 0:
        err = ctypes.get_errno()
        raise OSError(err, os.strerror(err))


def set_child_subreaper() -> None:
    """Orphans of our descendants are re-parented to us, so we can reap them."""
    _call(_PR_SET_CHILD_SUBREAPER, 1)


def set_no_new_privs() -> None:
    _call(_PR_SET_NO_NEW_PRIVS, 1)
