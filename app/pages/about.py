"""About the numbers: where every amount comes from, what is carried forward or entered
locally, what is not modelled, and what stays on this computer."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import streamlit as st

from app import engine, state
from app.components.text import plain
from app.components.views import shown, table
from app.store import data_dir
from benefits.months import Month
from benefits.present.about import (
    carried_forward,
    next_publications,
    privacy_lines,
    source_rows,
    values_to_check,
)
from benefits.present.tables import table_html


def _sources() -> None:
    st.subheader("Where the numbers come from", anchor=False)
    st.markdown(
        "Every amount is a dated value in a rule file with the law it comes from and the page "
        "it was read from. When an agency has not yet published a later year's amount, the "
        "last published one is carried forward and every month that uses it says so."
    )
    table = _source_table(engine.generation())
    # A long reference table, folded and drawn only when opened (a closed expander's content
    # is otherwise still sent and drawn: 2,000 elements, and the next page waits for them to go).
    with st.expander(
        f"Every amount, its law and its source ({len(table)})", key="about_sources_open",
        on_change="rerun",
    ) as box:  # fmt: skip
        if box.open:
            # Plain HTML like the page's other tables: a long amount's name wraps on a phone.
            st.html(table_html(table, label="Every amount, its law and its source", links="Source"))
    st.markdown(
        "When the next values are normally published: "
        + "; ".join(f"{plain(agency)} {plain(when)}" for agency, when in next_publications())
        + "."
    )


def _projection_notes() -> None:
    _, projections = shown()
    if not projections:
        return
    p = projections[-1]
    st.subheader("Carried forward in this projection", anchor=False)
    found = carried_forward(p)
    if found:
        table(
            [{"Value": v, "First month that uses it": m} for v, m in found],
            label="Values carried forward",
        )
    else:
        st.markdown("Every value this projection uses is published for its month.")
    st.subheader("Assumptions", anchor=False)
    st.markdown("\n".join(f"- {plain(a)}" for a in p.assumptions))
    st.subheader("Not modelled yet", anchor=False)
    st.markdown("\n".join(f"- {plain(a)}" for a in p.not_modeled))


@st.cache_data(max_entries=64, show_spinner=False)
def _rows_to_check(start: Month, where: str | None, generation: int) -> list[dict[str, str]]:
    """The rules status rows: the same for every rerun until the rule book changes."""
    return values_to_check(engine.rulebook(), start, where)


@st.cache_data(show_spinner=False)
def _source_table(generation: int) -> list[dict[str, str]]:
    rows = source_rows(engine.rulebook())
    return [
        {
            "Amount": r.label,
            "Agency": r.group,
            "Latest value": r.value,
            "Since": r.since,
            "Published through": r.published_through,
            "Law": r.law,
            "Source": r.source,
        }
        for r in rows
    ]


def _to_check() -> None:
    """The same list as `benefits rules status`: what a planner should check, and when."""
    scenarios, _ = state.view_scenarios()
    today = date.today()
    start = scenarios[-1].start if scenarios else Month(today.year, today.month)
    where = scenarios[-1].state if scenarios else None
    st.subheader("Values to check", anchor=False)
    rows = _rows_to_check(start, where, engine.generation())
    if not rows:
        st.markdown("Every value used from this month on is published by its agency.")
        return
    st.markdown(
        "These amounts are not (yet) an agency's published figure for the months shown: they "
        "are carried forward, computed by the law's formula, read from a secondary copy, or "
        "entered on this computer. Check them when the agency publishes the next ones."
    )
    table(rows, label="Values to check")


def _shown(path: Path) -> str:
    """The case file's place, short: inside the working folder or the home folder (~)."""
    for base, prefix in ((Path.cwd(), ""), (Path.home(), "~/")):
        try:
            return prefix + str(path.resolve().relative_to(base.resolve()))
        except ValueError:
            continue
    return str(path)


def _privacy() -> None:
    st.subheader("Privacy", anchor=False)
    lines = privacy_lines(
        address=str(st.get_option("server.address") or ""),
        port=int(st.get_option("server.port")),
        store=_shown(data_dir() / "cases.sqlite3"),
        stats=bool(st.get_option("browser.gatherUsageStats")),
    )
    st.markdown("\n".join(f"- {plain(line)}" for line in lines))


def main() -> None:
    st.header("About the numbers", anchor=False)
    _projection_notes()
    _to_check()
    _sources()
    _privacy()


main()
