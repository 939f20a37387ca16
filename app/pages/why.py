"""Why this number: every step of one month, with its law, dated value, source and flags."""

from __future__ import annotations

import streamlit as st

from app.components.text import money_md, plain
from app.components.views import shown
from benefits.money import dollars
from benefits.present.compare import scenario_labels
from benefits.present.why import why_rows
from benefits.present.words import medicaid_words, month_words
from benefits.results import Projection


def main() -> None:
    st.header("Why this number", anchor=False)
    scenarios, projections = shown()
    if not projections:
        return
    labels = scenario_labels(projections)
    chosen = st.selectbox(
        "Scenario", range(len(labels)), index=len(labels) - 1, format_func=labels.__getitem__,
        key="why_scenario",
    )  # fmt: skip
    p = projections[chosen or 0]
    steps(p)


@st.fragment
def steps(p: Projection) -> None:
    """One month's steps; choosing another month reruns only this part."""
    months = [m.month for m in p.months]
    when = st.selectbox(
        "Month", range(len(months)), format_func=lambda i: month_words(months[i]),
        key="why_month",
    )  # fmt: skip
    m = p.months[min(when or 0, len(months) - 1)]
    st.markdown(
        money_md(
            f"**{month_words(m.month)}** · SSI {dollars(m.ssi.payment)} · SSDI "
            f"{dollars(m.ssdi.payment)} · {medicaid_words(m)} · net {dollars(m.net_income)}"
        )
    )
    if m.carried_forward:
        st.warning(
            "Carried forward this month (not yet published for this year): "
            + plain("; ".join(m.carried_forward))
        )
    lines = []
    for r in why_rows(m):
        amount = f" **= {money_md(r['amount'])}**" if r["amount"] else ""
        lines.append(
            f"{r['n']}.{amount} {plain(r['because'])}"
            + (f"  \n   *Law:* {plain(r['cite'])}" if r["cite"] else "")
            + (f"  \n   *Uses:* {plain(r['uses'])}" if r["uses"] else "")
        )
    st.markdown("\n".join(lines) or "No steps recorded.")


main()
