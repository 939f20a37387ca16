"""Fuzz: random scenario documents, valid and broken, written as YAML and as JSON text.

Whatever the document, reading it (the API's `read_scenario`, the app's `read_upload`) and
projecting what was accepted raises nothing but ScenarioError, with short messages; every
accepted file projects (or is refused as a ScenarioError naming a field), and its money has two
decimal places, never "-0.00".
"""

from __future__ import annotations

import contextlib
import json
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benefits import project
from benefits.errors import ScenarioError
from benefits.io import read_scenario
from benefits.present.files import read_upload

from .strategies import housing_data, scenario_data


@dataclass(frozen=True)
class Raw:
    """Text written into the document as it is (unquoted): what a person might type."""

    text: str


HOSTILE: list[Any] = [
    Raw(".inf"),
    Raw("-.Inf"),
    Raw(".nan"),
    Raw("1:30"),
    Raw("1:30.5"),
    Raw("012"),
    Raw("0x18"),
    Raw("0o17"),
    Raw("-0.00"),
    Raw("1e308"),
    Raw("-1e-308"),
    Raw("9" * 5000),
    Raw("yes"),
    Raw("~"),
    Raw("2026-02-30"),
    Raw("1899-12-31"),
    Raw("2200-12"),
    Raw("0"),
    Raw("-5"),
    Raw("true"),
    "",
    "x" * 3000,
    "2026-13",
    "NaN",
    "[link](http://example.invalid) ![img](http://example.invalid/a.png)",
    "<script>alert(1)</script>",
    None,
    True,
    [],
    {},
    [[[[[[]]]]]],
    {"nested": {"deeper": [1, 2, {"x": None}]}},
    10**40,
    Decimal("1000000.01"),
    Decimal("0.001"),
]


def _leaf_paths(data: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(data, dict):
        for key, value in data.items():
            found += _leaf_paths(value, (*path, key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            found += _leaf_paths(value, (*path, i))
    return found


def _set(data: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    head, rest = path[0], path[1:]
    copy = dict(data) if isinstance(data, dict) else list(data)
    copy[head] = _set(data[head], rest, value)
    return copy


def _delete(data: Any, path: tuple[Any, ...]) -> Any:
    if len(path) == 1:
        copy = dict(data) if isinstance(data, dict) else list(data)
        del copy[path[0]]
        return copy
    return _set(data, path[:1], _delete(data[path[0]], path[1:]))


@st.composite
def documents(draw: Any) -> Any:
    """A valid scenario's data with 0 to 3 changes: a hostile value, a deletion, a new key."""
    data: Any = draw(st.one_of(scenario_data(max_jobs=3), housing_data()))
    for _ in range(draw(st.integers(0, 3))):
        paths = _leaf_paths(data)
        path = draw(st.sampled_from(paths))
        action = draw(st.sampled_from(["replace", "replace", "delete", "add"]))
        if action == "replace":
            data = _set(data, path, draw(st.sampled_from(HOSTILE)))
        elif action == "delete" and path:
            data = _delete(data, path)
        elif action == "add" and isinstance(data, dict):
            data = {**data, draw(st.sampled_from(["colour", "jobz", "months2"])): 1}
    return data


def _scalar(value: Any, *, json_text: bool) -> str:
    if isinstance(value, Raw):
        return value.text
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, Decimal)):
        return str(value)
    if isinstance(value, date):
        return f'"{value.isoformat()}"' if json_text else value.isoformat()
    return json.dumps(value)


def as_yaml(data: Any, indent: int = 0) -> str:
    """Block-style YAML (strings double-quoted, Raw text unquoted)."""
    pad = " " * indent
    if isinstance(data, dict) and data:
        lines = []
        for key, value in data.items():
            if isinstance(value, (dict, list)) and value:
                lines.append(f"{pad}{key}:\n{as_yaml(value, indent + 2)}")
            else:
                lines.append(f"{pad}{key}: {as_yaml(value)}".rstrip())
        return "\n".join(lines)
    if isinstance(data, list) and data:
        return "\n".join(f"{pad}-\n{as_yaml(item, indent + 2)}" for item in data)
    if isinstance(data, (dict, list)):
        return pad + ("{}" if isinstance(data, dict) else "[]")
    return pad + _scalar(data, json_text=False)


def as_json(data: Any) -> str:
    if isinstance(data, dict):
        return "{" + ", ".join(f"{json.dumps(str(k))}: {as_json(v)}" for k, v in data.items()) + "}"
    if isinstance(data, list):
        return "[" + ", ".join(as_json(v) for v in data) + "]"
    return _scalar(data, json_text=True)


def _check(text: str) -> None:
    try:
        scenario = read_scenario(text, "fuzz")
    except ScenarioError as exc:
        assert exc.fields and len(str(exc)) < 5000
        for field, message in exc.fields:
            assert isinstance(field, str) and message
        return
    try:
        projection = project(scenario)
    except ScenarioError as exc:  # well formed, but reaching back before the rules begin
        assert {f for f, _ in exc.fields} <= {"start", "taxes.refund_month"}, exc.fields
        return
    assert len(projection.months) == scenario.months
    assert '"-0.00"' not in projection.model_dump_json()
    for month in projection.months:
        for step in month.steps:
            assert step.amount is None or step.amount.as_tuple().exponent == -2, step


FUZZ = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FUZZ
@given(documents())
def test_yaml_documents_raise_only_scenario_error(data: Any) -> None:
    text = as_yaml(data) + "\n"
    _check(text)
    with contextlib.suppress(ScenarioError):
        read_upload(text.encode("utf-8"), "fuzz.yaml")


@FUZZ
@given(documents())
def test_json_documents_raise_only_scenario_error(data: Any) -> None:
    text = as_json(data)
    _check(text)
    with contextlib.suppress(ScenarioError):
        read_upload(text.encode("utf-8"), "fuzz.json")


@settings(max_examples=100, deadline=None)
@given(st.one_of(st.binary(max_size=300), st.text(max_size=300).map(str.encode)))
def test_random_bytes_raise_only_scenario_error(data: bytes) -> None:
    for read in (read_scenario, read_upload):
        with contextlib.suppress(ScenarioError):
            read(data, "noise")
