"""A planner's draft scenario: the scenario format's data as the form holds it, maybe invalid.

Form values go in and out through these functions (the one place a screen's binary number
becomes money); the draft is checked with the scenario model and every problem is kept with
the path of the field it belongs to, so the screen can show it beside that field.
"""

from __future__ import annotations

import json
import re
from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from ..io import ScenarioError, scenario_from_data
from ..money import cents
from ..months import Month
from ..scenario import Scenario
from .fields import FieldSpec, fields_of

Path = list[str | int]
_TOKEN = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def parse_path(path: str) -> Path:
    """'jobs[0].hourly_wage' -> ['jobs', 0, 'hourly_wage']."""
    return [int(i) if i else name for name, i in _TOKEN.findall(path)]


def get_in(data: Any, path: Path) -> Any:
    for part in path:
        if isinstance(part, int):
            data = data[part] if isinstance(data, list) and part < len(data) else None
        else:
            data = data.get(part) if isinstance(data, dict) else None
        if data is None:
            return None
    return data


def set_in(data: dict[str, Any], path: Path, value: Any) -> None:
    """Set a value inside the draft; None removes the key (the format leaves it out)."""
    node: Any = data
    for part, after in zip(path, path[1:], strict=False):
        if isinstance(part, int):
            node = node[part]
        else:
            node = node.setdefault(part, [] if isinstance(after, int) else {})
    last = path[-1]
    if isinstance(last, int):
        node[last] = value
    elif value is None:
        node.pop(last, None)
    else:
        node[last] = value


def to_widget(spec: FieldSpec, value: Any) -> Any:
    """A draft value as its form widget holds it."""
    kind = spec.kind
    if value is None:
        value = spec.default
    if kind in ("money", "hours"):
        return None if value is None else _decimal(value)
    if kind == "money_or_computed":  # an amount, or the word 'computed' (va.pension)
        return "" if value is None else str(value)
    if kind == "int":
        return int(value) if isinstance(value, int | str) and str(value).isdigit() else None
    if kind == "bool":
        return bool(value)
    if kind == "maybe_bool":
        return "" if value is None else str(bool(value)).lower()
    if kind == "date":
        return _date(value)
    if kind == "months":
        return ", ".join(str(v) for v in value or []) if isinstance(value, list) else str(value)
    if kind == "by_year":
        if isinstance(value, dict):
            return ", ".join(f"{y}: {v}" for y, v in sorted(value.items()))
        return str(value or "")
    return "" if value is None else str(value)


def _decimal(value: Any) -> Decimal | None:
    """The widget's number (the app turns it into the widget's binary number)."""
    try:
        return Decimal(str(value))
    except (InvalidOperation, ValueError):
        return None


def _date(value: Any) -> date | None:
    try:
        return value if isinstance(value, date) else date.fromisoformat(str(value))
    except ValueError:
        return None


def from_widget(spec: FieldSpec, value: Any) -> Any:
    """A widget's value as the draft stores it (money as exact text, dates as ISO text)."""
    kind = spec.kind
    if value is None or (value == "" and kind not in ("text",)):
        return None
    if kind == "money":
        return str(cents(Decimal(str(value))))
    if kind == "money_or_computed":
        text = str(value).strip()
        if text.lower() == "computed":
            return "computed"
        amount = _decimal(text)
        return text if amount is None else str(cents(amount))  # bad text: the check names it
    if kind == "hours":
        return tidy_hours(Decimal(str(value)))
    if kind == "int":
        return int(value)
    if kind == "maybe_bool":
        return value == "true"
    if kind == "date":
        return value.isoformat() if isinstance(value, date) else str(value)
    if kind in ("month", "text", "choice"):
        return str(value).strip() if kind != "text" else str(value)
    if kind == "months":
        return [p.strip() for p in str(value).replace(";", ",").split(",") if p.strip()]
    if kind == "by_year":
        return _by_year(str(value))
    return value


def _by_year(text: str) -> dict[str, str] | str:
    """'2027: 870.00, 2028: 900' -> {'2027': '870.00', '2028': '900'}; bad text is kept as is."""
    found: dict[str, str] = {}
    for part in (p.strip() for p in text.replace(";", ",").split(",")):
        if not part:
            continue
        year, sep, amount = part.partition(":")
        if not sep or not year.strip().isdigit():
            return text
        found[year.strip()] = amount.strip()
    return found


def tidy_hours(value: Decimal) -> str:
    """Hours a week to two places, written without trailing zeros (20, 17.5)."""
    exact = cents(value)
    return f"{exact.normalize():f}" if exact != exact.to_integral_value() else str(int(exact))


def check(data: dict[str, Any]) -> tuple[Scenario | None, dict[str, list[str]]]:
    """The scenario, or None with the problems by field path ('' for the whole scenario)."""
    try:
        return scenario_from_data(data, "scenario"), {}
    except ScenarioError as exc:
        problems: dict[str, list[str]] = {}
        for where, message in exc.fields:
            key = where if where and " " not in where and where != "(top level)" else ""
            problems.setdefault(key, []).append(message)
        return None, problems


def draft_of(scenario: Scenario) -> dict[str, Any]:
    """A scenario as a draft: the data its file holds."""
    data: dict[str, Any] = json.loads(scenario.model_dump_json(exclude_none=True))
    return data


def new_item(model_fields: list[FieldSpec], *, start: Month) -> dict[str, Any]:
    """A new section or list item: each required field with a plain starting value."""
    item: dict[str, Any] = {}
    for spec in model_fields:
        if not spec.required:
            continue
        item[spec.name] = {
            "money": "0.00",
            "hours": "0",
            "int": int(spec.low or 0),
            "month": str(start),
            "date": start.first_day.isoformat(),
            "choice": spec.options[0] if spec.options else "",
            "bool": False,
        }.get(spec.kind, "")
        if spec.kind == "section" and spec.model is not None:
            item[spec.name] = new_item(fields_of(spec.model), start=start)
    return item


# Friendlier starting values where the generic ones would mislead.
STARTERS: dict[str, Any] = {
    "jobs": lambda start: {
        "start": start.first_day.isoformat(),
        "hourly_wage": "15.00",
        "hours_per_week": "20",
        "pay_frequency": "biweekly",
        "first_payday": (start.first_day + timedelta(days=13)).isoformat(),
    },
    "household": lambda start: {"age": 30},
    "housing": lambda start: {
        "program": "housing_choice_voucher",
        "gross_rent": "1000.00",
        "payment_standard": "1000.00",
        "next_annual_reexam": str(start.plus(12)),
    },
    "housing.eid": lambda start: {"start_month": "2023-06", "baseline_annual_income": "0.00"},
}


def starter(path: str, spec: FieldSpec, *, start: Month) -> dict[str, Any]:
    """The starting data of a new section or list item at `path` (indexes dropped)."""
    make = STARTERS.get(re.sub(r"\[\d+\]", "", path))
    if make is not None:
        found: dict[str, Any] = make(start)
        return found
    return new_item(fields_of(spec.model), start=start) if spec.model else {}


def start_of(data: dict[str, Any]) -> Month:
    """The draft's first month, or next month when it is not a month yet."""
    try:
        return Month.parse(str(data.get("start", "")))
    except ValueError:
        return Month.of(date.today()).plus(1)
