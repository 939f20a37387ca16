"""One vocabulary: every code the engine can produce has a short and a long wording."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from benefits import Scenario, load_scenario, project
from benefits.report import explain_month, month_table
from benefits.results import MonthResult
from benefits.vocabulary import VOCABULARY
from benefits.yamlio import load_yaml

ROOT = Path(__file__).resolve().parent.parent
CODED = [field for field in VOCABULARY if field != "milestone.kind"]


def _described_codes(field: str) -> set[str]:
    """The codes the output model's description lists, e.g. 'none | eligible | 1619a'."""
    program, name = field.split(".")
    model = MonthResult.model_fields[program].annotation
    description = model.model_fields[name].description or ""  # type: ignore[union-attr]
    head = description.split(":")[0]
    return {code.strip() for code in head.split("|") if code.strip()}


@pytest.mark.parametrize("field", CODED)
def test_every_described_code_has_wording(field: str) -> None:
    codes = _described_codes(field)
    assert codes, f"{field}: the output model lists no codes"
    missing = codes - set(VOCABULARY[field])
    assert not missing, f"{field}: no wording for {missing}"


def _milestone_kinds() -> set[str]:
    """Milestone kinds in the code: milestone(month, "kind", ...) and SSDI's ("kind", text, n)."""
    kinds = set()
    for path in (ROOT / "benefits").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "milestone":
                kind = next((k.value for k in node.keywords if k.arg == "kind"), None)
                if kind is None and len(node.args) > 1:
                    kind = node.args[1]
                if isinstance(kind, ast.Constant):
                    kinds.add(kind.value)
        text = path.read_text()
        kinds |= set(re.findall(r'events\.append\(\(\s*"([a-z0-9_]+)"', text))
        kinds |= set(re.findall(r'return \(\s*"(cliff)"', text))
    return kinds


def test_every_milestone_kind_has_wording() -> None:
    kinds = _milestone_kinds()
    assert {"twp", "ssi_zero", "rent_change", "eitc", "cliff"} <= kinds
    missing = kinds - set(VOCABULARY["milestone.kind"])
    assert not missing, f"no wording for milestone kinds {missing}"


def _projections() -> list[tuple[str, object]]:
    found = []
    for path in sorted((ROOT / "benefits" / "examples").glob("*.yaml")):
        found.append((path.stem, project(load_scenario(path))))
    for path in sorted((ROOT / "tests" / "cases").rglob("*.yaml")):
        for case in load_yaml(path.read_text()):
            found.append((case["name"], project(Scenario.model_validate(case["scenario"]))))
    return found


def test_every_code_produced_has_wording_and_none_is_shown() -> None:
    internal = re.compile(
        r"\b(1619b_candidate|ssp_only|zero_unearned_income|ineligible_earnings|"
        r"excess_resources|suspended_sga|epe_paid|paid_after_epe|trial_work|"
        r"1619b_threshold_unknown|ssi_criteria|ssi_209b|buy_in|pre_hotma)\b"
    )
    for name, p in _projections():
        for m in p.months:  # type: ignore[attr-defined]
            for field in CODED:
                program, attr = field.split(".")
                code = getattr(getattr(m, program), attr)
                assert code in VOCABULARY[field], f"{name}: {field} {code!r} has no wording"
        for ms in p.milestones:  # type: ignore[attr-defined]
            assert ms.kind in VOCABULARY["milestone.kind"], f"{name}: milestone {ms.kind}"
            assert not internal.search(ms.text), f"{name}: milestone text {ms.text!r}"
        table = month_table(p)  # type: ignore[arg-type]
        assert not internal.search(table), f"{name}: the CLI table shows a code"
        first = p.months[0].month  # type: ignore[attr-defined]
        head = explain_month(p, first).split("\n")[1]  # type: ignore[arg-type]
        assert not internal.search(head), f"{name}: explain's summary shows a code: {head}"


def test_wordings_are_plain() -> None:
    for field, words in VOCABULARY.items():
        for code, wording in words.items():
            assert wording.long.endswith("."), (field, code)
            assert "_" not in wording.short + wording.long, (field, code)
