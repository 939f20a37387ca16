"""What the result pages show: the case's valid scenarios, or the Ask page's answer."""

from __future__ import annotations

import streamlit as st

from app import engine, state
from benefits.present.tables import table_html
from benefits.results import Projection
from benefits.scenario import Scenario


def shown() -> tuple[list[Scenario], list[Projection]]:
    """The scenarios and their explained projections; a note when there are none."""
    scenarios, where = state.view_scenarios()
    if where == "none":
        st.info(
            "Nothing to show yet: answer the questions on Ask, or build a case on Plan.",
            icon=":material/info:",
        )
        st.page_link("app/pages/ask.py", label="Go to Ask", icon=":material/chat:")
        return [], []
    if where == "ask":
        st.caption("Showing your answer from Ask (not working, and working).")
    return scenarios, [engine.projection(engine.key(s)) for s in scenarios]


def table(
    rows: list[dict[str, str]], *, label: str, first: str | None = None, wide: str | None = None
) -> None:
    """A table named `label` whose first column (the row's label, e.g. the month) stays in view
    while the rest scrolls sideways on a phone; `first` moves a column to the front, `wide` gets
    room. Plain HTML (benefits/present/tables.py): long labels wrap instead of being cut off,
    and it draws in a fraction of a data grid's time."""
    if first is not None and rows and first in rows[0]:
        rows = [{first: r[first], **{c: v for c, v in r.items() if c != first}} for r in rows]
    st.html(table_html(rows, label=label, wide=wide))
