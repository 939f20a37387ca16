"""Wages by month: paychecks by payday (wages paid) and pay by days worked (wages earned).

Semantics (documented in the README, relied on by the tests):
- A paycheck is the job's annual pay divided by the pay periods in a year (52, 26, 24 or 12),
  rounded to the cent; annual pay is hourly_wage x hours_per_week x 52, or monthly_gross x 12.
- Paydays: every 7 or 14 days from first_payday; semimonthly on the 15th and the last day of the
  month (or the two days `semimonthly_days` names); monthly on first_payday's day of the month
  (the last day in shorter months). A job pays on every payday from first_payday through its
  end, or, when `last_payday` is given (the final paycheck after the last day of work), on the
  paydays before it and on it.
- A scheduled payday on a Saturday, Sunday or bank holiday is paid on it unless the job says its
  employer pays on the business day before or after (`payday_not_business_day`): SSI counts wages
  in the month they are received (20 CFR 416.1111(a)), so a payday moved across the end of a
  month moves the paycheck to that month. Which way an employer moves a payday is its practice,
  not a rule of law, so it is an input.
- Wages earned in a month are annual pay / 12, prorated by calendar days in the months the job
  starts or ends.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal
from functools import lru_cache
from typing import Final

from ..money import ZERO, cents
from ..months import Month
from ..scenario import PERIODS_PER_YEAR, Job

WEEKS_PER_YEAR = 52
AS_SCHEDULED = "as_scheduled"
CITE_BUSINESS_DAY = (
    "20 CFR 416.1111(a); 5 U.S.C. 6103(a); Federal Reserve holiday schedule "
    "(https://www.richmondfed.org/about_us/holiday_schedule)"
)


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th `weekday` (Monday 0) of the month; n = -1 is the last."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = Month(year, month).last_day
    return last - timedelta(days=(last.weekday() - weekday) % 7)


@lru_cache(maxsize=256)
def bank_holidays(year: int) -> frozenset[date]:
    """Days the Federal Reserve Banks are closed: the legal public holidays of 5 U.S.C. 6103(a),
    a holiday on a Sunday closed the Monday after, one on a Saturday not moved (the Banks are
    open the Friday before; Federal Reserve holiday schedule). Payroll direct deposits settle on
    the days the Banks are open."""
    fixed = [date(year, 1, 1), date(year, 6, 19), date(year, 7, 4), date(year, 11, 11)]
    fixed.append(date(year, 12, 25))
    days = {d + timedelta(days=1) if d.weekday() == 6 else d for d in fixed}
    days |= {
        _nth_weekday(year, 1, 0, 3),  # Birthday of Martin Luther King, Jr.
        _nth_weekday(year, 2, 0, 3),  # Washington's Birthday
        _nth_weekday(year, 5, 0, -1),  # Memorial Day
        _nth_weekday(year, 9, 0, 1),  # Labor Day
        _nth_weekday(year, 10, 0, 2),  # Columbus Day
        _nth_weekday(year, 11, 3, 4),  # Thanksgiving Day
    }
    return frozenset(d for d in days if d.weekday() < 5)


def is_business_day(day: date) -> bool:
    return day.weekday() < 5 and day not in bank_holidays(day.year)


def business_day(day: date, moves: str) -> date:
    """The day a payday scheduled on `day` is paid: itself, or the nearest business day before
    or after it when it is a Saturday, Sunday or bank holiday and the employer moves it."""
    if moves == AS_SCHEDULED:
        return day
    step = timedelta(days=-1 if moves == "business_day_before" else 1)
    while not is_business_day(day):
        day += step
    return day


def annual_pay(job: Job) -> Decimal:
    """Gross pay for a year of the job."""
    if job.monthly_gross is not None:
        return job.monthly_gross * 12
    assert job.hourly_wage is not None and job.hours_per_week is not None
    return job.hourly_wage * job.hours_per_week * WEEKS_PER_YEAR


SEMIMONTHLY_DAYS = {"1_and_15": (1, 15), "5_and_20": (5, 20), "10_and_25": (10, 25)}


def schedule_frequency(job: Job) -> str:
    """The frequency as the schedule reads it: a semimonthly job's two days ride along
    (`semimonthly:1_and_15`); the 15th and the last day is plain `semimonthly`."""
    if job.pay_frequency == "semimonthly" and job.semimonthly_days in SEMIMONTHLY_DAYS:
        return f"semimonthly:{job.semimonthly_days}"
    return job.pay_frequency


def paycheck(job: Job) -> Decimal:
    """One gross paycheck: annual pay over the pay periods in a year, rounded to the cent."""
    return cents(annual_pay(job) / PERIODS_PER_YEAR[job.pay_frequency])


def payday_note(day: date, moves: str) -> str:
    """Words for a payday counted on a Saturday, Sunday or bank holiday when the business day
    before or after it is in another month: which month SSI counts it in depends on the day the
    employer pays (20 CFR 416.1111(a)), which the job can say. Empty otherwise."""
    if moves != AS_SCHEDULED or is_business_day(day):
        return ""
    before, after = (
        business_day(day, "business_day_before"),
        business_day(day, "business_day_after"),
    )
    if Month.of(before) == Month.of(day) == Month.of(after):
        return ""
    kind = f"a {day:%A}" if day.weekday() >= 5 else "a bank holiday"
    return (
        f" {day} is {kind}: an employer that pays on the business day before ({before}) or "
        f"after ({after}) pays it in {Month.of(before)} or {Month.of(after)}, and SSI counts "
        "wages in the month received; set jobs[].payday_not_business_day if so."
    )


def paydays(job: Job, month: Month) -> list[date]:
    """The job's paydays that fall in `month`."""
    return list(
        schedule_paydays(
            job.first_payday,
            schedule_frequency(job),
            job.end,
            month,
            last_payday=job.last_payday,
            moves=job.payday_not_business_day,
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
    moves: str = AS_SCHEDULED,
) -> tuple[date, ...]:
    """`paydays`, figured once for each schedule and month (a sweep or a screen projects the
    same job's schedule again at each level of hours). With `last_payday`, the final paycheck
    after the last day of work (its actual date, not moved): the schedule's paydays before it,
    and it. With `moves`, a payday that is not a business day is paid on the business day
    before or after it, which may be in the month before or after its scheduled one."""
    if last_payday is not None:
        before = schedule_paydays(
            first_payday, frequency, last_payday - timedelta(days=1), month, moves=moves
        )
        return (*before, last_payday) if Month.of(last_payday) == month else before
    if moves == AS_SCHEDULED:
        return _scheduled(first_payday, frequency, end, month)
    found = []
    for scheduled in (month.plus(-1), month, month.plus(1)):
        for day in _scheduled(first_payday, frequency, end, scheduled):
            paid = business_day(day, moves)
            if Month.of(paid) == month:
                found.append(paid)
    return tuple(found)


def _scheduled(
    first_payday: date, frequency: str, end: date | None, month: Month
) -> tuple[date, ...]:
    """The schedule's paydays in `month`, on their scheduled dates."""
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
    elif frequency.startswith("semimonthly:"):
        days = SEMIMONTHLY_DAYS[frequency.partition(":")[2]]
        candidates = tuple(date(month.year, month.month, d) for d in days)
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


class JobMonth:
    """One job's month: its paydays, paycheck and wages (read-only; a compiled plain class is
    made faster than a NamedTuple, every month of every projection)."""

    def __init__(
        self,
        job: int,
        name: str | None,
        paydays: Sequence[date],
        paycheck: Decimal,
        wages_paid: Decimal,
        wages_earned: Decimal,
    ) -> None:
        self.job: Final = job
        self.name: Final = name
        self.paydays: Final = paydays
        self.paycheck: Final = paycheck
        self.wages_paid: Final = wages_paid
        self.wages_earned: Final = wages_earned


def job_month(index: int, job: Job, month: Month) -> JobMonth:
    days = paydays(job, month)
    check = paycheck(job)
    return JobMonth(index, job.name, days, check, check * len(days), wages_earned(job, month))
