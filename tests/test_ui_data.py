"""Tables, chart data, answers and the report behind the Streamlit screen (no Streamlit needed)."""

from __future__ import annotations

import csv
import io
import re
from decimal import Decimal
from pathlib import Path

import pytest

import benefits.ui_data as ui
from benefits import Scenario, load_scenario, project
from benefits.io import ScenarioError, parse_scenario_text, scenario_json, scenario_yaml

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "benefits" / "examples").glob("*.y*ml")) + sorted(
    (ROOT / "benefits" / "examples").glob("*.json")
)
EXAMPLE = load_scenario(ROOT / "benefits" / "examples" / "issue_example.yaml")
D = Decimal


def _quick(
    hours: list[str], ssi: bool = True, ssdi: bool = False, wage: str = "15.00"
) -> list[Scenario]:
    return ui.quick_scenarios(EXAMPLE, "TX", ssi, ssdi, D("850.00"), D(wage), [D(h) for h in hours])


def test_no_streamlit_in_the_data_module() -> None:
    source = Path(ui.__file__).read_text(encoding="utf-8")
    assert "streamlit" not in re.sub(r'""".*?"""', "", source, flags=re.S)
    assert not re.search(r"\bfloat\b", source)


def test_quick_mode_ssi_worked_by_hand() -> None:
    """$15 x 20 h x 52 / 12 = $1,300.00 a month; (1,300 - 20 - 65) / 2 = $607.50 countable;
    SSI = $994.00 (2026 FBR) - $607.50 = $386.50, from the third month (20 CFR 416.420); in
    2027, most of the 24 months, $1,029.00 (2027 FBR) - $607.50 = $421.50."""
    base, work = (project(s) for s in _quick(["20"]))
    assert [m.ssi.payment for m in work.months[:3]] == [D("994.00"), D("994.00"), D("386.50")]
    answer = ui.quick_answer(base, work, D("15.00"), D("20"))
    assert answer[0].startswith("At 20 hours a week at $15.00 an hour you would have about ")
    # before taxes: 22 months x (1,300 - 607.50) + 2 months x 1,300 more, over 24 months; the
    # answer gives the engine's net income, which also takes payroll tax (7.65% of $1,300 =
    # $99.45 a month) and federal income tax, and adds SNAP and the EITC
    extra = (22 * (D("1300.00") - D("607.50")) + 2 * D("1300.00")) / 24
    assert ui.cents(
        sum(w.total_income - b.total_income for b, w in zip(base.months, work.months, strict=True))
        / 24
    ) == ui.cents(extra)
    assert work.months[5].taxes.payroll == D("99.45")
    net = sum(w.net_income - b.net_income for b, w in zip(base.months, work.months, strict=True))
    assert f"about ${ui.cents(net / 24):,.2f} more each month" in answer[0]
    assert "after payroll and federal income tax" in answer[0]
    assert "Your SSI goes down from $994.00 to about $421.50 a month from 2026-03" in answer[1]
    assert "two months after" in answer[1]


def test_quick_mode_ssdi_cessation_is_said_in_plain_words() -> None:
    base, work = (project(s) for s in _quick(["40"], ssi=False, ssdi=True))
    answer = " ".join(ui.quick_answer(base, work, D("15.00"), D("40")))
    assert "Your SSDI ($850.00) would stop" in answer
    assert "cessation month" in answer
    assert "Your SSI" not in answer


def test_two_hundred_hours_is_a_plain_message() -> None:
    with pytest.raises(ScenarioError) as caught:
        _quick(["200"])
    assert caught.value.problems == ["jobs[0].hours_per_week: must be between 0 and 168"]
    assert ui.friendly_problem(caught.value.problems[0]) == (
        "Job 1, Hours a week (hours_per_week): must be between 0 and 168"
    )


def test_friendly_problem_keeps_unknown_places() -> None:
    assert ui.friendly_problem("state: 'XX' is not a state") == "State (state): 'XX' is not a state"
    assert ui.friendly_problem("something odd") == "something odd"
    assert ui.friendly_problem("jobs[1]: give hourly_wage") == "Job 2: give hourly_wage"


def test_comparison_averages_totals_and_differences() -> None:
    projections = [project(s) for s in _quick(["20", "10"])]
    rows = {(r.source.key, r.period): r for r in ui.comparison(projections)}
    wages = rows[("wages", "Monthly average")]
    assert wages.values == [D("0.00"), D("1300.00"), D("650.00")]
    assert wages.differences == [D("1300.00"), D("650.00")]
    assert rows[("wages", "First 12 months")].values[1] == D("15600.00")
    assert rows[("wages", "First 24 months")].values[1] == D("31200.00")
    ssi_12 = rows[("ssi", "First 12 months")].values
    assert ssi_12[0] == 12 * D("994.00")
    assert ssi_12[1] == 2 * D("994.00") + 10 * D("386.50")
    total = rows[("total", "First 24 months")].values
    assert total == [sum(m.total_income for m in p.months) for p in projections]
    net = rows[("net", "First 24 months")].values
    assert net == [sum(m.net_income for m in p.months) for p in projections]
    assert rows[("payroll", "Monthly average")].values == [D("0.00"), D("99.45"), D("49.73")]


def test_programs_not_modelled_never_show_zero() -> None:
    projections = [project(s) for s in _quick(["20"])]
    table = ui.comparison_table(projections)
    for key in ("State and local income tax",):
        lines = [r for r in table if r["Source"] == key]
        assert len(lines) == 3
        for line in lines:
            assert set(list(line.values())[2:]) == {ui.NOT_MODELLED}
    assert not any(
        ui.NOT_MODELLED in str(r)
        for r in table
        if r["Source"].startswith(
            ("Medicaid", "Medicare", "Payroll", "Net", "State supplement", "Federal", "EITC")
        )
    )
    ssp = next(r for r in table if r["Source"] == "State supplement (SSP)")
    assert ssp["1. Not working"] == "$0.00"  # Texas pays no optional supplement
    net = next(r for r in table if r["Source"].startswith("Net income"))
    assert "after taxes" in net["Source"]
    medicaid = next(
        r
        for r in table
        if r["Source"].startswith("Medicaid (") and r["Period"] == "First 12 months"
    )
    assert medicaid["1. Not working"] == "covered 12/12: SSI 12"
    assert medicaid["2 vs 1"] == ""


def test_short_projection_has_no_24_month_total() -> None:
    short = EXAMPLE.model_copy(update={"months": 12})
    table = ui.comparison_table([project(short)])
    line = next(
        r for r in table if r["Source"].startswith("Wages") and r["Period"] == "First 24 months"
    )
    assert line["1. Part-time at $15 an hour"].startswith("n/a")


def test_comparison_csv_has_plain_numbers() -> None:
    projections = [project(s) for s in _quick(["20"])]
    rows = list(csv.reader(io.StringIO(ui.comparison_csv(projections))))
    assert rows[0] == [
        "source",
        "period",
        "1. Not working",
        "2. 20 h/week at $15.00",
        "2. 20 h/week at $15.00 minus 1. Not working",
    ]
    assert rows[1] == [
        "Wages (paid, before taxes)",
        "Monthly average",
        "0.00",
        "1300.00",
        "1300.00",
    ]
    state_tax = next(r for r in rows if r[0].startswith("State and local"))
    assert state_tax[2:] == [ui.NOT_MODELLED] * 3


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_form_round_trip_is_identical(path: Path) -> None:
    """Loaded into the planner form and read back, a scenario is unchanged; saved and loaded
    again, the file is identical."""
    scenario = load_scenario(path)
    back = ui.form_to_scenario(ui.scenario_to_form(scenario), scenario)
    assert back == scenario
    for save in (scenario_yaml, scenario_json):
        text = save(back)
        again = parse_scenario_text(text)
        assert again == back
        assert save(again) == text


def test_form_problems_are_collected() -> None:
    form = ui.scenario_to_form(EXAMPLE)
    bad_job = form.jobs[0].__class__(**{**form.jobs[0].__dict__, "hours_per_week": D("200")})
    bad = form.__class__(
        **{
            **form.__dict__,
            "jobs": (bad_job,),
            "benefit_by_year": "2027 870",
            "twp_months_used": "2025-13",
        }
    )
    with pytest.raises(ScenarioError) as caught:
        ui.form_to_scenario(bad)
    text = "\n".join(caught.value.problems)
    assert "ssdi.benefit_by_year: '2027 870'" in text
    assert "jobs[0].hours_per_week: must be between 0 and 168" in text
    assert "ssdi.twp_months_used[0]" in text


def test_scenarios_json_round_trip() -> None:
    scenarios = _quick(["20", "30"])
    assert ui.parse_scenarios_text(ui.scenarios_json(scenarios)) == scenarios
    assert ui.parse_scenarios_text(scenario_yaml(EXAMPLE)) == [EXAMPLE]
    with pytest.raises(ScenarioError) as caught:
        ui.parse_scenarios_text('[{"name": "x"}]')
    assert any(p.startswith("scenario 1: start: missing") for p in caught.value.problems)


def test_tidy_numbers() -> None:
    assert ui.tidy_money(D("12.5")) == D("12.50")
    assert str(ui.tidy_money(D("12.5"))) == "12.50"
    assert str(ui.tidy_hours(D("20.0"))) == "20"
    assert str(ui.tidy_hours(D("17.50"))) == "17.5"
    assert str(ui.tidy_hours(D("40"))) == "40"


def test_month_rows_and_stacked_rows() -> None:
    p = project(EXAMPLE)
    rows = ui.month_rows(p)
    assert len(rows) == 24
    assert rows[0]["SSI"] == "$164.00" and rows[0]["Total income"] == "$1,014.00"
    assert rows[0]["Net income*"] == ui.dollars(p.months[0].net_income)
    assert rows[0]["Medicaid"] == "Medicaid through SSI"
    assert not rows[14]["Month"].endswith("†")  # 2027: SSA's values are known or computed
    stacked = ui.stacked_rows(p, "1. x")
    # Ohio's state supplement amount is not sourced: it is left out of the chart, not drawn as $0
    assert p.months[0].ssi.state_supplement is None
    assert len(stacked) == 24 * (len(ui.CHART_SOURCES) - 1)
    assert not any(r["source"].startswith("State supplement") for r in stacked)
    first = [r for r in stacked if r["month"] == "2026-01"]
    assert sum(r["amount"] for r in first) == p.months[0].total_income


def test_cliff_marks_where_benefits_stop() -> None:
    scenario = _quick(["20"], ssi=True, ssdi=True)[1]
    result = ui.cliff(scenario)
    assert [r.hours_per_week for r in result.rows] == [D(h) for h in range(41)]
    marks = dict((t, h) for h, t in result.markers)
    # SSDI 850 - 20 = 830 countable unearned; SSI stops once countable earned passes 994 - 830
    assert marks["SSI cash stops ($0) in some months"] < marks["SSDI trial work months start"]
    assert marks["SSDI trial work months start"] < marks["SSDI stops after the grace months"]
    rows = ui.cliff_rows(result)
    assert rows[0]["net"] == result.rows[0].total_income


def test_why_rows_carry_citations_and_carried_forward_values() -> None:
    p = project(EXAMPLE)
    rows = ui.why_rows(p.months[2])
    assert any(r["rule"] == "ssi.payment" and "416.420" in r["cite"] for r in rows)
    later = ui.why_rows(p.months[14])
    assert any("computed by 20 CFR 404.1574(b)(2)" in r["because"] for r in later)
    assert "20 CFR 416.410" in ui.citations(p)


def test_milestone_rows_use_words() -> None:
    p = project(EXAMPLE)
    rows = ui.milestone_rows([p])
    assert rows[0]["scenario"] == "1. Part-time at $15 an hour"
    assert {r["kind"] for r in rows} >= {"trial work month", "trial work period ends"}


def test_report_is_self_contained_and_complete() -> None:
    scenarios = [EXAMPLE, EXAMPLE.model_copy(update={"name": "<script>alert(1)</script>"})]
    projections = [project(s) for s in scenarios]
    page = ui.report_html(scenarios, projections)
    assert page.startswith("<!doctype html>")
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "src=" not in page and "<link" not in page  # nothing fetched when opened
    for part in (
        "Comparison",
        "Scenario (as saved)",
        "Month by month",
        "Milestones",
        "Assumptions",
        "Not modelled yet",
        "Law cited",
        "20 CFR 416.420",
        "Rule values carried forward",
        "<svg",
        "$1,014.00",
        ui.NOT_MODELLED,
    ):
        assert part in page, part


def test_quick_answer_says_medicaid_continues_under_1619b() -> None:
    """TX, SSI, 40 h at $15: $2,600 a month puts SSI cash at $0; Medicaid continues under
    1619(b) (a year's earnings $31,200 are under any state's threshold)."""
    base, work = (project(s) for s in _quick(["40"]))
    answer = "\n".join(ui.quick_answer(base, work, D("15.00"), D("40")))
    assert "Your SSI cash stops" in answer
    assert "Medicaid: you keep Medicaid under 1619(b) in all 24 months" in answer
    assert ui.NOT_MODELLED not in answer.split("State income tax")[0]


def test_quick_answer_buy_in_and_a_missing_threshold() -> None:
    ohio = ui.quick_scenarios(EXAMPLE, "OH", False, True, D("850.00"), D("15.00"), [D("40")])
    base, work = (project(s) for s in ohio)
    answer = "\n".join(ui.quick_answer(base, work, D("15.00"), D("40")))
    assert "Medicaid through the state's buy-in for working people with disabilities" in answer
    assert "we do not know when your Medicare starts" in answer
    # Arkansas has no sourced 2026 threshold, and $52,000 a year is above the lowest one
    ar = ui.quick_scenarios(EXAMPLE, "AR", True, False, D("0"), D("25.00"), [D("40")])
    base, work = (project(s) for s in ar)
    assert {m.medicaid.covered for m in work.months} == {None}
    answer = "\n".join(ui.quick_answer(base, work, D("25.00"), D("40")))
    assert "we cannot tell: enter your state's 1619(b) threshold from SSA's chart" in answer
    entered = ui.quick_scenarios(
        EXAMPLE, "AR", True, False, D("0"), D("25.00"), [D("40")], threshold_1619b=D("60000.00")
    )
    assert entered[1].medicaid.threshold_1619b == D("60000.00")
    base, work = (project(s) for s in entered)
    answer = "\n".join(ui.quick_answer(base, work, D("25.00"), D("40")))
    assert "you keep Medicaid under 1619(b)" in answer
    assert "($60,000.00 a year)" in answer


def test_quick_medicare_and_housing() -> None:
    rent = ui.QuickHousing(None, D("1100.00"), "2026-07")
    scenarios = ui.quick_scenarios(
        EXAMPLE,
        "IL",
        True,
        True,
        D("850.00"),
        D("15.00"),
        [D("25")],
        housing=rent,
        has_medicare=True,
    )
    housing = scenarios[1].housing
    assert housing is not None and housing.program == "housing_choice_voucher"
    assert housing.payment_standard == housing.gross_rent == D("1100.00")
    assert str(housing.next_annual_reexam) == "2026-07"
    base, work = (project(s) for s in scenarios)
    # with no share given, every scenario starts from what the not-working one works out
    assert housing.current_total_tenant_payment == base.months[0].housing.total_tenant_payment
    assert scenarios[1].medicare.start_month == EXAMPLE.start
    answer = "\n".join(ui.quick_answer(base, work, D("15.00"), D("25")))
    change = next(ms for ms in work.milestones if ms.kind == "rent_change")
    assert str(change.month) == "2026-07"
    assert f"then {ui.dollars(work.months[6].housing.family_share)} from 2026-07" in answer
    assert "Medicare: you have Medicare" in answer
    table = ui.comparison_table([base, work])
    rent_row = next(r for r in table if r["Source"].startswith("Rent"))
    assert rent_row["2. 25 h/week at $15.00"].startswith("$")
    given = ui.quick_scenarios(
        EXAMPLE,
        "IL",
        True,
        False,
        D("0"),
        D("15.00"),
        [D("25")],
        housing=ui.QuickHousing(D("300.00"), D("1100.00"), "2026-07"),
    )
    assert given[0].housing.current_total_tenant_payment == D("300.00")  # type: ignore[union-attr]


def test_cliff_marks_where_medicaid_changes() -> None:
    scenario = _quick(["20"])[1]
    result = ui.cliff(scenario)
    marks = dict((t, h) for h, t in result.markers)
    assert (
        marks["Medicaid continues under 1619(b) in some months"]
        == marks["SSI cash stops ($0) in some months"]
    )
    rows = ui.cliff_rows(result)
    assert rows[40]["net"] == result.rows[40].net_income
    assert rows[40]["medicaid"].startswith("covered")


def test_new_milestone_kinds_have_words() -> None:
    p = project(load_scenario(ROOT / "benefits" / "examples" / "voucher_new_job.yaml"))
    kinds = {r["kind"] for r in ui.milestone_rows([p])}
    assert {"Medicaid changes", "rent changes"} <= kinds
    for kind in ("medicaid", "medicaid_warning", "medicare", "rent_change", "assistance_zero"):
        assert kind in ui.MILESTONE_WORDS


def test_planner_form_round_trip_with_housing_and_household() -> None:
    voucher = load_scenario(ROOT / "benefits" / "examples" / "voucher_new_job.yaml")
    form = ui.scenario_to_form(voucher)
    assert form.gets_housing and form.housing.payment_standard == D("1250.00")
    assert form.medical_expenses == D("45.00")
    member = ui.MemberForm(age=9, relationship="child", student=True, unearned_income=D("120.00"))
    edited = form.__class__(
        **{
            **form.__dict__,
            "household": (member,),
            "resources": D("1500.00"),
            "child_care_expenses": D("200.00"),
            "threshold_1619b": D("41000.00"),
            "enrolled_in_buy_in": True,
            "entitlement_month": "",
            "medicare_start": "2027-02",
            "housing": form.housing.__class__(
                **{
                    **form.housing.__dict__,
                    "rules": "hotma",
                    "current_total_tenant_payment": D("284.00"),
                }
            ),
        }
    )
    scenario = ui.form_to_scenario(edited, voucher)
    assert scenario.household[0].relationship == "child"
    assert scenario.housing is not None and scenario.housing.rules == "hotma"
    assert scenario.medicaid.threshold_1619b == D("41000.00")
    assert str(scenario.medicare.start_month) == "2027-02"
    assert ui.unshown_fields(scenario) == []
    # saved, loaded and shown again: identical
    again = parse_scenario_text(scenario_yaml(scenario))
    assert again == scenario
    assert ui.form_to_scenario(ui.scenario_to_form(again), again) == scenario
    # unticking housing and emptying the threshold remove them (not kept from the loaded file)
    cleared = ui.form_to_scenario(
        edited.__class__(**{**edited.__dict__, "gets_housing": False, "threshold_1619b": None}),
        scenario,
    )
    assert cleared.housing is None and cleared.medicaid.threshold_1619b is None
