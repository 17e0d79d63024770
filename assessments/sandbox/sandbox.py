"""The Sandbox: slots, warm instances and the public ``run``.

A Sandbox leases slots of its instance (see config.py) as runs need them, keeps a slot it is done
with for ``idle_release_s`` (with a warm instance for the next run), then gives it back, so
that an idle process holds no slot. A run that finds every slot held waits for one, up to
``slot_wait_s``: for one of its own Sandbox's, or one another process gives back; then it raises
``SlotsBusy`` (nothing ran: the caller tries again later) rather than giving a verdict.
"""

import logging
import math
import os
import threading
import time
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

from assessments.sandbox import bwrap
from assessments.sandbox.cgroups import SlotCgroup, create_slot_cgroup
from assessments.sandbox.claims import UidClaims, claim_uids
from assessments.sandbox.compiled import CompiledCache
from assessments.sandbox.config import SandboxConfig
from assessments.sandbox.errors import SandboxError, SandboxUnavailable, SlotsBusy
from assessments.sandbox.execute import Limits, execute
from assessments.sandbox.languages import BOX, Language, get_language
from assessments.sandbox.linux import set_child_subreaper
from assessments.sandbox.result import RunResult, Verdict
from assessments.sandbox.slots import SLOT_POLL_S, SlotLease, sweep_free_slots, try_acquire_slot

log = logging.getLogger(__name__)
MiB = 1024 * 1024
_PROBE = Language(key="probe", name="probe", file_name="probe", run=("/usr/bin/true",))


@dataclass(frozen=True)
class _Step:
    """One sandbox run of a submission: its command, environment, limits and /box mode."""

    argv: tuple[str, ...]
    env: tuple[tuple[str, str], ...]
    rlimits: bwrap.Rlimits | None
    limits: Limits
    processes: int  # the cgroup's pids limit
    writable: bool = False
    tmpfs_mb: int | None = None
    host_dirs: tuple[str, ...] = ()

    @property
    def key(self) -> tuple:
        """What a warm instance must match to serve this step."""
        return (self.argv, self.env, self.rlimits, self.writable, self.tmpfs_mb, self.host_dirs)


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
        self.idle_since = 0.0

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
        self._idle_changed = threading.Condition(self._lock)
        self._releaser: threading.Thread | None = None
        self._claims: UidClaims | None = None
        self._leased = 0  # slots leased and not yet given back (the claims outlive them)
        self._available = False
        self._closed = False
        # Warm instances are started from long-lived threads: bwrap's --die-with-parent
        # fires when the *thread* that forked it exits.
        self._spawner = ThreadPoolExecutor(self.config.slots, thread_name_prefix="sandbox-warm")
        self._compiled = CompiledCache(os.path.join(self.config.state_dir, "compiled"))

    # -- lifecycle ---------------------------------------------------------------------
    def __enter__(self) -> "Sandbox":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        with self._lock:
            idle, self._idle = self._idle, []
            self._closed = True
            self._idle_changed.notify_all()
            releaser = self._releaser
        for slot in idle:
            self._drop(slot)
        if releaser is not None:
            releaser.join()  # it may be giving back slots it took from the idle list
        self._spawner.shutdown(wait=True)
        self._compiled.clear()
        self._release_claims_if_done()

    def _drop(self, slot: _Slot) -> None:
        """Give a slot back to the instance (kill its warm instance, unlock it)."""
        try:
            slot.close()
        finally:
            with self._lock:
                self._leased -= 1
            self._release_claims_if_done()

    def _release_claims_if_done(self) -> None:
        # Only once closed and every slot is given back: nothing of ours runs under these uids.
        with self._lock:
            if not self._closed or self._leased:
                return
            claims, self._claims = self._claims, None
        if claims is not None:
            claims.release()

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
            self._claim_uids()  # before killing anything under them
            if self.config.layer_drop_privileges:
                sweep_free_slots(self.config.state_dir, self.config.slots, self.config.first_uid)
            result = self._run(_PROBE, b"", [b""], Limits(5.0, 64, 4096), slot=None, warm=False)[0]
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
        """Run ``source`` on ``stdin``. A failure of the machinery during the run is a result
        with verdict SE; ``SandboxUnavailable`` means nothing ran: the host cannot sandbox, or
        (``SlotsBusy``) every slot stayed busy for ``slot_wait_s``, or (``LanguageNotInstalled``)
        the language's toolchain is missing."""
        return self.run_many(
            language,
            source,
            [stdin],
            time_limit_s=time_limit_s,
            memory_mb=memory_mb,
            output_limit_bytes=output_limit_bytes,
            slot=slot,
        )[0]

    def run_many(
        self,
        language: str,
        source: str | bytes,
        stdins: list[bytes | str],
        *,
        time_limit_s: float = 2.0,
        memory_mb: int = 256,
        output_limit_bytes: int = 64 * 1024,
        slot: int | None = None,
    ) -> list[RunResult]:
        """Like ``run``, once per stdin, in one slot, compiling once: one result per stdin, in
        order (each run in a fresh sandbox). A compilation error is every run's result."""
        lang = get_language(language, self.languages)
        if not (0 < time_limit_s <= 60 and 16 <= memory_mb <= 4096 and output_limit_bytes > 0):
            raise ValueError("limits out of range")
        lang.check_installed()
        self.check_available()
        if (not lang.rlimit_as or lang.compiled) and not self._has_memory_cgroup():
            raise SandboxUnavailable(f"{lang.name} needs a memory cgroup to bound its memory")
        source_b = source.encode() if isinstance(source, str) else source
        inputs = [s.encode() if isinstance(s, str) else s for s in stdins]
        limits = Limits(time_limit_s, memory_mb, output_limit_bytes)
        try:
            return self._run(lang, source_b, inputs, limits, slot=slot)
        except SandboxError as exc:
            log.warning("sandbox error: %s", exc)
            return [_sandbox_error(str(exc))] * len(inputs)

    def _has_memory_cgroup(self) -> bool:
        if not self.config.layer_cgroup:
            return False
        slot = self._take_slot(None)
        try:
            return slot.cgroup is not None
        finally:
            self._give_back(slot, None)

    def _run_step(self, lang: Language, limits: Limits) -> _Step:
        rlimits = None
        if self.config.layer_rlimits:
            memory = limits.memory_mb * MiB
            rlimits = bwrap.Rlimits(
                cpu_s=math.ceil(limits.time_limit_s) + 1,
                address_space=(memory + self.config.address_space_headroom_mb * MiB)
                if lang.rlimit_as
                else None,
                # Counted per real uid: the slot uid's processes are bwrap's and the run's.
                processes=self.config.max_processes + 1,
                file_size=self.config.tmpfs_mb * MiB,
                open_files=self.config.max_open_files,
            )
        return _Step(
            argv=tuple(lang.argv(lang.run, limits.memory_mb)),
            env=tuple(
                sorted(lang.environment(compiling=False, memory_mb=limits.memory_mb).items())
            ),
            rlimits=rlimits,
            limits=limits,
            processes=self.config.max_processes,
            host_dirs=lang.host_dirs,
        )

    def _compile_step(self, lang: Language) -> _Step:
        assert lang.compile is not None
        cl = lang.compile_limits
        limits = Limits(cl.time_s, cl.memory_mb, cl.output_bytes, wall_limit_s=3 * cl.time_s)
        rlimits = None
        if self.config.layer_rlimits:
            rlimits = bwrap.Rlimits(
                cpu_s=math.ceil(cl.time_s) + 1,
                address_space=None,  # bounded by the memory cgroup (required for compiling)
                processes=cl.processes + 1,
                file_size=cl.file_mb * MiB,
                open_files=cl.open_files,
            )
        return _Step(
            argv=tuple(lang.argv(lang.compile, cl.memory_mb)),
            env=tuple(sorted(lang.environment(compiling=True, memory_mb=cl.memory_mb).items())),
            rlimits=rlimits,
            limits=limits,
            processes=cl.processes,
            writable=True,
            tmpfs_mb=cl.tmp_mb,
            host_dirs=lang.host_dirs,
        )

    def _run(
        self,
        lang: Language,
        source: bytes,
        inputs: list[bytes],
        limits: Limits,
        *,
        slot: int | None,
        warm: bool = True,
    ) -> list[RunResult]:
        slot_ = self._take_slot(slot)
        step = self._run_step(lang, limits)
        results: list[RunResult] = []
        try:
            if lang.compile is None:
                slot_.lease.write_source(lang.file_name, source)
            else:
                # Compiled in its own sandbox run with /box writable, its own limits; the
                # program then runs with /box read-only. Failure -> CE. A source compiled
                # before by this Sandbox is not compiled again (compiled.py).
                slot_.discard_warm()
                key = CompiledCache.key(self._compile_step(lang).key, source)
                slot_.lease.clear_box()
                if not self._compiled.restore(key, slot_.lease.box_dir):
                    slot_.lease.write_source(lang.file_name, source)
                    for name, content in lang.support_files:
                        slot_.lease.write_source(name, content.encode())
                    compiled = self._compile(slot_, lang)
                    if compiled is not None:
                        results = [compiled] * len(inputs)
                    else:
                        self._compiled.store(key, slot_.lease.box_dir)
            for stdin in inputs if not results else []:
                if lang.setup_file is not None:
                    slot_.lease.write_source(lang.setup_file, stdin)
                    stdin = source
                results.append(self._execute(slot_, lang, step, stdin))
        except BaseException:
            self._give_back(slot_, None, broken=True)
            raise
        self._give_back(slot_, step if warm and not lang.compiled else None)
        return results

    def _compile(self, slot: _Slot, lang: Language) -> RunResult | None:
        """None when the program compiled; else the result to report (CE, or SE)."""
        step = self._compile_step(lang)
        compiled = self._execute(slot, lang, step, b"")
        if compiled.verdict is Verdict.OK:
            return None
        if compiled.verdict is Verdict.SE:
            return compiled
        message = (compiled.stdout + compiled.stderr).replace(f"{BOX}/", "").strip()
        cl = lang.compile_limits
        note = {
            Verdict.TLE: f"compilation stopped: over {cl.time_s:g} s of CPU "
            f"or {3 * cl.time_s:g} s in all",
            Verdict.MLE: f"compilation stopped: over {cl.memory_mb} MB of memory",
            Verdict.OLE: f"compilation stopped: over {cl.output_bytes} bytes of output or "
            f"a file over {cl.file_mb} MB",
        }.get(compiled.verdict)
        if compiled.signal is not None and note is None:
            note = f"compiler killed by signal {compiled.signal}"
        if note:
            message = f"{message}\n{note}".strip()
        return RunResult(
            Verdict.CE,
            compiled.exit_code,
            "",
            message[: cl.output_bytes],
            compiled.time_s,
            compiled.memory_kb,
            compiled.signal,
        )

    def _execute(self, slot: _Slot, lang: Language, step: _Step, stdin: bytes) -> RunResult:
        if slot.cgroup is not None:
            slot.cgroup.set_limits(step.limits.memory_mb * MiB, step.processes)
        slot.wait_prepared()
        instance = None
        if slot.warm is not None and slot.warm_key == step.key and not step.writable:
            instance, slot.warm, slot.warm_key = slot.warm, None, None
        else:
            slot.discard_warm()
        if instance is None:
            if step.writable:
                os.chmod(slot.lease.box_dir, 0o770)
            instance = self._spawn(slot, step)
        try:
            result = execute(instance, stdin, step.limits, slot.cgroup, lang)
        finally:
            instance.close()
            if step.writable:
                os.chmod(slot.lease.box_dir, 0o750)
        if slot.cgroup is not None and not slot.cgroup.kill_and_wait_empty():
            raise SandboxError(f"processes survived in slot {slot.lease.slot}")
        return result

    def _spawn(self, slot: _Slot, step: _Step) -> bwrap.Instance:
        return bwrap.spawn(
            self.config,
            slot.lease,
            list(step.argv),
            rlimits=step.rlimits,
            cgroup=slot.cgroup,
            writable_box=step.writable,
            env=dict(step.env),
            tmpfs_mb=step.tmpfs_mb,
            host_dirs=step.host_dirs,
        )

    # -- slots -------------------------------------------------------------------------
    def _claim_uids(self) -> None:
        """Claim the instance's slot uids on this host (root only: otherwise every slot runs as
        our own uid, and nothing is ever killed by uid). Raises InstanceCollision."""
        if os.geteuid() != 0:
            return
        with self._lock:
            if self._closed:
                raise SandboxError("sandbox is closed")
            if self._claims is None:
                self._claims = claim_uids(
                    self.config.uid_claim_dir,
                    self.config.uids,
                    instance=self.config.instance,
                    state_dir=self.config.state_dir,
                )

    def _take_slot(self, wanted: int | None) -> _Slot:
        self._claim_uids()
        if self.config.layer_cgroup or self.config.layer_drop_privileges:
            set_child_subreaper()  # process-wide; orphaned sandbox processes come back to us
        deadline = time.monotonic() + self.config.slot_wait_s
        while True:
            with self._lock:
                if self._closed:
                    raise SandboxError("sandbox is closed")
                for i, slot in enumerate(self._idle):
                    if wanted is None or slot.lease.slot == wanted:
                        return self._idle.pop(i)
            lease = try_acquire_slot(
                self.config.state_dir, self.config.slots, self.config.first_uid, slot=wanted
            )
            if lease is not None:
                with self._lock:
                    self._leased += 1
                break
            if time.monotonic() > deadline:
                raise SlotsBusy(
                    f"no free sandbox slot in instance {self.config.instance!r} "
                    f"({self.config.slots} slots) after {self.config.slot_wait_s:.0f} s"
                )
            time.sleep(SLOT_POLL_S)
        slot = _Slot(lease, None)
        try:
            if self.config.layer_cgroup:
                slot.cgroup = create_slot_cgroup(self.config.cgroup_name, lease.slot)
            if slot.cgroup is not None and not slot.cgroup.kill_and_wait_empty():
                # What a dead worker left in the slot would not die.
                raise SandboxError(f"processes survived in slot {lease.slot}")
        except BaseException:
            self._drop(slot)
            raise
        return slot

    def _give_back(self, slot: _Slot, warm_step: "_Step | None", *, broken: bool = False) -> None:
        slot.lease.clear_box()
        if broken or not self.config.keep_warm:
            self._drop(slot)
            return
        if warm_step is not None and slot.warm is None:
            slot.preparing = self._spawner.submit(self._prepare, slot, warm_step)
        with self._lock:
            kept = not self._closed
            if kept:
                slot.idle_since = time.monotonic()
                self._idle.append(slot)
                self._idle_changed.notify_all()
                if self._releaser is None:
                    self._releaser = threading.Thread(
                        target=self._release_idle, name="sandbox-idle", daemon=True
                    )
                    self._releaser.start()
        if not kept:
            self._drop(slot)

    def _release_idle(self) -> None:
        """Give back the slots left idle for idle_release_s (a thread per Sandbox)."""
        keep_s = self.config.idle_release_s
        while True:
            with self._lock:
                if self._closed:
                    return
                now = time.monotonic()
                expired = [s for s in self._idle if now - s.idle_since >= keep_s]
                if not expired:
                    next_due = min((s.idle_since + keep_s for s in self._idle), default=None)
                    self._idle_changed.wait(None if next_due is None else next_due - now)
                    continue
                self._idle = [s for s in self._idle if s not in expired]
            for slot in expired:
                try:
                    self._drop(slot)
                except Exception:  # a slot that cannot be cleaned stays locked until exit
                    log.exception("could not give back sandbox slot %s", slot.lease.slot)

    def _prepare(self, slot: _Slot, step: "_Step") -> None:
        try:
            slot.warm = self._spawn(slot, step)
            slot.warm_key = step.key
        except Exception as exc:  # the next run starts cold instead
            log.warning("could not prepare a warm sandbox: %s", exc)

    def wait_ready(self) -> None:
        """Block until background preparation is done (benchmarks time only the run)."""
        with self._lock:
            idle = list(self._idle)
        for slot in idle:
            slot.wait_prepared()
