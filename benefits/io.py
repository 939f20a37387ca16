"""Read and write scenario files (YAML or JSON), and turn validation errors into plain advice.

A scenario saved and loaded again is identical: money is written as decimal strings, and read
from its text, never through a binary float.
"""

from __future__ import annotations

import difflib
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from .scenario import Scenario
from .yamlio import DuplicateKeyError, load_yaml


class ScenarioError(ValueError):
    """A scenario file that cannot be used; `problems` has one message per problem."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


def _location(loc: tuple[int | str, ...]) -> str:
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        elif part in ("function-after[_consistent()]",) or "[" in str(part):
            continue
        else:
            text += ("." if text else "") + str(part)
    return text or "(top level)"


_FIXES: dict[str, str] = {
    "decimal_max_places": "enter dollars and cents, e.g. 12.50",
    "extra_forbidden": "this key is not part of the scenario format; remove it or check the "
    "spelling (run `benefits schema` for the list of keys)",
    "missing": "this field is required",
    "date_from_datetime_parsing": "write the date as YYYY-MM-DD, e.g. 2026-03-02",
    "date_parsing": "write the date as YYYY-MM-DD, e.g. 2026-03-02",
    "date_type": "write the date as YYYY-MM-DD, e.g. 2026-03-02",
    "literal_error": "",
    "decimal_parsing": "enter a number, e.g. 15.00",
    "int_parsing": "enter a whole number",
    "bool_parsing": "write true or false",
    "model_type": "this must be a section of keys and values",
}


def explain_errors(error: ValidationError) -> list[str]:
    """One message per problem: `jobs[0].hours_per_week: must be ... - fix`."""
    problems = []
    for item in error.errors(include_url=False):
        where = _location(item["loc"])
        kind = item["type"]
        message = str(item["msg"])
        ctx = item.get("ctx") or {}
        if kind == "value_error":
            message = message.removeprefix("Value error, ")
        elif kind in ("greater_than_equal", "less_than_equal") or kind.startswith("too_"):
            message = _range_message(where, kind, ctx, message)
        elif kind == "extra_forbidden":
            message = f"unknown key — {_FIXES[kind]}"
            guess = difflib.get_close_matches(str(item["loc"][-1]), _known_keys(), n=1)
            if guess:
                message = f"unknown key — did you mean '{guess[0]}'? Otherwise remove it"
        elif kind == "decimal_max_places":
            message = f"at most {ctx.get('decimal_places')} decimal places — {_FIXES[kind]}"
        elif kind in _FIXES and _FIXES[kind]:
            message = f"{message.rstrip('.')} — {_FIXES[kind]}"
        if kind == "missing":
            message = "missing — this field is required"
        problems.append(f"{where}: {message}")
    return problems


def _known_keys() -> list[str]:
    names: set[str] = set()
    models: tuple[type[BaseModel], ...] = (Scenario, *_submodels())
    for model in models:
        names.update(model.model_fields)
    return sorted(names)


def _submodels() -> tuple[type[BaseModel], ...]:
    from .scenario import (
        SSDI,
        SSI,
        EarnedIncomeDisallowance,
        HouseholdMember,
        Housing,
        Job,
        Medicaid,
        Medicare,
        Person,
        Shelter,
        Snap,
        Taxes,
        WorkExpenses,
    )

    return (
        Person,
        SSI,
        SSDI,
        Job,
        WorkExpenses,
        Housing,
        HouseholdMember,
        Medicaid,
        Medicare,
        EarnedIncomeDisallowance,
        Snap,
        Shelter,
        Taxes,
    )


def _range_message(where: str, kind: str, ctx: dict[str, Any], fallback: str) -> str:
    bounds = {
        "hours_per_week": ("0", "168"),
        "months": ("1", "120"),
    }
    for name, (low, high) in bounds.items():
        if where.endswith(name):
            return f"must be between {low} and {high}"
    if kind == "greater_than_equal":
        return f"must be {ctx.get('ge')} or more (amounts cannot be negative)"
    if kind == "less_than_equal":
        return f"must be at most {ctx.get('le')}"
    return fallback


def parse_scenario_text(text: str, name: str = "scenario") -> Scenario:
    """Validate YAML or JSON text as a scenario, or raise ScenarioError with every problem."""
    if not text.strip():
        raise ScenarioError(
            [
                f"{name}: the file is empty — write a scenario (see `benefits "
                "schema` or the examples folder)"
            ]
        )
    try:
        if text.lstrip().startswith("{"):
            data = json.loads(text, parse_float=Decimal)
        else:
            data = load_yaml(text)
    except json.JSONDecodeError as exc:
        raise ScenarioError(
            [f"{name}: not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"]
        ) from None
    except DuplicateKeyError as exc:
        raise ScenarioError([f"{name}: {exc}"]) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise ScenarioError(
            [f"{name}: not valid YAML or JSON{where} — check the indentation and the colons"]
        ) from None
    if not isinstance(data, dict):
        raise ScenarioError(
            [
                f"{name}: a scenario must be a set of keys and values (name, start, "
                "months, state, person, ...), not a single value or a list"
            ]
        )
    try:
        return Scenario.model_validate(data)
    except ValidationError as exc:
        raise ScenarioError(explain_errors(exc)) from None


def load_scenario(path: str | Path) -> Scenario:
    """Read a scenario from a .yaml, .yml or .json file."""
    file = Path(path)
    try:
        raw = file.read_bytes()
    except OSError as exc:
        raise ScenarioError([f"{path}: cannot read the file ({exc.strerror})"]) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise ScenarioError(
            [f"{path}: not a text file — a scenario is YAML or JSON text"]
        ) from None
    return parse_scenario_text(text, str(path))


def scenario_json(scenario: Scenario) -> str:
    """The scenario as JSON, without defaults that were never set (a faithful save)."""
    return scenario.model_dump_json(indent=2, exclude_none=True)


def scenario_yaml(scenario: Scenario) -> str:
    data = json.loads(scenario.model_dump_json(exclude_none=True))
    return yaml.safe_dump(data, sort_keys=False, allow_unicode=True)


def save_scenario(scenario: Scenario, path: str | Path) -> None:
    """Write JSON or YAML by the file's suffix."""
    file = Path(path)
    text = scenario_yaml(scenario) if file.suffix in (".yaml", ".yml") else scenario_json(scenario)
    file.write_text(text, encoding="utf-8")
