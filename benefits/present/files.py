"""Scenario files the screen reads and writes: one scenario, or a JSON list of them.

The downloaded file is the public scenario format: a one-scenario file loads in the CLI
(`benefits project FILE`), and a list loads back into the app.
"""

from __future__ import annotations

import json

from ..io import read_scenarios
from ..scenario import Scenario

MAX_UPLOAD_BYTES = 1_000_000  # issue 10: files over 1 MB are refused before parsing
MAX_SCENARIOS = 4


def scenarios_json(scenarios: list[Scenario]) -> str:
    """All scenarios as one JSON list (each item is a scenario file as the CLI reads it)."""
    items = [json.loads(s.model_dump_json(exclude_none=True)) for s in scenarios]
    return json.dumps(items, indent=2, ensure_ascii=False)


def read_upload(data: bytes, name: str) -> list[Scenario]:
    """An uploaded file's scenarios, or ScenarioError saying what is wrong (size, text, fields).

    The project's one reader (`benefits.io.read_scenarios`): the same limits and messages as the
    command line, at most four scenarios."""
    return read_scenarios(data, name, MAX_SCENARIOS)


def parse_scenarios_text(text: str, name: str = "file") -> list[Scenario]:
    """A scenario file (YAML or JSON), or a JSON list of them as `scenarios_json` writes."""
    return read_scenarios(text, name, MAX_SCENARIOS)
