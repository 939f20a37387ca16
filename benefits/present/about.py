"""The "About the numbers" page without Streamlit: where every amount comes from, what is
carried forward or entered locally, what is not modelled, and what stays on this machine."""

from __future__ import annotations

from dataclasses import dataclass

from ..months import Month
from ..results import Projection
from ..rules import AGENCIES, Rule, RuleBook, format_value
from ..rules_status import WORDS as STATUS_WORDS
from ..rules_status import rules_status

GROUPS = {
    "ssa": "Social Security Administration (SSI, SSDI, work incentives)",
    "cms": "Centers for Medicare & Medicaid Services (Medicare and Medicaid)",
    "hhs": "Health and Human Services (poverty guidelines)",
    "hud": "Housing and Urban Development (rent rules)",
    "irs": "Internal Revenue Service (income tax, the EITC)",
    "usda": "Department of Agriculture (SNAP)",
    "va": "Department of Veterans Affairs (VA pension, TDIU)",
    "census": "Census Bureau (the poverty threshold of VA's TDIU test)",
    "states": "States (supplements, Medicaid, 1619(b) thresholds)",
}


@dataclass(frozen=True)
class SourceRow:
    group: str
    label: str
    value: str  # the latest value, or "by state" for a state table
    since: str  # the date the latest value took effect
    published_through: str  # "fixed by statute" or the last date an agency figure covers
    law: str
    source: str


def _latest(rule: Rule) -> tuple[str, str, str]:
    if rule.by_state:
        dates = [v.effective for values in rule.by_state.values() for v in values]
        return "by state", max(dates).isoformat() if dates else "", ""
    last = rule.values[-1]
    value = "" if last.value is None else format_value(last.value, rule.unit)
    return value, last.effective.isoformat(), last.source


def _rank(rule_id: str, order: list[str]) -> int:
    group = rule_id.split(".")[0]
    return order.index(group) if group in order else len(order)


def source_rows(book: RuleBook) -> list[SourceRow]:
    """Every rule the engine knows, grouped by the agency that sets it."""
    rows = []
    order = list(GROUPS)
    for rule in sorted(book.rules.values(), key=lambda r: (_rank(r.id, order), r.id)):
        group = rule.id.split(".")[0]
        value, since, source = _latest(rule)
        through = (
            "fixed by statute"
            if rule.published_through is None
            else rule.published_through.isoformat()
        )
        rows.append(
            SourceRow(
                group=GROUPS.get(group, group),
                label=rule.label,
                value=value,
                since=since,
                published_through=through,
                law=rule.cite,
                source=source,
            )
        )
    return rows


def values_to_check(
    book: RuleBook, start: Month, state: str | None, months: int = 24
) -> list[dict[str, str]]:
    """The `benefits rules status` list for the screen: every value in use from `start` that is
    carried forward, computed, secondary-sourced or entered locally, for the federal rules and
    the scenario's state, with when its agency normally publishes the next one."""
    return [
        {
            "Value": r.label + (f" ({r.state})" if r.state else ""),
            "Amount": format_value(r.value, r.unit),
            "Where it comes from": STATUS_WORDS[r.origin],
            "Why": r.basis,
            "Next published": r.next_publication,
        }
        for r in rules_status(book, start, months)
        if r.state is None or r.state == state
    ]


def next_publications() -> list[tuple[str, str]]:
    """(agency, when it normally publishes the next values), from the rules' own table."""
    return [(agency, when) for agency, when in AGENCIES.values()]


def carried_forward(projection: Projection) -> list[tuple[str, str]]:
    """(value, first month that uses it carried forward) for one projection."""
    first: dict[str, Month] = {}
    for m in projection.months:
        for c in m.carried_forward:
            first.setdefault(c, m.month)
    return [(c, str(month)) for c, month in first.items()]


def privacy_lines(*, address: str, port: int, store: str | None, stats: bool) -> list[str]:
    """What stays on this machine, with the address the app really listens on."""
    local = address in ("127.0.0.1", "localhost", "::1")
    where = (
        f"The app listens on http://{address}:{port}, which only this computer can reach."
        if local
        else f"The app listens on {address or 'every network address'} port {port}: other "
        "computers on the network can open it. Start it with --server.address 127.0.0.1 to "
        "keep it to this computer."
    )
    lines = [
        "Everything is computed on this computer: the rules are files in the package and "
        "nothing you type is sent to any server.",
        where,
        "Usage statistics are off." if not stats else "Streamlit's usage statistics are ON.",
        "The report's PDF is made here too: the charts are drawn without a browser and the "
        "PDF fetches nothing from the network.",
    ]
    if store:
        lines.append(f"Cases are kept in a file on this computer: {store}.")
    lines.append("No Social Security number is asked for or kept: cases have a label you choose.")
    return lines
