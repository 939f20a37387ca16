"""About the numbers: assumptions, what is not modelled, carried-forward values, privacy.

The `report` helper extends this page (sources, values entered locally; issue 12 item 5).
"""

from __future__ import annotations

import streamlit as st

from app.components.text import plain
from app.components.views import shown


def main() -> None:
    st.header("About the numbers")
    _, projections = shown()
    if projections:
        p = projections[-1]
        st.subheader("Assumptions")
        st.markdown("\n".join(f"- {plain(a)}" for a in p.assumptions))
        st.subheader("Not modelled yet")
        st.markdown("\n".join(f"- {plain(a)}" for a in p.not_modeled))
        carried = sorted({c for m in p.months for c in m.carried_forward})
        if carried:
            st.subheader("Values carried forward (not yet published)")
            st.markdown("\n".join(f"- {plain(c)}" for c in carried))
    st.subheader("Privacy")
    st.markdown(
        "The calculator and this screen run on this computer. Nothing you type is sent "
        "anywhere; the planner's cases are kept in a file in this computer's user data folder."
    )


main()
