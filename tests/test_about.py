"""The "About the numbers" page's data, without Streamlit."""

from __future__ import annotations

from pathlib import Path

from benefits import load_scenario, project
from benefits.present.about import carried_forward, privacy_lines, source_rows
from benefits.rules import default_rules

EXAMPLES = Path(__file__).resolve().parent.parent / "benefits" / "examples"


def test_every_rule_is_listed_with_its_law_and_source() -> None:
    book = default_rules()
    rows = source_rows(book)
    assert len(rows) == len(book.rules)
    assert all(r.law for r in rows)
    fbr = next(r for r in rows if r.label.startswith("SSI federal benefit rate (individual)"))
    assert fbr.group.startswith("Social Security Administration")
    assert fbr.value.startswith("$") and fbr.source
    assert rows[0].group.startswith("Social Security")  # SSA first, states last
    assert rows[-1].group.startswith("States")


def test_carried_forward_values_name_their_first_month() -> None:
    p = project(load_scenario(EXAMPLES / "ssdi_full_time.yaml"))
    found = dict(carried_forward(p))
    assert found, "a projection into 2028 carries some 2027 values forward"
    first = min(m.month for m in p.months if m.carried_forward)
    assert min(found.values()) == str(first)


def test_privacy_says_where_the_app_listens() -> None:
    local = privacy_lines(address="127.0.0.1", port=8501, store=None, stats=False)
    assert "http://127.0.0.1:8501, which only this computer can reach" in " ".join(local)
    open_ = privacy_lines(address="", port=8501, store="/data/cases.sqlite3", stats=False)
    text = " ".join(open_)
    assert "other computers on the network can open it" in text
    assert "/data/cases.sqlite3" in text


def test_values_to_check_is_the_rules_status_list_for_the_scenarios_state() -> None:
    from benefits.months import Month
    from benefits.present.about import values_to_check
    from benefits.rules import default_rules

    rows = values_to_check(default_rules(), Month(2027, 1), "PA")
    kinds = {r["Where it comes from"] for r in rows}
    assert {"carried forward", "computed by formula", "secondary source"} <= kinds
    sga = next(
        r
        for r in rows
        if r["Value"] == "Substantial gainful activity (SGA), not blind"
        and r["Where it comes from"] == "computed by formula"
    )
    assert sga["Amount"] == "$1,770.00 a month" and "404.1574" in sga["Why"]
    states = {r["Value"].rsplit("(", 1)[-1] for r in rows if r["Value"].endswith(")")}
    assert not any(s.startswith(("CA)", "NY)", "TX)")) for s in states)  # only PA's values
    assert all(r["Next published"] for r in rows)
