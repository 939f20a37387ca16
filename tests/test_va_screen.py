"""VA on the screen and in the report: every VA field is on the planner's form (the field table),
the screen's chart stacks VA compensation and pension (benefits/present/sources.py reads the
income lines), and the report's income chart draws them."""

from __future__ import annotations

from benefits import Scenario, project
from benefits.fields import fields
from benefits.present import sources
from benefits.present.report import charts
from benefits.scenario import VA

SCENARIO = {
    "name": "VA compensation and pension on the screen",
    "start": "2026-01",
    "months": 2,
    "state": "OH",
    "person": {"birth_date": "1980-01-01"},
    "ssdi": {"monthly_benefit": "800.00"},
    "va": {"pension": "computed", "pension_rate": "housebound"},
}


def test_every_va_field_is_on_the_form() -> None:
    table = fields()
    assert {f"va.{name}" for name in VA.model_fields} <= set(table)
    assert dict(table["va.pension_rate"].choices)["aid_and_attendance"] == "Aid and attendance"


def test_the_charts_draw_va() -> None:
    assert {"va_compensation", "va_pension"} <= set(sources.CHART_SOURCES)
    p = project(Scenario.model_validate(SCENARIO), explain=False)
    first = p.months[0]
    assert first.va.pension > 0
    assert sources.source_amount(first, "va_pension") == first.va.pension
    spec = charts.income_spec([p], ["VA"])
    drawn = {(r["source"], r["amount"]) for r in spec["datasets"][next(iter(spec["datasets"]))]}
    assert ("VA pension", str(first.va.pension)) in drawn


def test_the_report_tells_the_va_story() -> None:
    from benefits.present.report.programs import program_stories

    data = dict(SCENARIO, months=4, va={"pension": "computed"})
    data["jobs"] = [
        {"start": "2026-02-16", "monthly_gross": "600.00", "pay_frequency": "monthly",
         "first_payday": "2026-02-28"}
    ]  # fmt: skip
    stories = {s.program: s for s in program_stories(project(Scenario.model_validate(data)))}
    # (17,441 - 800 x 12) / 12 = 653.42 -> 653; from March (17,441 - 1,400 x 12) / 12 -> 53
    found = [(str(s.first), s.text) for s in stories["VA"].stretches]
    assert found == [
        ("2026-01", "VA pension $653.00 a month"),
        ("2026-03", "VA pension $53.00 a month"),
    ], found


def test_the_form_keeps_a_computed_pension() -> None:
    from benefits.present import drafts
    from benefits.present.fields import all_fields

    spec = next(f for f in all_fields() if f.path == "va.pension")
    assert spec.kind == "money_or_computed"
    assert drafts.from_widget(spec, drafts.to_widget(spec, "computed")) == "computed"
    assert drafts.from_widget(spec, " Computed ") == "computed"
    assert drafts.from_widget(spec, drafts.to_widget(spec, "300.5")) == "300.50"
    assert drafts.from_widget(spec, "") is None


def test_the_month_tables_show_va() -> None:
    from benefits.present.compare import month_rows
    from benefits.present.report.appendix import Sources, scenario_appendix

    p = project(Scenario.model_validate(SCENARIO))
    row = month_rows(p)[0]
    assert row["VA pension"] == f"${p.months[0].va.pension:,}"
    html = "".join(scenario_appendix("VA", p, Sources()))
    assert "<th scope='col'>VA</th>" in html
