"""The Streamlit screen, driven headless with streamlit.testing.v1.AppTest (issue 14).

Every page is run; the planner's case store lives in a temporary folder (BENEFITS_DATA_DIR).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

pytest.importorskip("streamlit")
from streamlit.testing.v1 import AppTest  # noqa: E402

from benefits import Scenario, default_rules, load_scenario  # noqa: E402
from benefits.io import scenario_yaml  # noqa: E402
from benefits.months import Month  # noqa: E402
from benefits.present.files import parse_scenarios_text  # noqa: E402
from tests import html_tables  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
APP = str(ROOT / "ui_streamlit.py")
EXAMPLE = ROOT / "benefits" / "examples" / "issue_example.yaml"
RULES = default_rules()
PAGES = ["ask", "plan", "compare", "cliff", "why", "report", "about"]


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("BENEFITS_DATA_DIR", str(tmp_path))
    yield tmp_path


def _app() -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    assert not at.exception, at.exception
    return at


def _page(at: AppTest, name: str) -> AppTest:
    at.switch_page(f"app/pages/{name}.py").run()
    assert not at.exception, at.exception
    return at


def _text(at: AppTest) -> str:
    parts = [
        e.value
        for kind in ("success", "error", "warning", "info", "markdown", "caption")
        for e in getattr(at, kind)
    ]
    return "\n".join(str(p) for p in parts).replace("\\", "")


def _answer_ssi_only(at: AppTest, *, state: str = "TX", hours: float = 20.0) -> None:
    at.selectbox(key="ask_state").set_value(state)
    at.number_input(key="ask_age").set_value(40)
    at.radio(key="ask_ssi").set_value("Yes")
    at.radio(key="ask_ssdi").set_value("No")
    at.number_input(key="ask_wage").set_value(15.0)
    at.number_input(key="ask_hours").set_value(hours)
    at.selectbox(key="ask_freq").set_value("monthly")
    at.run()
    assert not at.exception, at.exception


def test_every_page_runs_with_nothing_entered() -> None:
    at = _app()
    for name in PAGES:
        _page(at, name)
        assert not at.error, (name, [e.value for e in at.error])
    assert "Nothing you type leaves the machine" in _text(at)


def test_ask_starts_empty_and_asks() -> None:
    at = _app()
    assert at.selectbox(key="ask_state").value is None
    assert at.number_input(key="ask_age").value is None
    assert at.radio(key="ask_ssi").value is None and at.radio(key="ask_ssdi").value is None
    assert at.number_input(key="ask_wage").value is None
    assert "A typical month" not in _text(at)
    assert "Still needed: your state, your age" in _text(at)


def test_ask_ssi_only_answer_by_phases() -> None:
    """$15 x 20 h x 52 / 12 = $1,300.00 a month; countable (1,300 - 20 - 65) / 2 = $607.50;
    SSI = FBR - 607.50 from the third month (20 CFR 416.1112(c), 416.420)."""
    at = _app()
    _answer_ssi_only(at)
    start = at.selectbox(key="ask_start").value
    assert isinstance(start, Month)
    fbr = RULES.at("ssa.ssi.federal_benefit_rate.individual", start.plus(2)).value
    text = _text(at)
    assert (
        f"your SSI stays ${RULES.at('ssa.ssi.federal_benefit_rate.individual', start).value:,}"
        in text
    )
    assert f"SSI is about ${fbr - Decimal('607.50'):,} a month" in text
    table = next(str(m.value) for m in at.markdown if str(m.value).startswith("| First month"))
    head, _, values = table.splitlines()
    assert head.split(" | ")[1] == "A typical month" and "Lowest month" in head
    assert values.count("**+\\$") == 3
    assert "SSDI" not in text.split("Privacy")[0].split("What we assumed")[0]


def test_ask_a_job_that_ends() -> None:
    """The job's last month is asked ("Ending in"); the story says the job has ended, the two
    months SSI still counts the last pay, and SSI back to the full amount after them. A later
    start drops an end month before it."""
    at = _app()
    _answer_ssi_only(at)
    start = at.selectbox(key="ask_start").value
    assert isinstance(start, Month) and at.selectbox(key="ask_end").value is None
    at.selectbox(key="ask_end").set_value(start.plus(5)).run()
    assert not at.exception, at.exception
    text = _text(at)
    assert "the job has ended; SSI is about" in text
    assert "it still counts your last pay, two months after it was paid" in text
    assert "your SSI is back to $" in text
    assert any("The job ends on" in str(m.value) for m in at.markdown)
    # The typical month is one the job pays in, not +$0.00 from the months after it.
    table = next(str(m.value) for m in at.markdown if str(m.value).startswith("| First month"))
    head, _, values = table.splitlines()
    assert head.split(" | ")[1] == "A typical month while you work"
    assert values.split(" | ")[1] != "**+\\$0.00**", values
    assert "take-home in a typical month while you work" in _text(at)
    at.selectbox(key="ask_start").set_value(start.plus(8)).run()
    assert not at.exception, at.exception
    assert at.selectbox(key="ask_end").value in (None, *[start.plus(8 + i) for i in range(36)])


def test_ask_ssdi_only_says_trial_work_and_assumption() -> None:
    at = _app()
    at.selectbox(key="ask_state").set_value("TX")
    at.number_input(key="ask_age").set_value(35)
    at.radio(key="ask_ssi").set_value("No")
    at.radio(key="ask_ssdi").set_value("Yes").run()
    at.number_input(key="ask_ssdi_check").set_value(1400.0)
    at.number_input(key="ask_wage").set_value(20.0)
    at.number_input(key="ask_hours").set_value(30.0)
    at.selectbox(key="ask_freq").set_value("monthly")
    at.run()
    assert not at.exception
    text = _text(at)
    assert "trial work months 1–9 of 9, your SSDI check stays $1,400.00" in text
    assert "checks restart without a new application until" in text
    assert "assumed none" in text  # "I don't know" trial work months is the default answer


def test_ask_two_hundred_hours_is_refused_by_the_widget() -> None:
    at = _app()
    _answer_ssi_only(at, hours=168.0)
    assert not at.exception
    assert at.number_input(key="ask_hours").max == 168.0


def test_ask_asks_for_a_missing_threshold_where_the_answer_is() -> None:
    at = _app()
    _answer_ssi_only(at, state="AR", hours=40.0)
    at.number_input(key="ask_wage").set_value(25.0).run()
    assert "secure.ssa.gov/poms.nsf/lnx/0502302200" in _text(at)
    at.number_input(key="ask_threshold").set_value(60000.0).run()
    assert not at.exception
    assert "under $60,000.00" in _text(at)


def test_answers_stay_when_visiting_other_pages() -> None:
    at = _app()
    _answer_ssi_only(at)
    # under the last question (a phone shows it; the answer is above the questions there)
    said = [m.value for m in at.markdown if "Your answer:" in str(m.value)]
    assert len(said) == 1 and "in a typical month" in said[0] and "(#answer)" in said[0]
    _page(at, "why")
    assert "20 CFR" in _text(at)
    _page(at, "compare")
    assert html_tables.table(at, "Income and costs by source").columns[0] == "Source"
    _page(at, "cliff")
    assert "Where net income falls" in _text(at) or "does not fall" in _text(at)
    _page(at, "ask")
    assert at.selectbox(key="ask_state").value == "TX"
    assert "A typical month" in _text(at)


def _case_with_example(at: AppTest) -> AppTest:
    _page(at, "plan")
    at.text_input(key="plan_new_label").input("Ms. A, December")
    at.button(key="plan_new").click().run()
    at.selectbox(key="plan_example").set_value("issue_example.yaml")
    at.button(key="plan_add_example").click().run()
    assert not at.exception, at.exception
    return at


def _part(at: AppTest, top: str) -> None:
    """Show the part of the planner's form that holds a top-level field."""
    from benefits.present.labels import form_part

    picker = [b for b in at.button_group if b.key == "plan_part"]
    if picker and picker[0].value != form_part(top):
        picker[0].set_value(form_part(top)).run()


def _field(at: AppTest, path: str) -> object:
    _part(at, path.split(".")[0].split("[")[0])
    found = [w for w in at.main if getattr(w, "key", None) and str(w.key).endswith(f":{path}")]
    assert found, path
    return found[0]


def test_plan_creates_a_case_and_autosaves_every_change() -> None:
    at = _case_with_example(at=_app())
    hours = _field(at, "jobs[0].hours_per_week")
    hours.set_value(25.0).run()  # type: ignore[attr-defined]
    assert not at.exception
    name = _field(at, "name")
    name.set_value("Part-time, 25 hours").run()  # type: ignore[attr-defined]
    # names update at once: the scenario picker already shows the new name
    picker = at.button_group[0] if at.button_group else None
    assert picker is not None and "Part-time, 25 hours" in str(picker.options).replace("\\", "")
    # a new session (a refresh) reopens the same case with the same work
    again = _page(_app(), "plan")
    assert _field(again, "name").value == "Part-time, 25 hours"  # type: ignore[attr-defined]
    assert _field(again, "jobs[0].hours_per_week").value == 25.0  # type: ignore[attr-defined]


def test_the_open_case_is_read_once_a_run_and_a_rename_shows_at_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from app.store import CaseStore

    at = _case_with_example(at=_app())
    reads: list[int] = []
    real = CaseStore.case

    def counted(self: CaseStore, case_id: int) -> object:
        reads.append(case_id)
        return real(self, case_id)

    monkeypatch.setattr(CaseStore, "case", counted)
    at.run()
    assert len(reads) == 1, reads  # not once for each of the page's questions
    at.text_input(key="plan_label").input("Ms. A, renamed").run()
    assert at.selectbox(key="plan_case").format_func(at.selectbox(key="plan_case").value) == (
        "Ms. A, renamed"
    )
    assert at.text_input(key="plan_label").value == "Ms. A, renamed"


def test_plan_keeps_an_invalid_draft_and_says_what_is_wrong() -> None:
    at = _case_with_example(at=_app())
    _field(at, "start").set_value("next spring").run()  # type: ignore[attr-defined]
    assert not at.exception
    assert "not a month" in _text(at)
    assert "Not in the saved file until fixed" in _text(at)
    again = _page(_app(), "plan")
    assert _field(again, "start").value == "next spring"  # type: ignore[attr-defined]


def test_plan_every_section_can_be_switched_on_and_edited() -> None:
    at = _case_with_example(at=_app())
    _part(at, "ssdi")
    assert "From the BPQY (SSA's Benefits Planning Query)" in _text(at)
    for section in ("snap", "housing"):
        _part(at, section)
        toggle = [t for t in at.toggle if str(t.key).endswith(f":{section}?")][0]
        toggle.set_value(True).run()
        assert not at.exception
    _field(at, "shelter.rent").set_value(650.0).run()  # type: ignore[attr-defined]
    _field(at, "taxes.filing_status").set_value("single").run()  # type: ignore[attr-defined]
    _field(at, "medicaid.annual_medicaid_expenses").set_value(1200.0).run()  # type: ignore[attr-defined]
    assert not at.exception
    from app.store import CaseStore

    store = CaseStore()
    case = store.cases()[0]
    data = store.drafts(case.id)[0].data
    scenario = Scenario.model_validate(data)
    assert scenario.snap is not None and scenario.housing is not None
    assert scenario.shelter.rent == Decimal("650.00")
    assert scenario.taxes.filing_status == "single"
    assert scenario.medicaid.annual_medicaid_expenses == Decimal("1200.00")


def test_plan_upload_adds_and_a_bad_upload_keeps_the_scenarios() -> None:
    at = _case_with_example(at=_app())
    original = load_scenario(EXAMPLE)
    text = scenario_yaml(original).replace("Part-time at $15 an hour", "Uploaded")
    at.file_uploader(key="plan_upload").upload("mine.yaml", text.encode(), "application/yaml")
    at.run()
    assert not at.exception
    assert "Uploaded" in str(at.button_group[0].options).replace("\\", "")
    bad = text.replace("hours_per_week: '20'", "hours_per_week: '200'")
    at.file_uploader(key="plan_upload").upload("bad.yaml", bad.encode(), "application/yaml")
    at.run()
    assert not at.exception
    assert "must be between 0 and 168" in _text(at)
    assert len(at.button_group[0].options) == 2


def test_plan_export_then_import_is_identical() -> None:
    at = _case_with_example(at=_app())
    saved = next(b for b in at.get("download_button") if "case file" in str(b.proto.label))
    body = saved.proto.url  # the file lives in Streamlit's media store; rebuild it instead
    assert body
    from app.store import CaseStore
    from benefits.present.files import scenarios_json

    store = CaseStore()
    drafts = store.drafts(store.cases()[0].id)
    exported = scenarios_json([Scenario.model_validate(d.data) for d in drafts])
    assert parse_scenarios_text(exported) == [load_scenario(EXAMPLE)]


def test_result_pages_show_the_case() -> None:
    at = _case_with_example(at=_app())
    _page(at, "compare")
    table = html_tables.table(at, "Income and costs by source")
    assert table.columns == ["Source", "1. Part-time at $15 an hour"]
    _page(at, "why")
    assert "416.420" in _text(at)
    _page(at, "cliff")
    assert not at.error
    _page(at, "report")
    _page(at, "about")
    assert "Not modelled yet" in [h.value for h in at.subheader]


def test_ask_saves_a_missing_threshold_to_the_local_overlay(data_dir: Path) -> None:
    """Arkansas has no sourced 1619(b) threshold: entered once and saved, it is a local rules
    overlay value that later answers use, and the steps say where it came from (issue 12)."""
    at = _app()
    _answer_ssi_only(at, state="AR", hours=40.0)
    at.number_input(key="ask_wage").set_value(25.0).run()
    at.number_input(key="ask_threshold").set_value(61000.0).run()
    at.button(key="ask_save_threshold").click().run()
    assert not at.exception, at.exception
    saved = data_dir / "rules-overlay" / "ssa.ssi.threshold_1619b.yaml"
    assert saved.exists() and "61000.00" in saved.read_text(encoding="utf-8")
    # the answer no longer needs to ask: the overlay gives the threshold
    assert not [w for w in at.number_input if w.key == "ask_threshold"]
    assert "under $61,000.00" in _text(at)
    assert "Saved on this computer" in _text(at)


def test_ask_asks_for_an_unknown_supplement() -> None:
    """Colorado pays a supplement whose amount is not sourced: the answer asks for it in place
    (Ohio pays none in the person's own household: a sourced $0, nothing to ask)."""
    at = _app()
    _answer_ssi_only(at, state="OH")
    assert "state supplement" not in _text(at).split("What we assumed")[0]
    _answer_ssi_only(at, state="CO")
    assert "Not worked out: the state supplement" in _text(at)
    at.number_input(key="ask_supplement").set_value(25.0).run()
    assert not at.exception
    assert "Not worked out: the state supplement" not in _text(at)


def test_plan_comes_back_to_the_scenario_being_edited() -> None:
    from app.store import CaseStore

    at = _case_with_example(at=_app())
    at.button(key="plan_add").click().run()
    first, second = (d.id for d in CaseStore().drafts(CaseStore().cases()[0].id))
    assert at.button_group[0].value == second  # the copy just added is open
    assert _page(_app(), "plan").button_group[0].value == second  # and still after a refresh
    at.button_group[0].set_value(first).run()
    assert _page(_app(), "plan").button_group[0].value == first


def test_plan_comes_back_to_the_part_of_the_form_being_edited() -> None:
    at = _case_with_example(at=_app())
    _part(at, "jobs")
    again = _page(_app(), "plan")  # a refresh: a new session
    picker = next(b for b in again.button_group if b.key == "plan_part")
    assert picker.value == "Work"
    assert any(str(n.key).endswith(":jobs[0].hours_per_week") for n in again.number_input)


def test_user_text_is_shown_as_plain_text() -> None:
    """A scenario name with Markdown (an image, a link) is escaped wherever it is shown."""
    at = _case_with_example(at=_app())
    _field(at, "name").set_value("![x](http://example.com/a.png) **[link](http://e.com)**").run()  # type: ignore[attr-defined]
    assert not at.exception
    option = str(at.button_group[0].options[0])
    assert "\\!\\[x\\]\\(http" in option and "\\*\\*" in option
    _page(at, "compare")
    assert all("](http" not in str(h.value) for h in at.subheader)


def test_cliff_marks_where_ssdi_stops_with_its_cause() -> None:
    """SSDI $1,400 and a job at $20 an hour: somewhere between 0 and 40 hours a week the
    monthly average net income falls because SSDI stops above SGA (20 CFR 404.1592a)."""
    at = _app()
    at.selectbox(key="ask_state").set_value("TX")
    at.number_input(key="ask_age").set_value(35)
    at.radio(key="ask_ssi").set_value("No")
    at.radio(key="ask_ssdi").set_value("Yes").run()
    at.number_input(key="ask_ssdi_check").set_value(1400.0)
    at.number_input(key="ask_wage").set_value(20.0)
    at.number_input(key="ask_hours").set_value(30.0)
    at.selectbox(key="ask_freq").set_value("monthly")
    at.run()
    _page(at, "cliff")
    text = _text(at)
    assert "Where net income falls" in text
    assert "SSDI falls" in text and "404.1592a" in text
    # the chart as a table, for a screen reader and a phone
    assert len(html_tables.table(at, "Net income by hours").rows) == 41


def test_ask_asks_medicare_of_a_person_on_ssi_only() -> None:
    """Medicare is asked of everyone (a person on SSI can have it at 65, or on a parent's
    record): ticked, both of Ask's scenarios carry medicare.start_month."""
    at = _app()
    _answer_ssi_only(at)
    assert at.checkbox(key="ask_medicare").value is False
    at.checkbox(key="ask_medicare").check().run()
    assert not at.exception, at.exception
    scenarios = [Scenario.model_validate_json(t) for t in at.session_state["ask_scenarios"]]
    start = at.selectbox(key="ask_start").value
    assert [s.medicare.start_month for s in scenarios] == [start, start]  # type: ignore[union-attr]
    assert "A typical month" in _text(at)


def test_plan_adds_and_removes_a_job() -> None:
    at = _case_with_example(at=_app())
    _part(at, "jobs")
    add = next(b for b in at.button if str(b.key).endswith(":jobs+"))
    add.click().run()
    assert not at.exception, at.exception
    from app.store import CaseStore

    store = CaseStore()
    case = store.cases()[0].id
    assert len(store.drafts(case)[0].data["jobs"]) == 3  # the example has two jobs
    remove = next(b for b in at.button if str(b.key).endswith(":jobs[0]-"))
    remove.click().run()
    assert not at.exception, at.exception
    jobs = store.drafts(case)[0].data["jobs"]
    assert len(jobs) == 2 and jobs[0]["monthly_gross"] == "400.00"  # the first job is gone


def test_compare_shows_one_scenarios_months_at_a_time() -> None:
    at = _case_with_example(at=_app())
    at.button(key="plan_add").click().run()  # a second scenario (a copy, renamed)
    _page(at, "compare")
    # At first only the net income of every scenario is drawn; the rest when opened.
    assert len(at.get("vega_lite_chart")) == 1
    said = [str(m.value) for m in at.markdown if "milestones, from" in str(m.value)]
    assert said and re.search(r"from [A-Z][a-z]{2} \d{4} to [A-Z][a-z]{2} \d{4}\.$", said[0])
    assert not any("Every month of" in h.value for h in at.get("html"))
    for key in ("compare_months_open", "compare_income_open", "compare_timeline_open"):
        at.session_state[key] = True
    at.run()
    months = html_tables.table(at, "Every month of 1. ")
    assert months.columns[0] == "Month" and len(months.rows) == 24
    picker = at.selectbox(key="compare_months")
    assert [str(o) for o in picker.options][1].startswith("2. ")
    picker.set_value(1).run()
    assert not at.exception, at.exception
    assert len(html_tables.table(at, "Every month of 2. ").rows) == 24
    # one chart of both scenarios' net income, one of the chosen scenario's sources, the
    # milestones: not a chart per scenario
    charts = at.get("vega_lite_chart")
    assert len(charts) == 3, len(charts)
