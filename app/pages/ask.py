"""Ask: a job seeker's questions in plain words, and the answer first, as a story by phases."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

import streamlit as st

from app import engine, state
from app.components.text import flashes, money_md, plain, problems
from benefits.io import ScenarioError
from benefits.money import cents, dollars
from benefits.months import Month
from benefits.present.drafts import draft_of
from benefits.present.quick import MONTHS, AskHousing, AskInputs, ask_scenarios
from benefits.present.story import Story, story
from benefits.present.words import LIVING_WORDS, PAY_WORDS, month_words
from benefits.rules import RuleError
from benefits.scenario import STATES

SSA_1619B_CHART = "https://secure.ssa.gov/poms.nsf/lnx/0502302200"
KEEP: Any = "session"  # answers stay when the person visits another page and comes back
YES_NO = ["Yes", "No"]
TWP_CHOICES = ["I don't know", "None", *[str(n) for n in range(1, 10)]]


def next_month() -> Month:
    return Month.of(date.today()).plus(1)


def _money(value: float | None) -> Decimal | None:
    """The widget edge: a number input's binary number becomes dollars and cents once, here."""
    return None if value is None else cents(Decimal(str(value)))


def _money_input(label: str, key: str, **kwargs: Any) -> Decimal | None:
    value = st.number_input(
        label, min_value=0.0, max_value=100_000.0, value=None, step=10.0, format="%.2f",
        key=key, persist_state=KEEP, **kwargs,
    )  # fmt: skip
    return _money(value)


def _yes(label: str, key: str, **kwargs: Any) -> bool | None:
    answer = st.radio(
        label, YES_NO, index=None, horizontal=True, key=key, persist_state=KEEP, **kwargs
    )
    return None if answer is None else answer == "Yes"


def benefits_questions(missing: list[str]) -> dict[str, Any]:
    """State, age and the benefits the person gets now."""
    a: dict[str, Any] = {}
    c1, c2 = st.columns(2)
    a["state"] = c1.selectbox(
        "Your state", sorted(STATES), index=None, placeholder="Choose", key="ask_state",
        persist_state=KEEP,
    )  # fmt: skip
    age = c2.number_input(
        "Your age", min_value=14, max_value=100, value=None, step=1, key="ask_age",
        persist_state=KEEP,
    )  # fmt: skip
    a["age"] = age
    a["gets_ssi"] = _yes("Do you get SSI (Supplemental Security Income)?", "ask_ssi")
    if a["gets_ssi"]:
        a["ssi_check"] = _money_input(
            "Your SSI check a month, if you know it ($)", "ask_ssi_check",
            placeholder="leave empty if you don't know",
        )  # fmt: skip
        a["living_arrangement"] = st.selectbox(
            "Where do you live?", list(LIVING_WORDS), format_func=LIVING_WORDS.__getitem__,
            key="ask_living", persist_state=KEEP,
        )  # fmt: skip
    a["gets_ssdi"] = _yes("Do you get SSDI (Social Security Disability Insurance)?", "ask_ssdi")
    if a["gets_ssdi"]:
        c1, c2 = st.columns(2)
        with c1:
            a["ssdi_check"] = _money_input("Your SSDI check a month ($)", "ask_ssdi_check")
        twp = c2.selectbox(
            "Trial work months used since SSDI began", TWP_CHOICES, key="ask_twp",
            persist_state=KEEP,
            help="A month you earned over the trial work amount since your SSDI began. "
            "Your SSA letters or a benefits planner can tell you.",
        )  # fmt: skip
        a["twp_used"] = None if twp == TWP_CHOICES[0] else 0 if twp == "None" else int(twp)
    # Asked of everyone: a person on SSI can have Medicare too (at 65, or on a parent's or a
    # spouse's record while also on SSI).
    c1, c2 = st.columns(2)
    a["has_medicaid"] = c1.checkbox("I have Medicaid", key="ask_medicaid", persist_state=KEEP)
    a["has_medicare"] = c2.checkbox("I have Medicare", key="ask_medicare", persist_state=KEEP)
    # Its own line: in a third of the column the label was cut off ("I get SNAP (food …").
    a["gets_snap"] = st.checkbox("I get SNAP (food help)", key="ask_snap", persist_state=KEEP)
    a["housing"] = housing_questions()
    if a["gets_snap"] and a["housing"] is None:
        a["rent"] = _money_input("Your rent a month ($)", "ask_rent") or Decimal("0.00")
    for name, words in (
        ("state", "your state"), ("age", "your age"), ("gets_ssi", "whether you get SSI"),
        ("gets_ssdi", "whether you get SSDI"),
    ):  # fmt: skip
        if a.get(name) is None:
            missing.append(words)
    if a["gets_ssdi"] and a.get("ssdi_check") is None:
        missing.append("your SSDI check")
    return a


def housing_questions() -> AskHousing | None:
    if not st.checkbox(
        "I get help with rent (Section 8 or public housing)", key="ask_housing", persist_state=KEEP
    ):
        return None
    first = state.get("ask_start") or next_month()
    c1, c2 = st.columns(2)
    with c1:
        now = _money_input(
            "Your share of the rent now ($)", "ask_rent_now", placeholder="empty: worked out"
        )
    with c2:
        gross = _money_input("The whole rent with utilities ($)", "ask_gross_rent")
    reviews = [first.plus(i) for i in range(1, 13)]
    review = st.selectbox(
        "Month of your next yearly rent review", reviews, index=5, format_func=month_words,
        key="ask_reexam", persist_state=KEEP,
    )  # fmt: skip
    return AskHousing(now, gross or Decimal("0.00"), review)


def job_questions(missing: list[str]) -> dict[str, Any]:
    """The job: pay, hours, how often paid, when it starts."""
    st.markdown("**The job**")
    c1, c2 = st.columns(2)
    with c1:
        wage = _money_input("Pay per hour ($)", "ask_wage")
    hours = c2.number_input(
        "Hours a week", min_value=0.0, max_value=168.0, value=None, step=1.0, key="ask_hours",
        persist_state=KEEP,
    )  # fmt: skip
    c1, c2 = st.columns(2)
    frequency = c1.selectbox(
        "How often paid", list(PAY_WORDS), index=None, placeholder="Choose",
        format_func=PAY_WORDS.__getitem__, key="ask_freq", persist_state=KEEP,
    )  # fmt: skip
    months = [next_month().plus(i) for i in range(12)]
    start = c2.selectbox(
        "Starting in", months, format_func=month_words, key="ask_start", persist_state=KEEP
    )
    # A job that ends (a season, a contract): its last month, within the answer's 36 months.
    ends = [None, *((start or next_month()).plus(i) for i in range(MONTHS))]
    c1, _ = st.columns(2)  # its own row: after "Starting in" on a phone too
    end = c1.selectbox(
        "Ending in", ends, format_func=lambda m: "No end date" if m is None else month_words(m),
        key="ask_end", persist_state=KEEP,
    )  # fmt: skip
    for value, words in ((wage, "the pay"), (hours, "the hours"), (frequency, "how often paid")):
        if value is None:
            missing.append(words)
    return {
        "wage": wage,
        "hours": None if hours is None else Decimal(str(hours)).quantize(Decimal("0.01")),
        "pay_frequency": frequency,
        "start": start,
        "end": end,
    }


def inputs(answers: dict[str, Any]) -> AskInputs:
    known = {k: v for k, v in answers.items() if v is not None}
    known["twp_used"] = answers.get("twp_used", 0)  # None: "I don't know", said in the answer
    threshold = _money(state.get("ask_threshold"))
    supplement = _money(state.get("ask_supplement")) if answers.get("gets_ssi") else None
    return AskInputs(**known, threshold_1619b=threshold, state_supplement=supplement)


def answer(a: AskInputs) -> tuple[Decimal, str] | None:
    """The answer: bottom line, the story by phases, what is unknown, what we assumed; returns
    the typical month's gain and its words (None when it cannot be worked out)."""
    try:
        found = ask_scenarios(
            a, rules=engine.rulebook(), numbers=lambda s: engine.numbers(engine.key(s))
        )
    except ScenarioError as exc:
        problems(exc.problems, "We can't work this out yet.")
        return None
    # Numbers only for the story (fast); Why and Compare explain the same scenarios on demand.
    working = engine.numbers(engine.key(found.working))
    idle = engine.numbers(engine.key(found.not_working))
    told = story(working, idle, rules=engine.rulebook())
    state.set_ask([found.not_working, found.working])
    said = bottom(told, working, idle)
    st.markdown("\n".join(f"- {money_md(line)}" for line in told.lines()))
    ask_in_place(told, a)
    if a.has_medicaid and not any(m.medicaid.covered is not False for m in idle.months):
        st.warning(
            "You said you have Medicaid, but from your answers the calculator finds no basis "
            "for it (it knows Medicaid through SSI, 1619(b), the state's buy-in and expansion). "
            "Ask your Medicaid office which program covers you; this answer leaves it out.",
            icon=":material/help:",
        )
    for note in told.unknown:
        st.warning(money_md(f"Not worked out: {note}."), icon=":material/help:")
    with st.expander("What we assumed, and what the amounts mean"):
        st.markdown("\n".join(f"- {money_md(n)}" for n in found.assumptions))
        st.caption(
            "Take-home is net income: pay after payroll and federal income tax, plus SSI, "
            "SSDI, SNAP and the EITC, minus premiums and your rent share; state income tax is "
            "not modelled yet."
        )
    c1, c2, c3 = st.columns(3)
    c1.page_link("app/pages/why.py", label="Why these numbers", icon=":material/help:")
    c2.page_link("app/pages/cliff.py", label="More or fewer hours", icon=":material/show_chart:")
    c3.button(
        "Open in the planner", key="ask_to_plan", on_click=_to_plan,
        args=([found.not_working, found.working],),
    )  # fmt: skip
    return said


def bottom(told: Story, working: Any, idle: Any) -> tuple[Decimal, str]:
    """The bottom line: first, typical and lowest month (never one average), as a three-column
    table that stays one short block on a phone. When the job ends before the last month, the
    typical month is one the job pays in: most months after it are the same as not working, and
    "+$0.00 in a typical month" would hide what the job brings."""
    gains = [m.net_income - b.net_income for m, b in zip(working.months, idle.months, strict=True)]
    paid = [g for g, m in zip(gains, working.months, strict=True) if m.wages_paid > 0]
    ends = bool(paid) and working.months[-1].wages_paid == 0
    pool = paid if ends else gains
    typical = max(set(pool), key=lambda g: (pool.count(g), -g))
    words = "a typical month while you work" if ends else "a typical month"
    low = min(gains)
    boxes = (
        (f"First month ({month_words(working.start)})", gains[0]),
        (words[0].upper() + words[1:], typical),
        (f"Lowest month ({month_words(working.months[gains.index(low)].month)})", low),
    )
    st.markdown(
        "| " + " | ".join(label for label, _ in boxes) + " |\n|---|---|---|\n| "
        + " | ".join(f"**{money_md(_more(amount))}**" for _, amount in boxes) + " |"
    )  # fmt: skip
    st.markdown("More (or less) take-home each month than if you did not work:")
    return typical, words


def _more(amount: Decimal) -> str:
    return f"+{dollars(amount)}" if amount >= 0 else f"−{dollars(-amount)}"


SSP_PAGE = "https://secure.ssa.gov/apps10/poms.nsf/lnx/0501415010"
SSP_RULES = {
    "own_household": "states.ssp.own_household",
    "another_persons_household": "states.ssp.another_household",
}


def _save_local(key: str, rule_id: str, a: AskInputs, source: str) -> None:
    """Keep the number the person entered in the local rules overlay (issue 12)."""
    value = _money(state.get(key))
    if value is None:
        return
    try:
        engine.save_local_value(
            rule_id=rule_id, state=a.state, year=a.start.year, value=value, source=source
        )
    except (RuleError, OSError) as exc:  # a callback's error would otherwise be a traceback
        state.flash("error", f"Not saved: {exc}. The answer still uses the number entered.")
        return
    state.put(key, None)
    state.flash("success", f"Saved on this computer: every later answer for {a.state} uses it.")


def _local_value(
    a: AskInputs, *, key: str, label: str, top: float, step: float, hint: str, rule_id: str,
    source: str,
) -> None:  # fmt: skip
    """A number the answer needs, asked in place, with a button to keep it on this computer."""
    c1, c2 = st.columns([3, 2], vertical_alignment="bottom")
    c1.number_input(
        label, min_value=0.0, max_value=top, value=None, step=step, format="%.2f", key=key,
        persist_state=KEEP, help=hint,
    )  # fmt: skip
    c2.button(
        "Save it on this computer", key=key.replace("ask_", "ask_save_"), on_click=_save_local,
        args=(key, rule_id, a, source),
    )  # fmt: skip


def ask_in_place(told: Story, a: AskInputs) -> None:
    """Ask for a number the answer needs, right where it is needed (issue 12)."""
    if told.needs_threshold or state.get("ask_threshold") is not None:
        _local_value(
            a, key="ask_threshold", label=f"{a.state}'s 1619(b) threshold ($ a year)",
            top=1_000_000.0, step=100.0, rule_id="ssa.ssi.threshold_1619b",
            hint="Medicaid continues under 1619(b) while yearly earnings stay under it.",
            source=f"entered on this computer from SSA's 1619(b) chart, {SSA_1619B_CHART}",
        )  # fmt: skip
        st.markdown(f"Find it in [SSA's 1619(b) chart]({SSA_1619B_CHART}), in your state's row.")
    if (told.needs_supplement or state.get("ask_supplement") is not None) and a.gets_ssi:
        _local_value(
            a, key="ask_supplement", label=f"{a.state}'s SSI supplement a month ($)",
            top=10_000.0, step=1.0, rule_id=SSP_RULES[a.living_arrangement],
            hint="The state's own addition to SSI: on your SSI letter, or the state's page.",
            source="entered on this computer from the person's SSI letter or the state's page",
        )  # fmt: skip
        st.markdown(
            f"SSA lists each state's supplement program in [POMS SI 01415.010]({SSP_PAGE})."
        )


def _to_plan(scenarios: list[Any]) -> None:
    state.add_drafts([draft_of(s) for s in scenarios])
    state.flash("success", "Added the two scenarios from Ask to the case.")


def main() -> None:
    st.header("Your benefits if you take a job", anchor="answer")
    flashes()
    answer_column, ask_column = st.columns([3, 2], gap="large")
    missing: list[str] = []
    with ask_column:
        st.markdown("**You and your benefits**")
        answers = benefits_questions(missing)
        answers |= job_questions(missing)
        # On a phone the answer is above the questions: said again where the last one is
        # answered (shown at phone width only, benefits/present/tables.py SCREEN_CSS).
        after = st.container(key="ask_after")
    # On a laptop the answer stays in view while the questions scroll past (SCREEN_CSS).
    with answer_column, st.container(key="ask_answer"):
        if missing:
            st.info(
                plain("Answer the questions to see your months. Still needed: ")
                + plain(", ".join(missing) + "."),
                icon=":material/edit_note:",
            )
            return
        found = answer(inputs(answers))
    if found is not None:
        typical, words = found
        after.markdown(
            money_md(
                f"**Your answer:** {_more(typical)} take-home in {words}, against not "
                "working. "
                "[Read your months at the top of the page](#answer)."
            )
        )


main()
