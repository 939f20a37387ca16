"""Report: downloads of the comparison and a printable report, kept with the case.

The `report` helper replaces this page with the planner's handout (issue 14, item 5).
"""

from __future__ import annotations

import streamlit as st

from app import state
from app.components.views import shown
from benefits.present.compare import comparison_csv
from benefits.present.files import scenarios_json
from benefits.present.report import report_html


def _keep(name: str, body: bytes) -> None:
    current = state.case()
    if current is not None:
        state.store().add_report(current.id, name=name, kind="html", body=body)


def main() -> None:
    st.header("Report")
    scenarios, projections = shown()
    if not projections:
        return
    html = report_html(scenarios, projections).encode("utf-8")
    c1, c2, c3 = st.columns(3)
    c1.download_button(
        "Printable report (HTML)", html, "benefits-report.html", "text/html", key="dl_report",
        on_click=_keep, args=("benefits-report.html", html),
        help="Open it in a browser and print it, or save it as PDF.",
    )  # fmt: skip
    c2.download_button(
        "Comparison (CSV)", comparison_csv(projections), "comparison.csv", "text/csv",
        key="dl_csv", on_click="ignore",
    )  # fmt: skip
    c3.download_button(
        "Scenarios (JSON)", scenarios_json(scenarios), "scenarios.json", "application/json",
        key="dl_json", on_click="ignore",
    )  # fmt: skip


main()
