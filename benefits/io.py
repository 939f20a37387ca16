"""Read and write scenario files (YAML or JSON), and turn validation errors into plain advice.

A scenario saved and loaded again is identical: money is written as decimal strings, and read
from its text, never through a binary float.
"""

from __future__ import annotations

import difflib
import json
import os
import re
import stat
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from .bounds import FIRST_YEAR, LAST_YEAR, MAX_HOURLY, MAX_MONTHLY, MAX_YEARLY
from .errors import MAX_PROBLEMS, ScenarioError
from .scenario import Scenario
from .yamlio import (
    MAX_BYTES,
    MAX_DEPTH,
    DocumentError,
    DuplicateKeyError,
    ambiguous_values,
    load_scenario_json,
    load_scenario_yaml,
)

__all__ = ["ScenarioError", "load_scenario", "read_scenario", "read_scenarios", "save_scenario"]

MAX_SCENARIOS = 4  # the app compares up to four scenarios side by side


def _location(loc: tuple[int | str, ...]) -> str:
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
        elif part in ("function-after[_consistent()]",) or "[" in str(part):
            continue
        else:
            text += ("." if text else "") + str(part)[:40]
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
    return [f"{where}: {message}" for where, message in field_problems(error)]


def field_problems(error: ValidationError | ScenarioError) -> list[tuple[str, str]]:
    """(field path, message) per problem, e.g. ("jobs[0].hours_per_week", "must be ...")."""
    if isinstance(error, ScenarioError):
        return list(error.fields)
    problems = []
    items = error.errors(include_url=False)
    for item in items[:MAX_PROBLEMS]:
        where = _location(item["loc"])
        kind = item["type"]
        message = str(item["msg"])
        ctx = item.get("ctx") or {}
        if kind == "value_error":
            where, message = _inner_field(where, message.removeprefix("Value error, "))
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
        problems.append((where, message))
    if len(items) > MAX_PROBLEMS:
        problems.append(("", f"... and {len(items) - MAX_PROBLEMS} more problems"))
    return problems


def _inner_field(where: str, message: str) -> tuple[str, str]:
    """A check on a whole section names the field it is about ("months: ..."): use that path."""
    head, sep, tail = message.partition(": ")
    if not sep or not re.fullmatch(r"[a-z_][\w.\[\]]*", head):
        return where, message
    if where == "(top level)" or head.startswith(f"{where}."):
        return head, tail
    return where, message


@cache
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


_UPPER = {
    MAX_MONTHLY: f"at most ${MAX_MONTHLY:,} (money is per month) — check the amount",
    MAX_YEARLY: f"at most ${MAX_YEARLY:,} — check the amount",
    MAX_HOURLY: f"at most ${MAX_HOURLY:,} an hour — check the wage",
    LAST_YEAR: f"a year from {FIRST_YEAR} to {LAST_YEAR}",
}


def _range_message(where: str, kind: str, ctx: dict[str, Any], fallback: str) -> str:
    bounds = {
        "hours_per_week": ("0", "168"),
        "months": ("1", "120"),
    }
    for name, (low, high) in bounds.items():
        if where.endswith(name):
            return f"must be between {low} and {high}"
    if kind == "greater_than_equal" and ctx.get("ge") == FIRST_YEAR:
        return _UPPER[LAST_YEAR]
    if kind == "greater_than_equal":
        return f"must be {ctx.get('ge')} or more (amounts cannot be negative)"
    if kind == "less_than_equal":
        upper = ctx.get("le")
        known = _UPPER.get(int(upper)) if isinstance(upper, (int, Decimal)) else None
        return "must be " + (known or f"at most {upper}")
    if kind == "too_long":
        most = ctx.get("max_length")
        return f"at most {most} entries, this has {ctx.get('actual_length')}; remove some"
    return fallback


def read_scenario(data: str | bytes, name: str = "scenario") -> Scenario:
    """Read YAML or JSON text (or UTF-8 bytes) as a scenario, or raise ScenarioError.

    The one reader for the command line, the Python API and the app: every problem is a
    (field path, message) pair in the error's `fields`.
    """
    document = _document(data, name)
    if isinstance(document, list) and document and all(isinstance(d, dict) for d in document):
        if len(document) == 1:  # the app's file of all scenarios, holding one
            return scenario_from_data(document[0], name)
        raise ScenarioError(
            [
                (
                    "",
                    f"{name}: a list of {len(document)} scenarios (the app's file of all "
                    "scenarios); this reads one scenario: `benefits project` and `validate` "
                    "read the whole list, or save a single scenario from the app",
                )
            ]
        )
    return scenario_from_data(document, name)


parse_scenario_text = read_scenario  # the older name, kept for callers


def read_scenarios(
    data: str | bytes, name: str = "file", most: int = MAX_SCENARIOS
) -> list[Scenario]:
    """A scenario file, or a JSON list of scenario files (the app's "save all"), at most `most`."""
    document = _document(data, name)
    if not isinstance(document, list):
        return [scenario_from_data(document, name)]
    if not document:
        raise ScenarioError([(name, "the list of scenarios is empty")])
    if len(document) > most:
        raise ScenarioError([(name, f"{len(document)} scenarios; a file holds at most {most}")])
    scenarios, problems = [], []
    for i, item in enumerate(document):
        try:
            scenarios.append(scenario_from_data(item, f"{name} scenario {i + 1}"))
        except ScenarioError as exc:
            problems += [(f"scenario {i + 1}: {f}" if f else f, m) for f, m in exc.fields]
    if problems:
        raise ScenarioError(problems)
    return scenarios


def scenario_from_data(data: Any, name: str = "scenario") -> Scenario:
    """Validate parsed data (a dict) as a scenario, or raise ScenarioError naming each field."""
    if not isinstance(data, dict):
        raise ScenarioError(
            [
                (
                    "",
                    f"{name}: a scenario must be a set of keys and values (name, start, "
                    "months, state, person, ...), not a single value or a list",
                )
            ]
        )
    surprises = ambiguous_values(data)
    if surprises:
        raise ScenarioError(surprises)
    try:
        return Scenario.model_validate(data)
    except ValidationError as exc:
        raise ScenarioError(field_problems(exc)) from None
    except RecursionError:
        raise ScenarioError([("", f"{name}: nested too deeply")]) from None


def _document(data: str | bytes, name: str) -> Any:
    """Parse YAML or JSON after the size check; refusals name the line where they can."""
    size = len(data) if isinstance(data, bytes) else len(data.encode("utf-8", "replace"))
    if size > MAX_BYTES:
        raise ScenarioError([("", f"{name}: {_too_large(size)}")])
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise ScenarioError(
                [("", f"{name}: not a text file — a scenario is YAML or JSON text")]
            ) from None
    text = data.lstrip("\ufeff")
    if not text.strip():
        raise ScenarioError(
            [
                (
                    "",
                    f"{name}: the file is empty — write a scenario (see `benefits "
                    "schema` or the examples folder)",
                )
            ]
        )
    try:
        if text.lstrip()[:1] in ("{", "["):
            return load_scenario_json(text)
        return load_scenario_yaml(text)
    except json.JSONDecodeError as exc:
        raise ScenarioError(
            [("", f"{name}: not valid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}")]
        ) from None
    except (DuplicateKeyError, DocumentError) as exc:
        raise ScenarioError([("", f"{name}: {exc}")]) from None
    except RecursionError:
        raise ScenarioError([("", f"{name}: nested more than {MAX_DEPTH} levels deep")]) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise ScenarioError(
            [("", f"{name}: not valid YAML or JSON{where} — check the indentation and the colons")]
        ) from None


def _too_large(size: int) -> str:
    return (
        f"the file is larger than {MAX_BYTES:,} bytes (1 MB), the most a scenario file may "
        "be; a scenario is a few kilobytes — check that this is the right file"
    )


def load_scenario(path: str | Path) -> Scenario:
    """Read a scenario from a .yaml, .yml or .json file (at most 1 MB, a regular file)."""
    return read_scenario(read_limited(path), str(path))


def read_limited(path: str | Path) -> bytes:
    """The bytes of a regular file of at most MAX_BYTES; never reads more than MAX_BYTES + 1."""
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise ScenarioError(
                [("", f"{path}: not a regular file — give the path of a .yaml or .json file")]
            )
        if info.st_size > MAX_BYTES:
            raise ScenarioError([("", f"{path}: {_too_large(info.st_size)}")])
        with open(path, "rb") as file:
            raw = file.read(MAX_BYTES + 1)
    except OSError as exc:
        raise ScenarioError([("", f"{path}: cannot read the file ({exc.strerror})")]) from None
    if len(raw) > MAX_BYTES:
        raise ScenarioError([("", f"{path}: {_too_large(len(raw))}")])
    return raw


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
