"""The Streamlit screen, driven headless with streamlit.testing.v1.AppTest (issue 6)."""

from __future__ import annotations

from pathlib import Path

import pytest

pytest.importorskip("streamlit")
from streamlit.testing.v1 import AppTest  # noqa: E402

from benefits import Scenario, load_scenario  # noqa: E402
from benefits.io import parse_scenario_text, scenario_yaml  # noqa: E402

APP = str(Path(__file__).resolve().parent.parent / "ui_streamlit.py")
EXAMPLE = Path(__file__).resolve().parent.parent / "benefits" / "examples" / "issue_example.yaml"

PASTED = """\
name: Pasted planner file
start: 2026-01
months: 12
state: WA
person: {birth_date: 1980-05-05}
ssi: {other_unearned_income: 100.00}
jobs:
  - {name: Grocery, start: 2026-02-01, hourly_wage: 12.50, hours_per_week: 10,
     pay_frequency: weekly, first_payday: 2026-02-06}
"""


def _app() -> AppTest:
    """The app, with quick mode pinned to start in January 2026 so dates in the tests hold."""
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception, at.exception
    at.text_input(key="q_start").set_value("2026-01")
    at.run()
    assert not at.exception, at.exception
    return at


def _comparison_columns(at: AppTest) -> list[str]:
    tables = [d.value for d in at.dataframe if "Source" in d.value.columns]
    assert len(tables) == 1, "one comparison table"
    return list(tables[0].columns)


def _text(at: AppTest) -> str:
    parts = [
        e.value
        for kind in ("success", "error", "warning", "info", "markdown", "caption")
        for e in getattr(at, kind)
    ]
    return "\n".join(str(p) for p in parts)


def test_app_starts_on_a_built_in_example() -> None:
    at = _app()
    assert at.radio(key="mode").value == "Quick question"
    assert at.number_input(key="q_hours").value == 20
    assert at.number_input(key="q_wage").value == 15
    text = _text(at)
    assert "At 20 hours a week at $15.00" in text
    assert "Nothing you type leaves the machine" in text
    assert "not modelled yet" in text
    # not working, then working: the comparison has both and the difference
    assert _comparison_columns(at)[2:] == ["1. Not working", "2. 20 h/week at $15.00", "2 vs 1"]
    assert not at.error


def test_quick_mode_shows_the_ssi_amount_worked_out_by_hand() -> None:
    """SSI only, $15 an hour, 20 hours a week, paid monthly from January 2026.

    Monthly wages = 15 x 20 x 52 / 12 = $1,300.00. Countable earned income =
    (1,300 - 20 - 65) / 2 = $607.50 (20 CFR 416.1112(c)). SSI counts the income of two months
    earlier (20 CFR 416.420): January and February pay the full FBR $994.00 (2026), from March
    SSI = 994.00 - 607.50 = $386.50; in 2027 (most of the months shown) 1,029.00 - 607.50 =
    $421.50.
    """
    at = _app()
    at.selectbox(key="q_state").set_value("TX")
    at.checkbox(key="q_ssdi").uncheck()
    at.checkbox(key="q_ssi").check()
    at.number_input(key="q_wage").set_value(15.0)
    at.number_input(key="q_hours").set_value(20.0)
    at.run()
    assert not at.exception
    answer = at.success[0].value
    assert "Your SSI goes down from $994.00 to about $421.50 a month from 2026-03" in answer
    # the working scenario's month table: 2026-01 is paid in full, 2026-03 is reduced
    tables = [d.value for d in at.dataframe if "SSI status" in d.value.columns]
    working = tables[1]
    by_month = dict(zip(working["Month"].str.replace(" †", ""), working["SSI"], strict=True))
    assert by_month["2026-01"] == "$994.00"
    assert by_month["2026-03"] == "$386.50"
    assert by_month["2026-12"] == "$386.50"


def test_quick_mode_more_hours_add_columns() -> None:
    at = _app()
    at.multiselect(key="q_more").select(10).select(30)
    at.run()
    assert not at.exception
    assert _comparison_columns(at)[2:] == [
        "1. Not working",
        "2. 20 h/week at $15.00",
        "3. 10 h/week at $15.00",
        "4. 30 h/week at $15.00",
        "2 vs 1",
        "3 vs 1",
        "4 vs 1",
    ]


def test_two_hundred_hours_shows_a_clear_message() -> None:
    at = _app()
    at.number_input(key="q_hours").set_value(200.0)
    at.run()
    assert not at.exception
    message = at.error[0].value
    assert "Hours a week" in message
    assert "must be between 0 and 168" in message
    assert "Traceback" not in message


def test_planner_adding_a_scenario_adds_a_column() -> None:
    at = _app()
    at.radio(key="mode").set_value("Planner").run()
    assert not at.exception
    assert _comparison_columns(at)[2:] == ["1. Part-time at $15 an hour"]
    at.button(key="p_add").click().run()
    assert not at.exception
    columns = _comparison_columns(at)[2:]
    assert columns == [
        "1. Part-time at $15 an hour",
        "2. Part-time at $15 an hour (copy)",
        "2 vs 1",
    ]
    assert len(at.tabs) == 2


def test_planner_bad_hours_in_a_job_shows_a_clear_message() -> None:
    at = _app()
    at.radio(key="mode").set_value("Planner").run()
    at.number_input(key="p1_0_job0_hours").set_value(200.0).run()
    assert not at.exception
    assert "Job 1, Hours a week (hours_per_week): must be between 0 and 168" in at.error[0].value


def test_a_pasted_scenario_appears_in_the_form() -> None:
    at = _app()
    at.radio(key="mode").set_value("Planner").run()
    at.text_area(key="p_paste").input(PASTED)
    at.button(key="p_load_paste").click().run()
    assert not at.exception
    assert at.text_input(key="p2_0_name").value == "Pasted planner file"
    assert at.selectbox(key="p2_0_state").value == "WA"
    assert at.number_input(key="p2_0_months").value == 12
    assert at.number_input(key="p2_0_unearned").value == 100.0
    assert at.text_input(key="p2_0_job0_name").value == "Grocery"
    assert at.number_input(key="p2_0_job0_wage").value == 12.5
    assert at.number_input(key="p2_0_job0_hours").value == 10.0
    assert at.selectbox(key="p2_0_job0_freq").value == "weekly"
    assert not at.checkbox(key="p2_0_ssdi").value
    assert _comparison_columns(at)[2:] == ["1. Pasted planner file"]


def test_an_uploaded_file_appears_in_the_form_and_saves_identically() -> None:
    at = _app()
    at.radio(key="mode").set_value("Planner").run()
    original = load_scenario(EXAMPLE)
    text = scenario_yaml(original).replace("Part-time at $15 an hour", "Uploaded")
    at.file_uploader(key="p_upload").upload("mine.yaml", text.encode(), "application/yaml")
    at.run()
    assert not at.exception
    assert at.text_input(key="p2_0_name").value == "Uploaded"
    assert at.text_input(key="p2_0_twp").value == "2025-08, 2025-09"
    assert at.number_input(key="p2_0_njobs").value == 2
    assert at.radio(key="p2_0_job1_hourly").value == "a fixed amount a month"
    assert at.number_input(key="p2_0_job1_gross").value == 400.0
    # the scenario the form holds is the file that was loaded, and saves and reloads identically
    held = Scenario.model_validate_json(at.session_state.planner[0])
    assert held == original.model_copy(update={"name": "Uploaded"})
    saved = scenario_yaml(held)
    assert scenario_yaml(parse_scenario_text(saved)) == saved
    assert parse_scenario_text(saved) == held


def test_a_bad_file_shows_the_problems_not_a_traceback() -> None:
    at = _app()
    at.radio(key="mode").set_value("Planner").run()
    at.text_area(key="p_paste").input(PASTED.replace("hours_per_week: 10", "hours_per_week: 200"))
    at.button(key="p_load_paste").click().run()
    assert not at.exception
    assert "jobs[0].hours_per_week: must be between 0 and 168" in at.error[0].value.replace(
        "Job 1, Hours a week (hours_per_week)", "jobs[0].hours_per_week"
    )
    # the example stays in the form
    assert at.text_input(key="p1_0_name").value == "Part-time at $15 an hour"


def test_why_this_number_lists_steps_with_citations() -> None:
    at = _app()
    titles = [e.label for e in at.expander]
    month = next(t for t in titles if t.startswith("2026-03 ·"))
    expander = next(e for e in at.expander if e.label == month)
    text = "\n".join(str(m.value) for m in expander.markdown)
    assert "20 CFR 416.420" in text
    assert "ssi.payment" in text
    # 2027 values are computed from the formulas or taken from a secondary source: they say so
    later = next(e for e in at.expander if e.label.startswith("2027-03 ·"))
    text = "\n".join(str(m.value) for m in later.markdown)
    assert "computed by 20 CFR 404.1592(b)(2)" in text and "secondary source" in text


def test_quick_mode_says_medicaid_continues_under_1619b() -> None:
    at = _app()
    at.selectbox(key="q_state").set_value("TX")
    at.checkbox(key="q_ssdi").uncheck()
    at.checkbox(key="q_ssi").check()
    at.number_input(key="q_hours").set_value(40.0)
    at.run()
    assert not at.exception
    answer = at.success[0].value
    assert "Your SSI cash stops" in answer
    assert "you keep Medicaid under 1619(b)" in answer
    assert "Medicaid is not modelled" not in _text(at)
    table = next(d.value for d in at.dataframe if "Source" in d.value.columns)
    medicaid = table[table["Source"].str.startswith("Medicaid (")].iloc[0]
    assert medicaid["2. 40 h/week at $15.00"] == "covered 24/24: 1619(b) 24"


def test_quick_mode_asks_for_a_missing_threshold_and_uses_it() -> None:
    at = _app()
    at.selectbox(key="q_state").set_value("AR")
    at.checkbox(key="q_ssdi").uncheck()
    at.number_input(key="q_wage").set_value(25.0)
    at.number_input(key="q_hours").set_value(40.0)
    at.run()
    assert "enter your state's 1619(b) threshold from SSA's chart" in at.success[0].value
    at.number_input(key="q_threshold").set_value(60000.0).run()
    assert not at.exception
    assert "you keep Medicaid under 1619(b)" in at.success[0].value


def test_quick_mode_rent_help_shows_rent_and_when_it_changes() -> None:
    at = _app()
    at.checkbox(key="q_housing").check().run()
    at.number_input(key="q_gross_rent").set_value(1100.0)
    at.selectbox(key="q_reexam").set_value("2026-07")
    at.run()
    assert not at.exception
    answer = at.success[0].value
    assert "Your rent share is" in answer and "from 2026-07 (annual reexamination)" in answer
    table = next(d.value for d in at.dataframe if "Source" in d.value.columns)
    rent = table[table["Source"].str.startswith("Rent")].iloc[0]
    assert rent["1. Not working"].startswith("$")


def test_planner_round_trip_with_housing_and_household() -> None:
    at = _app()
    at.radio(key="mode").set_value("Planner").run()
    at.selectbox(key="p_example").set_value("voucher_new_job.yaml")
    at.button(key="p_load_example").click().run()
    assert not at.exception
    original = load_scenario(EXAMPLE.parent / "voucher_new_job.yaml")
    assert at.checkbox(key="p2_0_housing").value
    assert at.number_input(key="p2_0_gross_rent").value == 1180.0
    assert at.number_input(key="p2_0_standard").value == 1250.0
    assert at.text_input(key="p2_0_reexam").value == "2027-05"
    assert at.number_input(key="p2_0_medical").value == 45.0
    assert Scenario.model_validate_json(at.session_state.planner[0]) == original
    # add two people, change the first, remove the second
    at.button(key="p2_0_add_member").click().run()
    at.button(key="p2_0_add_member").click().run()
    at.number_input(key="p2_0_hh0_0_age").set_value(8)
    at.selectbox(key="p2_0_hh0_0_rel").set_value("child")
    at.number_input(key="p2_0_hh0_1_earned").set_value(900.0)
    at.number_input(key="p2_0_threshold").set_value(41000.0)
    at.run()
    assert not at.exception
    at.button(key="p2_0_hh0_1_remove").click().run()
    assert not at.exception
    held = Scenario.model_validate_json(at.session_state.planner[0])
    assert [(m.age, m.relationship) for m in held.household] == [(8, "child")]
    assert held.medicaid.threshold_1619b == 41000
    assert held.housing == original.housing
    saved = scenario_yaml(held)
    assert parse_scenario_text(saved) == held
    assert scenario_yaml(parse_scenario_text(saved)) == saved
    assert not [i for i in at.info if "Kept as loaded" in str(i.value)]


def test_quick_mode_starts_next_month_and_refuses_a_bad_first_month() -> None:
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    from datetime import date

    from benefits.months import Month

    assert at.text_input(key="q_start").value == str(Month.of(date.today()).plus(1))
    at.text_input(key="q_start").set_value("next spring")
    at.run()
    assert not at.exception
    assert any("First month to look at" in e.value for e in at.error)
