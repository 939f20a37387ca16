"""Wages by month: paychecks by payday (wages paid) and pay by days worked (wages earned).

Semantics (documented in the README, relied on by the tests):
- A paycheck is the job's annual pay divided by the pay periods in a year (52, 26, 24 or 12),
  rounded to the cent; annual pay is hourly_wage x hours_per_week x 52, or monthly_gross x 12.
- Paydays: every 7 or 14 days from first_payday; semimonthly on the 15th and the last day of the
  month; monthly on first_payday's day of the month (the last day in shorter months). A job pays
  on every payday from first_payday through its end, or, when `last_payday` is given (the final
  paycheck after the last day of work), on the paydays before it and on it.
- Wages earned in a month are annual pay / 12, prorated by calendar days in the months the job
  starts or ends.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache
from typing import NamedTuple

from ..money import ZERO, cents
from ..months import Month
from ..scenario import PERIODS_PER_YEAR, Job

WEEKS_PER_YEAR = 52


def annual_pay(job: Job) -> Decimal:
    """Gross pay for a year of the job."""
    if job.monthly_gross is not None:
        return job.monthly_gross * 12
    assert job.hourly_wage is not None and job.hours_per_week is not None
    return job.hourly_wage * job.hours_per_week * WEEKS_PER_YEAR


def paycheck(job: Job) -> Decimal:
    """One gross paycheck: annual pay over the pay periods in a year, rounded to the cent."""
    return cents(annual_pay(job) / PERIODS_PER_YEAR[job.pay_frequency])


def paydays(job: Job, month: Month) -> list[date]:
    """The job's paydays that fall in `month`."""
    return list(
        schedule_paydays(
            job.first_payday, job.pay_frequency, job.end, month, last_payday=job.last_payday
        )
    )


@lru_cache(maxsize=8192)
def schedule_paydays(
    first_payday: date,
    frequency: str,
    end: date | None,
    month: Month,
    *,
    last_payday: date | None = None,
) -> tuple[date, ...]:
    """`paydays`, figured once for each schedule and month (a sweep or a screen projects the
    same job's schedule again at each level of hours). With `last_payday`, the final paycheck
    after the last day of work: the schedule's paydays before it, and it."""
    if last_payday is not None:
        on = schedule_paydays(first_payday, frequency, last_payday, month)
        before = tuple(d for d in on if d < last_payday)
        return (*before, last_payday) if Month.of(last_payday) == month else before
    first, last = month.first_day, month.last_day
    if end is not None and end < last:
        last = end
    if first_payday > first:
        first = first_payday
    if first > last:
        return ()
    if frequency in ("weekly", "biweekly"):
        step = 7 if frequency == "weekly" else 14
        offset = (first - first_payday).days
        k = -(-offset // step)  # first whole period on or after `first`
        day = first_payday + timedelta(days=k * step)
        found = []
        while day <= last:
            found.append(day)
            day += timedelta(days=step)
        return tuple(found)
    candidates: tuple[date, ...]
    if frequency == "semimonthly":
        candidates = (date(month.year, month.month, 15), month.last_day)
    else:
        candidates = (date(month.year, month.month, min(first_payday.day, month.days)),)
    return tuple(d for d in candidates if first <= d <= last)


def days_worked(job: Job, month: Month) -> int:
    """Calendar days of `month` between the job's start and end."""
    return days_covered(job.start, job.end, month)


def days_covered(start: date, end: date | None, month: Month) -> int:
    """Calendar days of `month` from `start` through `end` (None: no end)."""
    begin = max(start, month.first_day)
    finish = month.last_day if end is None else min(end, month.last_day)
    return max((finish - begin).days + 1, 0)


def wages_earned(job: Job, month: Month) -> Decimal:
    """Pay for the days of the month the job covers: annual / 12, prorated by calendar days."""
    days = days_worked(job, month)
    if days == 0:
        return ZERO
    return cents(annual_pay(job) / 12 * days / month.days)


class JobMonth(NamedTuple):
    job: int
    name: str | None
    paydays: Sequence[date]
    paycheck: Decimal
    wages_paid: Decimal
    wages_earned: Decimal


def job_month(index: int, job: Job, month: Month) -> JobMonth:
    days = paydays(job, month)
    check = paycheck(job)
    return JobMonth(index, job.name, days, check, check * len(days), wages_earned(job, month))
