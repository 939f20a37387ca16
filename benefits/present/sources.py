"""Income sources and costs as the screen shows them: labels, amounts, chart colours.

Modelled sources come from the projection; an amount the engine leaves open (a state premium
that varies, a supplement whose amount is unknown) is None and shown as such, never as $0.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from .. import incomes
from ..money import ZERO
from ..results import MonthResult, Projection


@dataclass(frozen=True)
class Source:
    key: str
    label: str
    modelled: bool
    note: str = ""
    text: bool = False  # a status in words (coverage), not an amount


SOURCES: tuple[Source, ...] = (
    Source("wages", "Wages (paid, before taxes)", True),
    Source("payroll", "Payroll tax withheld (Social Security + Medicare)", True),
    Source("income_tax", "Federal income tax withheld (estimate)", True),
    Source("eitc", "EITC received (with the tax refund)", True),
    Source("state_tax", "State and local income tax", False, "state income tax"),
    Source("ssi", "SSI (federal)", True),
    Source("ssp", "State supplement (SSP)", True),
    Source("ssdi", "SSDI (before Medicare premium)", True),
    Source("snap", "SNAP (food help)", True),
    Source("medicaid", "Medicaid (months covered, and how)", True, text=True),
    Source("medicaid_premium", "Medicaid premium you pay", True),
    Source("medicare", "Medicare (months in each status)", True, text=True),
    Source("part_b", "Medicare Part B premium you pay", True),
    Source("rent", "Rent you pay with housing help (family share)", True),
    Source("total", "Total income (wages + SSI + supplement + SSDI, before taxes and costs)", True),
    Source("net", "Net income (after taxes, premiums and rent; with SNAP and EITC)", True),
)
LABELS = {s.key: s.label for s in SOURCES}

# Every income the engine pays out, stacked in the monthly chart, with its colour: read from the
# engine's income lines (issue 9 found the chart drawing only wages, SSI and SSDI).
CHART_LINES = tuple(line for line in incomes.LINES if line.sign > 0 and line.path is not None)
CHART_SOURCES: tuple[str, ...] = tuple(line.key for line in CHART_LINES)
CHART_COLORS: dict[str, str] = {line.key: line.color for line in CHART_LINES}
CHART_LABELS: dict[str, str] = {
    line.key: line.words[0].upper() + line.words[1:] for line in CHART_LINES
}


def source_amount(m: MonthResult, key: str) -> Decimal | None:
    """One source's amount in one month; None when the engine leaves it open."""
    if key == "snap" and m.snap.status == "not_modelled":
        return None
    if key == "medicaid_premium" and not m.medicaid.covered:
        return ZERO
    if key == "rent":
        return m.housing.family_share if m.housing.status != "none" else ZERO
    if key == "total":
        return m.total_income
    if key == "net":
        return m.net_income
    line = incomes.BY_KEY.get(key)
    if line is None or line.path is None:
        raise KeyError(f"{key} is not modelled yet")
    found: Decimal | None = incomes.amount(m, line)
    return found


def chart_total(m: MonthResult) -> Decimal:
    """Height of a month's stacked bar: the sum of the charted sources the engine knows."""
    return sum((source_amount(m, key) or ZERO for key in CHART_SOURCES), ZERO)


def stacked_rows(projection: Projection, label: str) -> list[dict[str, Any]]:
    """Long-form rows for the stacked monthly income chart: month, source, amount."""
    rows = []
    for m in projection.months:
        for order, key in enumerate(CHART_SOURCES):
            amount = source_amount(m, key)
            if amount is None:
                continue  # an amount the engine does not know is left out, not drawn as $0
            rows.append(
                {
                    "scenario": label,
                    "month": str(m.month),
                    "source": CHART_LABELS[key],
                    "order": order,
                    "amount": amount,
                }
            )
    return rows


def net_rows(projections: list[Projection]) -> list[dict[str, Any]]:
    """Long-form rows for the net income chart of every scenario: its number (as in the
    headings), the month and that month's net income."""
    return [
        {"scenario": str(i), "month": str(m.month), "net": m.net_income}
        for i, p in enumerate(projections, 1)
        for m in p.months
    ]


def unknown_amounts(projection: Projection) -> list[str]:
    """What the projection could not compute, in words (said beside the answer)."""
    found = []
    months = projection.months
    if any(m.ssi.state_supplement is None for m in months):
        found.append(
            "the state supplement to SSI: your state pays one, but its amount is not known "
            "here, so it is left out of the totals"
        )
    if any(m.medicaid.covered and m.medicaid.premium is None for m in months):
        found.append(
            "the Medicaid buy-in premium: it depends on the state's rules and is not worked out"
        )
    if any(m.medicaid.covered is None for m in months):
        found.append("whether Medicaid continues under 1619(b): the state's threshold is needed")
    if any(m.snap.status == "not_modelled" for m in months):
        found.append("SNAP for this household (not modelled yet)")
    return found
