"""Benefits and work: a thin Streamlit screen over the `benefits` engine (issue 6).

Run with `streamlit run ui_streamlit.py`. Everything runs on this machine: nothing typed here is
sent anywhere, and usage statistics are off in .streamlit/config.toml.

Two modes share one comparison view:
- Quick question: state, benefits now, pay and hours; a plain answer against not working.
- Planner: every field of the scenario format for up to four scenarios, loaded and saved as the
  same YAML/JSON files the CLI reads.
The numbers, tables, reasons and the report all come from the engine and `benefits.ui_data`.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

import altair as alt
import pandas as pd
import streamlit as st

from benefits import Scenario, default_rules, project
from benefits.io import ScenarioError, load_scenario, scenario_json, scenario_yaml
from benefits.money import dollars
from benefits.months import Month
from benefits.results import Projection
from benefits.rules import RuleBook, RuleError
from benefits.scenario import STATES
from benefits.ui_data import (
    MAX_SCENARIOS,
    NET_WORDS,
    NOT_MODELLED,
    Cliff,
    HousingForm,
    JobForm,
    MemberForm,
    QuickHousing,
    ScenarioForm,
    chart_total,
    cliff,
    cliff_rows,
    comparison_csv,
    comparison_table,
    form_to_scenario,
    friendly_problem,
    medicaid_words,
    milestone_rows,
    month_rows,
    parse_scenarios_text,
    quick_answer,
    quick_scenarios,
    report_html,
    scenario_labels,
    scenario_to_form,
    scenarios_json,
    stacked_rows,
    tidy_hours,
    tidy_money,
    unshown_fields,
    why_rows,
)

EXAMPLES = Path(__file__).parent / "benefits" / "examples"


def next_month() -> Month:
    """Quick answers start next month: a job seeker asks about the months ahead."""
    return Month.of(date.today()).plus(1)


def quick_start(text: object) -> Month:
    """The quick mode's first month; next month when the entry is empty or not a month."""
    try:
        return Month.parse(str(text)) if text else next_month()
    except ValueError:
        return next_month()


FIRST_EXAMPLE = "issue_example.yaml"
STATE_CODES = sorted(STATES)
PAY_FREQUENCIES = ["weekly", "biweekly", "semimonthly", "monthly"]
PAY_WORDS = {
    "weekly": "Every week",
    "biweekly": "Every two weeks",
    "semimonthly": "Twice a month",
    "monthly": "Once a month",
}
LIVING_WORDS = {
    "own_household": "Own home, or pays their share",
    "another_persons_household": "In someone else's home, who gives food and shelter",
}
SOURCE_COLORS = {
    "Wages (paid, before taxes)": "#4c78a8",
    "SSI (federal)": "#f58518",
    "SSDI (before Medicare premium)": "#54a24b",
}
PRIVACY = (
    "**Privacy:** everything is worked out on this computer. Nothing you type leaves "
    "the machine or is stored on a server, and usage statistics are turned off. "
    "Downloads go only to your own device."
)


# ---------------------------------------------------------------------------------------------
# Engine access, cached: the rule book once per process, projections by scenario JSON.


@st.cache_resource
def rulebook() -> RuleBook:
    """The rule book, loaded once and shared by every session."""
    return default_rules()


@st.cache_data(max_entries=256, show_spinner=False)
def project_cached(text: str) -> Projection:
    """The projection of one scenario, keyed by its exact JSON."""
    return project(Scenario.model_validate_json(text), rulebook())


@st.cache_data(max_entries=64, show_spinner=False)
def cliff_cached(text: str) -> Cliff:
    """Net income at 0..40 hours a week (41 projections without explanations)."""
    return cliff(Scenario.model_validate_json(text), rulebook())


def key_of(s: Scenario) -> str:
    return s.model_dump_json(exclude_none=True)


def example_files() -> list[Path]:
    files = sorted(EXAMPLES.glob("*.y*ml")) + sorted(EXAMPLES.glob("*.json"))
    files.sort(key=lambda p: (p.name != FIRST_EXAMPLE, p.name))
    return files


@st.cache_data(show_spinner=False)
def example_json(name: str) -> str:
    return key_of(load_scenario(EXAMPLES / name))


def first_example() -> Scenario:
    return Scenario.model_validate_json(example_json(example_files()[0].name))


def to_decimal(value: Any) -> Decimal:
    """A number input's value as a Decimal: the one place a binary number becomes money."""
    try:
        return Decimal(str(value if value is not None else 0))
    except InvalidOperation:
        return Decimal(0)


def show_problems(problems: list[str], what: str) -> None:
    st.error(
        f"**{what}** Please fix:\n\n" + "\n".join(f"- {friendly_problem(p)}" for p in problems)
    )


# ---------------------------------------------------------------------------------------------
# Quick question mode


def quick_mode() -> None:
    base = first_example()
    job = base.jobs[0] if base.jobs and base.jobs[0].hourly_wage is not None else None
    st.markdown("Tell us what you get now and about the job. We compare it with **not working**.")
    left, right = st.columns(2)
    with left:
        state = st.selectbox(
            "State you live in", STATE_CODES, index=STATE_CODES.index(base.state), key="q_state"
        )
        gets_ssi = st.checkbox(
            "I get SSI (Supplemental Security Income) now", value=base.ssi is not None, key="q_ssi"
        )
        gets_ssdi = st.checkbox(
            "I get SSDI (Social Security Disability Insurance) now",
            value=base.ssdi is not None,
            key="q_ssdi",
        )
        ssdi_amount = st.number_input(
            "SSDI a month, before the Medicare premium ($)",
            min_value=0.0,
            step=10.0,
            value=float(base.ssdi.monthly_benefit) if base.ssdi else 900.0,
            format="%.2f",
            key="q_ssdi_amount",
            disabled=not gets_ssdi,
        )
        has_medicare = st.checkbox(
            "I have Medicare",
            value=False,
            key="q_medicare",
            disabled=not gets_ssdi,
            help="People on SSDI get Medicare after 24 months of "
            "benefits. Leave unticked if you are not sure.",
        )
        medicaid = st.checkbox("I have Medicaid", value=True, key="q_medicaid")
        threshold = st.number_input(
            "Your state's 1619(b) threshold, $ a year (only if the answer asks for it)",
            min_value=0.0,
            value=None,
            step=100.0,
            format="%.2f",
            key="q_threshold",
            disabled=not gets_ssi,
            placeholder="from SSA's 1619(b) chart",
            help="SSA publishes each state's amount. Medicaid continues under 1619(b) while "
            "your yearly earnings stay under it.",
        )
        housing = st.checkbox("I get help with rent (Section 8 or public housing)", key="q_housing")
        rent = None
        if housing:
            with st.container(border=True):
                rent_now = st.number_input(
                    "Your share of the rent now ($ a month)",
                    min_value=0.0,
                    value=None,
                    step=10.0,
                    format="%.2f",
                    key="q_rent_now",
                    placeholder="empty: we work it out from your benefits",
                    help="What you pay now toward rent and utilities (total tenant payment).",
                )
                gross = st.number_input(
                    "The whole rent with utilities ($ a month)",
                    min_value=0.0,
                    value=1100.0,
                    step=10.0,
                    format="%.2f",
                    key="q_gross_rent",
                )
                review = [
                    str(quick_start(st.session_state.get("q_start")).plus(i)) for i in range(1, 13)
                ]
                reexam = st.selectbox(
                    "Month of your next yearly rent review",
                    review,
                    index=5,
                    key="q_reexam",
                    help="The annual reexamination: rent usually changes then.",
                )
                rent = QuickHousing(
                    None if rent_now is None else tidy_money(to_decimal(rent_now)),
                    tidy_money(to_decimal(gross)),
                    reexam,
                )
    with right:
        first_text = st.text_input(
            "First month to look at (YYYY-MM)",
            value=str(next_month()),
            key="q_start",
            help="The job starts on the first day of this month; the comparison runs 24 months.",
        )
        wage = st.number_input(
            "Pay per hour ($), before taxes",
            min_value=0.0,
            step=0.25,
            value=float(job.hourly_wage) if job and job.hourly_wage else 15.0,
            format="%.2f",
            key="q_wage",
        )
        hours = st.number_input(
            "Hours a week",
            min_value=0.0,
            step=1.0,
            value=float(job.hours_per_week) if job and job.hours_per_week else 20.0,
            key="q_hours",
            help="Usual hours a week at the job (0 to 168).",
        )
        more = st.multiselect(
            "Also compare at (hours a week)",
            [5, 10, 15, 20, 25, 30, 35, 40],
            default=[],
            max_selections=MAX_SCENARIOS - 2,
            key="q_more",
            help="Adds a column for each; up to four scenarios in all.",
        )
    levels = [tidy_hours(to_decimal(hours))]
    levels += [Decimal(h) for h in more if Decimal(h) != levels[0]]
    wage_d = tidy_money(to_decimal(wage))
    try:
        Month.parse(first_text)
    except ValueError as exc:
        show_problems([f"First month to look at: {exc}"], "We can't work this out yet.")
        return
    try:
        scenarios = quick_scenarios(
            base,
            state,
            gets_ssi,
            gets_ssdi,
            tidy_money(to_decimal(ssdi_amount)),
            wage_d,
            levels,
            housing=rent,
            has_medicare=has_medicare,
            rules=rulebook(),
            start=quick_start(first_text),
            threshold_1619b=None
            if threshold is None or not gets_ssi
            else tidy_money(to_decimal(threshold)),
        )
    except ScenarioError as exc:
        show_problems(exc.problems, "We can't work this out yet.")
        return
    projections = [project_cached(key_of(s)) for s in scenarios]
    st.subheader("The answer")
    answer = quick_answer(projections[0], projections[1], wage_d, levels[0], medicaid)
    st.success("\n\n".join(answer), icon=":material/chat:")
    st.caption(
        "Your job is assumed to start on the first day and to pay once a month. Use the "
        "Planner for paydays, several jobs, work expenses and trial work months."
    )
    show_comparison(scenarios, projections, cliff_from=scenarios[1])


# ---------------------------------------------------------------------------------------------
# Planner mode: scenarios live in session_state as JSON; the widgets are views onto them.


def _set_planner(scenarios: list[Scenario]) -> None:
    texts = [key_of(s) for s in scenarios[:MAX_SCENARIOS]]
    st.session_state.planner = texts
    st.session_state.planner_seed = list(texts)
    st.session_state.planner_ver = st.session_state.get("planner_ver", 0) + 1


def _load_text(text: str, name: str) -> None:
    try:
        _set_planner(parse_scenarios_text(text, name))
        st.session_state.load_problems = []
        st.session_state.load_message = f"Loaded {name}."
    except ScenarioError as exc:
        st.session_state.load_problems = exc.problems
        st.session_state.load_message = ""


def _on_example() -> None:
    name = st.session_state.p_example
    _load_text((EXAMPLES / name).read_text(encoding="utf-8"), name)


def _on_upload() -> None:
    upload = st.session_state.get("p_upload")
    if upload is None:
        return
    try:
        text = upload.getvalue().decode("utf-8")
    except UnicodeDecodeError:
        st.session_state.load_problems = [
            f"{upload.name}: not a text file — a scenario is YAML or JSON text"
        ]
        return
    _load_text(text, upload.name)


def _on_paste() -> None:
    _load_text(st.session_state.get("p_paste", ""), "the pasted text")


def _on_add() -> None:
    texts = st.session_state.planner
    if len(texts) >= MAX_SCENARIOS:
        return
    last = Scenario.model_validate_json(texts[-1])
    copy = last.model_copy(update={"name": f"{last.name} (copy)"[:200]})
    st.session_state.planner = [*texts, key_of(copy)]
    st.session_state.planner_seed = [*st.session_state.planner_seed, key_of(copy)]


def _on_remove(index: int) -> None:
    texts = list(st.session_state.planner)
    if len(texts) > 1:
        del texts[index]
        _set_planner([Scenario.model_validate_json(t) for t in texts])


def planner_mode() -> None:
    if "planner" not in st.session_state:
        _set_planner([first_example()])
    with st.expander("Load or save scenario files", expanded=False):
        st.selectbox("Built-in example", [p.name for p in example_files()], key="p_example")
        st.button("Load this example", on_click=_on_example, key="p_load_example")
        st.file_uploader(
            "Open a scenario file (YAML or JSON, as the command line reads; or a "
            "saved list of scenarios)",
            type=["yaml", "yml", "json"],
            key="p_upload",
            on_change=_on_upload,
        )
        st.text_area("…or paste a scenario here (YAML or JSON)", key="p_paste", height=150)
        st.button("Load pasted text", on_click=_on_paste, key="p_load_paste")
    if st.session_state.get("load_problems"):
        show_problems(st.session_state.load_problems, "That file could not be loaded.")
    elif st.session_state.get("load_message"):
        st.info(st.session_state.load_message)

    ver = st.session_state.planner_ver
    seeds = st.session_state.planner_seed
    live: list[Scenario | None] = []
    names = [Scenario.model_validate_json(t).name for t in st.session_state.planner]
    tabs = st.tabs([f"{i}. {n}"[:40] for i, n in enumerate(names, 1)])
    for i, tab in enumerate(tabs):
        with tab:
            seed = Scenario.model_validate_json(seeds[i])
            form = scenario_form(scenario_to_form(seed), f"p{ver}_{i}")
            extra = unshown_fields(seed)
            if extra:
                st.info(
                    "Kept as loaded (the form has no fields for these yet; edit them in the "
                    "file): " + ", ".join(extra),
                    icon=":material/info:",
                )
            try:
                scenario = form_to_scenario(form, seed)
            except ScenarioError as exc:
                show_problems(exc.problems, f"Scenario {i + 1} has a problem.")
                live.append(None)
            else:
                st.session_state.planner[i] = key_of(scenario)
                live.append(scenario)
                c1, c2, c3 = st.columns(3)
                stem = "".join(ch if ch.isalnum() else "_" for ch in scenario.name)[:40]
                c1.download_button(
                    "Save as YAML",
                    scenario_yaml(scenario),
                    f"{stem}.yaml",
                    "application/yaml",
                    key=f"p{ver}_{i}_save_yaml",
                    on_click="ignore",
                )
                c2.download_button(
                    "Save as JSON",
                    scenario_json(scenario),
                    f"{stem}.json",
                    "application/json",
                    key=f"p{ver}_{i}_save_json",
                    on_click="ignore",
                )
                if len(tabs) > 1:
                    c3.button(
                        "Remove this scenario",
                        key=f"p{ver}_{i}_remove",
                        on_click=_on_remove,
                        args=(i,),
                    )
    st.button(
        "Add a scenario (a copy of the last one)",
        key="p_add",
        on_click=_on_add,
        disabled=len(tabs) >= MAX_SCENARIOS,
        help="Up to four scenarios side by side, e.g. not working / 10 h / 20 h / 30 h.",
    )
    valid = [s for s in live if s is not None]
    if len(valid) < len(live):
        st.warning("A scenario with a problem is left out of the comparison until it is fixed.")
    if not valid:
        return
    projections = [project_cached(key_of(s)) for s in valid]
    show_comparison(valid, projections, cliff_from=valid[-1])


def _money_input(label: str, value: Decimal, key: str, **kwargs: Any) -> Decimal:
    return tidy_money(
        to_decimal(
            st.number_input(
                label,
                min_value=0.0,
                value=float(value),
                step=10.0,
                format="%.2f",
                key=key,
                **kwargs,
            )
        )
    )


def scenario_form(f: ScenarioForm, k: str) -> ScenarioForm:
    """Every field of the scenario format as widgets; returns what they hold now."""
    name = st.text_input("Scenario name", f.name, key=f"{k}_name", max_chars=200)
    c1, c2, c3 = st.columns(3)
    start = c1.text_input("First month (YYYY-MM)", f.start, key=f"{k}_start")
    months = c2.number_input("Months to project", 1, 120, f.months, key=f"{k}_months")
    state = c3.selectbox("State", STATE_CODES, STATE_CODES.index(f.state), key=f"{k}_state")
    st.markdown("**The person**")
    c1, c2, c3 = st.columns(3)
    birth = c1.date_input(
        "Date of birth", f.birth_date, date(1900, 1, 1), date(2100, 1, 1), key=f"{k}_birth"
    )
    blind = c2.checkbox("Blind (statutory blindness)", f.blind, key=f"{k}_blind")
    student = c3.checkbox("In school, regularly attending (student)", f.student, key=f"{k}_student")
    disabled = c1.checkbox(
        "A person with disabilities (HUD deduction; true on SSI/SSDI)",
        f.disabled,
        key=f"{k}_disabled",
    )

    st.markdown("**SSI**")
    gets_ssi = st.checkbox("Gets SSI", f.gets_ssi, key=f"{k}_ssi")
    c1, c2, c3 = st.columns(3)
    living = c1.selectbox(
        "Living arrangement",
        list(LIVING_WORDS),
        list(LIVING_WORDS).index(f.living_arrangement),
        format_func=LIVING_WORDS.__getitem__,
        key=f"{k}_living",
        disabled=not gets_ssi,
    )
    with c2:
        unearned = _money_input(
            "Other unearned income a month, not SSDI ($)",
            f.other_unearned_income,
            f"{k}_unearned",
            disabled=not gets_ssi,
        )
    with c3:
        seie = _money_input(
            "Student exclusion already used this year ($)",
            f.student_exclusion_used,
            f"{k}_seie",
            disabled=not gets_ssi,
        )
    ssp = _optional_money(
        "State supplement a month ($; empty: the calculator's amount for the state, if it has one)",
        f.state_supplement,
        f"{k}_ssp",
        disabled=not gets_ssi,
    )

    st.markdown("**SSDI**")
    gets_ssdi = st.checkbox("Gets SSDI", f.gets_ssdi, key=f"{k}_ssdi")
    c1, c2 = st.columns(2)
    with c1:
        benefit = _money_input(
            "SSDI a month, before Medicare premium ($)",
            f.monthly_benefit,
            f"{k}_benefit",
            disabled=not gets_ssdi,
        )
        twp = st.text_input(
            "Trial work months already used (YYYY-MM, comma between)",
            f.twp_months_used,
            key=f"{k}_twp",
            disabled=not gets_ssdi,
        )
        cessation = st.text_input(
            "Cessation month SSA already found (YYYY-MM, usually empty)",
            f.cessation_month,
            key=f"{k}_cessation",
            disabled=not gets_ssdi,
        )
    with c2:
        when = st.selectbox(
            "Count wages for SSDI in the month they are",
            ["paid", "earned"],
            ["paid", "earned"].index(f.count_wages_when),
            key=f"{k}_when",
            disabled=not gets_ssdi,
        )
        by_year = st.text_input(
            "SSDI for later years from SSA's letter (e.g. 2027: 870.00)",
            f.benefit_by_year,
            key=f"{k}_by_year",
            disabled=not gets_ssdi,
        )
        entitlement = st.text_input(
            "First month of SSDI entitlement (YYYY-MM; Medicare starts 24 months later)",
            f.entitlement_month,
            key=f"{k}_entitlement",
            disabled=not gets_ssdi,
        )

    st.markdown(
        "**Jobs** — for a raise, end the job the day before and add a job at the new "
        "pay from that day."
    )
    count = st.number_input("Number of jobs", 0, 6, len(f.jobs), key=f"{k}_njobs")
    jobs = []
    start_day = _first_day(start)
    for j in range(int(count)):
        seed = (
            f.jobs[j]
            if j < len(f.jobs)
            else JobForm(
                name="",
                start=start_day,
                end=None,
                hourly=True,
                hourly_wage=Decimal("15.00"),
                hours_per_week=Decimal(20),
                monthly_gross=Decimal("0.00"),
                pay_frequency="biweekly",
                first_payday=start_day + timedelta(days=13),
            )
        )
        jobs.append(job_form(seed, f"{k}_job{j}", j))

    st.markdown("**Work expenses and supports**")
    c1, c2, c3 = st.columns(3)
    with c1:
        irwe = _money_input("Disability-related work costs a month (IRWE) ($)", f.irwe, f"{k}_irwe")
    with c2:
        bwe = _money_input("Blind work expenses a month (BWE) ($)", f.bwe, f"{k}_bwe")
    with c3:
        subsidy = _money_input(
            "Employer subsidy or special help a month (SSDI) ($)", f.subsidy, f"{k}_subsidy"
        )
    extra = extra_form(f, k, start)
    return ScenarioForm(
        name=name,
        start=start,
        months=int(months),
        state=state,
        birth_date=birth,
        blind=blind,
        student=student,
        gets_ssi=gets_ssi,
        living_arrangement=living,
        other_unearned_income=unearned,
        student_exclusion_used=seie,
        gets_ssdi=gets_ssdi,
        monthly_benefit=benefit,
        twp_months_used=twp,
        cessation_month=cessation,
        count_wages_when=when,
        benefit_by_year=by_year,
        jobs=tuple(jobs),
        irwe=irwe,
        bwe=bwe,
        subsidy=subsidy,
        disabled=disabled,
        entitlement_month=entitlement,
        state_supplement=ssp,
        **extra,
    )


RELATIONSHIPS = {
    "spouse": "Spouse",
    "co_head": "Co-head",
    "child": "Child",
    "other_relative": "Other relative",
    "foster_child": "Foster child",
    "foster_adult": "Foster adult",
    "live_in_aide": "Live-in aide",
    "other": "Other",
}
PROGRAMS = {
    "housing_choice_voucher": "Housing Choice Voucher (Section 8)",
    "project_based_voucher": "Project-based voucher",
    "public_housing": "Public housing",
    "project_based_section8": "Project-based Section 8",
}
HUD_RULES = {
    "": "Default: old rules, HOTMA from 2027-01",
    "pre_hotma": "Old rules (pre-HOTMA)",
    "hotma": "HOTMA already",
}
INTERIM = {
    "decreases_only": "Increases wait for the annual review (usual)",
    "all_changes": "Every change at an interim review",
}


def _optional_money(label: str, value: Decimal | None, key: str, **kwargs: Any) -> Decimal | None:
    """A money input that may be left empty (None)."""
    raw = st.number_input(
        label,
        min_value=0.0,
        value=None if value is None else float(value),
        step=10.0,
        format="%.2f",
        key=key,
        **kwargs,
    )
    return None if raw is None else tidy_money(to_decimal(raw))


def _add_member(k: str) -> None:
    st.session_state[f"{k}_hh_seed"] = (*st.session_state[f"{k}_hh_seed"], MemberForm())


def _remove_member(k: str, index: int) -> None:
    """Drop one person; the others keep what was typed (read back from their widgets)."""
    ver = st.session_state[f"{k}_hh_ver"]
    state = st.session_state
    members = []
    for j, seed in enumerate(state[f"{k}_hh_seed"]):
        w = f"{k}_hh{ver}_{j}"
        members.append(
            MemberForm(
                age=int(state.get(f"{w}_age", seed.age)),
                relationship=state.get(f"{w}_rel", seed.relationship),
                disabled=bool(state.get(f"{w}_disabled", seed.disabled)),
                student=bool(state.get(f"{w}_student", seed.student)),
                earned_income=tidy_money(to_decimal(state.get(f"{w}_earned", seed.earned_income))),
                unearned_income=tidy_money(
                    to_decimal(state.get(f"{w}_unearned", seed.unearned_income))
                ),
            )
        )
    del members[index]
    state[f"{k}_hh_seed"] = tuple(members)
    state[f"{k}_hh_ver"] = ver + 1


def member_form(m: MemberForm, k: str, index: int, owner: str) -> MemberForm:
    with st.container(border=True):
        c1, c2, c3, c4 = st.columns([1, 2, 2, 2])
        age = c1.number_input(f"Person {index + 2}: age", 0, 120, m.age, key=f"{k}_age")
        rel = c2.selectbox(
            "Relationship",
            list(RELATIONSHIPS),
            list(RELATIONSHIPS).index(m.relationship),
            format_func=RELATIONSHIPS.__getitem__,
            key=f"{k}_rel",
        )
        with c3:
            earned = _money_input("Earnings a month ($)", m.earned_income, f"{k}_earned")
        with c4:
            unearned = _money_input("Other income a month ($)", m.unearned_income, f"{k}_unearned")
        c1, c2, c3 = st.columns(3)
        disabled = c1.checkbox("Has a disability", m.disabled, key=f"{k}_disabled")
        student = c2.checkbox("Full-time student", m.student, key=f"{k}_student")
        c3.button(
            "Remove this person", key=f"{k}_remove", on_click=_remove_member, args=(owner, index)
        )
    return MemberForm(
        age=int(age),
        relationship=rel,
        disabled=disabled,
        student=student,
        earned_income=earned,
        unearned_income=unearned,
    )


def extra_form(f: ScenarioForm, k: str, start: str) -> dict[str, Any]:
    """Health coverage, money, the household and housing help: the rest of the scenario."""
    st.markdown("**Health coverage and money**")
    c1, c2, c3 = st.columns(3)
    with c1:
        threshold = _optional_money(
            "State's 1619(b) threshold, $ a year (only if the calculator asks)",
            f.threshold_1619b,
            f"{k}_threshold",
            placeholder="from SSA's 1619(b) chart",
        )
        buy_in = st.checkbox(
            "Already enrolled in the state's Medicaid buy-in",
            f.enrolled_in_buy_in,
            key=f"{k}_buy_in",
        )
    with c2:
        medicare = st.text_input(
            "First month of Medicare (YYYY-MM; empty: 24 months after SSDI entitlement)",
            f.medicare_start,
            key=f"{k}_medicare",
        )
        resources = _money_input(
            "Countable resources: savings and other assets ($)", f.resources, f"{k}_resources"
        )
    with c3:
        medical = _money_input(
            "Medical costs not paid by insurance, a month ($)", f.medical_expenses, f"{k}_medical"
        )
        child_care = _money_input(
            "Child care needed to work or study, a month ($)",
            f.child_care_expenses,
            f"{k}_child_care",
        )

    st.markdown(
        "**Household** — other people who live with you (for HUD rent and Medicaid household size)"
    )
    if f"{k}_hh_seed" not in st.session_state:
        st.session_state[f"{k}_hh_seed"] = f.household
        st.session_state[f"{k}_hh_ver"] = 0
    seeds = st.session_state[f"{k}_hh_seed"]
    ver = st.session_state[f"{k}_hh_ver"]
    count = len(seeds)
    members = [member_form(seed, f"{k}_hh{ver}_{j}", j, k) for j, seed in enumerate(seeds)]
    st.button(
        "Add a person to the household",
        key=f"{k}_add_member",
        on_click=_add_member,
        args=(k,),
        disabled=count >= 12,
    )

    st.markdown("**Housing help (HUD)**")
    h = f.housing
    gets = st.checkbox(
        "Gets HUD rental assistance (voucher or public housing)", f.gets_housing, key=f"{k}_housing"
    )
    c1, c2, c3 = st.columns(3)
    program = c1.selectbox(
        "Program",
        list(PROGRAMS),
        list(PROGRAMS).index(h.program),
        format_func=PROGRAMS.__getitem__,
        key=f"{k}_program",
        disabled=not gets,
    )
    with c2:
        gross = _money_input(
            "Gross rent: rent plus utility allowance, a month ($)",
            h.gross_rent,
            f"{k}_gross_rent",
            disabled=not gets,
        )
    with c3:
        utility = _money_input(
            "Utility allowance a month ($)", h.utility_allowance, f"{k}_utility", disabled=not gets
        )
    c1, c2, c3 = st.columns(3)
    with c1:
        standard = _optional_money(
            "Payment standard ($; vouchers only)",
            h.payment_standard,
            f"{k}_standard",
            disabled=not gets,
        )
    with c2:
        minimum = _money_input(
            "Minimum rent ($0 to $50)",
            h.minimum_rent,
            f"{k}_minimum",
            disabled=not gets,
            max_value=50.0,
        )
    with c3:
        current = _optional_money(
            "What you pay now: total tenant payment ($; empty: worked out)",
            h.current_total_tenant_payment,
            f"{k}_ttp",
            disabled=not gets,
        )
    c1, c2, c3 = st.columns(3)
    reexam = c1.text_input(
        "Next annual reexamination (YYYY-MM)",
        h.next_annual_reexam or start,
        key=f"{k}_reexam",
        disabled=not gets,
    )
    rules = c2.selectbox(
        "Rules the agency applies",
        list(HUD_RULES),
        list(HUD_RULES).index(h.rules),
        format_func=HUD_RULES.__getitem__,
        key=f"{k}_hud_rules",
        disabled=not gets,
    )
    interim = c3.selectbox(
        "Income increases between annual reviews",
        list(INTERIM),
        list(INTERIM).index(h.interim_policy),
        format_func=INTERIM.__getitem__,
        key=f"{k}_interim",
        disabled=not gets,
    )
    housing = HousingForm(
        program=program,
        gross_rent=gross,
        utility_allowance=utility,
        payment_standard=standard,
        minimum_rent=minimum,
        next_annual_reexam=reexam,
        current_total_tenant_payment=current,
        rules=rules,
        interim_policy=interim,
    )
    return {
        "household": tuple(members),
        "gets_housing": gets,
        "housing": housing,
        "resources": resources,
        "medical_expenses": medical,
        "child_care_expenses": child_care,
        "threshold_1619b": threshold,
        "enrolled_in_buy_in": buy_in,
        "medicare_start": medicare,
    }


def _first_day(month_text: str) -> date:
    try:
        year, month = month_text.strip().split("-")
        return date(int(year), int(month), 1)
    except ValueError:
        return date.today().replace(day=1)


def job_form(j: JobForm, k: str, index: int) -> JobForm:
    with st.container(border=True):
        st.markdown(f"Job {index + 1}")
        c1, c2, c3 = st.columns(3)
        name = c1.text_input(
            "Employer or job title (optional)", j.name, key=f"{k}_name", max_chars=100
        )
        start = c2.date_input(
            "First day of work", j.start, date(1950, 1, 1), date(2100, 1, 1), key=f"{k}_start"
        )
        end = c3.date_input(
            "Last day (leave empty if it goes on)",
            j.end,
            date(1950, 1, 1),
            date(2100, 1, 1),
            key=f"{k}_end",
        )
        hourly = st.radio(
            "Paid",
            ["by the hour", "a fixed amount a month"],
            0 if j.hourly else 1,
            key=f"{k}_hourly",
            horizontal=True,
        )
        c1, c2, c3 = st.columns(3)
        wage = c1.number_input(
            "Pay per hour ($)",
            min_value=0.0,
            value=float(j.hourly_wage),
            step=0.25,
            format="%.2f",
            key=f"{k}_wage",
            disabled=hourly != "by the hour",
        )
        hours = c2.number_input(
            "Hours a week",
            min_value=0.0,
            value=float(j.hours_per_week),
            step=1.0,
            key=f"{k}_hours",
            disabled=hourly != "by the hour",
        )
        gross = c3.number_input(
            "Pay a month ($)",
            min_value=0.0,
            value=float(j.monthly_gross),
            step=10.0,
            format="%.2f",
            key=f"{k}_gross",
            disabled=hourly == "by the hour",
        )
        c1, c2 = st.columns(2)
        freq = c1.selectbox(
            "How often paid",
            PAY_FREQUENCIES,
            PAY_FREQUENCIES.index(j.pay_frequency),
            format_func=PAY_WORDS.__getitem__,
            key=f"{k}_freq",
        )
        payday = c2.date_input(
            "First payday", j.first_payday, date(1950, 1, 1), date(2100, 1, 1), key=f"{k}_payday"
        )
    return JobForm(
        name=name,
        start=start,
        end=end,
        hourly=hourly == "by the hour",
        hourly_wage=tidy_money(to_decimal(wage)),
        hours_per_week=tidy_hours(to_decimal(hours)),
        monthly_gross=tidy_money(to_decimal(gross)),
        pay_frequency=freq,
        first_payday=payday,
    )


# ---------------------------------------------------------------------------------------------
# The comparison, charts, reasons and downloads (both modes)


def _frame(rows: list[dict[str, Any]]) -> pd.DataFrame:
    """Rows to a DataFrame; Decimal amounts become numbers for the charts only."""
    return pd.DataFrame(
        [{k: float(v) if isinstance(v, Decimal) else v for k, v in r.items()} for r in rows]
    )


def show_comparison(
    scenarios: list[Scenario], projections: list[Projection], cliff_from: Scenario | None
) -> None:
    labels = scenario_labels(projections)
    st.header("Side by side")
    st.info(
        f"**Not modelled yet:** state and local income tax shows as “{NOT_MODELLED}”, "
        "never as $0, and is not in net income. "
        f"*{NET_WORDS[0].upper()}{NET_WORDS[1:]}.",
        icon=":material/info:",
    )
    top = max((chart_total(m) for p in projections for m in p.months), default=Decimal(0))
    first_avg = sum(m.net_income for m in projections[0].months) / len(projections[0].months)
    columns = st.columns(len(projections))
    for col, label, p in zip(columns, labels, projections, strict=True):
        with col:
            st.subheader(label)
            avg = sum(m.net_income for m in p.months) / len(p.months)
            delta = None if p is projections[0] else f"{dollars(avg - first_avg)} vs 1"
            st.metric("Net income a month, average*", dollars(avg), delta)
            st.altair_chart(stacked_chart(p, label, top), width="stretch")
            st.dataframe(
                pd.DataFrame(month_rows(p)), hide_index=True, height=260, key=f"months_{label}"
            )
    st.subheader("Comparison")
    table = comparison_table(projections)
    st.dataframe(
        pd.DataFrame(table),
        hide_index=True,
        key="comparison",
        width="stretch",
        height=35 * (len(table) + 1) + 3,
        column_config={"Source": st.column_config.TextColumn(pinned=True)},
    )
    st.caption(
        "Monthly average over each projection, and totals of its first 12 and 24 months. "
        "“2 vs 1” is the difference from the first scenario. † marks months that use a "
        "rule value carried forward from the last published year."
    )
    downloads(scenarios, projections)
    if cliff_from is not None:
        show_cliff(cliff_from)
    show_timeline(projections)
    show_why(projections)
    with st.expander("Assumptions and what is not modelled yet"):
        st.markdown("**Assumptions**\n\n" + "\n".join(f"- {a}" for a in projections[0].assumptions))
        st.markdown(
            "**Not modelled yet**\n\n" + "\n".join(f"- {a}" for a in projections[0].not_modeled)
        )


def stacked_chart(p: Projection, label: str, top: Decimal) -> alt.Chart:
    data = _frame(stacked_rows(p, label))
    data["date"] = pd.to_datetime(data["month"] + "-15")
    return (
        alt.Chart(data, height=300)
        .mark_bar()
        .encode(
            x=alt.X(
                "yearmonth(date):T", title=None, axis=alt.Axis(format="%b %y", labelOverlap=True)
            ),
            y=alt.Y(
                "sum(amount):Q",
                title="$ a month",
                scale=alt.Scale(domain=[0, float(top) * 1.05 or 1]),
            ),
            color=alt.Color(
                "source:N",
                title=None,
                legend=alt.Legend(orient="top", direction="vertical", labelLimit=400),
                scale=alt.Scale(domain=list(SOURCE_COLORS), range=list(SOURCE_COLORS.values())),
            ),
            order=alt.Order("order:Q"),
            tooltip=["month", "source", alt.Tooltip("amount:Q", format="$,.2f")],
        )
        .properties(title="Income by source, each month")
    )


def show_cliff(s: Scenario) -> None:
    st.subheader("Cliff chart: net income by hours a week")
    if not s.jobs or s.jobs[0].hours_per_week is None or s.jobs[0].hourly_wage is None:
        st.caption(
            "The cliff chart changes the first job's hours, so it needs a first job paid "
            "by the hour."
        )
        return
    result = cliff_cached(key_of(s))
    data = _frame(cliff_rows(result))
    wage = dollars(s.jobs[0].hourly_wage)
    line = (
        alt.Chart(data, height=340)
        .mark_line(point=True)
        .encode(
            x=alt.X("hours:Q", title="Hours a week", scale=alt.Scale(domain=[0, 40])),
            y=alt.Y("net:Q", title="Net income a month, average ($)"),
            tooltip=[
                alt.Tooltip("hours:Q", title="hours"),
                alt.Tooltip("net:Q", title="net", format="$,.2f"),
                alt.Tooltip("ssi:Q", title="SSI", format="$,.2f"),
                alt.Tooltip("ssdi:Q", title="SSDI", format="$,.2f"),
                alt.Tooltip("medicaid:N", title="Medicaid"),
            ],
        )
    )
    layers: list[alt.Chart] = [line]
    if result.markers:
        marks = pd.DataFrame(
            [
                {"hours": float(h), "what": f"{t} ({h} h)", "row": 14 + 16 * i}
                for i, (h, t) in enumerate(result.markers)
            ]
        )
        layers.append(
            alt.Chart(marks)
            .mark_rule(strokeDash=[4, 4], color="#d62728")
            .encode(x="hours:Q", tooltip=["what"])
        )
        layers.append(
            alt.Chart(marks)
            .mark_text(align="left", dx=4, color="#d62728", fontSize=11)
            .encode(x="hours:Q", y=alt.Y("row:Q", scale=None, axis=None), text="what")
        )
    here = next((r for r in result.rows if r.hours_per_week == s.jobs[0].hours_per_week), None)
    if here is not None:
        you = pd.DataFrame(
            [
                {
                    "hours": float(here.hours_per_week),
                    "net": float(here.net_income),
                    "what": f"this scenario: {here.hours_per_week} h",
                }
            ]
        )
        layers.append(
            alt.Chart(you)
            .mark_point(size=180, shape="diamond", filled=True, color="#d62728")
            .encode(x="hours:Q", y="net:Q", tooltip=["what"])
        )
    st.altair_chart(
        alt.layer(*layers).properties(title=f"At {wage} an hour, {s.name}"), width="stretch"
    )
    text = "; ".join(f"from {h} hours a week: {t}" for h, t in result.markers)
    st.caption(
        "Each point is the monthly average net income over the whole projection (after "
        "taxes, premiums and rent, with SNAP and the EITC); the diamond is this scenario. "
        "Red lines "
        "mark where SSI, SSDI or Medicaid changes. "
        + (
            text[0].upper() + text[1:] + "."
            if text
            else "No SSI, SSDI or Medicaid change between 0 and 40 hours."
        )
    )
    with st.expander("Cliff chart as a table"):
        st.dataframe(
            pd.DataFrame(
                [
                    {
                        "Hours a week": str(r.hours_per_week),
                        "Wages": dollars(r.wages_paid),
                        "SSI": dollars(r.ssi),
                        "SSDI": dollars(r.ssdi),
                        "Total income": dollars(r.total_income),
                        "Net income*": dollars(r.net_income),
                        "Medicaid": r.medicaid,
                    }
                    for r in result.rows
                ]
            ),
            hide_index=True,
        )


def show_timeline(projections: list[Projection]) -> None:
    st.subheader("Milestones")
    rows = milestone_rows(projections)
    if not rows:
        st.caption(
            "No milestones: no trial work months, cessation, SSI, Medicaid, Medicare or "
            "rent changes."
        )
        return
    data = pd.DataFrame(rows)
    data["date"] = pd.to_datetime(data["month"] + "-01")
    chart = (
        alt.Chart(data, height=60 + 40 * len(projections))
        .mark_point(filled=True, size=90)
        .encode(
            x=alt.X(
                "date:T",
                title=None,
                axis=alt.Axis(format="%b %Y", tickCount={"interval": "month", "step": 3}),
            ),
            y=alt.Y("scenario:N", title=None, axis=alt.Axis(labelLimit=260)),
            color=alt.Color("kind:N", title="what", legend=alt.Legend(orient="bottom")),
            shape=alt.Shape("kind:N", legend=None),
            tooltip=["scenario", "month", "what"],
        )
    )
    st.altair_chart(chart, width="stretch")
    with st.expander("Milestones as a table"):
        st.dataframe(data[["scenario", "month", "what"]], hide_index=True)


def show_why(projections: list[Projection]) -> None:
    st.subheader("Why this number")
    labels = scenario_labels(projections)
    chosen = st.selectbox("Scenario", labels, key="why_scenario") if len(labels) > 1 else labels[0]
    p = projections[labels.index(chosen) if chosen in labels else 0]
    st.caption(
        "Open a month to see each step the calculator took, the law it follows, and the "
        "dated rule values it used."
    )
    for m in p.months:
        title = (
            f"{m.month} · SSI {dollars(m.ssi.payment)} · SSDI {dollars(m.ssdi.payment)} · "
            f"{medicaid_words(m)} · net {dollars(m.net_income)}"
            + (" · †" if m.carried_forward else "")
        )
        with st.expander(title):
            lines = []
            for r in why_rows(m):
                amount = f" **= {r['amount']}**" if r["amount"] else ""
                lines.append(
                    f"{r['n']}. `{r['rule']}`{amount} — {r['because']}"
                    + (f"  \n   *Law:* {r['cite']}" if r["cite"] else "")
                    + (f"  \n   *Uses:* {r['uses']}" if r["uses"] else "")
                )
            st.markdown("\n".join(lines) or "No steps recorded.")
            if m.carried_forward:
                st.warning(
                    "Carried forward this month (not yet published for this year): "
                    + "; ".join(m.carried_forward)
                )


def downloads(scenarios: list[Scenario], projections: list[Projection]) -> None:
    c1, c2, c3 = st.columns(3)
    c1.download_button(
        "Comparison (CSV)",
        comparison_csv(projections),
        "comparison.csv",
        "text/csv",
        key="dl_csv",
        on_click="ignore",
    )
    c2.download_button(
        "Scenarios (JSON)",
        scenarios_json(scenarios),
        "scenarios.json",
        "application/json",
        key="dl_json",
        on_click="ignore",
    )
    c3.download_button(
        "Printable report (HTML)",
        report_html(scenarios, projections),
        "benefits-report.html",
        "text/html",
        key="dl_report",
        on_click="ignore",
        help="Open it in a browser and print it, or save it as PDF.",
    )


# ---------------------------------------------------------------------------------------------


def main() -> None:
    st.set_page_config(page_title="Benefits and work", layout="wide")
    st.title("Benefits and work")
    st.caption(
        "What happens to SSI and SSDI, month by month, if you take a job. Every number is "
        "explained and cited. An estimate, not a decision by Social Security."
    )
    mode = st.radio(
        "Mode",
        ["Quick question", "Planner"],
        horizontal=True,
        key="mode",
        captions=[
            "For a job seeker: one job, a plain answer",
            "For a benefits planner: every detail, up to four scenarios",
        ],
    )
    try:
        if mode == "Quick question":
            quick_mode()
        else:
            planner_mode()
    except ScenarioError as exc:
        show_problems(exc.problems, "Something in the scenario needs fixing.")
    except RuleError as exc:
        st.error(f"The calculator's rule book has a problem, so nothing can be worked out: {exc}")
    st.divider()
    st.markdown(PRIVACY)


main()
