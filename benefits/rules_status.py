"""What to check: every rule value in use that is not simply the agency's own published figure.

`rules_status(book, start, months)` lists, for the months from `start`, each value that is
carried forward, computed by formula, taken from a secondary source, or given (or overridden) by
a local overlay, with when its agency normally publishes the next one. `benefits rules status`
prints it; the screen's page about the numbers shows the same rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from .months import Month
from .rules import AGENCIES, Rule, RuleBook, RuleValue, format_value

# Rules whose next value comes on another schedule than their agency's usual one.
SCHEDULES = {
    "ssa.ssi.threshold_1619b": "early in the year (SSA's 1619(b) chart, POMS SI 02302.200)",
    "ssa.ssi.threshold_1619b.lowest": "early in the year (SSA's 1619(b) chart, POMS SI 02302.200)",
    "ssa.awi": "in October (the wage index for the year before)",
}
ORDER = ("carried_forward", "computed", "secondary", "override", "overlay")
WORDS = {
    "carried_forward": "carried forward",
    "computed": "computed by formula",
    "secondary": "secondary source",
    "override": "local override",
    "overlay": "local overlay",
}


@dataclass(frozen=True, slots=True)
class StatusRow:
    id: str
    label: str
    state: str | None
    value: Decimal
    unit: str
    effective: date
    first_month: Month  # the first month in the window that uses this value
    origin: str  # carried_forward | computed | secondary | override | overlay
    basis: str
    source: str
    overlay: str
    agency: str
    next_publication: str

    @property
    def shown(self) -> str:
        return format_value(self.value, self.unit)


def rules_status(book: RuleBook, start: Month, months: int = 12) -> list[StatusRow]:
    """Every value used in the window that a planner should check, most urgent first."""
    rows: dict[tuple[str, str | None, date, str], StatusRow] = {}
    window = [start.plus(n) for n in range(months)]
    for rule in book.rules.values():
        for state in sorted(rule.by_state) if rule.by_state else [None]:
            for month in window:
                found = _value(book, rule, state, month)
                if found is None or found.origin == "published":
                    continue
                key = (rule.id, state, found.effective, found.origin)
                if key not in rows:
                    rows[key] = _row(rule, state, found, month)
    return sorted(rows.values(), key=lambda r: (ORDER.index(r.origin), r.id, r.state or ""))


def _value(book: RuleBook, rule: Rule, state: str | None, month: Month) -> RuleValue | None:
    if state is not None:
        return book.at_state(rule.id, state, month)
    if rule.values[0].effective > month.first_day:
        return None
    return book.at(rule.id, month)


def _row(rule: Rule, state: str | None, found: RuleValue, month: Month) -> StatusRow:
    agency, when = AGENCIES.get(rule.id.split(".")[0], ("the agency", "when it is next published"))
    when = SCHEDULES.get(rule.id, when)
    return StatusRow(
        id=rule.id,
        label=rule.label,
        state=state,
        value=found.value,
        unit=found.unit,
        effective=found.effective,
        first_month=month,
        origin=found.origin,
        basis=found.basis,
        source=found.source,
        overlay=found.overlay,
        agency=agency,
        next_publication=f"{agency[:1].upper()}{agency[1:]} normally publishes the next one {when}",
    )


def format_status(rows: list[StatusRow], start: Month, months: int) -> str:
    """The plain-text list `benefits rules status` prints."""
    last = start.plus(months - 1)
    if not rows:
        return f"Every value used from {start} to {last} is the agency's own published figure."
    lines = [f"Rule values to check, used from {start} to {last} ({len(rows)}):", ""]
    for origin in ORDER:
        group = [r for r in rows if r.origin == origin]
        if not group:
            continue
        lines.append(f"{WORDS[origin].capitalize()} ({len(group)}):")
        for r in group:
            where = f" ({r.state})" if r.state else ""
            lines.append(
                f"  {r.id}{where} = {r.shown}, from {r.effective}, used from {r.first_month}"
            )
            lines.append(f"      {r.basis}")
            lines.append(f"      {r.next_publication}.")
        lines.append("")
    return "\n".join(lines).rstrip()
