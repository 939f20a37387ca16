"""The `benefits` command as a person runs it: installed entry point, exit codes, no tracebacks."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from benefits.cli import main

EXAMPLE = str(Path(__file__).parent.parent / "benefits" / "examples" / "concurrent_part_time.yaml")


def test_project_json_has_the_contract_fields(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["project", EXAMPLE, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    month = data["months"][3]
    for key in ("month", "wages_earned", "wages_paid", "steps"):
        assert key in month
    for key in ("countable_income", "payment", "status"):
        assert key in month["ssi"]
    for key in ("payment", "status", "twp_months_used"):
        assert key in month["ssdi"]
    assert month["month"] == "2027-03"
    assert isinstance(month["ssi"]["payment"], str) and month["ssi"]["payment"].count(".") == 1
    assert len(month["ssi"]["payment"].split(".")[1]) == 2
    step = month["steps"][0]
    assert {"because", "cite", "uses", "carried_forward"} <= set(step)
    assert any(s["carried_forward"] for s in month["steps"])  # 2027 values are carried forward


def test_project_table(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["project", EXAMPLE]) == 0
    out = capsys.readouterr().out
    assert "2027-03" in out and "Not modelled yet" in out


def test_builtin_example_by_name(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["project", "ssi_part_time"]) == 0
    assert "2026-11" in capsys.readouterr().out


def test_explain_month(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", EXAMPLE, "--month", "2027-04"]) == 0
    out = capsys.readouterr().out
    assert "20 CFR 416.420" in out and "ssi.payment" in out


def test_explain_month_outside_projection(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["explain", EXAMPLE, "--month", "2040-01"]) == 2
    assert "covers" in capsys.readouterr().err


def test_sweep(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sweep", EXAMPLE, "--hours", "0:40:10", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [r["hours_per_week"] for r in rows] == ["0", "10", "20", "30", "40"]
    assert rows[0]["wages_paid"] == "0.00"


def test_sweep_bad_hours(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["sweep", EXAMPLE, "--hours", "40:0"]) == 2
    assert "FIRST <= LAST" in capsys.readouterr().err


def test_schema(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    assert "hours_per_week" in capsys.readouterr().out


def test_missing_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["project", "/nonexistent/file.yaml"]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_installed_command_runs_without_traceback(tmp_path: Path) -> None:
    command = shutil.which("benefits")
    args = [command] if command else [sys.executable, "-m", "benefits"]
    bad = tmp_path / "bad.yaml"
    bad.write_text(Path(EXAMPLE).read_text().replace("hours_per_week: 15", "hours_per_week: 200"))
    run = subprocess.run([*args, "project", str(bad)], capture_output=True, text=True, check=False)
    assert run.returncode == 2
    assert "jobs[0].hours_per_week: must be between 0 and 168" in run.stderr
    assert "Traceback" not in run.stderr
    good = subprocess.run([*args, "project", EXAMPLE], capture_output=True, text=True, check=False)
    assert good.returncode == 0 and "2027-01" in good.stdout
