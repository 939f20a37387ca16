"""The scenario format: the issue's example loads, bad input gets one clear message per problem,
and a scenario saved and loaded again is identical."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benefits import load_scenario, project
from benefits.io import ScenarioError, parse_scenario_text, save_scenario, scenario_json
from benefits.scenario import Scenario

EXAMPLES = sorted((Path(__file__).parent.parent / "benefits" / "examples").glob("*.yaml"))
BASE = (Path(__file__).parent.parent / "benefits" / "examples" / "ssi_part_time.yaml").read_text()


def test_there_are_at_least_four_examples() -> None:
    assert len(EXAMPLES) >= 4


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.stem)
def test_every_example_loads_projects_and_round_trips(path: Path, tmp_path: Path) -> None:
    scenario = load_scenario(path)
    projection = project(scenario)
    assert len(projection.months) == scenario.months
    assert all(m.steps for m in projection.months)
    for suffix in (".json", ".yaml"):
        saved = tmp_path / f"saved{suffix}"
        save_scenario(scenario, saved)
        assert load_scenario(saved) == scenario


def test_issue_example_loads() -> None:
    scenario = load_scenario(Path(__file__).parent.parent / "benefits/examples/issue_example.yaml")
    assert scenario.ssdi is not None and str(scenario.ssdi.monthly_benefit) == "850.00"
    assert [str(m) for m in scenario.ssdi.twp_months_used] == ["2025-08", "2025-09"]
    assert scenario.jobs[1].monthly_gross is not None


def _problems(text: str) -> list[str]:
    with pytest.raises(ScenarioError) as caught:
        parse_scenario_text(text, "f.yaml")
    return caught.value.problems


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "hours_per_week: 20",
            "hours_per_week: 200",
            "jobs[0].hours_per_week: must be between 0 and 168",
        ),
        ("hourly_wage: 15.00", "hourly_wage: -15.00", "jobs[0].hourly_wage: must be 0 or more"),
        (
            "hourly_wage: 15.00",
            "hourly_wage: 15.005",
            "jobs[0].hourly_wage: at most 2 decimal places",
        ),
        ("start: 2026-11", "start: 2026-13", "start: month must be 01 to 12"),
        (
            "start: 2026-11",
            "start: November",
            "start: 'November' is not a month: write it as YYYY-MM",
        ),
        ("state: OH", "state: XX", "state: 'XX' is not a state"),
        (
            "first_payday: 2026-12-18",
            "first_payday: 2026-12-01",
            "jobs[0]: first_payday (2026-12-01) is before the job starts",
        ),
        (
            "    start: 2026-12-07",
            "    start: 2026-12-07\n    end: 2026-11-01",
            "jobs[0]: end (2026-11-01) is before start",
        ),
        ("months: 24", "months: 24\nfavourite_colour: blue", "favourite_colour: unknown key"),
        (
            "birth_date: 1994-06-15",
            "birthdate: 1994-06-15",
            "person.birthdate: unknown key — did you mean 'birth_date'?",
        ),
        ("months: 24", "months: 500", "months: must be between 1 and 120"),
        (
            "    hours_per_week: 20\n",
            "",
            "jobs[0]: Value error, an hourly job needs hours_per_week too",
        ),
    ],
)
def test_bad_input_names_the_field_and_the_fix(old: str, new: str, expected: str) -> None:
    assert old in BASE
    problems = _problems(BASE.replace(old, new, 1))
    assert any(p.startswith(expected.replace("Value error, ", "")) for p in problems), problems


def test_several_problems_are_all_reported() -> None:
    text = BASE.replace("state: OH", "state: XX").replace(
        "hours_per_week: 20", "hours_per_week: 200"
    )
    assert len(_problems(text)) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "the file is empty"),
        ("   \n", "the file is empty"),
        ("name: [unclosed\n  x: : :\n", "not valid YAML or JSON"),
        ('{"name": }', "not valid JSON"),
        ("- a\n- b\n", "must be a set of keys and values"),
        ("name: a\nname: b\n", "appears twice"),
    ],
)
def test_unreadable_files(text: str, expected: str) -> None:
    assert expected in _problems(text)[0]


def test_binary_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "photo.yaml"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\xff\xfe")
    with pytest.raises(ScenarioError, match="not a text file"):
        load_scenario(path)


def test_json_scenario_money_is_exact() -> None:
    data = json.loads(scenario_json(load_scenario(EXAMPLES[0])))
    data["jobs"] = [{**data["jobs"][0], "hourly_wage": 15.1}] if data.get("jobs") else []
    text = json.dumps(data)
    scenario = parse_scenario_text(text)
    if scenario.jobs:
        assert str(scenario.jobs[0].hourly_wage) == "15.1"


def test_schema_documents_the_format() -> None:
    schema = Scenario.model_json_schema()
    assert {"name", "start", "months", "state", "person", "ssi", "ssdi", "jobs"} <= set(
        schema["properties"]
    )
