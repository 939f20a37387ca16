"""Work: the jobs, how often they pay, and the work expenses SSA deducts."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import Field, model_validator

from ..bounds import MAX_MONTHLY, Day, HourlyWage, Hours, Money
from ..months import Month
from . import Strict

PayFrequency = Literal["weekly", "biweekly", "semimonthly", "monthly"]
SemimonthlyDays = Literal["15_and_last", "1_and_15", "5_and_20", "10_and_25"]
PaydayMove = Literal["as_scheduled", "business_day_before", "business_day_after"]
PERIODS_PER_YEAR: dict[str, int] = {"weekly": 52, "biweekly": 26, "semimonthly": 24, "monthly": 12}


class Job(Strict):
    name: str | None = Field(None, max_length=100, description="Employer or job title (optional).")
    start: Day = Field(description="First day of work (YYYY-MM-DD).")
    end: Day | None = Field(None, description="Last day of work; leave out for a job that goes on.")
    hourly_wage: HourlyWage | None = Field(None, description="Gross pay per hour.")
    hours_per_week: Hours | None = Field(None, description="Usual hours a week.")
    monthly_gross: Money | None = Field(
        None, description="Fixed gross pay a month, instead of hourly_wage and hours_per_week."
    )
    pay_frequency: PayFrequency = Field("biweekly")
    first_payday: Day = Field(description="Date of the first paycheck (YYYY-MM-DD).")
    last_payday: Day | None = Field(
        None,
        description="Date of the final paycheck, for a job that ends, when it comes after the "
        "last day of work (pay for the last days worked usually comes on a later payday). "
        "Paychecks continue on the schedule until it, and the final one is paid on it; each is "
        "the regular paycheck. Without it the job pays only on paydays through its end.",
    )
    semimonthly_days: SemimonthlyDays = Field(
        "15_and_last",
        description="For pay_frequency semimonthly, the two days of the month it pays: the 15th "
        "and the last day (the default), the 1st and the 15th, the 5th and the 20th, or the "
        "10th and the 25th.",
    )
    payday_not_business_day: PaydayMove = Field(
        "as_scheduled",
        description="When a scheduled payday is a Saturday, Sunday or bank holiday (the "
        "legal public holidays of 5 U.S.C. 6103(a) on which the Federal Reserve Banks close): "
        "as_scheduled counts the paycheck on the scheduled date; business_day_before or "
        "business_day_after on the business day the employer pays instead. SSI counts wages "
        "in the month received (20 CFR 416.1111(a)), so a payday on the 1st moved back to the "
        "last business day of the month before is counted in that month.",
    )
    unsuccessful_work_attempt: bool = Field(
        False,
        description="The work lasted 6 months or less and ended (or fell below SGA) because of "
        "the impairment or the loss of special conditions, after a break of at least 30 days: "
        "SSA does not count it as SGA when deciding the SSDI cessation month (20 CFR "
        "404.1574(c); POMS DI 11010.145).",
    )

    @model_validator(mode="after")
    def _consistent(self) -> Job:
        hourly = self.hourly_wage is not None or self.hours_per_week is not None
        if hourly and self.monthly_gross is not None:
            raise ValueError(
                "give either hourly_wage with hours_per_week, or monthly_gross, not both"
            )
        if not hourly and self.monthly_gross is None:
            raise ValueError("give hourly_wage and hours_per_week, or monthly_gross")
        if hourly and (self.hourly_wage is None or self.hours_per_week is None):
            missing = "hours_per_week" if self.hours_per_week is None else "hourly_wage"
            raise ValueError(f"an hourly job needs {missing} too")
        pay = (self.hourly_wage or 0) * (self.hours_per_week or 0) * 52 / 12
        if pay > MAX_MONTHLY:
            raise ValueError(
                f"hourly_wage x hours_per_week is more than ${MAX_MONTHLY:,} a month; "
                "check the wage (dollars an hour) and the hours (a week)"
            )
        if self.end is not None and self.end < self.start:
            raise ValueError(
                f"end ({self.end}) is before start ({self.start}); the job must end on or "
                "after its first day"
            )
        if self.unsuccessful_work_attempt and (
            self.end is None or Month.of(self.end).minus(Month.of(self.start)) >= 6
        ):
            raise ValueError(
                "unsuccessful_work_attempt: an unsuccessful work attempt is work of 6 months or "
                "less that has ended; give the job's end within 6 months of its start, or "
                "leave unsuccessful_work_attempt out (20 CFR 404.1574(c))"
            )
        if self.last_payday is not None and (self.end is None or self.last_payday < self.end):
            raise ValueError(
                f"last_payday ({self.last_payday}) is for a job that ends: give the job's end "
                "and a last_payday on or after it (the date of the final paycheck)"
            )
        if self.first_payday < self.start:
            raise ValueError(
                f"first_payday ({self.first_payday}) is before the job starts ({self.start}); "
                "give the date of the first paycheck on or after the start"
            )
        return self


class WorkExpenses(Strict):
    irwe: Money = Field(
        Decimal("0.00"),
        description="Impairment-related work expenses paid each month while working. SSDI "
        "deducts them for SGA after the trial work period (20 CFR 404.1576); SSI excludes them "
        "for a disabled person who is not blind, under 65 or on SSI as disabled the month "
        "before 65 (20 CFR 416.976; POMS SI 00820.540 B.2), in each month with pay. Expenses "
        "paid while working before the first paycheck are SSI's to deduct in the first month "
        "pay is received (POMS SI 00820.560 B.1); the projection deducts one month's amount.",
    )
    bwe: Money = Field(
        Decimal("0.00"),
        description="Blind work expenses, monthly (blind only): any expense of earning the "
        "income, including the income, Social Security and Medicare taxes withheld, which a "
        "blind person may claim (POMS SI 00820.535 B.3, SI 00820.555). Excluded after the half "
        "(20 CFR 416.1112(c)(8)); not an SGA deduction for SSDI (enter IRWE there).",
    )
    subsidy: Money = Field(
        Decimal("0.00"),
        description="Monthly value of employer subsidy or special conditions (SSDI SGA only).",
    )
