"""What the person must do and what could go wrong: the projection's reporting duties
(`months[].reports`) and warnings (`months[].warnings`), and the values a planner should
check before relying on the numbers (unknown thresholds, supplements, carried-forward values).

Reports and warnings are read by field name, so a projection made before they existed (or a
month without any) simply has none.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ...results import Projection
from .story import month_list


def _get(item: Any, name: str) -> str:
    value = item.get(name) if isinstance(item, dict) else getattr(item, name, None)
    return "" if value is None else str(value)


@dataclass(frozen=True)
class Duty:
    to: str
    what: str
    due: list[str]  # ISO dates
    cite: str


@dataclass(frozen=True)
class Warning:
    months: str
    kind: str
    text: str
    cite: str


def duties(p: Projection) -> list[Duty]:
    """Reports grouped by agency and what to report, with every due date."""
    found: dict[tuple[str, str, str], list[str]] = {}
    for m in p.months:
        for r in getattr(m, "reports", None) or []:
            key = (_get(r, "to"), _get(r, "what"), _get(r, "cite"))
            found.setdefault(key, []).append(_get(r, "due"))
    return [Duty(to, what, due, cite) for (to, what, cite), due in found.items()]


def warnings(p: Projection) -> list[Warning]:
    """Warnings with the same words in several months are one line with their months."""
    found: dict[tuple[str, str, str], list[Any]] = {}
    for m in p.months:
        for w in getattr(m, "warnings", None) or []:
            key = (_get(w, "kind"), _get(w, "text"), _get(w, "cite"))
            found.setdefault(key, []).append(m.month)
    return [
        Warning(month_list(months), kind, text, cite)
        for (kind, text, cite), months in found.items()
    ]


def due_words(due: list[str]) -> str:
    """'by 2027-02-10' or 'by 2027-02-10 and 11 more dates, monthly to 2028-01-10'."""
    if not due:
        return ""
    if len(due) == 1:
        return f"by {due[0]}"
    return f"by {due[0]}, then {len(due) - 1} more times to {due[-1]}"


def checks(p: Projection) -> list[str]:
    """What the planner should find out or confirm, from what the projection could not know."""
    months = p.months
    found = []
    unknown_1619b = [m.month for m in months if m.medicaid.basis == "1619b_threshold_unknown"]
    if unknown_1619b:
        found.append(
            "Find the state's 1619(b) threshold (SSA's chart, POMS SI 02302.200): Medicaid "
            f"cannot be decided in {month_list(unknown_1619b)}."
        )
    if any(m.ssi.status != "none" and m.ssi.state_supplement is None for m in months):
        found.append(
            "Find the state supplement's amount for this living arrangement (the state's "
            "SSI supplement page): it is left out of the numbers."
        )
    if any(m.medicare.status == "unknown" for m in months):
        found.append(
            "Enter the SSDI entitlement month (on the BPQY or the award letter) to see when "
            "Medicare starts."
        )
    if any(m.medicaid.covered and m.medicaid.premium is None for m in months):
        found.append(
            "Ask the state Medicaid agency for the buy-in premium at these earnings: it varies "
            "and is not computed."
        )
    if any(m.carried_forward for m in months):
        found.append(
            "Some amounts used for later months are not yet published and were carried "
            "forward from the last published year (listed in the appendix): check "
            "them when the agency publishes the new ones."
        )
    return found
