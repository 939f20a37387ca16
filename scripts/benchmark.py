"""Benchmark: how fast the engine answers. Prints figures; asserts nothing.

    python scripts/benchmark.py                 # this checkout
    python scripts/benchmark.py --compare REV   # this checkout and REV, measured in the same run
    python scripts/benchmark.py --compare REV --compile   # REV compiled too (if it can be)
    python scripts/benchmark.py --python        # also this checkout's Python sources (not compiled)
    python scripts/benchmark.py --worst-case    # the costliest file the reader accepts (issue 10)

With --compare, REV is checked out into a temporary git worktree and each measurement runs in a
fresh interpreter for each tree, alternating, so both see the same machine load. Times are the
CPU time of the measuring process (robust to other load on a shared machine). Each figure is the
median of the rounds with its spread (lowest-highest) and the ratio of the first column to this
checkout. A tree runs its compiled engine when scripts/compile.py has compiled it (benefits/
compiled.py); a revision checked out for --compare is compiled only with --compile (and only if
it has scripts/compile.py); the first line says which engine each column ran.

Scenarios: the example `concurrent_part_time` (SSI, SSDI and a job) and the issue's scenario
(NY, SSI and SSDI $600, a 20-hour job at $15, a housing voucher), both 60 months.
"""

from __future__ import annotations

import argparse
import json
import os
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
try:  # benefits/compiled.py: not in revisions before the compiled engine
    from benefits.compiled import ENGINE
except ImportError:
    ENGINE = "python"
print(json.dumps({"engine": ENGINE}))
out = {"cold import + first projection": cold}
out["issue scenario, explained"] = best(lambda: project(issue), rounds)
out["issue scenario, numbers only"] = best(lambda: project(issue, explain=False), rounds)
# A new person every call: nothing from an earlier call (such as the no-work comparison) reused.
out["issue scenario, explained, new person"] = best(
    lambda: project(issue.model_copy(update={"name": f"person {next(fresh)}"})), rounds)
out["example 60 months, explained"] = best(lambda: project(example60), rounds)
out["example 60 months, numbers only"] = best(lambda: project(example60, explain=False), rounds)
out["sweep 41 levels x 36 months"] = best(lambda: sweep(example36, levels), max(2, rounds // 5))
try:  # the screen's cliff chart (benefits/present/cliff.py; not in every older revision)
    from benefits.present.cliff import cliff
    out["cliff chart 41 levels x 36 months"] = best(lambda: cliff(example36), max(2, rounds // 5))
except ImportError:
    pass
print(json.dumps(out))
"""


# Issue 10: any accepted file projects in under 5 s and 300 MB. The costliest file the bounds
# allow: 120 months ending in 2100, 20 jobs paid since 1900 (every frequency), 20 household
# members with income, trial work months listed back to 1900, and every program on (SSI,
# SSDI, a voucher, SNAP, VA, taxes). A sweep projects once per level (at most 400 levels).
WORST = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
from benefits import load_scenario, project
from benefits.rules import default_rules
from benefits.sweep import sweep
from decimal import Decimal
default_rules()
wall, cpu = time.perf_counter(), time.process_time()
scenario = load_scenario(sys.argv[2])
projection = project(scenario)
out = {"read + project, explained (wall s)": time.perf_counter() - wall,
       "read + project, explained (CPU s)": time.process_time() - cpu,
       "steps": sum(len(m.steps) for m in projection.months)}
wall, cpu = time.perf_counter(), time.process_time()
sweep(scenario, [Decimal(h) for h in range(41)])
out["sweep 0:40, 41 levels (wall s)"] = time.perf_counter() - wall
out["sweep 0:40, 41 levels (CPU s)"] = time.process_time() - cpu
out["peak memory (MB)"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps(out))
"""


def worst_case() -> dict[str, object]:
    """The scenario at every bound the reader enforces (benefits/bounds.py)."""
    frequencies = ["weekly", "biweekly", "semimonthly", "monthly"]
    jobs: list[dict[str, object]] = []
    for i in range(20):
        job: dict[str, object] = {
            "name": f"Job {i}",
            "start": f"1900-01-0{1 + i % 5}",
            "first_payday": f"1900-01-0{1 + i % 5}",
            "pay_frequency": frequencies[i % 4],
        }
        if i % 2 == 0:  # the first job is hourly, so that the sweep can change its hours
            job.update(hourly_wage=f"{12 + i}.37", hours_per_week=str(3 + i))
        else:
            job["monthly_gross"] = f"{150 * i + 73}.05"
        if i % 3 == 0:
            job["end"] = f"{2091 + i % 9}-06-30"
        jobs.append(job)
    relationships = ["child", "other_relative", "foster_child", "live_in_aide"]
    household: list[dict[str, object]] = [
        {
            "age": 3 + 4 * i,
            "relationship": "spouse" if i == 0 else relationships[i % 4],
            "disabled": i % 2 == 0,
            "student": i % 3 == 0,
            "earned_income": f"{37 * i}.11",
            "unearned_income": f"{11 * i}.50",
        }
        for i in range(20)
    ]
    return {
        "name": "Worst case accepted: 120 months to 2100, 20 jobs, 20 household members",
        "start": "2090-12",
        "months": 120,
        "state": "CA",
        "person": {"birth_date": "1960-01-01", "blind": True},
        "ssi": {"other_unearned_income": "123.45", "state_supplement": "100.00"},
        "ssdi": {
            "monthly_benefit": "900.00",
            # every month from 1900 to the start (the list's only bound: unique, before start)
            "twp_months_used": [f"{y}-{m:02d}" for y in range(1900, 2091) for m in range(1, 13)][
                :-1
            ],
            "entitlement_month": "2080-01",
            "benefit_by_year": {str(y): "950.00" for y in range(2091, 2101)},
        },
        "jobs": jobs,
        "household": household,
        "work_expenses": {"irwe": "80.00", "bwe": "40.00", "subsidy": "50.00"},
        "housing": {
            "program": "housing_choice_voucher",
            "gross_rent": "2400.00",
            "utility_allowance": "150.00",
            "payment_standard": "2500.00",
            "minimum_rent": "50.00",
            "next_annual_reexam": "2091-04",
            "interim_policy": "all_changes",
        },
        "snap": {},
        "shelter": {"utility_allowance": "500.00"},
        "taxes": {"refund_month": 12},
        "medicaid": {"threshold_1619b": "60000.00", "annual_medicaid_expenses": "90000.00"},
        "va": {"disability_compensation": "500.00", "dependents_portion": "100.00"},
        "resources": "1500.00",
        "medical_expenses": "300.00",
        "child_care_expenses": "400.00",
    }


def measure_worst_case(rounds: int) -> None:
    """Time and peak memory of reading and projecting the worst case, fresh interpreters."""
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "worst_case.json"
        path.write_text(json.dumps(worst_case(), indent=1), encoding="utf-8")
        size = path.stat().st_size
        samples = []
        for _ in range(rounds):
            done = subprocess.run(
                [sys.executable, "-c", WORST, str(ROOT), str(path)],
                capture_output=True,
                text=True,
                check=True,
                cwd=ROOT,
            )
            samples.append(json.loads(done.stdout.strip().splitlines()[-1]))
    print(
        f"worst-case accepted file ({size:,} bytes), median of {rounds} fresh interpreters "
        "(lowest-highest); target < 5 s and 300 MB"
    )
    for key in samples[0]:
        values = [float(s[key]) for s in samples]
        print(f"  {key:36} {statistics.median(values):9.2f} ({min(values):.2f}-{max(values):.2f})")


def measure(tree: Path, rounds: int, python: bool) -> tuple[str, dict[str, float]]:
    """The engine that ran ("compiled" or "python") and each figure, in a fresh interpreter."""
    env = {k: v for k, v in os.environ.items() if k != "BENEFITS_PURE"}
    if python:
        env["BENEFITS_PURE"] = "1"
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, str(tree), str(rounds)],
        capture_output=True,
        text=True,
        check=True,
        cwd=tree,
        env=env,
    )
    lines = done.stdout.strip().splitlines()
    engine = str(json.loads(lines[-2])["engine"])
    return engine, {k: float(v) for k, v in json.loads(lines[-1]).items()}


def summary(samples: list[dict[str, float]]) -> dict[str, tuple[float, float, float]]:
    """Median, lowest and highest of each figure over the rounds (in milliseconds)."""
    found = {}
    for key in samples[0]:
        values = [s[key] * 1000 for s in samples]
        found[key] = (statistics.median(values), min(values), max(values))
    return found


def print_table(samples: dict[str, list[dict[str, float]]], engines: dict[str, str]) -> None:
    """Each figure's median and spread per tree, and the ratio of the first tree to the last."""
    results = {name: summary(found) for name, found in samples.items()}
    names = list(samples)
    print(f"{'engine':42}" + "".join(f"{engines[n]:>26}" for n in names))
    head = f"{'median ms (lowest-highest)':42}" + "".join(f"{n[:24]:>26}" for n in names)
    print(head + (f"{'ratio':>8}" if len(names) >= 2 else ""))
    for key in results[names[-1]]:
        row = f"{key:42}"
        for name in names:
            found = results[name].get(key)  # None: not measured in that revision
            text = "-" if found is None else f"{found[0]:8.2f} ({found[1]:.1f}-{found[2]:.1f})"
            row += f"{text:>26}"
        if len(names) >= 2:
            before = results[names[0]].get(key)
            row += f"{before[0] / results[names[-1]][key][0]:7.1f}x" if before else f"{'-':>8}"
        print(row)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--compare", metavar="REV", help="also measure this git revision")
    parser.add_argument("--rounds", type=int, default=5, help="fresh interpreters per tree")
    parser.add_argument(
        "--python", action="store_true", help="also this checkout's Python sources, not compiled"
    )
    parser.add_argument(
        "--compile", action="store_true", help="compile REV's engine too (scripts/compile.py)"
    )
    parser.add_argument("--repeat", type=int, default=20, help="projections per figure")
    parser.add_argument(
        "--worst-case", action="store_true", help="time and memory of the costliest accepted file"
    )
    args = parser.parse_args()
    if args.worst_case:
        measure_worst_case(args.rounds)
        return
    trees = {"this checkout": (ROOT, False)}
    with tempfile.TemporaryDirectory() as scratch:
        if args.compare:
            other = Path(scratch) / "compare"
            subprocess.run(
                ["git", "-C", str(ROOT), "worktree", "add", "--detach", str(other), args.compare],
                check=True,
                capture_output=True,
            )
            if args.compile and (other / "scripts" / "compile.py").exists():
                subprocess.run(
                    [sys.executable, "scripts/compile.py"], cwd=other, check=True, stdout=sys.stderr
                )
            trees = {args.compare: (other, False), **trees}
        if args.python:
            compared = {k: v for k, v in trees.items() if v[0] != ROOT}
            trees = {**compared, "this, Python": (ROOT, True), "this checkout": (ROOT, False)}
        try:
            samples: dict[str, list[dict[str, float]]] = {name: [] for name in trees}
            engines = {}
            for _ in range(args.rounds):
                for name, (tree, python) in trees.items():  # alternate: all see the same load
                    engines[name], found = measure(tree, args.repeat, python)
                    samples[name].append(found)
        finally:
            if args.compare:
                subprocess.run(
                    ["git", "-C", str(ROOT), "worktree", "remove", "--force", str(other)],
                    check=False,
                    capture_output=True,
                )
    print_table(samples, engines)


if __name__ == "__main__":
    main()
