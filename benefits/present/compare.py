"""Scenarios side by side: the month table, the comparison by source and period, its CSV."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from decimal import Decimal

from ..money import ZERO, cents, dollars
from ..results import Projection
from .sources import SOURCES, Source, source_amount
from .words import (
    MEDICARE_WORDS,
    NOT_MODELLED,
    SSI_STATUS_WORDS,
    medicaid_summary,
    medicaid_words,
    medicare_summary,
    signed,
    ssdi_label,
)

MAX_SCENARIOS = 4
VARIES = "varies by state (not computed)"
UNKNOWN_SSP = "amount unknown (enter it from the SSI notice)"
NO_HOUSING = "no housing help entered"

PERIODS: tuple[tuple[str, int | None], ...] = (
    ("Monthly average", None),
    ("First 12 months", 12),
    ("First 24 months", 24),
)

Cell = Decimal | str | None


def scenario_labels(projections: list[Projection]) -> list[str]:
    """Column labels, numbered so two scenarios with the same name stay apart."""
    return [f"{i}. {p.scenario}" for i, p in enumerate(projections, 1)]


def assisted(p: Projection) -> bool:
    """Whether the scenario has HUD housing help in any month."""
    return any(m.housing.status != "none" for m in p.months)


def month_rows(projection: Projection) -> list[dict[str, str]]:
    """One row a month, amounts as dollars; a month using a carried-forward value ends in '†'."""
    rows = []
    housed = assisted(projection)
    veteran = any(m.va.compensation or m.va.pension for m in projection.months)
    for m in projection.months:
        premium = source_amount(m, "medicaid_premium")
        row = {
            "Month": f"{m.month}{' †' if m.carried_forward else ''}",
            "Wages earned": dollars(m.wages_earned),
            "Wages paid": dollars(m.wages_paid),
            "Payroll tax": dollars(m.taxes.payroll),
            "SSI": dollars(m.ssi.payment),
            "SSI status": SSI_STATUS_WORDS.get(m.ssi.status, "see the steps"),
            "SSDI": dollars(m.ssdi.payment),
            "SSDI status": ssdi_label(m),
            **(
                {"VA compensation": dollars(m.va.compensation), "VA pension": dollars(m.va.pension)}
                if veteran
                else {}
            ),
            "Medicaid": medicaid_words(m),
            "Medicaid premium": "varies" if premium is None else dollars(premium),
            "Medicare": MEDICARE_WORDS.get(m.medicare.status, "see the steps"),
            "Part B you pay": dollars(m.medicare.part_b_premium),
        }
        if housed:
            row["Rent you pay"] = dollars(m.housing.family_share)
        row["Total income"] = dollars(m.total_income)
        row["Net income*"] = dollars(m.net_income)
        rows.append(row)
    return rows


def _period_value(p: Projection, source: Source, months: int | None) -> Cell:
    if months is not None and len(p.months) < months:
        return None  # the projection is shorter than the period
    chosen = p.months if months is None else p.months[:months]
    if source.key == "medicaid":
        return medicaid_summary(chosen)
    if source.key == "medicare":
        return medicare_summary(chosen)
    found = [source_amount(m, source.key) for m in chosen]
    amounts = [a for a in found if a is not None]
    if len(amounts) < len(found):
        return {"ssp": UNKNOWN_SSP, "snap": NOT_MODELLED}.get(source.key, VARIES)
    total = sum(amounts, ZERO)
    return cents(total / len(chosen)) if months is None else total


@dataclass(frozen=True)
class ComparisonRow:
    source: Source
    period: str
    values: list[Cell]  # one per scenario; None when the period is longer than it

    @property
    def differences(self) -> list[Decimal | None]:
        first = self.values[0]
        return [
            v - first if isinstance(v, Decimal) and isinstance(first, Decimal) else None
            for v in self.values[1:]
        ]


def comparison(projections: list[Projection]) -> list[ComparisonRow]:
    """Monthly average and 12- and 24-month totals by source for each scenario (coverage rows:
    months in each status over the same periods)."""
    rows = []
    for source in SOURCES:
        for period, months in PERIODS:
            if source.modelled:
                values = [_period_value(p, source, months) for p in projections]
            else:
                values = [None for _ in projections]
            rows.append(ComparisonRow(source, period, values))
    return rows


def _cell(row: ComparisonRow, value: Cell, p: Projection) -> str:
    if row.source.key == "rent" and not assisted(p):
        return NO_HOUSING
    if not row.source.modelled:
        return NOT_MODELLED
    if value is None:
        return "n/a (shorter projection)"
    return value if isinstance(value, str) else dollars(value)


def comparison_table(
    projections: list[Projection], period: str | None = None
) -> list[dict[str, str]]:
    """The comparison for the screen: dollars, 'not modelled yet', and the change from the first.

    With `period` (one of PERIODS), only that period's rows, without a Period column (narrow
    enough for a phone)."""
    labels = scenario_labels(projections)
    table = []
    for row in comparison(projections):
        if period is not None and row.period != period:
            continue
        line = {"Source": row.source.label}
        if period is None:
            line["Period"] = row.period
        for label, value, p in zip(labels, row.values, projections, strict=True):
            line[label] = _cell(row, value, p)
        for label, diff, value in zip(labels[1:], row.differences, row.values[1:], strict=True):
            key = f"{label[: label.index('.')]} vs 1"
            if not row.source.modelled:
                line[key] = NOT_MODELLED
            elif isinstance(value, str):
                line[key] = ""
            else:
                line[key] = "n/a" if diff is None else signed(diff)
        table.append(line)
    return table


def comparison_csv(projections: list[Projection]) -> str:
    """The comparison as CSV with plain decimal numbers (no $), for a spreadsheet."""
    labels = scenario_labels(projections)
    out = io.StringIO()
    writer = csv.writer(out)
    heads = [*labels, *[f"{label} minus {labels[0]}" for label in labels[1:]]]
    writer.writerow(["source", "period", *[_csv_safe(h) for h in heads]])
    for row in comparison(projections):
        if not row.source.modelled:
            cells = [NOT_MODELLED] * (2 * len(labels) - 1)
        else:
            cells = ["" if v is None else str(v) for v in (*row.values, *row.differences)]
        writer.writerow([_csv_safe(row.source.label), row.period, *cells])
    return out.getvalue()


def _csv_safe(text: str) -> str:
    """A cell never starts with a formula character (=, +, -, @) in a spreadsheet."""
    return "'" + text if text[:1] in ("=", "+", "-", "@") else text
