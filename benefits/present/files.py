"""Scenario files the screen reads and writes: one scenario, or a JSON list of them.

The downloaded file is the public scenario format: a one-scenario file loads in the CLI
(`benefits project FILE`), and a list loads back into the app.
"""

from __future__ import annotations

import json
from decimal import Decimal

from pydantic import ValidationError

from ..io import ScenarioError, explain_errors, parse_scenario_text
from ..scenario import Scenario

MAX_UPLOAD_BYTES = 1_000_000  # issue 10: files over 1 MB are refused before parsing
MAX_SCENARIOS = 4


def scenarios_json(scenarios: list[Scenario]) -> str:
    """All scenarios as one JSON list (each item is a scenario file as the CLI reads it)."""
    items = [json.loads(s.model_dump_json(exclude_none=True)) for s in scenarios]
    return json.dumps(items, indent=2, ensure_ascii=False)


def read_upload(data: bytes, name: str) -> list[Scenario]:
    """An uploaded file's scenarios, or ScenarioError saying what is wrong (size, text, fields)."""
    if len(data) > MAX_UPLOAD_BYTES:
        raise ScenarioError(
            [
                f"{name}: the file is {len(data):,} bytes; files over 1 MB "
                f"({MAX_UPLOAD_BYTES:,} bytes) are refused — a scenario file is a few KB"
            ]
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise ScenarioError(
            [f"{name}: not a text file — a scenario is YAML or JSON text"]
        ) from None
    return parse_scenarios_text(text, name)


def parse_scenarios_text(text: str, name: str = "file") -> list[Scenario]:
    """A scenario file (YAML or JSON), or a JSON list of them as `scenarios_json` writes."""
    if len(text.encode("utf-8")) > MAX_UPLOAD_BYTES:
        raise ScenarioError([f"{name}: more than 1 MB of text; a scenario file is a few KB"])
    if not text.lstrip().startswith("["):
        return [parse_scenario_text(text, name)]
    try:
        items = json.loads(text, parse_float=Decimal)
    except (json.JSONDecodeError, RecursionError) as exc:
        where = f" at line {exc.lineno}: {exc.msg}" if isinstance(exc, json.JSONDecodeError) else ""
        raise ScenarioError([f"{name}: not valid JSON{where}"]) from None
    if not isinstance(items, list) or not items:
        raise ScenarioError([f"{name}: the list of scenarios is empty"])
    if len(items) > MAX_SCENARIOS:
        raise ScenarioError(
            [f"{name}: {len(items)} scenarios; a case compares at most {MAX_SCENARIOS}"]
        )
    scenarios, problems = [], []
    for i, item in enumerate(items):
        try:
            scenarios.append(Scenario.model_validate(item))
        except ValidationError as exc:
            problems += [f"scenario {i + 1}: {p}" for p in explain_errors(exc)]
    if problems:
        raise ScenarioError(problems)
    return scenarios
