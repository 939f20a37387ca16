"""What the result pages show: the case's valid scenarios, or the Ask page's answer."""

from __future__ import annotations

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
