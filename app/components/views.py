"""What the result pages show: the case's valid scenarios, or the Ask page's answer."""

from __future__ import annotations

from typing import Any

import pandas as pd
import streamlit as st

from app import engine, state
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
    rows: list[dict[str, str]], *, key: str, first: str | None = None, wide: str | None = None
) -> None:
    """A table whose first column (the row's label, e.g. the month) stays in view while the
    rest scrolls sideways on a phone; `first` moves a column to the front, `wide` gets room."""
    frame = pd.DataFrame(rows)
    if first is not None and first in frame.columns:
        frame = frame[[first, *(c for c in frame.columns if c != first)]]
    config: dict[str, Any] = {}
    if len(frame.columns):
        config[frame.columns[0]] = st.column_config.TextColumn(pinned=True)
    if wide is not None:
        config[wide] = st.column_config.TextColumn(width="large")
    st.dataframe(frame, hide_index=True, width="stretch", key=key, column_config=config)
