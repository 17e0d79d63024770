"""The Sandbox: slots, warm instances and the public ``run``."""

import logging
import math
import os
import threading
from concurrent.futures import Future, ThreadPoolExecutor

from assessments.sandbox import bwrap
from assessments.sandbox.cgroups import SlotCgroup, create_slot_cgroup
from assessments.sandbox.config import SandboxConfig
from assessments.sandbox.errors import SandboxError, SandboxUnavailable
from assessments.sandbox.execute import Limits, execute
from assessments.sandbox.languages import Language, get_language
from assessments.sandbox.linux import set_child_subreaper
from assessments.sandbox.result import RunResult, Verdict
from assessments.sandbox.slots import SlotLease, acquire_slot, sweep_free_slots

log = logging.getLogger(__name__)
MiB = 1024 * 1024
_PROBE = Language(key="probe", name="probe", file_name="probe", run=("/usr/bin/true",))


def _sandbox_error(message: str) -> RunResult:
    return RunResult(Verdict.SE, -1, "", f"sandbox error: {message}", 0.0, 0, None)


class _Slot:
    """A leased slot, its cgroup and possibly a warm instance waiting for the next run."""

    def __init__(self, lease: SlotLease, cgroup: SlotCgroup | None):
        self.lease = lease
        self.cgroup = cgroup
        self.warm: bwrap.Instance | None = None
        self.warm_key: tuple | None = None
        self.preparing: Future | None = None

    def wait_prepared(self) -> None:
        if self.preparing is not None:
            self.preparing.result()
            self.preparing = None

    def discard_warm(self) -> None:
        self.wait_prepared()
        if self.warm is not None:
            self.warm.close()
            self.warm, self.warm_key = None, None

    def close(self) -> None:
        self.discard_warm()
        self.lease.release()


class Sandbox:
    def __init__(
        self,
        config: SandboxConfig | None = None,
        languages: dict[str, Language] | None = None,
    ):
        self.config = config or SandboxConfig()
        self.languages = languages
        self._idle: list[_Slot] = []
        self._lock = threading.Lock()
        self._available = False
        self._closed = False
        # Warm instances are started from long-lived threads: bwrap's --die-with-parent
        # fires when the *thread* that forked it exits.
        self._spawner = ThreadPoolExecutor(self.config.slots, thread_name_prefix="sandbox-warm")

    # -- lifecycle ---------------------------------------------------------------------
    def __enter__(self) -> "Sandbox":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
            self._closed = True
        for slot in idle:
            slot.close()
        self._spawner.shutdown(wait=True)

    # -- availability ------------------------------------------------------------------
    def check_available(self) -> None:
        """Raise SandboxUnavailable unless bwrap can build the sandbox on this host."""
        if self._available:
            return
        path = self.config.bwrap_path
        if not (os.path.isfile(path) and os.access(path, os.X_OK)):
            raise SandboxUnavailable(
                f"bubblewrap not found at {path}: untrusted code will not run without it "
                "(install it with `apt-get install bubblewrap`)"
            )
        try:
            if self.config.layer_drop_privileges:
                sweep_free_slots(self.config.state_dir, self.config.slots, self.config.base_uid)
            result = self._run(_PROBE, b"", b"", Limits(5.0, 64, 4096), slot=None, warm=False)
        except SandboxError as exc:
            raise SandboxUnavailable(f"bubblewrap cannot create the sandbox: {exc}") from exc
        if result.verdict is not Verdict.OK:
            raise SandboxUnavailable(
                f"bubblewrap cannot create the sandbox: {result.stderr.strip() or result}"
            )
        self._available = True

    # -- running -----------------------------------------------------------------------
    def run(
        self,
        language: str,
        source: str | bytes,
        *,
        stdin: bytes | str = b"",
        time_limit_s: float = 2.0,
        memory_mb: int = 256,
        output_limit_bytes: int = 64 * 1024,
        slot: int | None = None,
    ) -> RunResult:
        lang = get_language(language, self.languages)
        if not (0 < time_limit_s <= 60 and 16 <= memory_mb <= 4096 and output_limit_bytes > 0):
            raise ValueError("limits out of range")
        self.check_available()
        if not lang.rlimit_as and not self._has_memory_cgroup():
            raise SandboxUnavailable(f"{lang.name} needs a memory cgroup to bound its memory")
        source_b = source.encode() if isinstance(source, str) else source
        stdin_b = stdin.encode() if isinstance(stdin, str) else stdin
        limits = Limits(time_limit_s, memory_mb, output_limit_bytes)
        try:
            return self._run(lang, source_b, stdin_b, limits, slot=slot)
        except SandboxError as exc:
            log.warning("sandbox error: %s", exc)
            return _sandbox_error(str(exc))

    def _has_memory_cgroup(self) -> bool:
        if not self.config.layer_cgroup:
            return False
        slot = self._take_slot(None)
        try:
            return slot.cgroup is not None
        finally:
            self._give_back(slot, None)

    def _rlimits(self, lang: Language, limits: Limits) -> bwrap.Rlimits | None:
        if not self.config.layer_rlimits:
            return None
        memory = limits.memory_mb * MiB
        return bwrap.Rlimits(
            cpu_s=math.ceil(limits.time_limit_s) + 1,
            address_space=(memory + self.config.address_space_headroom_mb * MiB)
            if lang.rlimit_as
            else None,
            # Counted per real uid: the slot uid's processes are bwrap's and the run's.
            processes=self.config.max_processes + 1,
            file_size=self.config.tmpfs_mb * MiB,
            open_files=self.config.max_open_files,
        )

    def _run(
        self,
        lang: Language,
        source: bytes,
        stdin: bytes,
        limits: Limits,
        *,
        slot: int | None,
        warm: bool = True,
    ) -> RunResult:
        slot_ = self._take_slot(slot)
        rlimits = self._rlimits(lang, limits)
        run_key = (lang.run, rlimits)
        try:
            if slot_.cgroup is not None:
                slot_.cgroup.set_limits(limits.memory_mb * MiB, self.config.max_processes)
            if lang.compile is not None:
                # Design for compiled languages: compile in its own sandbox with /box
                # writable, then run the produced files read-only. Failure -> CE.
                slot_.discard_warm()
                slot_.lease.write_source(lang.file_name, source)
                compiled = self._execute(slot_, lang, lang.compile, b"", limits, rlimits, True)
                if compiled.verdict is not Verdict.OK:
                    verdict = Verdict.SE if compiled.verdict is Verdict.SE else Verdict.CE
                    return RunResult(
                        verdict,
                        compiled.exit_code,
                        compiled.stdout,
                        compiled.stderr,
                        compiled.time_s,
                        compiled.memory_kb,
                        compiled.signal,
                    )
            else:
                slot_.lease.write_source(lang.file_name, source)
            result = self._execute(slot_, lang, lang.run, stdin, limits, rlimits, False)
        except BaseException:
            self._give_back(slot_, None, broken=True)
            raise
        self._give_back(slot_, (run_key, lang.argv(lang.run), rlimits) if warm else None)
        return result

    def _execute(self, slot: _Slot, lang, template, stdin, limits, rlimits, writable) -> RunResult:
        key = (template, rlimits)
        slot.wait_prepared()
        instance = None
        if slot.warm is not None and slot.warm_key == key and not writable:
            instance, slot.warm, slot.warm_key = slot.warm, None, None
        else:
            slot.discard_warm()
        if instance is None:
            if writable:
                os.chmod(slot.lease.box_dir, 0o770)
            instance = bwrap.spawn(
                self.config,
                slot.lease,
                lang.argv(template),
                rlimits=rlimits,
                cgroup=slot.cgroup,
                writable_box=writable,
            )
        try:
            result = execute(instance, stdin, limits, slot.cgroup, lang)
        finally:
            instance.close()
            if writable:
                os.chmod(slot.lease.box_dir, 0o750)
        if slot.cgroup is not None and not slot.cgroup.kill_and_wait_empty():
            raise SandboxError(f"processes survived in slot {slot.lease.slot}")
        return result

    # -- slots -------------------------------------------------------------------------
    def _take_slot(self, wanted: int | None) -> _Slot:
        with self._lock:
            if self._closed:
                raise SandboxError("sandbox is closed")
            for i, slot in enumerate(self._idle):
                if wanted is None or slot.lease.slot == wanted:
                    return self._idle.pop(i)
        if self.config.layer_cgroup or self.config.layer_drop_privileges:
            set_child_subreaper()  # process-wide; orphaned sandbox processes come back to us
        lease = acquire_slot(
            self.config.state_dir,
            self.config.slots,
            self.config.base_uid,
            slot=wanted,
            wait_s=self.config.slot_wait_s,
        )
        cgroup = None
        if self.config.layer_cgroup:
            cgroup = create_slot_cgroup(self.config.cgroup_name, lease.slot)
            if cgroup is not None and not cgroup.kill_and_wait_empty():
                lease.release()  # what a dead worker left in the slot would not die
                raise SandboxError(f"processes survived in slot {lease.slot}")
        return _Slot(lease, cgroup)

    def _give_back(self, slot: _Slot, warm_spec, *, broken: bool = False) -> None:
        slot.lease.clear_box()
        if broken or not self.config.keep_warm or self._closed:
            slot.close()
            return
        if warm_spec is not None and slot.warm is None:
            key, command, rlimits = warm_spec
            slot.preparing = self._spawner.submit(self._prepare, slot, key, command, rlimits)
        with self._lock:
            self._idle.append(slot)

    def _prepare(self, slot: _Slot, key, command, rlimits) -> None:
        try:
            slot.warm = bwrap.spawn(
                self.config, slot.lease, command, rlimits=rlimits, cgroup=slot.cgroup
            )
            slot.warm_key = key
        except Exception as exc:  # the next run starts cold instead
            log.warning("could not prepare a warm sandbox: %s", exc)

    def wait_ready(self) -> None:
        """Block until background preparation is done (benchmarks time only the run)."""
        with self._lock:
            idle = list(self._idle)
        for slot in idle:
            slot.wait_prepared()
