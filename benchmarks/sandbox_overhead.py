"""Overhead of the sandbox on a trivial Python submission, layer by layer.

Run as root from the repository root: ``python -m benchmarks.sandbox_overhead [runs]``.
Every side is timed in the same loop, interleaved, against the same interpreter binary.
"""

import statistics
import subprocess
import sys
import time

from assessments.sandbox import Sandbox, SandboxConfig

BARE = ["/usr/bin/python3", "-I", "-S", "-c", "pass"]

LAYERS = {
    "bwrap plain": dict(
        layer_drop_privileges=False, layer_rlimits=False, layer_cgroup=False, keep_warm=False
    ),
    "+ uid switch, user ns, cap-drop": dict(
        layer_rlimits=False, layer_cgroup=False, keep_warm=False
    ),
    "+ rlimits": dict(layer_cgroup=False, keep_warm=False),
    "+ cgroup (all protections, cold)": dict(keep_warm=False),
    "all protections, warm instance (default)": dict(),
}


def main(runs: int = 60) -> None:
    boxes = {name: Sandbox(SandboxConfig(**flags)) for name, flags in LAYERS.items()}
    times: dict[str, list[float]] = {"bare python3 -I -S -c pass": []}
    times.update({name: [] for name in boxes})
    try:
        for i in range(runs + 3):
            for name, box in boxes.items():
                box.wait_ready()  # background preparation is not part of the timed run
                start = time.perf_counter()
                result = box.run("python", "pass")
                elapsed = time.perf_counter() - start
                assert result.ok, result
                if i >= 3:
                    times[name].append(elapsed)
            start = time.perf_counter()
            subprocess.run(BARE, env={}, check=True)
            if i >= 3:
                times["bare python3 -I -S -c pass"].append(time.perf_counter() - start)
    finally:
        for box in boxes.values():
            box.close()
    bare = statistics.median(times["bare python3 -I -S -c pass"])
    print(f"| layer | median wall (ms) | ratio to bare | ({runs} runs each)")
    print("|---|---:|---:|")
    for name, values in times.items():
        median = statistics.median(values)
        print(f"| {name} | {median * 1000:.1f} | ×{median / bare:.2f} |")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 60)
