"""What an hours sweep keeps of each level's months (benefits/sweep.py): monthly averages,
counts of months and the statuses seen. Compiled with the engine (scripts/compile.py), as the
sweep reads every month of every level; sweep.py, with its output model, stays Python."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import Any, Final

from .money import ZERO, cents

AVERAGED = ("wages_paid", "ssi", "ssdi", "total_income", "net_income")


def month_averages(months: Sequence[Any]) -> dict[str, Decimal]:
    """Monthly averages of wages paid, SSI, SSDI, total and net income, to the cent, of months
    shaped like MonthResult (or the engine's MonthNumbers)."""
    n = len(months)
    wages = ssi = ssdi = total = net = ZERO
    for m in months:
        wages += m.wages_paid
        ssi += m.ssi.payment
        ssdi += m.ssdi.payment
        total += m.total_income
        net += m.net_income
    sums = (wages, ssi, ssdi, total, net)
    return {key: cents(sums[i] / n) for i, key in enumerate(AVERAGED)}


class Level:
    """One level's months, as the sweep's row reports them."""

    def __init__(self, months: Sequence[Any]) -> None:
        covered = ssi_paid = ssdi_paid = 0
        bases: set[str] = set()
        ssi_statuses: set[str] = set()
        ssdi_statuses: set[str] = set()
        for m in months:
            covered += 1 if m.medicaid.covered else 0
            ssi_paid += 1 if m.ssi.payment > 0 else 0
            ssdi_paid += 1 if m.ssdi.payment > 0 else 0
            bases.add(m.medicaid.basis)
            ssi_statuses.add(m.ssi.status)
            ssdi_statuses.add(m.ssdi.status)
        self.averages: Final = month_averages(months)
        self.months_medicaid_covered: Final = covered
        self.months_ssi_paid: Final = ssi_paid
        self.months_ssdi_paid: Final = ssdi_paid
        self.medicaid_bases: Final = sorted(bases)
        self.ssi_statuses: Final = sorted(ssi_statuses)
        self.ssdi_statuses: Final = sorted(ssdi_statuses)
