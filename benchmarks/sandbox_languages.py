"""Per language: the sandbox's overhead against a bare run of the same binary, and hidden tests
graded per second.

Run as root from the repository root: ``python -m benchmarks.sandbox_languages [runs]``.

For each language, in one loop and interleaved: the program (a sum read from stdin) runs bare
(the same command, environment and files, in a temporary folder, no sandbox) and in the sandbox
(all protections, a warm instance when the language has no compile step). Compiled languages
are also compiled bare and in the sandbox, shown apart (so is the JVM's start: the bare run of
Java is mostly that). The sandboxed times are the wall time of each sandbox run, measured around
the sandbox's own step (``Sandbox._execute``), so compile and run are told apart.

Then "tests/s": 20 hidden tests of that program graded by ``Sandbox.run_many`` (one compile,
then one sandbox run per test) from two threads at once, one per core.
"""

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time

from assessments.sandbox import LANGUAGES, Sandbox, SandboxConfig
from assessments.sandbox.bwrap import SANDBOX_ENV
from assessments.sandbox.languages import BOX
from tests.sandbox.test_languages import PROGRAMS, SUM_STDIN

TESTS = 20


def bare_command(lang, template, folder, memory_mb=256):
    return [part.replace(BOX, folder) for part in lang.argv(template, memory_mb)]


def bare_env(lang, folder, compiling, memory_mb=256):
    env = {**SANDBOX_ENV, **lang.environment(compiling=compiling, memory_mb=memory_mb)}
    # Caches and homes start empty, as in the sandbox's fresh /tmp.
    return {k: v.replace("/tmp", f"{folder}/tmp") for k, v in env.items()}


def timed(argv, env, stdin: bytes, cwd: str) -> float:
    start = time.perf_counter()
    done = subprocess.run(argv, env=env, input=stdin, cwd=cwd, capture_output=True)
    elapsed = time.perf_counter() - start
    assert done.returncode == 0, (argv, done.stderr[-500:])
    return elapsed


def prepare_bare(lang, source: str, stdin: bytes, folder: str) -> tuple[float | None, bytes]:
    """Write the files as the sandbox does; compile bare. Returns (compile s, run stdin)."""
    for name in os.listdir(folder):
        path = os.path.join(folder, name)
        shutil.rmtree(path) if os.path.isdir(path) else os.unlink(path)
    with open(os.path.join(folder, lang.file_name), "w") as f:
        f.write(source)
    os.makedirs(os.path.join(folder, "tmp"))
    for name, content in lang.support_files:
        with open(os.path.join(folder, name), "w") as f:
            f.write(content)
    if lang.setup_file:
        with open(os.path.join(folder, lang.setup_file), "wb") as f:
            f.write(stdin)
        stdin = source.encode()
    compile_s = None
    if lang.compile:
        cl = lang.compile_limits
        argv = bare_command(lang, lang.compile, folder, cl.memory_mb)
        env = bare_env(lang, folder, True, cl.memory_mb)
        compile_s = timed(argv, env, b"", folder)
    return compile_s, stdin


def measure(key: str, runs: int) -> dict:
    lang = LANGUAGES[key]
    source = PROGRAMS[key].sum
    stdin = SUM_STDIN.get(key, "2 40\n").encode()
    steps: dict[str, list[float]] = {"compile": [], "run": []}
    bare: dict[str, list[float]] = {"compile": [], "run": []}
    folder = tempfile.mkdtemp(prefix=f"bench-{key}-")
    box = Sandbox(SandboxConfig())
    execute = box._execute

    def timed_execute(slot, language, step, data):
        start = time.perf_counter()
        result = execute(slot, language, step, data)
        steps["compile" if step.writable else "run"].append(time.perf_counter() - start)
        return result

    box._execute = timed_execute  # type: ignore[method-assign]
    try:
        for i in range(runs + 2):
            box.wait_ready()  # background preparation of a warm instance is not timed
            box._compiled.clear()  # compile every round: the cache would skip it after one
            result = box.run(key, source, stdin=stdin, time_limit_s=10)
            assert result.ok and result.stdout.strip() == "42", result
            compile_s, run_stdin = prepare_bare(lang, source, stdin, folder)
            argv = bare_command(lang, lang.run, folder)
            run_s = timed(argv, bare_env(lang, folder, False), run_stdin, folder)
            if i < 2:  # warm-up: page cache, first warm instance
                steps["compile"].clear()
                steps["run"].clear()
                continue
            bare["run"].append(run_s)
            if compile_s is not None:
                bare["compile"].append(compile_s)
        # Hidden tests graded per second: two threads, one per core, TESTS tests in all. Their
        # steps are not timed into the per-run figures above (they run two at a time, cold).
        box._execute = execute  # type: ignore[method-assign]
        box.wait_ready()
        inputs = [stdin] * (TESTS // 2)
        results = []

        def grade():
            results.extend(box.run_many(key, source, inputs, time_limit_s=10))

        start = time.perf_counter()
        threads = [threading.Thread(target=grade) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        elapsed = time.perf_counter() - start
        assert len(results) == TESTS and all(r.ok for r in results), results
    finally:
        box.close()
        shutil.rmtree(folder, ignore_errors=True)
    median = {k: statistics.median(v) if v else None for k, v in steps.items()}
    bare_median = {k: statistics.median(v) if v else None for k, v in bare.items()}
    return {"sandbox": median, "bare": bare_median, "tests_per_s": TESTS / elapsed}


def ms(value: float | None) -> str:
    return "–" if value is None else f"{value * 1000:.0f}"


def ratio(a: float | None, b: float | None) -> str:
    return "–" if a is None or b is None else f"×{a / b:.2f}"


def main(runs: int = 10, keys: list[str] | None = None) -> None:
    print(
        "| language | bare run (ms) | sandboxed run (ms) | run ratio | bare compile (ms) "
        f"| sandboxed compile (ms) | compile ratio | hidden tests/s | ({runs} runs, medians)"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for key in keys or list(LANGUAGES):
        m = measure(key, runs)
        s, b = m["sandbox"], m["bare"]
        print(
            f"| {key} | {ms(b['run'])} | {ms(s['run'])} | {ratio(s['run'], b['run'])} "
            f"| {ms(b['compile'])} | {ms(s['compile'])} | {ratio(s['compile'], b['compile'])} "
            f"| {m['tests_per_s']:.1f} |",
            flush=True,
        )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10, sys.argv[2:] or None)
