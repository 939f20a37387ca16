"""Benchmark: how fast the engine answers. Prints figures; asserts nothing.

    python scripts/benchmark.py

Targets on a 2-core machine: cold import + first projection under 1.5 s, one 60-month
projection under 5 ms, a 0-40 hours sweep over 36 months under 100 ms.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

EXAMPLE = (
    Path(__file__).resolve().parent.parent / "benefits" / "examples" / "concurrent_part_time.yaml"
)

COLD = f"""
import time
t = time.perf_counter()
from benefits import load_scenario, project
project(load_scenario({str(EXAMPLE)!r}))
print(time.perf_counter() - t)
"""


def best_of(runs: int, fn) -> tuple[float, float]:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times)


def main() -> None:
    cold = [
        float(
            subprocess.run(
                [sys.executable, "-c", COLD], capture_output=True, text=True, check=True
            ).stdout
        )
        for _ in range(3)
    ]
    print(
        f"cold import + first projection: {min(cold) * 1000:7.1f} ms (best of 3; "
        f"median {statistics.median(cold) * 1000:.1f} ms)   target < 1500 ms"
    )

    from benefits import load_scenario, project
    from benefits.sweep import sweep

    scenario = load_scenario(EXAMPLE).model_copy(update={"months": 60})
    project(scenario)
    best, median = best_of(50, lambda: project(scenario))
    print(
        f"one 60-month projection, explained: {best * 1000:7.2f} ms (median "
        f"{median * 1000:.2f} ms)   target < 5 ms"
    )
    best, median = best_of(50, lambda: project(scenario, explain=False))
    print(
        f"one 60-month projection, numbers only: {best * 1000:5.2f} ms (median "
        f"{median * 1000:.2f} ms)"
    )

    scenario36 = scenario.model_copy(update={"months": 36})
    levels = [Decimal(h) for h in range(41)]
    best, median = best_of(10, lambda: sweep(scenario36, levels))
    print(
        f"sweep 0-40 hours (41 projections x 36 months): {best * 1000:6.1f} ms (median "
        f"{median * 1000:.1f} ms)   target < 100 ms"
    )


if __name__ == "__main__":
    main()
