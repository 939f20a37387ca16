"""Compare: up to four scenarios side by side, by source and period, with charts and months."""

from __future__ import annotations

from decimal import Decimal

import pandas as pd
import streamlit as st

from app.components.charts import income_chart, timeline_chart
from app.components.text import money_md, plain
from app.components.views import shown
from benefits.money import ZERO, dollars
from benefits.present.compare import PERIODS, comparison_table, month_rows, scenario_labels
from benefits.present.sources import chart_total
from benefits.present.why import duty_rows, milestone_rows
from benefits.present.words import NET_WORDS, NOT_MODELLED
from benefits.results import Projection


@st.fragment
def table_part(projections: list[Projection]) -> None:
    """The comparison table; choosing a period reruns only this part."""
    period = st.segmented_control(
        "Period", [name for name, _ in PERIODS], default=PERIODS[0][0], key="compare_period",
        required=True,
    )  # fmt: skip
    table = comparison_table(projections, period or PERIODS[0][0])
    st.markdown(
        money_md(
            f"State and local income tax is “{NOT_MODELLED}”: shown so, never as $0, and left "
            f"out of net income. {NET_WORDS[0].upper()}{NET_WORDS[1:]}."
        )
    )
    # Phone width: the table scrolls sideways with its first column pinned.
    st.dataframe(
        pd.DataFrame(table),
        hide_index=True,
        key="comparison",
        width="stretch",
        height=35 * (len(table) + 1) + 3,
        column_config={"Source": st.column_config.TextColumn(pinned=True, width="medium")},
    )
    st.caption(
        "The monthly average over each projection, or the total of its first 12 or 24 months. "
        "“2 vs 1” is the difference from the first scenario. On a phone the table scrolls "
        "sideways; the source stays in view."
    )


def main() -> None:
    st.header("Compare scenarios")
    scenarios, projections = shown()
    if not projections:
        return
    labels = scenario_labels(projections)
    table_part(projections)
    top = max((chart_total(m) for p in projections for m in p.months), default=ZERO)
    columns = st.columns(min(len(projections), 2))
    for i, (label, p) in enumerate(zip(labels, projections, strict=True)):
        with columns[i % len(columns)]:
            st.subheader(plain(label))
            avg = sum((m.net_income for m in p.months), Decimal(0)) / len(p.months)
            st.markdown(money_md(f"Net income, monthly average: **{dollars(avg)}**"))
            st.altair_chart(income_chart(p, label, top), width="stretch")
            with st.expander("Month by month"):
                st.dataframe(pd.DataFrame(month_rows(p)), hide_index=True, key=f"months_{i}")
    rows = milestone_rows(projections)
    st.subheader("Milestones")
    if rows:
        st.altair_chart(timeline_chart(rows, len(projections)), width="stretch")
        with st.expander("Milestones as a table"):
            st.dataframe(pd.DataFrame(rows)[["scenario", "month", "what"]], hide_index=True)
    else:
        st.markdown("No milestones: no trial work months, SSI, Medicaid, Medicare or rent changes.")
    duties = duty_rows(projections)
    st.subheader("What to report, and what to watch for")
    if duties:
        st.dataframe(pd.DataFrame(duties), hide_index=True, width="stretch", key="duties_table")
    else:
        st.markdown("Nothing to report and no warnings in these months.")


main()
