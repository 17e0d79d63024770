"""What a compile step produced, kept for the next runs of the same source.

Grading runs a submission once per hidden test (``Sandbox.run`` each time): a compiled language
would compile it again for every test (seconds for javac, tsc or go). A Sandbox keeps the /box
of its last few successful compilations, keyed by the language's compile step and the exact
source bytes, in a folder only the worker can read, and copies it into the slot of a later run
of the same source instead of compiling. Only successes are kept (a CE, or a compile stopped by a
limit on a loaded host, is compiled again). The folder (``<state dir>/compiled/<pid>-…``) goes
with the Sandbox; a dead worker's is removed by the next process that keeps one.
"""

import hashlib
import os
import shutil
import tempfile
import threading
from collections import OrderedDict

ENTRIES = 8
MAX_BYTES = 64 * 1024 * 1024  # a larger output is not kept (compiled again next time)


def _size(folder: str) -> int:
    total = 0
    for root, _dirs, files in os.walk(folder):
        for name in files:
            total += os.lstat(os.path.join(root, name)).st_size
    return total


def _copy_entries(src: str, dst: str) -> None:
    """Copy a folder's entries into an existing folder, never following a link."""
    for entry in os.scandir(src):
        target = os.path.join(dst, entry.name)
        if entry.is_symlink():
            os.symlink(os.readlink(entry.path), target)
        elif entry.is_dir(follow_symlinks=False):
            shutil.copytree(entry.path, target, symlinks=True)
        elif entry.is_file(follow_symlinks=False):  # never a fifo or a device
            shutil.copy2(entry.path, target, follow_symlinks=False)


def _readable_by_all(folder: str) -> None:
    """Copies belong to root: the slot's uid reads (and runs) them through the "other" bits."""
    for root, dirs, files in os.walk(folder):
        for name in dirs + files:
            path = os.path.join(root, name)
            mode = os.lstat(path).st_mode
            if os.path.islink(path):
                continue
            extra = 0o444 | (0o111 if mode & 0o100 or name in dirs else 0)
            os.chmod(path, (mode & 0o7777) | extra)


def _remove_dead_processes_folders(parent: str) -> None:
    """Folders are named after the process that kept them: a dead worker's are removed."""
    for entry in os.scandir(parent):
        pid = entry.name.split("-", 1)[0]
        if pid.isdigit() and not os.path.exists(f"/proc/{pid}"):
            shutil.rmtree(entry.path, ignore_errors=True)


class CompiledCache:
    def __init__(self, parent: str):
        self._parent = parent
        self._folder: str | None = None
        self._entries: OrderedDict[str, str] = OrderedDict()
        self._lock = threading.Lock()

    @staticmethod
    def key(step_key: tuple, source: bytes) -> str:
        return hashlib.sha256(repr(step_key).encode() + b"\0" + source).hexdigest()

    def restore(self, key: str, box_dir: str) -> bool:
        """Fill the slot's empty /box with a kept compilation; False when there is none."""
        with self._lock:
            kept = self._entries.get(key)
            if kept is None:
                return False
            self._entries.move_to_end(key)
            _copy_entries(kept, box_dir)
        _readable_by_all(box_dir)
        return True

    def store(self, key: str, box_dir: str) -> None:
        if _size(box_dir) > MAX_BYTES:
            return
        with self._lock:
            if key in self._entries:
                return
            if self._folder is None:
                os.makedirs(self._parent, mode=0o700, exist_ok=True)
                _remove_dead_processes_folders(self._parent)
                self._folder = tempfile.mkdtemp(prefix=f"{os.getpid()}-", dir=self._parent)
            kept = os.path.join(self._folder, key)
            os.mkdir(kept, 0o700)
            _copy_entries(box_dir, kept)
            self._entries[key] = kept
            while len(self._entries) > ENTRIES:
                _old, path = self._entries.popitem(last=False)
                shutil.rmtree(path, ignore_errors=True)

    def clear(self) -> None:
        with self._lock:
            self._entries.clear()
            folder, self._folder = self._folder, None
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
