"""Part of SSI's row (benefits/table/ssi.py): whether a month of $0 for earnings is a month of
1619(b) status, on the 12-month gross earnings of the 1619(b) period against the threshold
(20 CFR 416.264; POMS SI 02302.045; the threshold in benefits/programs/medicaid_1619b.py)."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from functools import lru_cache

from ..money import ZERO
from ..months import Month
from ..programs import medicaid_1619b
from ..programs.ssi_income import Exclusions
from .base import MonthContext


def in_1619b(
    ctx: MonthContext,
    *,
    status: str,
    exclusions: Exclusions,
    b_start: Month | None,
    b_earnings: Decimal,
) -> tuple[bool, Month | None, Decimal]:
    """Whether a month of $0 for earnings is a month of 1619(b) status: the 12-month gross
    earnings are within the threshold (20 CFR 416.264; POMS SI 02302.045); with the 1619(b)
    period's first month and earnings. An unknown threshold is taken as met (the Medicaid step
    says what to enter)."""
    if status != "1619b_candidate":
        return False, None, ZERO
    s, month = ctx.scenario, ctx.month
    earnings = b_earnings
    if b_start is None or month.minus(b_start) >= 12:
        b_start = month
        wages, months = ctx.wages_by_month, _twelve_months(month)
        earnings = sum([wages[m] for m in months], ZERO) - _set_aside(exclusions, months, wages)
    key = ("ssi 1619(b) threshold", ctx.period)  # the rest of its inputs are the scenario's
    if key not in ctx.memo:
        ctx.memo[key], _ = medicaid_1619b.threshold(  # without words: SSI's own count
            month=month,
            state=s.state,
            irwe=exclusions.irwe,
            bwe=exclusions.bwe,
            entered=s.medicaid.threshold_1619b,
            own_medicaid_expenses=s.medicaid.annual_medicaid_expenses,
            rules=ctx.rules,
            ex=None,
            blind=s.person.blind,
        )
    threshold: Decimal | None = ctx.memo[key]
    return threshold is None or earnings <= threshold, b_start, earnings


def _set_aside(
    exclusions: Exclusions, months: tuple[Month, ...], wages: Mapping[Month, Decimal]
) -> Decimal:
    """Earnings set aside under a PASS in the 1619(b) period's months: deducted from gross
    earnings in the individualized 1619(b) test (POMS SI 00870.010 A.3), up to each month's
    wages."""
    if exclusions.plan is None:
        return ZERO
    return sum([min(wages[m], exclusions.set_aside(m)[0]) for m in months], ZERO)


@lru_cache(maxsize=1024)
def _twelve_months(first: Month) -> tuple[Month, ...]:
    """A 1619(b) period's months (POMS SI 02302.045), from its first."""
    return tuple(first.plus(i) for i in range(12))
