"""Benchmark: how fast the engine answers. Prints figures; asserts nothing.

    python scripts/benchmark.py                 # this checkout
    python scripts/benchmark.py --compare REV   # this checkout and REV, measured in the same run

With --compare, REV is checked out into a temporary git worktree and each measurement runs in a
fresh interpreter for each tree, alternating, so both see the same machine load. Times are the
CPU time of the measuring process (robust to other load on a shared machine). Each figure is the
median of the rounds with its spread (lowest-highest) and the ratio REV / this checkout.

Scenarios: the example `concurrent_part_time` (SSI, SSDI and a job) and the issue's scenario
(NY, SSI and SSDI $600, a 20-hour job at $15, a housing voucher), both 60 months.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Runs inside a fresh interpreter with the tree to measure first on sys.path; prints JSON.
MEASURE = r"""
import json, sys, time
sys.path.insert(0, sys.argv[1])
started = time.perf_counter()
from decimal import Decimal
from benefits import Scenario, load_scenario, project
from benefits.sweep import sweep
tree, rounds = sys.argv[1], int(sys.argv[2])
example = load_scenario(f"{tree}/benefits/examples/concurrent_part_time.yaml")
project(example)
cold = time.perf_counter() - started
issue = Scenario.model_validate({
    "name": "Issue 9: NY, SSI and SSDI $600, 20 hours at $15, a voucher",
    "start": "2027-01", "months": 60, "state": "NY",
    "person": {"birth_date": "1990-05-01"},
    "ssi": {}, "ssdi": {"monthly_benefit": "600.00"},
    "jobs": [{"start": "2027-01-04", "hourly_wage": "15.00", "hours_per_week": "20",
              "pay_frequency": "biweekly", "first_payday": "2027-01-15"}],
    "housing": {"program": "housing_choice_voucher", "gross_rent": "1500.00",
                "payment_standard": "1600.00", "utility_allowance": "100.00",
                "next_annual_reexam": "2027-06"},
})
example60 = example.model_copy(update={"months": 60})
example36 = example.model_copy(update={"months": 36})
levels = [Decimal(h) for h in range(41)]
def best(fn, n):
    # CPU time of this process: on a shared machine it measures the engine's work, not the
    # other processes' (wall time on a quiet machine is about the same).
    times = []
    for _ in range(n):
        t = time.process_time(); fn(); times.append(time.process_time() - t)
    return statistics.median(times)
fresh = iter(range(10**9))
import statistics
out = {"cold import + first projection": cold}
out["issue scenario, explained"] = best(lambda: project(issue), rounds)
out["issue scenario, numbers only"] = best(lambda: project(issue, explain=False), rounds)
# A new person every call: nothing from an earlier call (such as the no-work comparison) reused.
out["issue scenario, explained, new person"] = best(
    lambda: project(issue.model_copy(update={"name": f"person {next(fresh)}"})), rounds)
out["example 60 months, explained"] = best(lambda: project(example60), rounds)
out["example 60 months, numbers only"] = best(lambda: project(example60, explain=False), rounds)
out["sweep 41 levels x 36 months"] = best(lambda: sweep(example36, levels), max(2, rounds // 5))
print(json.dumps(out))
"""


def measure(tree: Path, rounds: int) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, str(tree), str(rounds)],
        capture_output=True,
        text=True,
        check=True,
        cwd=tree,
    )
    return {k: float(v) for k, v in json.loads(done.stdout.strip().splitlines()[-1]).items()}


def summary(samples: list[dict[str, float]]) -> dict[str, tuple[float, float, float]]:
    """Median, lowest and highest of each figure over the rounds (in milliseconds)."""
    found = {}
    for key in samples[0]:
        values = [s[key] * 1000 for s in samples]
        found[key] = (statistics.median(values), min(values), max(values))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--compare", metavar="REV", help="also measure this git revision")
    parser.add_argument("--rounds", type=int, default=5, help="fresh interpreters per tree")
    parser.add_argument("--repeat", type=int, default=20, help="projections per figure")
    args = parser.parse_args()
    trees = {"this checkout": ROOT}
    with tempfile.TemporaryDirectory() as scratch:
        if args.compare:
            other = Path(scratch) / "compare"
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "add", "--detach", str(other), args.compare],
                check=True,
                capture_output=True,
            )
            trees = {args.compare: other, "this checkout": ROOT}
        try:
            samples: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
            for _ in range(args.rounds):
                for name, tree in trees.items():  # alternate, so both see the same load
                    samples[name].append(measure(tree, args.repeat))
        finally:
            if args.compare:
                subprocess.run(
                    ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(other)],
                    check=False,
                    capture_output=True,
                )
    results = {name: summary(found) for name, found in samples.items()}
    names = list(trees)
    head = f"{'median ms (lowest-highest)':42}" + "".join(f"{n[:24]:>26}" for n in names)
    print(head + (f"{'ratio':>8}" if len(names) == 2 else ""))
    for key in results[names[0]]:
        row = f"{key:42}"
        for name in names:
            med, low, high = results[name][key]
            row += f"{f'{med:8.2f} ({low:.1f}-{high:.1f})':>26}"
        if len(names) == 2:
            row += f"{results[names[0]][key][0] / results[names[1]][key][0]:7.1f}x"
        print(row)


if __name__ == "__main__":
    main()
