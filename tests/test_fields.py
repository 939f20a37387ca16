"""The field table: every scenario field has a label, a section and a widget."""

from __future__ import annotations

from benefits.fields import fields, label_for, scenario_paths


def test_every_scenario_field_has_an_entry() -> None:
    """Walks the pydantic models: a new scenario field fails here until it is in the table."""
    paths = set(scenario_paths())
    table = set(fields())
    assert paths == table, f"missing: {sorted(paths - table)}"
    assert {
        "snap",
        "shelter.rent",
        "taxes.filing_status",
        "housing.eid.start_month",
        "medicaid.annual_medicaid_expenses",
        "jobs[].hours_per_week",
    } <= paths


def test_entries_are_plain_and_bounded() -> None:
    for path, f in fields().items():
        assert f.label and f.section and "_" not in f.label, path
        if f.widget == "choice" and path != "state":
            assert f.choices, path
            assert all("_" not in words for _, words in f.choices), path
        if f.widget in ("money", "hours"):
            assert f.minimum == 0, path
            assert f.maximum is not None, path
    assert fields()["jobs[].hours_per_week"].maximum == 168
    assert fields()["housing.minimum_rent"].maximum == 50
    assert fields()["months"].minimum == 1 and fields()["months"].maximum == 120
    assert fields()["ssi.state_supplement"].optional


def test_labels_for_error_locations() -> None:
    assert label_for(("jobs", 0, "hours_per_week")) == "Jobs › job 1 › Hours a week"
    assert label_for("household[1].age") == "Household › household member 2 › Age"
    assert label_for("housing.eid.start_month") == "Housing › First month of the disallowance"
    assert label_for("nonsense.key") == ""
