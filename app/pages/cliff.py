"""Cliff: net income over hours a week, where it falls and why, and the share of $1 kept."""

from __future__ import annotations

from typing import Any

import streamlit as st

from app import engine
from app.components import views
from app.components.charts import cliff_chart, kept_chart, spec
from app.components.text import money_md
from app.components.views import shown
from benefits.money import dollars
from benefits.present.cliff import cliff_table
from benefits.present.words import num
from benefits.scenario import Scenario


@st.cache_data(max_entries=32, show_spinner=False)
def charts_of(
    scenario_json: str, generation: int
) -> tuple[dict[str, Any], dict[str, Any], list[dict[str, str]]]:
    """The two charts (as specs) and the table of one scenario's sweep, built once."""
    result = engine.cliff_of(scenario_json)
    here = Scenario.model_validate_json(scenario_json).jobs[0].hours_per_week
    return spec(cliff_chart(result, here)), spec(kept_chart(result)), cliff_table(result)


@st.fragment
def show(scenario: Scenario) -> None:
    """The chart of one scenario: cached by the scenario, so it recomputes only when it changes."""
    result = engine.cliff_of(engine.key(scenario))
    chart, kept, rows = charts_of(engine.key(scenario), engine.generation())
    job = scenario.jobs[0]
    here = job.hours_per_week
    st.markdown(
        money_md(
            f"At {dollars(job.hourly_wage or 0)} an hour; the diamond is "
            f"{num(here or 0)} hours. Each point is the monthly average over the "
            f"{scenario.months} months."
        )
    )
    st.vega_lite_chart(chart, width="stretch")
    if result.drops:
        st.markdown("**Where net income falls**")
        st.markdown(
            "\n".join(
                money_md(f"{i}. From {num(d.hours - 1)} to {num(d.hours)} hours: net income "
                f"falls {dollars(d.lost)} a month ({dollars(d.before)} to {dollars(d.after)}) — "
                f"{d.cause}.")
                for i, d in enumerate(result.drops, 1)
            )
        )  # fmt: skip
    else:
        st.markdown("Net income does not fall anywhere from 0 to 40 hours a week.")
    for _, words in result.coverage:
        st.warning(
            money_md(words[0].upper() + words[1:] + "."), icon=":material/health_and_safety:"
        )
    st.markdown("**Of each extra dollar earned, what you keep**")
    st.vega_lite_chart(kept, width="stretch")
    with st.expander("The chart as a table"):
        views.table(rows, label="Net income by hours a week")


def main() -> None:
    st.header("More or fewer hours", anchor=False)
    scenarios, _ = shown()
    hourly = [s for s in scenarios if s.jobs and s.jobs[0].hours_per_week is not None]
    if not scenarios:
        return
    if not hourly:
        st.info(
            "The cliff chart changes the first job's hours, so it needs a job paid by the hour."
        )
        return
    names = [f"{i}. {s.name}" for i, s in enumerate(hourly, 1)]
    chosen = st.selectbox(
        "Scenario", range(len(hourly)), index=len(hourly) - 1,
        format_func=names.__getitem__, key="cliff_scenario",
    )  # fmt: skip
    show(hourly[chosen or 0])


main()
