"""A corpus of bad inputs (tests/bad_inputs/, index.yaml): each is refused with a message naming
the field, through the CLI (exit 2, no traceback), the Python API and the app's loader, and
only ever as the project's one error type."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

import pytest

from benefits import load_scenario, project
from benefits.cli import main
from benefits.errors import ScenarioError
from benefits.io import read_scenario, read_scenarios
from benefits.present.files import read_upload
from benefits.yamlio import MAX_BYTES, load_yaml

HERE = Path(__file__).parent / "bad_inputs"
INDEX = load_yaml((HERE / "index.yaml").read_text(encoding="utf-8"))
ROOT = Path(__file__).parent.parent
EXAMPLE = ROOT / "benefits" / "examples" / "ssi_part_time.yaml"


def test_every_file_is_in_the_index() -> None:
    files = {p.name for p in HERE.iterdir() if p.name != "index.yaml"}
    assert files == set(INDEX)


def _matches(error: ScenarioError, field: str, message: str) -> bool:
    return any(f == field and message in m for f, m in error.fields)


@pytest.mark.parametrize("name", sorted(INDEX))
def test_api_refuses_with_the_field(name: str) -> None:
    expected = INDEX[name]
    started = time.perf_counter()
    with pytest.raises(ScenarioError) as caught:
        project(load_scenario(HERE / name))
    assert time.perf_counter() - started < 5
    assert _matches(caught.value, expected["field"], expected["message"]), caught.value.fields
    assert len(str(caught.value)) < 2000  # never more than a short excerpt of the input


@pytest.mark.parametrize("name", sorted(INDEX))
def test_app_loader_refuses_with_the_field(name: str) -> None:
    expected = INDEX[name]
    data = (HERE / name).read_bytes()
    for loader in (read_scenarios, read_upload):
        with pytest.raises(ScenarioError) as caught:
            for scenario in loader(data, name):
                project(scenario)
        assert _matches(caught.value, expected["field"], expected["message"]), caught.value.fields


@pytest.mark.parametrize("name", sorted(INDEX))
def test_cli_exits_2_naming_the_field(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    expected = INDEX[name]
    for command in ("validate", "project"):
        assert main([command, str(HERE / name)]) == 2
        err = capsys.readouterr().err
        assert "Traceback" not in err and len(err) < 2000
        prefix = f"error: {expected['field']}: " if expected["field"] else "error: "
        assert any(
            line.startswith(prefix) and expected["message"] in line for line in err.splitlines()
        ), err


def test_installed_command_never_prints_a_traceback() -> None:
    for name in ("alias_bomb.yaml", "list_as_key.yaml", "json_deep.json", "resources_inf.yaml"):
        run = subprocess.run(
            [sys.executable, "-m", "benefits", "validate", str(HERE / name)],
            capture_output=True,
            text=True,
            check=False,
            timeout=60,
        )
        assert run.returncode == 2, run.stderr
        assert "Traceback" not in run.stderr and run.stderr.startswith("error: ")


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["sweep", str(EXAMPLE), "--hours", "NaN:40"], "must be numbers"),
        (["sweep", str(EXAMPLE), "--hours", "0:40:sNaN"], "must be numbers"),
        (["sweep", str(EXAMPLE), "--hours", "0:40:0.001"], "more than 400 levels"),
        (["sweep", str(EXAMPLE), "--hours", "0:168:0.25"], "more than 400 levels"),
        (["sweep", str(EXAMPLE), "--hours", "1:" + "9" * 5000], "write FIRST:LAST"),
        (["sweep", str(EXAMPLE), "--hours", "0x1:3"], "write FIRST:LAST"),
        (["sweep", str(EXAMPLE), "--hours", "40:0"], "FIRST <= LAST"),
        (["explain", str(EXAMPLE), "--month", "2026-13"], "month must be 01 to 12"),
        (["explain", str(EXAMPLE), "--month", "soon"], "is not a month"),
        (["explain", str(EXAMPLE), "--month", "2040-01"], "the projection covers"),
        (["project", "x" * 5000], "cannot"),
        (["project", "/nonexistent/file.yaml"], "cannot read"),
        (["project", str(HERE)], "not a regular file"),
    ],
)
def test_cli_arguments(args: list[str], fragment: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(args) == 2
    err = capsys.readouterr().err
    assert fragment in err and "Traceback" not in err and len(err) < 2000


def test_hours_with_a_fraction_sweeps(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sweep", str(EXAMPLE), "--hours", "1:30.5:10"]) == 0
    assert "21" in capsys.readouterr().out


def test_file_over_1_mb_is_refused_before_parsing(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    big.write_text(EXAMPLE.read_text() + "# " + "x" * MAX_BYTES + "\n")
    for read in (lambda: load_scenario(big), lambda: read_scenarios(big.read_bytes(), "big")):
        with pytest.raises(ScenarioError, match="larger than 1,000,000 bytes"):
            read()
    with pytest.raises(ScenarioError, match="1 MB"):
        read_scenario(big.read_text(), "big")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_endless_inputs_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ScenarioError, match="not a regular file"):
        load_scenario("/dev/zero")
    fifo = tmp_path / "pipe.yaml"
    os.mkfifo(fifo)
    with pytest.raises(ScenarioError, match="not a regular file"):
        load_scenario(fifo)  # would block forever if it were opened


def test_negative_zero_reads_as_zero() -> None:
    text = EXAMPLE.read_text().replace("unearned_income: 0.00", "unearned_income: -0.00")
    scenario = read_scenario(text)
    assert scenario.ssi is not None and str(scenario.ssi.other_unearned_income) == "0.00"
    json_text = '{"name": "z", "start": "2026-11", "months": 2, "state": "OH", '
    json_text += '"person": {"birth_date": "1990-01-01"}, "resources": -0.00}'
    assert str(read_scenario(json_text).resources) == "0.00"


def test_plain_numbers_and_old_date_forms_still_read() -> None:
    text = EXAMPLE.read_text().replace("birth_date: 1994-06-15", "birth_date: 1994-6-5")
    text = text.replace("hourly_wage: 15.00", "hourly_wage: 1_5.00")
    scenario = read_scenario(text + "resources: 1e3\n")
    assert str(scenario.person.birth_date) == "1994-06-05"
    assert scenario.jobs[0].hourly_wage == 15 and str(scenario.resources) == "1000"
    assert str(read_scenario(text + "resources: 0e5\n").resources) == "0"
    named = text.replace('name: "SSI only: 20 hours', 'name: 0x18 shift at 10:30 # "', 1)
    assert read_scenario(named).name == "0x18 shift at 10:30"
    assert read_scenario(text.replace('name: "SSI only', "name: 0x18 #", 1)).name == "0x18"


def test_every_older_file_still_loads_and_projects() -> None:
    examples = sorted((Path(__file__).parent.parent / "benefits" / "examples").glob("*.yaml"))
    for path in examples:
        assert project(load_scenario(path)).months


def test_money_in_steps_has_two_places_and_agrees_with_the_result() -> None:
    text = EXAMPLE.read_text().replace(
        "    hourly_wage: 15.00\n    hours_per_week: 20\n", "    monthly_gross: 100.01\n"
    )
    text = text.replace("pay_frequency: biweekly", "pay_frequency: monthly")
    assert "100.01" in text and "monthly\n" in text
    seen = []
    for month in project(read_scenario(text)).months:
        for step in month.steps:
            assert step.amount is None or step.amount.as_tuple().exponent == -2, step
        earned = [s for s in month.steps if s.rule == "ssi.countable_earned_income"]
        assert all(s.amount == month.ssi.countable_earned_income for s in earned)
        seen += [s.because for s in earned if s.amount == Decimal("7.50")]
    assert seen and all("$7.505" in b and "records $7.50" in b for b in seen)


def test_benchmark_worst_case_is_an_accepted_file() -> None:
    """scripts/benchmark.py --worst-case measures a file the reader really accepts."""
    spec = importlib.util.spec_from_file_location("benchmark", ROOT / "scripts" / "benchmark.py")
    assert spec and spec.loader
    benchmark = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(benchmark)
    scenario = read_scenario(json.dumps(benchmark.worst_case()))
    assert len(scenario.jobs) == 20 and len(scenario.household) == 20
    assert scenario.months == 120 and str(scenario.end) == "2100-11"


def test_the_apps_file_of_scenarios_loads_in_the_cli(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from benefits.present.files import scenarios_json

    scenario = load_scenario(EXAMPLE)
    one, two = tmp_path / "one.json", tmp_path / "two.json"
    one.write_text(scenarios_json([scenario]))
    two.write_text(scenarios_json([scenario, scenario.model_copy(update={"name": "Second"})]))
    assert load_scenario(one) == scenario
    assert main(["validate", str(one)]) == 0
    # validate and project read every scenario of the list (issue 14, item 8); the commands
    # that read one scenario say how to use the list
    assert main(["validate", str(two)]) == 0
    assert "scenario 2 of 2: OK — Second" in capsys.readouterr().out
    assert main(["calendar", str(two), "--ics", str(tmp_path / "x.ics")]) == 2
    assert "a list of 2 scenarios" in capsys.readouterr().err
