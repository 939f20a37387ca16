"""The planner's local case store (issue 14): create, autosave, reload, reports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from app.store import CaseStore, data_dir
from benefits import Scenario, load_scenario
from benefits.present.drafts import draft_of

EXAMPLE = Path(__file__).resolve().parent.parent / "benefits" / "examples" / "issue_example.yaml"


def test_create_autosave_and_reload(tmp_path: Path) -> None:
    store = CaseStore(tmp_path / "cases.sqlite3")
    case = store.create_case("Ms. A")
    first = store.add_draft(case, draft_of(load_scenario(EXAMPLE)))
    data = store.drafts(case)[0].data
    data["name"] = "Edited"
    data["start"] = "not a month"  # a draft may be invalid; it is kept as the planner left it
    store.save_draft(first, data)
    again = CaseStore(tmp_path / "cases.sqlite3")  # a new process, the same file
    assert [c.label for c in again.cases()] == ["Ms. A"]
    assert again.drafts(case)[0].data == data
    again.rename(case, "Ms. A (2027)", notes="job offer")
    assert again.case(case) is not None and again.case(case).label == "Ms. A (2027)"  # type: ignore[union-attr]
    second = again.add_draft(case, draft_of(load_scenario(EXAMPLE)))
    assert [d.id for d in again.drafts(case)] == [first, second]
    again.remove_draft(first)
    assert Scenario.model_validate(again.drafts(case)[0].data) == load_scenario(EXAMPLE)


def test_reports_and_memory(tmp_path: Path) -> None:
    store = CaseStore(tmp_path / "c.sqlite3")
    case = store.create_case("B")
    report = store.add_report(case, name="r.html", kind="html", body=b"<html></html>")
    assert [r.name for r in store.reports(case)] == ["r.html"]
    assert store.report_body(report) == b"<html></html>"
    store.remember("last_case", str(case))
    assert store.recall("last_case") == str(case)
    store.delete_case(case)
    assert store.cases() == [] and store.reports(case) == []


def test_data_dir_can_be_overridden(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BENEFITS_DATA_DIR", str(tmp_path))
    assert data_dir() == tmp_path
    monkeypatch.delenv("BENEFITS_DATA_DIR")
    assert data_dir().name == "benefits"


def test_the_exported_case_file_loads_in_the_cli(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Plan's "Save the case file" (a JSON list) -> `benefits validate` and `benefits project`
    (text and --json): every scenario projected, labelled "scenario N of M"."""
    from benefits import default_rules, project
    from benefits.cli import main
    from benefits.present.files import scenarios_json

    examples = Path(__file__).resolve().parent.parent / "benefits" / "examples"
    scenarios = [load_scenario(examples / f"{n}.yaml") for n in ("ssi_part_time", "blind_worker")]
    case = tmp_path / "case.json"
    case.write_text(scenarios_json(scenarios), encoding="utf-8")
    assert main(["validate", str(case)]) == 0
    out = capsys.readouterr().out
    assert f"scenario 1 of 2: OK — {scenarios[0].name}" in out
    assert f"scenario 2 of 2: OK — {scenarios[1].name}" in out
    assert main(["project", str(case)]) == 0
    out = capsys.readouterr().out
    assert f"Scenario 1 of 2: {scenarios[0].name}" in out
    assert f"Scenario 2 of 2: {scenarios[1].name}" in out
    assert main(["project", str(case), "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    rules = default_rules()
    assert found == [json.loads(project(s, rules).model_dump_json()) for s in scenarios]
    # a file of one scenario still prints one projection, as before
    one = tmp_path / "one.json"
    one.write_text(scenarios_json(scenarios[:1]), encoding="utf-8")
    assert main(["project", str(one), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["scenario"] == scenarios[0].name
    # the other commands read one scenario, and say how to use the list
    assert main(["explain", str(case), "--month", "2026-05"]) == 2
    assert "`benefits project` and `validate` read the whole list" in capsys.readouterr().err
