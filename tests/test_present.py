"""What the screen shows, tested without Streamlit: benefits.present (issue 14)."""

from __future__ import annotations

import csv
import io
import re
from decimal import Decimal
from pathlib import Path

import pytest

from benefits import Scenario, default_rules, incomes, load_scenario, project
from benefits.io import ScenarioError, parse_scenario_text, scenario_json, scenario_yaml
from benefits.money import dollars
from benefits.months import Month
from benefits.present import cliff, compare, drafts, fields, files, quick, sources, story, why
from benefits.projection import numbers
from benefits.sweep import with_hours

ROOT = Path(__file__).resolve().parent.parent
PRESENT = ROOT / "benefits" / "present"
EXAMPLES = sorted((ROOT / "benefits" / "examples").glob("*.y*ml"))
EXAMPLE = load_scenario(ROOT / "benefits" / "examples" / "issue_example.yaml")
RULES = default_rules()
D = Decimal
JAN_2026 = Month(2026, 1)


def _ask(**answers: object) -> quick.AskInputs:
    base: dict[str, object] = {
        "state": "TX",
        "age": 40,
        "start": JAN_2026,
        "wage": D("15.00"),
        "hours": D("20"),
        "pay_frequency": "monthly",
    }
    return quick.AskInputs(**{**base, **answers})  # type: ignore[arg-type]


def _pair(a: quick.AskInputs) -> tuple[object, object, quick.AskScenarios]:
    found = quick.ask_scenarios(a, rules=RULES)
    return project(found.working, RULES), project(found.not_working, RULES), found


def test_no_streamlit_and_no_float_in_the_presentation_package() -> None:
    for path in PRESENT.glob("*.py"):
        source = re.sub(r'""".*?"""', "", path.read_text(encoding="utf-8"), flags=re.S)
        assert "streamlit" not in source, path.name
        assert not re.search(r"\bfloat\(", source), path.name
        assert len(source.splitlines()) < 400, f"{path.name} is over 400 lines"


def test_ask_ssi_only_worked_by_hand() -> None:
    """TX, SSI only, $15 x 20 h x 52 / 12 = $1,300.00 a month paid monthly from January 2026.
    Countable earned income = (1,300 - 20 - 65) / 2 = $607.50 (20 CFR 416.1112(c)); SSI counts
    the income of two months earlier (20 CFR 416.420): January and February pay the full FBR
    ($994.00 in 2026), from March SSI = 994.00 - 607.50 = $386.50; from January 2027, when
    the FBR is $1,029.00, 1,029.00 - 607.50 = $421.50."""
    work, idle, found = _pair(_ask(gets_ssi=True))
    assert [m.ssi.payment for m in work.months[:3]] == [D("994.00"), D("994.00"), D("386.50")]
    told = story.story(work, idle, rules=RULES)
    lines = told.lines()
    assert lines[0].startswith("Jan–Feb 2026: your SSI stays $994.00 (SSI counts your pay two")
    assert "SSI is about $421.50 a month ($386.50 to $421.50)" in lines[1]
    gains = [w.net_income - b.net_income for w, b in zip(work.months, idle.months, strict=True)]
    assert f"First month (Jan 2026): {dollars(gains[0])} more" in told.bottom_line
    assert f"a typical month: {dollars(gains[5])} more" in told.bottom_line
    assert "average" not in " ".join(lines) + told.bottom_line
    assert any("January 1, 2026" in a and "once a month" in a for a in found.assumptions)


def test_ask_ssdi_only_trial_work_grace_and_extended_period() -> None:
    """TX, SSDI $1,400, $20 x 30 h x 52 / 12 = $2,600 a month, paid monthly from January 2026:
    every month is over the trial work amount and SGA. Trial work months 1-9 are Jan-Sep 2026
    (20 CFR 404.1592); October is the cessation month, November and December the two grace
    months, all paid (20 CFR 404.1592a(a)(1)); from January 2027 SSDI is not paid while
    earnings are over SGA, and the 36-month extended period after the trial work period runs
    through September 2029 (20 CFR 404.1592a(b)(1))."""
    a = _ask(gets_ssdi=True, ssdi_check=D("1400.00"), wage=D("20.00"), hours=D("30"))
    work, idle, found = _pair(a)
    lines = story.story(work, idle, rules=RULES).lines()
    assert lines[0].startswith("Jan–Sep 2026: trial work months 1–9 of 9, your SSDI check stays")
    assert lines[1].startswith("Oct–Dec 2026: SSDI is still paid, $1,400.00, in the cessation")
    sga = dollars(RULES.at("ssa.sga.non_blind", Month(2027, 1)).value)
    assert lines[2].startswith(f"From Jan 2027: SSDI stops while you earn over {sga}")
    assert "checks restart without a new application until Sep 2029" in lines[2]
    assert "SSI" not in " ".join(lines)
    assert not any("trial work" in n for n in found.assumptions)


def test_ask_a_buy_in_not_yet_held_is_one_to_apply_for() -> None:
    """TX, SSDI $1,400 and Medicare, no Medicaid now, a job at about $2,000 a month: the
    engine finds the state's buy-in for working people possible while working, but not
    working the person has no Medicaid, so the story says it is one to apply for."""
    a = _ask(gets_ssdi=True, ssdi_check=D("1400.00"), wage=D("20.00"), hours=D("23.08"))
    work, idle, _ = _pair(a)
    assert not any(m.medicaid.covered for m in idle.months)
    assert work.months[0].medicaid.basis == "buy_in"
    lines = story.story(work, idle, rules=RULES).lines()
    assert (
        "you could get Medicaid through the state's buy-in for working people if you apply"
        in (lines[0])
    )


def test_ask_says_what_it_assumed_about_trial_work_months() -> None:
    unknown = quick.ask_scenarios(
        _ask(gets_ssdi=True, ssdi_check=D("900.00"), twp_used=None), rules=RULES
    )
    assert any("assumed none" in n for n in unknown.assumptions)
    used = quick.ask_scenarios(
        _ask(gets_ssdi=True, ssdi_check=D("900.00"), twp_used=3), rules=RULES
    )
    assert used.working.ssdi is not None
    assert [str(m) for m in used.working.ssdi.twp_months_used] == ["2025-12", "2025-11", "2025-10"]


def test_ask_ssi_check_lower_than_the_full_amount_is_other_income() -> None:
    """SSI alone in TX is $994.00 (2026); a check of $900.00 means $94.00 of countable other
    income, so $114.00 a month before the $20 general exclusion (20 CFR 416.1124(c)(12))."""
    found = quick.ask_scenarios(_ask(gets_ssi=True, ssi_check=D("900.00")), rules=RULES)
    assert found.working.ssi is not None
    assert found.working.ssi.other_unearned_income == D("114.00")
    first = project(found.not_working, RULES, explain=False).months[0]
    assert first.ssi.payment == D("900.00")
    assert any("$114.00 a month of other income" in n for n in found.assumptions)


def test_ask_story_says_snap_and_the_rent_share_against_not_working() -> None:
    """PA, SSI with Medicaid, SNAP and a housing voucher (share $280 of $1,100), $14 x 20 h a
    week paid weekly from January 2027, the yearly review in July: each phase says what SNAP
    pays working and not working, and the rent share against not working once it differs."""
    a = _ask(
        state="PA", start=Month(2027, 1), wage=D("14.00"), pay_frequency="weekly",
        gets_ssi=True, has_medicaid=True, gets_snap=True,
        housing=quick.AskHousing(D("280.00"), D("1100.00"), Month(2027, 7)),
    )  # fmt: skip
    work, idle, _ = _pair(a)
    lines = story.story(work, idle, rules=RULES).lines()
    snap, before = work.months[0].snap.benefit, idle.months[0].snap.benefit
    assert before > snap  # the pay lowers SNAP from the first month
    said = f"SNAP is {dollars(snap)} a month ({dollars(before)} if you did not work)"
    assert all(said in line for line in lines), lines
    july = next(i for i, m in enumerate(work.months) if m.month == Month(2027, 7))
    share, idle_share = (
        work.months[july].housing.family_share,
        idle.months[july].housing.family_share,
    )
    assert share != idle_share
    assert (
        f"your rent share is {dollars(share)} ({dollars(idle_share)} if you did not work)"
        in (lines[-1])
    )
    assert "your rent share is $280.00;" in lines[0]  # the same either way: said once


def test_ask_pay_frequency_shows_three_paycheck_months() -> None:
    found = quick.ask_scenarios(_ask(gets_ssi=True, pay_frequency="biweekly"), rules=RULES)
    work = project(found.working, RULES, explain=False)
    paid = [m.wages_paid for m in work.months[:12]]
    assert max(paid) > min(paid)  # a month with three biweekly paydays pays more
    assert found.working.jobs[0].pay_frequency == "biweekly"


def test_ask_with_rent_help_keeps_the_start_month() -> None:
    """Issue 9's drift defect: the rent re-call used to drop `start`."""
    housing = quick.AskHousing(None, D("1100.00"), Month(2026, 7))
    start = Month(2027, 3)
    found = quick.ask_scenarios(_ask(gets_ssi=True, housing=housing, start=start), rules=RULES)
    assert found.working.start == found.not_working.start == start
    assert found.working.housing is not None
    idle = project(found.not_working, RULES, explain=False)
    assert found.working.housing.current_total_tenant_payment == (
        idle.months[0].housing.total_tenant_payment
    )


def test_ask_refuses_two_hundred_hours_in_plain_words() -> None:
    with pytest.raises(ScenarioError) as caught:
        quick.ask_scenarios(_ask(gets_ssi=True, hours=D("200")), rules=RULES)
    assert caught.value.problems == ["jobs[0].hours_per_week: must be between 0 and 168"]
    assert fields.friendly_problem(caught.value.problems[0]) == (
        "Jobs › job 1 › Hours a week: must be between 0 and 168"
    )


def test_story_says_what_cannot_be_computed() -> None:
    """Arkansas has no sourced 1619(b) threshold; $52,000 a year is above the lowest one."""
    work, idle, _ = _pair(_ask(state="AR", gets_ssi=True, wage=D("25.00"), hours=D("40")))
    told = story.story(work, idle, rules=RULES)
    assert told.needs_threshold
    assert "1619(b) threshold" in " ".join(told.lines())
    work, idle, _ = _pair(
        _ask(state="AR", gets_ssi=True, wage=D("25.00"), hours=D("40"), threshold_1619b=D("60000"))
    )
    told = story.story(work, idle, rules=RULES)
    assert not told.needs_threshold
    assert "Medicaid continues under 1619(b) while your yearly pay stays under $60,000.00" in (
        " ".join(told.lines())
    )


def test_grace_months_are_two_never_three() -> None:
    """Issue 9's drift defect: the screen said 'three grace months'; the law says two."""
    assert RULES.at("ssa.ssdi.grace_months", JAN_2026).value == 2
    for path in [*PRESENT.glob("*.py"), *(ROOT / "app").rglob("*.py")]:
        assert "three grace" not in path.read_text(encoding="utf-8"), path.name


def test_chart_draws_every_income_source() -> None:
    """Issue 9's drift defect: the chart drew 3 of its 6 sources."""
    paid = {line.key for line in incomes.LINES if line.sign > 0 and line.path is not None}
    assert set(sources.CHART_SOURCES) == paid
    assert {"wages", "ssi", "ssp", "ssdi", "snap", "eitc"} <= paid
    assert set(sources.CHART_COLORS) == set(sources.CHART_SOURCES)
    # Ohio's supplement is a sourced $0 in the person's own household: drawn as every source
    assert len(sources.stacked_rows(project(EXAMPLE), "1. x")) == 24 * len(sources.CHART_SOURCES)
    # Colorado's supplement amount is not sourced: left out of the chart, not drawn as $0
    p = project(EXAMPLE.model_copy(update={"state": "CO"}))
    stacked = sources.stacked_rows(p, "1. x")
    assert p.months[0].ssi.state_supplement is None
    assert len(stacked) == 24 * (len(sources.CHART_SOURCES) - 1)
    first = [r for r in stacked if r["month"] == "2026-01"]
    assert sum(r["amount"] for r in first) == sources.chart_total(p.months[0])
    assert "state supplement" in " ".join(sources.unknown_amounts(p))


def test_comparison_averages_totals_and_differences() -> None:
    found = quick.ask_scenarios(_ask(gets_ssi=True), rules=RULES)
    projections = [project(found.not_working, RULES), project(found.working, RULES)]
    rows = {(r.source.key, r.period): r for r in compare.comparison(projections)}
    assert rows[("wages", "Monthly average")].values == [D("0.00"), D("1300.00")]
    assert rows[("wages", "First 12 months")].values[1] == D("15600.00")
    ssi_12 = rows[("ssi", "First 12 months")].values
    assert ssi_12 == [12 * D("994.00"), 2 * D("994.00") + 10 * D("386.50")]
    assert rows[("payroll", "Monthly average")].values == [D("0.00"), D("99.45")]
    table = compare.comparison_table(projections)
    state_tax = [r for r in table if r["Source"] == "State and local income tax"]
    assert {v for r in state_tax for v in list(r.values())[2:]} == {compare.NOT_MODELLED}
    medicaid = next(
        r
        for r in table
        if r["Source"].startswith("Medicaid (") and r["Period"] == "First 12 months"
    )
    assert medicaid["1. Not working"] == "covered 12/12: SSI 12"
    out = list(csv.reader(io.StringIO(compare.comparison_csv(projections))))
    assert out[1] == ["Wages (paid, before taxes)", "Monthly average", "0.00", "1300.00", "1300.00"]


def test_short_projection_has_no_24_month_total() -> None:
    table = compare.comparison_table([project(EXAMPLE.model_copy(update={"months": 12}))])
    line = next(
        r for r in table if r["Source"].startswith("Wages") and r["Period"] == "First 24 months"
    )
    assert line["1. Part-time at $15 an hour"].startswith("n/a")


def test_month_rows_use_words_not_codes() -> None:
    rows = compare.month_rows(project(EXAMPLE))
    assert rows[0]["SSI"] == "$164.00" and rows[0]["Medicaid"] == "Medicaid through SSI"
    codes = {"1619b_candidate", "ssp_only", "trial_work", "suspended_sga", "hours_per_week"}
    assert not codes & {v for r in rows for v in r.values()}


def test_cliff_marks_the_largest_falls_with_their_cause() -> None:
    scenario = quick.ask_scenarios(
        _ask(gets_ssdi=True, ssdi_check=D("1400.00")), rules=RULES
    ).working
    result = cliff.cliff(scenario, RULES)
    assert [p.hours for p in result.points] == [D(h) for h in range(41)]
    nets = [p.net_income for p in result.points]
    falls = sorted((a - b for a, b in zip(nets, nets[1:], strict=False)), reverse=True)
    assert [d.lost for d in sorted(result.drops, key=lambda d: -d.lost)] == falls[
        : len(result.drops)
    ]
    biggest = max(result.drops, key=lambda d: d.lost)
    assert biggest.cause.startswith("SSDI falls")
    kept = dict(result.kept())
    assert kept[D(1)] is not None and kept[D(1)] > 0


def test_cliff_says_why_ssi_falls_at_24_hours() -> None:
    """ssi_part_time (OH, $15 an hour, biweekly): at 24 h a month with three paychecks pays
    3 x 24 x 15 x 2 = $2,160; countable (2,160 - 20 - 65) / 2 = $1,037.50 passes the 2027 federal
    rate $1,029, so no SSI is paid that month (20 CFR 416.1112, 416.420(a)); at 23 h it is
    (2,070 - 85) / 2 = $992.50 and SSI is paid. Net income falls from 23 to 24 hours."""
    scenario = load_scenario(ROOT / "benefits" / "examples" / "ssi_part_time.yaml")
    result = cliff.cliff(scenario, RULES)
    drop = next(d for d in result.drops if d.hours == D(24))
    assert drop.after < drop.before
    assert drop.cause.startswith("SSI falls") and "extra paycheck" in drop.cause
    month = Month.parse("2027-01")
    at = {h: next(m for m in numbers(with_hours(scenario, D(h)), RULES) if m.month == month)
          for h in (23, 24)}  # fmt: skip
    assert at[23].wages_paid == D("2070.00") and at[23].ssi.payment > 0
    assert at[24].wages_paid == D("2160.00") and at[24].ssi.payment == 0


def test_cliff_takes_the_numbers_only_path(monkeypatch: pytest.MonkeyPatch) -> None:
    # One numbers-only projection per level (no steps, output models or no-work comparison).
    calls: list[object] = []
    real = cliff.numbers

    def spy(*args: object, **kwargs: object) -> object:
        calls.append(args[0])
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(cliff, "numbers", spy)
    cliff.cliff(EXAMPLE, RULES, top=3)
    assert len(calls) == 4


def test_why_rows_carry_citations_and_carried_forward_values() -> None:
    p = project(EXAMPLE)
    rows = why.why_rows(p.months[2])
    assert any(r["rule"] == "ssi.payment" and "416.420" in r["cite"] for r in rows)
    # 2027 values computed from their formulas say so (issue 12)
    later = why.why_rows(p.months[14])
    assert any("computed by 20 CFR 404.1574(b)(2)" in r["because"] for r in later)
    assert "20 CFR 416.410" in why.citations(p)
    kinds = {r["kind"] for r in why.milestone_rows([p])}
    assert {"trial work month", "trial work period ends"} <= kinds


def test_every_field_of_the_format_has_a_label_and_a_kind() -> None:
    table = fields.all_fields()
    missing = [f.path for f in table if not fields.labelled(f.path)]
    assert not missing, f"fields without plain words: {missing}"
    for path in ("snap", "shelter.rent", "taxes.filing_status", "housing.eid.start_month",
                 "medicaid.annual_medicaid_expenses"):  # fmt: skip
        assert path in {f.path for f in table}
    kinds = {f.path: f.kind for f in table}
    assert kinds["jobs[].hours_per_week"] == "hours" and kinds["ssdi.twp_months_used"] == "months"


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_a_draft_round_trips_identically(path: Path) -> None:
    """A scenario as a draft, through the form's widget values and back, is unchanged; saved
    and loaded again, the file is identical."""
    scenario = load_scenario(path)
    data = drafts.draft_of(scenario)
    for spec in fields.all_fields():
        if spec.kind in ("section", "list") or "[]" in spec.path:
            continue
        where = drafts.parse_path(spec.path)
        value = drafts.get_in(data, where)
        if value is None:
            continue
        widget = drafts.to_widget(spec, value)
        drafts.set_in(data, where, drafts.from_widget(spec, widget))
    back, problems = drafts.check(data)
    assert not problems and back == scenario
    for save in (scenario_yaml, scenario_json):
        text = save(back)
        assert save(parse_scenario_text(text)) == text


def test_draft_problems_are_kept_by_field() -> None:
    data = drafts.draft_of(EXAMPLE)
    drafts.set_in(data, ["jobs", 0, "hours_per_week"], "200")
    drafts.set_in(data, ["ssdi", "twp_months_used"], ["2025-13"])
    scenario, problems = drafts.check(data)
    assert scenario is None
    assert problems["jobs[0].hours_per_week"] == ["must be between 0 and 168"]
    assert any(k.startswith("ssdi.twp_months_used") for k in problems)


def test_files_round_trip_and_refuse_big_uploads() -> None:
    scenarios = [EXAMPLE, EXAMPLE.model_copy(update={"name": "Second"})]
    assert files.parse_scenarios_text(files.scenarios_json(scenarios)) == scenarios
    assert files.read_upload(scenario_yaml(EXAMPLE).encode(), "x.yaml") == [EXAMPLE]
    with pytest.raises(ScenarioError) as caught:
        files.read_upload(b"#" * 1_000_001, "big.yaml")
    assert "larger than 1,000,000 bytes (1 MB)" in caught.value.problems[0]
    with pytest.raises(ScenarioError):
        files.read_upload(b"\xff\xfe", "bin.yaml")


def test_scenario_model_is_the_only_source_of_fields() -> None:
    assert {f.name for f in fields.fields_of(Scenario)} == set(Scenario.model_fields)


def test_the_duty_list_dates_the_first_paycheck_report() -> None:
    example = Path(__file__).parent.parent / "benefits" / "examples" / "ssi_part_time.yaml"
    p = project(load_scenario(example))
    reports = [r for r in why.duty_summary([p]) if r["what"].startswith("Report to Social Sec")]
    # The first paycheck (December 2026) is reported by the 10th of January (20 CFR 416.714).
    assert reports and reports[0]["when"].startswith("by 2027-01-10")


def test_compare_lists_each_duty_once_with_its_due_dates() -> None:
    """Compare's table: a report due every month is one line (first and last due dates), a
    warning one line with its months; every report and warning of the months is in it."""
    example = Path(__file__).parent.parent / "benefits" / "examples" / "ssi_part_time.yaml"
    p = project(load_scenario(example))
    rows = why.duty_summary([p, p])
    assert {r["scenario"] for r in rows} == {"1", "2"} and all(r["law"] for r in rows)
    mine = [r for r in rows if r["scenario"] == "1"]
    reports = {(r.to, r.what) for m in p.months for r in m.reports}
    warned = {w.text for m in p.months for w in m.warnings}
    assert len(mine) == len(reports) + len(warned)
    wages = next(r for r in mine if "gross wages" in r["what"])
    due = [r.due.isoformat() for m in p.months for r in m.reports if "gross wages" in r.what]
    assert wages["when"] == f"by {due[0]}, then {len(due) - 1} more times to {due[-1]}"
    assert wages["when"].startswith("by 2027-01-10")  # December 2026's pay (20 CFR 416.714)


def test_an_unknown_supplement_says_where_to_find_it() -> None:
    """The voucher example's state pays a supplement whose amount is not in the calculator:
    the table says where the amount comes from, not an internal word like "(Planner)"."""
    from benefits.present.compare import UNKNOWN_SSP, comparison_table

    voucher = load_scenario(ROOT / "benefits" / "examples" / "voucher_new_job.yaml")
    table = comparison_table([project(voucher, RULES)], "Monthly average")
    row = next(r for r in table if r["Source"].startswith("State supplement"))
    assert list(row.values())[1] == UNKNOWN_SSP == "amount unknown (enter it from the SSI notice)"


def test_ask_a_job_that_ends_ssi_and_ssdi() -> None:
    """A job that ends: SSI (monthly $1,300 from January 2026 to June 2026) counts the last
    pay in July and August (20 CFR 416.420) and is back to the full rate from September; SSDI
    ($1,400, about $2,000 a month of pay through March 2027) is paid again the month after the
    pay stops, inside the extended period, without a new application (20 CFR 404.1592a(a)(2))."""
    work, idle, found = _pair(_ask(gets_ssi=True, end=Month(2026, 6)))
    lines = story.story(work, idle, rules=RULES).lines()
    assert lines[2].startswith("Jul–Aug 2026: the job has ended; SSI is about $386.50 a month")
    assert "it still counts your last pay" in lines[2] and "less than not working" in lines[2]
    assert lines[3].startswith("From Sep 2026: your SSI is back to $")  # the full rate
    assert "the job has ended" not in lines[3]  # said once, where it happens
    assert any(a.startswith("The job ends on June 30, 2026") for a in found.assumptions)
    a = _ask(
        gets_ssdi=True, ssdi_check=D("1400.00"), wage=D("20.00"), hours=D("23.08"),
        end=Month(2027, 3),
    )  # fmt: skip
    work, idle, _ = _pair(a)
    assert work.months[15].ssdi.status == "epe_paid"  # April 2027
    lines = story.story(work, idle, rules=RULES).lines()
    assert lines[-1].startswith("From Apr 2027: the job has ended; SSDI is paid again, $")
