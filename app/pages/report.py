"""Report: the planner's handout (benefits summary and analysis) as PDF and print-ready HTML,
with the case and planner fields; each report downloaded is kept with the case.

The report is made only when a download is clicked (Streamlit runs the callable then), and
cached by its inputs, so editing a field here never waits for a PDF.
"""

from __future__ import annotations

import json
from datetime import date

import streamlit as st

from app import engine, state
from app.components.text import plain
from app.components.views import shown
from benefits.present.compare import comparison_csv, scenario_labels
from benefits.present.fields import field_words
from benefits.present.files import scenarios_json
from benefits.present.report import Case, CaseError, report_html, report_pdf
from benefits.present.report.layout import plain_words, what_to_do
from benefits.scenario import Scenario

FIELDS = (  # widget key, label, remembered on this computer for the next report
    ("report_client", "Client (a label you choose: initials or your case number; no SSN)", False),
    ("report_planner", "Prepared by (planner)", True),
    ("report_agency", "Agency", True),
)


@st.cache_data(max_entries=16, show_spinner=False)
def _html(keys: tuple[str, ...], case: str, generation: int) -> str:
    fields = json.loads(case)
    projections = [engine.projection(k) for k in keys]
    made = Case(**{**fields, "prepared": date.fromisoformat(fields["prepared"])})
    return report_html(projections, made)


@st.cache_data(max_entries=8, show_spinner=False)
def _pdf(keys: tuple[str, ...], case: str, generation: int) -> bytes:
    return report_pdf(_html(keys, case, generation))


@st.cache_data(max_entries=16, show_spinner=False)
def _summary(keys: tuple[str, ...], generation: int) -> tuple[str, str, str]:
    """The first page in short, the comparison CSV and the scenarios' JSON, made once per case
    (a page switch or a field typed here reruns the page, not these)."""
    projections = [engine.projection(k) for k in keys]
    labels = scenario_labels(projections)
    first = field_words(
        "\n".join(plain_words(labels, projections) + what_to_do(labels, projections))
    )
    scenarios = [Scenario.model_validate_json(k) for k in keys]
    return first, comparison_csv(projections), scenarios_json(scenarios)


def _case_fields() -> Case | None:
    """The case and planner fields; None (with the field named) when one cannot be used."""
    current = state.case()
    st.subheader("Who it is for, and who made it", anchor=False)
    left, right = st.columns(2)
    values: dict[str, str] = {}
    for i, (key, label, remembered) in enumerate(FIELDS):
        if not state.has(key):
            default = state.store().recall(key) if remembered else None
            if key == "report_client" and current is not None:
                default = current.label
            state.put(key, default or "")
        values[key] = (left if i % 2 == 0 else right).text_input(label, key=key, max_chars=200)
        if remembered and values[key] != (state.store().recall(key) or ""):
            state.store().remember(key, values[key])
    prepared = right.date_input("Date prepared", value=date.today(), key="report_date")
    try:
        return Case(
            client=values["report_client"].strip(),
            planner=values["report_planner"].strip(),
            agency=values["report_agency"].strip(),
            prepared=prepared if isinstance(prepared, date) else date.today(),
        )
    except CaseError as exc:
        st.error(plain(str(exc)), icon=":material/error:")
        return None


def _downloads(keys: tuple[str, ...], made: Case) -> None:
    fields = {"client": made.client, "planner": made.planner, "agency": made.agency}
    case = json.dumps({**fields, "prepared": made.prepared.isoformat()}, sort_keys=True)
    current, store = state.case(), state.store()
    stem = "benefits-report" + (f"-{made.prepared.isoformat()}")
    made_in = engine.generation()

    def kept(name: str, body: bytes, kind: str) -> bytes:
        if current is not None:
            store.add_report(current.id, name=name, kind=kind, body=body)
        return body

    c1, c2 = st.columns(2)
    c1.download_button(
        "Download the report (PDF)", lambda: kept(f"{stem}.pdf", _pdf(keys, case, made_in), "pdf"),
        f"{stem}.pdf", "application/pdf", key="dl_pdf", type="primary", on_click="ignore",
        icon=":material/picture_as_pdf:",
    )  # fmt: skip
    c2.download_button(
        "Download the report (HTML, to print)",
        lambda: kept(f"{stem}.html", _html(keys, case, made_in).encode("utf-8"), "html"),
        f"{stem}.html", "text/html", key="dl_report", on_click="ignore",
        icon=":material/print:",
    )  # fmt: skip
    st.caption(
        "With the client, planner and date below. Letter pages: a plain-language first page, "
        "what to do, key dates, the comparison, each program's story and charts, then an "
        "appendix with the steps and the law. "
        "Each report you download is kept with the case on this computer."
    )


def main() -> None:
    st.header("Report", anchor=False)
    scenarios, projections = shown()
    if not projections:
        return
    keys = tuple(engine.key(s) for s in scenarios)
    # The downloads come first on the page (a few Tab presses away), the fields they use below.
    top = st.container()
    made = _case_fields()
    if made is not None:
        with top:
            _downloads(keys, made)
    first, csv, scenarios_file = _summary(keys, engine.generation())
    st.subheader("The first page, in short", anchor=False)
    with st.container(border=True):
        st.html(first)
    st.subheader("Other downloads", anchor=False)
    c1, c2 = st.columns(2)
    c1.download_button(
        "Comparison (CSV)", csv, "comparison.csv", "text/csv",
        key="dl_csv", on_click="ignore",
    )  # fmt: skip
    c2.download_button(
        "Scenarios (JSON)", scenarios_file, "scenarios.json", "application/json",
        key="dl_json", on_click="ignore",
    )  # fmt: skip


main()
