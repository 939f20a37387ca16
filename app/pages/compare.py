"""Compare: up to four scenarios side by side, by source and period, with charts and months."""

from __future__ import annotations

from typing import Any

import streamlit as st

from app import engine
from app.components.charts import income_chart, net_chart, spec, timeline_chart
from app.components.text import money_md, plain
from app.components.views import shown, table
from benefits.money import ZERO, dollars
from benefits.months import Month
from benefits.present.compare import PERIODS, comparison_table, month_rows, scenario_labels
from benefits.present.sources import chart_total
from benefits.present.tables import table_html
from benefits.present.why import duty_summary, milestone_rows
from benefits.present.words import NET_WORDS, NOT_MODELLED, month_words


@st.cache_data(max_entries=64, show_spinner=False)
def table_of(keys: tuple[str, ...], period: str, generation: int) -> list[dict[str, str]]:
    return comparison_table([engine.projection(k) for k in keys], period)


@st.fragment
def table_part(keys: tuple[str, ...]) -> None:
    """The comparison table; choosing a period reruns only this part."""
    period = st.segmented_control(
        "Period", [name for name, _ in PERIODS], default=PERIODS[0][0], key="compare_period",
        required=True,
    )  # fmt: skip
    table = table_of(keys, period or PERIODS[0][0], engine.generation())
    st.markdown(
        money_md(
            f"State and local income tax is “{NOT_MODELLED}”: shown so, never as $0, and left "
            f"out of net income. {NET_WORDS[0].upper()}{NET_WORDS[1:]}."
        )
    )
    # Phone width: the table scrolls sideways with its first column in view; long source
    # names wrap instead of being cut off.
    st.html(table_html(table, label="Income and costs by source, " + (period or PERIODS[0][0])))
    st.caption(
        "The monthly average over each projection, or the total of its first 12 or 24 months. "
        "“2 vs 1” is the difference from the first scenario. On a phone the table scrolls "
        "sideways; the source stays in view."
    )


@st.cache_data(max_entries=32, show_spinner=False)
def worked_out(keys: tuple[str, ...], generation: int) -> dict[str, Any]:
    """Everything below the table, cached by the scenarios' JSON: a rerun (a page switch, a
    period chosen) redraws it without rebuilding the charts (as specs) and tables. A plain dict:
    st.cache_data pickles it, and a page's own classes cannot be pickled."""
    projections = [engine.projection(k) for k in keys]
    labels = scenario_labels(projections)
    top = max((chart_total(m) for p in projections for m in p.months), default=ZERO)
    rows = milestone_rows(projections)
    return {
        "labels": labels,
        "averages": [
            dollars(sum((m.net_income for m in p.months), ZERO) / len(p.months))
            for p in projections
        ],
        "net": spec(net_chart(projections)),
        "charts": [
            spec(income_chart(p, lb, top)) for lb, p in zip(labels, projections, strict=True)
        ],
        "months": [month_rows(p) for p in projections],
        "milestones": rows,
        "timeline": spec(timeline_chart(rows, len(projections))) if rows else None,
        "duties": duty_summary(projections),
    }


def folded(label: str, key: str) -> Any:
    """A folded section whose content the caller draws only when `.open` (opening it reruns
    only its fragment): a closed expander's content is otherwise still sent and drawn, and
    Vega's drawing of a chart is most of a page switch's time in the browser."""
    return st.expander(label, key=key, on_change="rerun")


@st.fragment
def one_scenario(found: dict[str, Any]) -> None:
    """One scenario at a time: its income by source each month and every month as a table (one
    chart and one table to draw, not four, and each only when opened); choosing another
    scenario reruns only this part."""
    labels: list[str] = found["labels"]
    st.subheader("Income by source, one scenario at a time", anchor=False)
    chosen = st.selectbox(
        "Scenario", range(len(labels)), format_func=labels.__getitem__, key="compare_months"
    )
    i = chosen or 0
    st.markdown(money_md(f"Net income, monthly average: **{found['averages'][i]}**"))
    with folded("Chart: income by source each month", "compare_income_open") as box:
        if box.open:
            st.vega_lite_chart(found["charts"][i], width="stretch")
    with folded("Month by month", "compare_months_open") as box:
        if box.open:
            table(found["months"][i], label=f"Every month of {labels[i]}")


def _numbered(rows: list[dict[str, str]], columns: list[str]) -> list[dict[str, str]]:
    """The rows with the month first and the scenario by its number (narrow on a phone)."""
    return [{c: (r[c].split(".")[0] if c == "scenario" else r[c]) for c in columns} for r in rows]


@st.fragment
def milestones(found: dict[str, Any]) -> None:
    """The milestones on a time line and as a table, each drawn only when opened."""
    rows: list[dict[str, str]] = found["milestones"]
    months = sorted(Month.parse(r["month"]) for r in rows)
    st.markdown(
        f"{len(rows)} milestones, from {month_words(months[0])} to {month_words(months[-1])}."
    )
    with folded("On a time line", "compare_timeline_open") as box:
        if box.open:
            st.vega_lite_chart(found["timeline"], width="stretch")
    with folded("As a table", "compare_milestones_open") as box:
        if box.open:
            table(_numbered(rows, ["month", "scenario", "what"]), label="Milestones", wide="what")


def main() -> None:
    st.header("Compare scenarios", anchor=False)
    scenarios, projections = shown()
    if not projections:
        return
    keys = tuple(engine.key(s) for s in scenarios)
    table_part(keys)
    found = worked_out(keys, engine.generation())
    st.subheader("Net income each month", anchor=False)
    st.markdown(
        "\n".join(
            f"- {plain(label)}: " + money_md(f"**{average}** a month on average")
            for label, average in zip(found["labels"], found["averages"], strict=True)
        )
    )
    st.vega_lite_chart(found["net"], width="stretch")
    one_scenario(found)
    st.subheader("Milestones", anchor=False)
    if found["timeline"] is not None:
        milestones(found)
    else:
        st.markdown("No milestones: no trial work months, SSI, Medicaid, Medicare or rent changes.")
    duties = found["duties"]
    st.subheader("What to report, and what to watch for", anchor=False)
    if duties:
        st.caption(
            "Scenarios by their number, as in the list above. A report due every month is one "
            "line with its first and last due dates; each month's amounts are in the "
            "scenario's months above."
        )
        table(duties, label="What to report, and what to watch for", wide="what")
    else:
        st.markdown("Nothing to report and no warnings in these months.")


main()
