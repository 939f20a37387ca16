"""The month contexts of a projection: wages paid and earned by job and paycheck, the person's
age, the rule book and the explainer, computed once a month before any program runs
(benefits/programs/earnings.py has the law of paydays and wages).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from functools import lru_cache
from typing import Any, NamedTuple

from mypy_extensions import mypyc_attr

from ..explain import Explainer
from ..money import ZERO, dollars
from ..months import Month
from ..programs import earnings as earn
from ..rule_periods import Periods, periods
from ..rules import RuleBook, RuleError
from ..scenario import Scenario
from .base import MonthContext, age_attained

BUDGET_LAG = 2  # SSI's payment for month M uses the income of month M-2 (20 CFR 416.420)


@mypyc_attr(native_class=False)  # compiled: see scripts/compile.py
class WagesPaid(dict[Month, Decimal]):
    """Wages paid by month: the month contexts fill the projected months, and a month outside
    them (1619(b) looks a year ahead, tax years need whole years) is figured when first asked
    for, from the jobs' paydays (earnings.py)."""

    def __init__(self, scenario: Scenario) -> None:
        super().__init__()
        self.checks = [earn.paycheck(job) for job in scenario.jobs]
        schedules = tuple(
            (
                j.first_payday,
                earn.schedule_frequency(j),
                j.end,
                j.last_payday,
                j.payday_not_business_day,
            )
            for j in scenario.jobs
        )
        # The jobs' payday counts by month, shared by every projection of the same schedules
        # (every level of an hours sweep): looked up once here, not once a month.
        paydays = _PAYDAYS.get(schedules)
        if paydays is None:
            if len(_PAYDAYS) >= 64:
                _PAYDAYS.clear()
            paydays = _PAYDAYS[schedules] = {}
        self.paydays = paydays
        self.schedules = schedules

    def __missing__(self, month: Month) -> Decimal:
        counts = self.paydays.get(month)
        if counts is None:
            counts = self.paydays[month] = tuple(
                _payday_count(schedule, month) for schedule in self.schedules
            )
        found = ZERO
        for i, check in enumerate(self.checks):  # zip(strict=True) costs more than the sum
            found += check * counts[i]
        self[month] = found
        return found


Schedule = tuple[date, str, date | None, date | None, str]
_PAYDAYS: dict[tuple[Schedule, ...], dict[Month, tuple[int, ...]]] = {}


def _payday_count(schedule: Schedule, month: Month) -> int:
    """How many paydays a schedule (first payday, frequency, end, last payday, how a payday
    off a business day moves) has in the month: the same at every level of an hours sweep."""
    payday, often, end, last, moves = schedule
    return len(earn.schedule_paydays(payday, often, end, month, last_payday=last, moves=moves))


def first_month(scenario: Scenario, rules: RuleBook) -> Month:
    """The first month decided: two budget months before start when SSI is paid."""
    lag = BUDGET_LAG if scenario.ssi else 0
    first = scenario.start.plus(-lag)
    first_rules = rules.first_month()
    if first < first_rules:
        raise RuleError(
            f"start: the rules begin in {first_rules}, and SSI needs the two months before start; "
            f"choose a start of {first_rules.plus(lag)} or later"
        )
    return first


class CalendarMonth(NamedTuple):
    """What a month's context takes from the calendar alone: the same at every level of an
    hours sweep and every re-projection of the same jobs' schedules."""

    month: Month
    projected: bool
    age: int
    period: int
    first_day: date
    days: int  # in the month
    # By job: the paydays in the month, and the days of the month the job covers.
    paydays: tuple[tuple[date, ...], ...]
    days_worked: tuple[int, ...]


@lru_cache(maxsize=64)
def calendar(
    *,
    first: Month,
    count: int,
    start: Month,
    birth: date,
    schedules: tuple[tuple[date, date | None, date, str, date | None, str], ...],
    book: Periods,
) -> tuple[CalendarMonth, ...]:
    """The calendar months of a projection, figured once for the jobs' schedules (start, end,
    first payday, frequency; earnings.py has the law of paydays)."""
    found = []
    for offset in range(count):
        month = first.plus(offset)
        found.append(
            CalendarMonth(
                month,
                month >= start,
                age_attained(birth, month.first_day),
                book.of(month),
                month.first_day,
                month.days,
                tuple(
                    earn.schedule_paydays(pay, often, end, month, last_payday=last, moves=moves)
                    for _, end, pay, often, last, moves in schedules
                ),
                tuple(earn.days_covered(begin, end, month) for begin, end, _, _, _, _ in schedules),
            )
        )
    return tuple(found)


def _calendar_of(scenario: Scenario, first: Month, book: Periods) -> tuple[CalendarMonth, ...]:
    """`calendar` for the scenario's months and jobs' schedules."""
    return calendar(
        first=first,
        count=scenario.start.minus(first) + scenario.months,
        start=scenario.start,
        birth=scenario.person.birth_date,
        schedules=tuple(
            (
                j.start,
                j.end,
                j.first_payday,
                earn.schedule_frequency(j),
                j.last_payday,
                j.payday_not_business_day,
            )
            for j in scenario.jobs
        ),
        book=book,
    )


def month_contexts(scenario: Scenario, rules: RuleBook, explain: bool) -> Iterator[MonthContext]:
    """One context per decided month, budget months first."""
    first = first_month(scenario, rules)
    wages = WagesPaid(scenario)
    earned: dict[tuple[int, int, int], Decimal] = {}  # by job, days worked, days in the month
    monthly_pay = [(job.start, job.end, earn.annual_pay(job) / 12) for job in scenario.jobs]
    book = periods(rules)
    memo: dict[tuple[object, ...], Any] = {}
    checks = wages.checks
    for cal in _calendar_of(scenario, first, book):
        month = cal.month
        ex = Explainer(month) if (explain and cal.projected) else None
        jobs = []
        paid = earned_all = ZERO
        for i, job in enumerate(scenario.jobs):
            days, check = cal.paydays[i], checks[i]
            key = (i, cal.days_worked[i], cal.days)
            if key in earned:
                found = earned[key]
            else:
                found = earned[key] = earn.wages_earned(job, month)
            pay = check * len(days)
            jobs.append(earn.JobMonth(i, job.name, days, check, pay, found))
            paid += pay
            earned_all += found
        wages[month] = paid
        if ex:
            _explain_wages(jobs, ex, [job.payday_not_business_day for job in scenario.jobs])
        yield MonthContext(
            month=month,
            projected=cal.projected,
            scenario=scenario,
            rules=rules,
            ex=ex,
            jobs=tuple(jobs),
            wages_paid=paid,
            wages_earned=earned_all,
            age=cal.age,
            wage_rate=wage_rate(monthly_pay, cal.first_day),
            wages_by_month=wages,
            periods=book,
            period=cal.period,
            memo=memo,
        )


def wage_rate(monthly_pay: list[tuple[date, date | None, Decimal]], day: date) -> Decimal:
    """Monthly pay at current rates: annual pay / 12 of the jobs in force on `day` (the first
    day of the month)."""
    found = ZERO
    for start, end, pay in monthly_pay:
        if start <= day and (end is None or end >= day):
            found += pay
    return found


def _explain_wages(jobs: list[earn.JobMonth], ex: Explainer, moves: list[str]) -> None:
    for j in jobs:
        label = j.name or f"job {j.job + 1}"
        if j.paydays:
            days = ", ".join(map(date.isoformat, j.paydays))
            move = moves[j.job]
            notes = "".join([earn.payday_note(d, move) for d in j.paydays])
            ex.step(
                "wages_paid",
                f"{label}: {len(j.paydays)} payday(s) ({days}) x "
                f"{dollars(j.paycheck)} = {dollars(j.wages_paid)} paid.{notes}",
                j.wages_paid,
                "20 CFR 416.1111(a); POMS SI 00810.610",
            )
        if j.wages_earned:
            ex.step(
                "wages_earned",
                f"{label}: {dollars(j.wages_earned)} earned for the days "
                "worked this month (annual pay / 12, prorated by calendar days).",
                j.wages_earned,
                "20 CFR 404.1574",
            )
