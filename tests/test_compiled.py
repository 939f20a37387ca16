"""The compiled engine (scripts/compile.py) gives exactly what the Python sources give.

Under CI the compiled engine must be the one running, so that the whole suite tests what the
app runs; this file then projects every worked example and built-in example both ways and
compares the JSON byte for byte.
"""

from __future__ import annotations

import copy
import hashlib
import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from benefits import compiled

ROOT = Path(__file__).resolve().parent.parent

# Every case and example, explained and numbers only, and the sweep: one digest.
DIGEST = r"""
import hashlib, sys
from decimal import Decimal
from pathlib import Path
from benefits import Scenario, load_scenario, project
from benefits.sweep import sweep
from benefits.yamlio import load_yaml
root = Path(sys.argv[1])
scenarios = [Scenario.model_validate(case["scenario"])
             for path in sorted((root / "tests" / "cases").rglob("*.yaml"))
             for case in load_yaml(path.read_text(encoding="utf-8"))]
scenarios += [load_scenario(p) for p in sorted((root / "benefits" / "examples").glob("*.yaml"))]
digest = hashlib.sha256()
for s in scenarios:
    digest.update(project(s).model_dump_json().encode())
    digest.update(project(s, explain=False).model_dump_json().encode())
    if s.jobs and s.jobs[0].hours_per_week is not None:
        for row in sweep(s, [Decimal(h) for h in range(0, 41, 8)]):
            digest.update(row.model_dump_json().encode())
print(len(scenarios), digest.hexdigest())
"""


def _digest(pure: bool) -> str:
    env = {k: v for k, v in os.environ.items() if k != "BENEFITS_PURE"}
    if pure:
        env["BENEFITS_PURE"] = "1"
    done = subprocess.run(
        [sys.executable, "-c", DIGEST, str(ROOT)],
        capture_output=True, text=True, check=True, cwd=ROOT, env=env,
    )  # fmt: skip
    return done.stdout.strip()


def test_ci_runs_the_compiled_engine() -> None:
    if not os.environ.get("CI") or os.environ.get("BENEFITS_PURE") == "1":
        pytest.skip("the compiled engine is required under CI (scripts/test.sh compiles it)")
    assert compiled.ENGINE == "compiled", compiled.WHY


def test_compiled_engine_gives_what_the_sources_give() -> None:
    if compiled.ENGINE != "compiled":
        if os.environ.get("CI") and os.environ.get("BENEFITS_PURE") != "1":
            pytest.fail(f"CI runs the compiled engine, but the sources run: {compiled.WHY}")
        pytest.skip(f"nothing compiled to compare: {compiled.WHY}")
    assert _digest(pure=False) == _digest(pure=True)


def test_an_edited_source_runs_from_source(tmp_path: Path) -> None:
    """A compiled module whose source changed would hide the edit: every module runs from
    its source instead (benefits/compiled.py), with a warning."""
    built = {"benefits.money": hashlib.sha256(b"an older source").hexdigest()}
    assert compiled.stale(built) == "benefits/money.py changed since it was compiled"
    assert compiled.stale({}) == ""


def test_values_copy_and_pickle_as_they_do_uncompiled() -> None:
    """Streamlit copies widget values and a caller may pickle a projection: a compiled frozen
    class must be made anew from its fields (Month, the rule book's records)."""
    from benefits import default_rules, load_scenario, project
    from benefits.months import Month

    scenario = load_scenario(ROOT / "benefits" / "examples" / "concurrent_part_time.yaml")
    rules = default_rules()
    some_rule = next(iter(rules.rules.values()))
    for value in (Month(2027, 3), scenario, project(scenario), some_rule, some_rule.values[0]):
        assert copy.copy(value) == value
        assert copy.deepcopy(value) == value
        assert pickle.loads(pickle.dumps(value)) == value
    assert copy.deepcopy(rules).rules == rules.rules
    assert (
        copy.deepcopy(rules.at("ssa.ssi.federal_benefit_rate.individual", Month(2027, 1)))
        is not None
    )


def test_models_made_in_c_are_the_models_made_in_python() -> None:
    """benefits/_models.c makes the same output model as construct.made_in_python: the same
    fields, fields-set, pydantic slots, equality and JSON (the compiled engine uses it)."""
    from benefits import construct
    from benefits.months import Month
    from benefits.results import Milestone

    if construct._IN_C is None:
        if os.environ.get("CI") and os.environ.get("BENEFITS_PURE") != "1":
            pytest.fail("CI compiles benefits/_models.c with the engine, but it is not used")
        pytest.skip("benefits/_models.c is not compiled")
    values: dict[str, object] = {"month": Month(2027, 3), "kind": "k", "text": "t", "number": 2}
    fields = frozenset(Milestone.model_fields)
    in_c = construct._IN_C(Milestone, dict(values), fields)
    in_python = construct.made_in_python(Milestone, dict(values), fields)
    assert type(in_c) is Milestone
    assert in_c == in_python and in_c.__dict__ == in_python.__dict__
    assert in_c.model_fields_set == in_python.model_fields_set == fields
    assert in_c.__pydantic_extra__ is None and in_c.__pydantic_private__ is None
    assert in_c.model_dump_json() == in_python.model_dump_json()
    assert construct.replaced(in_c, text="u") == construct.made_in_python(
        Milestone, {**values, "text": "u"}, fields
    )
    with pytest.raises(TypeError):
        construct._IN_C(Milestone, [], fields)
