"""Hidden tests graded per second, two submissions graded in parallel (two slots).

Run as root from the repository root: ``python -m benchmarks.grading_throughput [submissions]``.
"""

import random
import sys
import time
from concurrent.futures import ThreadPoolExecutor

from assessments.grading import TestCase, grade
from assessments.sandbox import Sandbox, SandboxConfig

SOLUTION = """\
import sys
data = sys.stdin.buffer.read().split()
n = int(data[0])
print(sum(map(int, data[1:n + 1])))
"""


def reference_tests() -> list[TestCase]:
    rng = random.Random(42)
    tests = []
    for i, n in enumerate([1, 2, 10, 100, 1_000, 10_000, 50_000, 100_000]):
        numbers = [rng.randint(-(10**9), 10**9) for _ in range(n)]
        stdin = f"{n}\n" + " ".join(map(str, numbers)) + "\n"
        tests.append(TestCase(f"t{i + 1}", stdin, f"{sum(numbers)}\n"))
    return tests


def main(submissions: int = 20, parallel: int = 2) -> None:
    tests = reference_tests()
    with Sandbox(SandboxConfig(slots=parallel)) as box:
        grade("python", SOLUTION, tests[:1], sandbox=box)  # warm-up, availability probe
        start = time.perf_counter()
        with ThreadPoolExecutor(parallel) as pool:
            reports = list(
                pool.map(
                    lambda _: grade("python", SOLUTION, tests, sandbox=box), range(submissions)
                )
            )
        elapsed = time.perf_counter() - start
    assert all(report.score == 1.0 for report in reports), reports[0]
    count = submissions * len(tests)
    print(f"{count} hidden tests ({submissions} submissions × {len(tests)}) with {parallel} slots:")
    print(f"{elapsed:.2f} s, {count / elapsed:.1f} tests/s, {elapsed / count * 1000:.1f} ms/test")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20)
