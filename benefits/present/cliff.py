"""The cliff chart: net income at each hours level of the first job, where it falls and why.

One projection per hours level on the engine's numbers-only path (`projection.numbers`: the
same amounts, without steps, output models, reports or the no-work comparison the chart never
uses). The marks are the largest falls in net income, each with its cause in words,
and the hours where Medicaid coverage is lost (health coverage has no dollar amount here).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from .. import incomes
from ..money import ZERO, cents, dollars
from ..projection import numbers
from ..rules import RuleBook
from ..scenario import Scenario
from ..sweep import with_hours
from .sources import source_amount
from .words import medicaid_summary, num

# Each part of net income with its sign, from the engine's income lines (wages first).
PARTS: tuple[tuple[str, int, str], ...] = tuple(
    (line.key, line.sign, line.words) for line in incomes.in_net()
)
CAUSE_WORDS = {
    "ssdi": "SSDI stops in months with earnings over the SGA limit after the trial work and "
    "grace months (20 CFR 404.1592a); work expenses (IRWE) or a subsidy can lower the "
    "earnings SSA counts",
    "ssi": "SSI falls by $1 for every $2 earned over $85, and is not paid in a month whose "
    "countable income reaches the federal rate, such as a month with an extra paycheck "
    "(20 CFR 416.1112, 416.420)",
    "ssp": "the state supplement falls as countable income rises and stops when it passes the "
    "state's payment level; in some states it is paid only with federal SSI",
    "snap": "SNAP falls as income rises (7 CFR 273.10)",
    "eitc": "the EITC phases out",
    "payroll": "payroll tax",
    "income_tax": "federal income tax starts or rises",
    "part_b": "you start paying the Medicare Part B premium (the state stops paying it)",
    "medicaid_premium": "a Medicaid buy-in premium starts or rises",
    "rent": "your rent share rises with income (30% of adjusted income, 24 CFR 5.628)",
}
MARKS = 3  # the largest falls marked on the chart


@dataclass(frozen=True)
class CliffPoint:
    """Monthly averages over the projection at one hours level."""

    hours: Decimal
    parts: dict[str, Decimal]  # each part of net income, as a positive amount
    net_income: Decimal
    medicaid: str  # months covered and how, in words
    medicaid_months: int


@dataclass(frozen=True)
class Drop:
    """Net income falls from `hours - 1` to `hours`."""

    hours: Decimal
    before: Decimal
    after: Decimal
    cause: str  # in words

    @property
    def lost(self) -> Decimal:
        return self.before - self.after

    @property
    def label(self) -> str:
        return f"{num(self.hours)} h: −{dollars(self.lost)}"


@dataclass(frozen=True)
class Cliff:
    points: list[CliffPoint]
    drops: list[Drop]  # the largest falls, by hours
    coverage: list[tuple[Decimal, str]]  # hours where Medicaid months are lost, in words

    def kept(self) -> list[tuple[Decimal, Decimal | None]]:
        """Share of each extra dollar of wages the person keeps, from one level to the next."""
        out: list[tuple[Decimal, Decimal | None]] = []
        for a, b in zip(self.points, self.points[1:], strict=False):
            more = b.parts["wages"] - a.parts["wages"]
            share = cents((b.net_income - a.net_income) / more) if more > 0 else None
            out.append((b.hours, share))
        return out


def _point(hours: Decimal, months: list[Any]) -> CliffPoint:
    """`months`: the engine's MonthNumbers, which carry the fields of MonthResult it reads."""
    n = len(months)
    parts = {
        key: cents(sum((source_amount(m, key) or ZERO for m in months), ZERO) / n)
        for key, _, _ in PARTS
    }
    net = cents(sum((m.net_income for m in months), ZERO) / n)
    covered = sum(1 for m in months if m.medicaid.covered)
    return CliffPoint(hours, parts, net, medicaid_summary(months), covered)


def _cause(a: CliffPoint, b: CliffPoint) -> str:
    """The part of net income that fell most between two levels, in words."""
    losses = {key: sign * (a.parts[key] - b.parts[key]) for key, sign, _ in PARTS[1:]}
    key = max(losses, key=lambda k: losses[k])
    names = {k: name for k, _, name in PARTS}
    if losses[key] <= 0:
        return "costs rise faster than pay"
    verb = "falls" if key in ("ssi", "ssp", "ssdi", "snap", "eitc") else "rises"
    return f"{names[key]} {verb} {dollars(losses[key])} a month: {CAUSE_WORDS[key]}"


def cliff(scenario: Scenario, rules: RuleBook | None = None, *, top: int = 40) -> Cliff:
    """Net income at 0..top hours a week of the first job (which must be paid by the hour)."""
    points = [
        _point(Decimal(h), numbers(with_hours(scenario, Decimal(h)), rules)) for h in range(top + 1)
    ]
    falls = [
        Drop(b.hours, a.net_income, b.net_income, _cause(a, b))
        for a, b in zip(points, points[1:], strict=False)
        if b.net_income < a.net_income - Decimal(1)
    ]
    largest = sorted(sorted(falls, key=lambda d: -d.lost)[:MARKS], key=lambda d: d.hours)
    coverage = [
        (
            b.hours,
            f"from {num(b.hours)} h, Medicaid in {b.medicaid_months} of "
            f"{scenario.months} months (was {a.medicaid_months})",
        )
        for a, b in zip(points, points[1:], strict=False)
        if b.medicaid_months < a.medicaid_months
    ]
    return Cliff(points, largest, coverage[:MARKS])


def cliff_rows(result: Cliff) -> list[dict[str, object]]:
    """The chart's points: hours, net income, and the share kept of the last extra dollar."""
    kept = dict(result.kept())
    return [
        {
            "hours": p.hours,
            "net": p.net_income,
            "wages": p.parts["wages"],
            "ssi": p.parts["ssi"],
            "ssdi": p.parts["ssdi"],
            "kept": kept.get(p.hours),
            "medicaid": p.medicaid,
        }
        for p in result.points
    ]


def cliff_table(result: Cliff) -> list[dict[str, str]]:
    """The chart as a table, in dollars (for a screen reader and a phone)."""
    kept = dict(result.kept())
    rows = []
    for p in result.points:
        share = kept.get(p.hours)
        rows.append(
            {
                "Hours a week": num(p.hours),
                "Wages": dollars(p.parts["wages"]),
                "SSI": dollars(p.parts["ssi"]),
                "SSDI": dollars(p.parts["ssdi"]),
                "Net income*": dollars(p.net_income),
                "Kept of each extra $1": kept_words(share),
                "Medicaid": p.medicaid,
            }
        )
    return rows


def kept_words(share: Decimal | None) -> str:
    """0.52 -> '52¢'; -1.30 -> 'loses $1.30'."""
    if share is None:
        return ""
    if share < 0:
        return f"loses {dollars(-share)}"
    return f"{int(share * 100)}¢"
