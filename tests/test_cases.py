"""Official and worked examples as data: tests/cases/<program>/*.yaml, compared exactly.

Each case gives a scenario, expected values by month (dotted paths into the month's result,
compared as exact Decimals for money), and citations that must appear in that month's steps.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from benefits import Scenario, project
from benefits.months import Month
from benefits.yamlio import load_yaml

CASES = Path(__file__).parent / "cases"


def _load() -> list[Any]:
    found = []
    for path in sorted(CASES.rglob("*.yaml")):
        for case in load_yaml(path.read_text(encoding="utf-8")):
            found.append(pytest.param(case, id=f"{path.parent.name}/{path.stem}: {case['name']}"))
    return found


def _get(obj: Any, path: str) -> Any:
    """A dotted path into a month; a number is a list index (`reports.0.to`)."""
    for part in path.split("."):
        if part.isdigit():
            assert int(part) < len(obj), f"{path}: the list has only {len(obj)} item(s): {obj}"
            obj = obj[int(part)]
        else:
            obj = getattr(obj, part)
    return obj


def _same(actual: Any, expected: Any) -> bool:
    if isinstance(actual, Decimal):
        return actual == Decimal(str(expected))
    if isinstance(actual, (Month, date)):
        return str(actual) == str(expected)
    return bool(actual == expected)


@pytest.mark.parametrize("case", _load())
def test_case(case: dict[str, Any]) -> None:
    assert case.get("source"), "every case cites its source"
    scenario = Scenario.model_validate(case["scenario"])
    projection = project(scenario)
    by_month = {str(m.month): m for m in projection.months}
    for month, expected in case["expect"].items():
        result = by_month[str(month)]
        for path, value in expected.items():
            actual = _get(result, path)
            assert _same(actual, value), (
                f"{month} {path}: expected {value}, got {actual}\n{result.explain()}"
            )
    for month, cites in case.get("expect_cites", {}).items():
        text = " ".join(s.cite for s in by_month[str(month)].steps)
        for cite in cites:
            assert cite in text, f"{month}: citation {cite!r} not in steps: {text}"
