"""Registry of supported languages: how each is compiled and run inside the sandbox.

Commands are argv lists run inside the sandbox, where the submission's directory is mounted at
``/box`` (``{box}``: read-only when the program runs, writable only while it is compiled) and
the source file is ``{source}``. ``{memory_mb}`` and ``{heap_mb}`` are the run's memory limit
and the heap given to a runtime that manages its own (JVM, V8, PHP): below the limit, so that
running out of heap is the runtime's own message (read as MLE), not a kill by the cgroup.

Every toolchain is a Debian package (``Language.packages``); a language whose executables are
missing answers ``LanguageNotInstalled`` (a ``SandboxUnavailable``) instead of running.

Compiled languages (``compile`` set) compile in a sandbox run of their own, with
``CompileLimits`` (more time, memory, processes and /tmp than a run: javac, tsc and go are
programs of their own) and /box writable; a failure there is verdict CE with the compiler's
message. The program then runs with /box read-only.

``sql`` is special: the file is a script for Debian's ``sqlite3`` shell, run on a fresh
in-memory database in safe mode (no ``.shell``/``.system``, no ``.read``/``.open``/
``.output``/``.import``, no ATTACH, no ``readfile``/``writefile``/``load_extension``). The
run's stdin is the exercise's setup script (schema and data): it runs *before* the
candidate's file (``setup_file``, given to ``-init``), and the candidate's file is the shell's
input (so its error messages give the file's own line numbers). The output is the shell's
default: one row per line, columns separated by ``|``, no header. Grading: ``sql.py``.
"""

import os
from dataclasses import dataclass, field

from assessments.sandbox.errors import SandboxUnavailable

BOX = "/box"
MiB = 1024 * 1024


class LanguageNotInstalled(SandboxUnavailable):
    """The language's toolchain is missing on this server: nothing ran."""


@dataclass(frozen=True)
class CompileLimits:
    """Limits of the compile step, a sandbox run of its own."""

    time_s: float = 10.0  # CPU seconds (wall clock: three times that, for a loaded host)
    memory_mb: int = 512
    output_bytes: int = 64 * 1024  # the compiler's messages, kept for the CE answer
    tmp_mb: int = 64  # private /tmp (Go's build cache lives there)
    processes: int = 64
    file_mb: int = 64  # largest file the compiler may write (the binary)
    open_files: int = 256


@dataclass(frozen=True)
class Language:
    key: str
    name: str
    file_name: str
    run: tuple[str, ...]
    # Optional compile step, run in its own sandbox with /box writable; a failure is CE.
    compile: tuple[str, ...] | None = None
    # Node, the JVM and Go reserve huge virtual address spaces and do not start under
    # RLIMIT_AS: such languages are bounded by the memory cgroup only.
    rlimit_as: bool = True
    # Marker printed on stderr when the runtime itself runs out of memory (-> MLE).
    oom_markers: tuple[str, ...] = field(default_factory=tuple)
    # Debian packages that provide the toolchain (README, "not installed" messages).
    packages: tuple[str, ...] = ()
    # Environment of the run and of the compile step, on top of the sandbox's own.
    env: tuple[tuple[str, str], ...] = ()
    compile_env: tuple[tuple[str, str], ...] = ()
    compile_limits: CompileLimits = CompileLimits()
    # Files written next to the source before compiling: (name, content).
    support_files: tuple[tuple[str, str], ...] = ()
    # sql: the run's stdin is a setup script, written to this file in /box; the source is
    # then the program's stdin.
    setup_file: str | None = None
    # Executables that must exist on the host; by default the commands' first words.
    requires: tuple[str, ...] = ()
    # Host folders the toolchain reads outside /usr, bound read-only at the same place.
    host_dirs: tuple[str, ...] = ()

    @property
    def source_path(self) -> str:
        return f"{BOX}/{self.file_name}"

    @property
    def compiled(self) -> bool:
        return self.compile is not None

    def _fields(self, memory_mb: int) -> dict:
        return {
            "box": BOX,
            "source": self.source_path,
            "memory_mb": memory_mb,
            "heap_mb": heap_mb(memory_mb),
        }

    def argv(self, template: tuple[str, ...], memory_mb: int = 256) -> list[str]:
        """The command; its program resolved on the host (the sandbox has no /etc, where
        Debian's alternatives such as /usr/bin/java -> /etc/alternatives/java point)."""
        fields = self._fields(memory_mb)
        argv = [part.format(**fields) for part in template]
        if os.path.islink(argv[0]) and os.readlink(argv[0]).startswith("/etc/"):
            argv[0] = os.path.realpath(argv[0])
        return argv

    def environment(self, *, compiling: bool, memory_mb: int = 256) -> dict[str, str]:
        fields = self._fields(memory_mb)
        pairs = self.compile_env if compiling else self.env
        return {key: value.format(**fields) for key, value in pairs}

    def required_paths(self) -> tuple[str, ...]:
        if self.requires:
            return self.requires
        return tuple(cmd[0] for cmd in (self.compile, self.run) if cmd and cmd[0][0] == "/")

    def missing(self) -> list[str]:
        """Host executables of the toolchain that are not installed."""
        return [p for p in self.required_paths() if not os.path.isfile(p)]

    def check_installed(self) -> None:
        missing = self.missing()
        if missing:
            packages = " ".join(self.packages) or "its toolchain"
            raise LanguageNotInstalled(
                f"language {self.key!r} ({self.name}) is not installed on this server: "
                f"{', '.join(missing)} not found (install the Debian packages: {packages})"
            )


def heap_mb(memory_mb: int) -> int:
    """Heap for a runtime managing its own: the limit less room for the runtime itself."""
    return max(16, memory_mb - max(48, memory_mb // 4))


# The system interpreter, never the project's virtualenv: -I ignores PYTHON* variables and
# the user site, -S skips site.py (faster start, no site-packages).
PYTHON3 = Language(
    key="python",
    name="Python 3",
    file_name="main.py",
    run=("/usr/bin/python3", "-I", "-S", "{source}"),
    oom_markers=("MemoryError",),
    packages=("python3",),
)

NODE = Language(
    key="javascript",
    name="JavaScript (Node.js)",
    file_name="main.js",
    run=("/usr/bin/node", "--max-old-space-size={heap_mb}", "{source}"),
    rlimit_as=False,
    oom_markers=("JavaScript heap out of memory",),
    packages=("nodejs",),
)

# tsc checks types: without the Node typings (not packaged in Debian 12) `process` and
# `require` would not type-check, so a declaration file gives them the type `any`, and Node's
# globals (console, timers) too: no DOM library to load (a third less of tsc's CPU).
_NODE_GLOBALS_D_TS = """\
declare var process: any;
declare var require: any;
declare var module: any;
declare var Buffer: any;
declare var __dirname: string;
declare var console: any;
declare var setTimeout: any, setInterval: any, setImmediate: any;
declare var clearTimeout: any, clearInterval: any;
declare var TextEncoder: any, TextDecoder: any;
declare module "*";
"""

TYPESCRIPT = Language(
    key="typescript",
    name="TypeScript",
    file_name="main.ts",
    compile=(
        "/usr/bin/node",
        "--max-old-space-size={heap_mb}",
        "/usr/share/nodejs/typescript/lib/tsc.js",
        "--pretty",
        "false",
        "--target",
        "es2020",
        "--module",
        "commonjs",
        "--lib",
        "es2020",
        "--strict",
        "false",
        "--noEmitOnError",
        "--skipLibCheck",
        "--outDir",
        "{box}",
        "{source}",
        "{box}/node-globals.d.ts",
    ),
    run=("/usr/bin/node", "--max-old-space-size={heap_mb}", "{box}/main.js"),
    rlimit_as=False,
    oom_markers=("JavaScript heap out of memory",),
    packages=("nodejs", "node-typescript"),
    compile_limits=CompileLimits(time_s=20.0, memory_mb=768),
    support_files=(("node-globals.d.ts", _NODE_GLOBALS_D_TS),),
    requires=("/usr/bin/node", "/usr/share/nodejs/typescript/lib/tsc.js"),
)

# One active processor: fewer GC and JIT threads, so the JVM starts under the pids limit;
# serial GC and C1 only: quick start for short programs; no perf data file in /tmp; the JVM's
# own warnings (such as "Failed to start thread") on stderr, not in the program's output.
_JVM_FLAGS = (
    "-Xlog:disable",
    "-Xlog:all=warning:stderr",
    "-XX:ActiveProcessorCount=1",
    "-XX:+UseSerialGC",
    "-XX:TieredStopAtLevel=1",
    "-XX:-UsePerfData",
    "-Xshare:auto",
    "-Xss16m",
)
JAVA = Language(
    key="java",
    name="Java 17",
    file_name="Main.java",
    compile=(
        "/usr/bin/javac",
        *(f"-J{flag}" for flag in _JVM_FLAGS),
        "-J-Xmx{heap_mb}m",
        "-encoding",
        "UTF-8",
        "-proc:none",
        "-d",
        "{box}",
        "{source}",
    ),
    run=("/usr/bin/java", *_JVM_FLAGS, "-Xmx{heap_mb}m", "-cp", "{box}", "Main"),
    rlimit_as=False,
    oom_markers=("java.lang.OutOfMemoryError",),
    packages=("openjdk-17-jdk-headless",),
    # The JDK's lib/jvm.cfg and security settings are links into /etc/java-17-openjdk.
    host_dirs=("/etc/java-17-openjdk",),
    compile_limits=CompileLimits(time_s=20.0, memory_mb=768),
)

PHP = Language(
    key="php",
    name="PHP",
    file_name="main.php",
    # -n: no php.ini; errors to stderr (the CLI prints them on stdout by default).
    run=(
        "/usr/bin/php",
        "-n",
        "-d",
        "display_errors=stderr",
        "-d",
        "memory_limit={heap_mb}M",
        "{source}",
    ),
    oom_markers=("Allowed memory size of",),
    packages=("php-cli",),
)

C = Language(
    key="c",
    name="C (GCC)",
    file_name="main.c",
    compile=("/usr/bin/gcc", "-O2", "-std=gnu17", "-pipe", "-o", "{box}/main", "{source}", "-lm"),
    run=("{box}/main",),
    packages=("gcc",),
    requires=("/usr/bin/gcc",),
)

CPP = Language(
    key="cpp",
    name="C++ (G++)",
    file_name="main.cpp",
    compile=("/usr/bin/g++", "-O2", "-std=gnu++17", "-pipe", "-o", "{box}/main", "{source}"),
    run=("{box}/main",),
    packages=("g++",),
    requires=("/usr/bin/g++",),
)

# One OS thread running Go code (GOMAXPROCS=1): the runtime's threads stay under the pids
# limit. GOMEMLIMIT makes the collector work harder before the cgroup limit.
GO = Language(
    key="go",
    name="Go",
    file_name="main.go",
    compile=("/usr/bin/go", "build", "-p", "1", "-o", "{box}/main", "{source}"),
    run=("{box}/main",),
    rlimit_as=False,
    oom_markers=("runtime: out of memory",),
    packages=("golang-go",),
    env=(("GOMAXPROCS", "1"), ("GOMEMLIMIT", "{heap_mb}MiB")),
    compile_env=(
        ("GOMAXPROCS", "2"),
        ("GOCACHE", "/tmp/go-cache"),
        ("GOPATH", "/tmp/go"),
        ("GO111MODULE", "off"),
        ("CGO_ENABLED", "0"),
    ),
    compile_limits=CompileLimits(time_s=20.0, memory_mb=768, tmp_mb=128),
    requires=("/usr/bin/go",),
)

BASH = Language(
    key="bash",
    name="Bash",
    file_name="main.sh",
    run=("/usr/bin/bash", "{source}"),
    packages=("bash", "coreutils"),
    # awk, editor tools and friends are Debian alternatives: /usr/bin/awk -> /etc/alternatives.
    host_dirs=("/etc/alternatives",),
)

SQL = Language(
    key="sql",
    name="SQL (SQLite)",
    file_name="main.sql",
    # -init: the exercise's setup, run first (outside safe mode, but in the sandbox: it is
    # the exercise author's); then the candidate's file on stdin, in safe mode; -bail: stop
    # at the first error (verdict RE with the shell's message, its line numbers the file's).
    run=("/usr/bin/sqlite3", "-safe", "-bail", "-init", "{box}/setup.sql", ":memory:"),
    packages=("sqlite3",),
    setup_file="setup.sql",
)

LANGUAGES: dict[str, Language] = {
    lang.key: lang for lang in (PYTHON3, NODE, TYPESCRIPT, JAVA, PHP, C, CPP, GO, BASH, SQL)
}


def get_language(key: str, registry: dict[str, Language] | None = None) -> Language:
    registry = LANGUAGES if registry is None else registry
    try:
        return registry[key]
    except KeyError:
        known = ", ".join(sorted(registry)) or "none"
        raise ValueError(f"unsupported language {key!r} (known: {known})") from None
