"""Every output model built without validation gets every one of its fields."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from benefits import results

PACKAGE = Path(__file__).resolve().parent.parent / "benefits"


def test_every_build_call_gives_every_field() -> None:
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "build":
                model = getattr(results, node.args[0].id)  # type: ignore[attr-defined]
                given = {k.arg for k in node.keywords}
                assert given == set(model.model_fields), (
                    f"{path.name}:{node.lineno} build({model.__name__}): "
                    f"missing {set(model.model_fields) - given}, "
                    f"unknown {given - set(model.model_fields)}"
                )


def test_every_step_has_every_field_and_validates() -> None:
    # The explainer builds its steps from a dict without validation (results.made).
    from benefits import load_scenario, project
    from benefits.results import Step

    example = PACKAGE / "examples" / "concurrent_part_time.yaml"
    steps = [s for m in project(load_scenario(example)).months for s in m.steps]
    assert steps
    for step in steps:
        assert list(step.__dict__) == list(Step.model_fields)
        assert Step.model_validate(step.model_dump()) == step


@pytest.mark.python_sources  # replaces explain.once in the engine (tests/conftest.py)
def test_steps_given_again_equal_steps_figured_again(monkeypatch: pytest.MonkeyPatch) -> None:
    # `explain.once` gives a figure's steps again in a later month with the same inputs; the
    # projection must be the one figured afresh every month (a carried-forward year included).
    from benefits import explain, incomes, load_scenario, project
    from benefits.table import payroll_tax, ssdi, ssi_status

    example = load_scenario(PACKAGE / "examples" / "concurrent_part_time.yaml")
    scenario = example.model_copy(update={"months": 48})
    kept = project(scenario).model_dump_json()
    for module in (payroll_tax, ssdi, ssi_status, incomes):
        assert module.once is explain.once
        monkeypatch.setattr(module, "once", lambda memo, key, ex, figure: figure(ex))
    assert project(scenario).model_dump_json() == kept
