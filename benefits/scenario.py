"""The scenario file format: a person, the benefits they get now, and a schedule of jobs.

This is a public contract: planners save and share these files. Names are kept; new fields are
optional with defaults so that old files keep loading. Unknown keys are an error naming the key.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Literal

from pydantic import Field, field_validator, model_validator

from .bounds import MAX_HOUSEHOLD, MAX_JOBS, Day, Money, WholeNumber, YearlyMoney
from .errors import excerpt
from .months import Month
from .sections import Strict
from .sections.housing import (
    VOUCHERS,
    EarnedIncomeDisallowance,
    Housing,
    HousingProgram,
    Shelter,
)
from .sections.snap import Snap
from .sections.ssa import SSDI, SSI, Bpqy
from .sections.va import VA
from .sections.work import PERIODS_PER_YEAR, Job, PayFrequency, WorkExpenses

__all__ = [
    "LAST_MONTH",
    "PERIODS_PER_YEAR",
    "SSDI",
    "SSI",
    "STATES",
    "VA",
    "VOUCHERS",
    "Bpqy",
    "EarnedIncomeDisallowance",
    "HouseholdMember",
    "Housing",
    "HousingProgram",
    "Job",
    "Medicaid",
    "Medicare",
    "PayFrequency",
    "Person",
    "Savings",
    "Scenario",
    "Shelter",
    "Snap",
    "Taxes",
    "WorkExpenses",
]

# fmt: off
STATES = frozenset([  # the 50 states and DC, by USPS code
    "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID",
    "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO",
    "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA",
    "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
])
# fmt: on

LAST_MONTH = Month(2100, 12)  # the last month a projection may reach


class Person(Strict):
    birth_date: Day = Field(description="Date of birth (YYYY-MM-DD).")
    blind: bool = Field(
        False, description="Statutorily blind (blind SGA amount, blind work expenses)."
    )
    student: bool = Field(
        False,
        description="Regularly attending school; under 22 this gives the "
        "SSI student earned income exclusion.",
    )
    disabled: bool = Field(
        True,
        description="A person with disabilities (24 CFR 5.403): true for "
        "anyone on SSI or SSDI for disability; gives HUD's disabled family "
        "deduction.",
    )

    @field_validator("birth_date")
    @classmethod
    def _plausible_birth(cls, value: date) -> date:
        if not date(1900, 1, 1) <= value <= date(2100, 1, 1):
            raise ValueError("must be a date of birth between 1900 and today, as YYYY-MM-DD")
        return value


class HouseholdMember(Strict):
    """Another person living with the person (not the person themself)."""

    age: WholeNumber = Field(ge=0, le=120)
    relationship: Literal[
        "spouse",
        "co_head",
        "child",
        "other_relative",
        "foster_child",
        "foster_adult",
        "live_in_aide",
        "other",
    ] = "other_relative"
    disabled: bool = False
    student: bool = Field(False, description="Full-time student.")
    earned_income: Money = Field(Decimal("0.00"), description="Gross monthly earnings.")
    unearned_income: Money = Field(Decimal("0.00"), description="Monthly unearned income.")


class Medicaid(Strict):
    """What the engine cannot know about Medicaid; all optional."""

    enrolled_in_buy_in: bool = Field(
        False,
        description="Already enrolled in the state's "
        "Medicaid buy-in for working people with disabilities.",
    )
    threshold_1619b: YearlyMoney | None = Field(
        None,
        description="The state's 1619(b) threshold (annual gross earnings) from SSA's "
        "chart, when the engine has no sourced value for the state and year.",
    )
    buy_in_report_within_days: int | None = Field(
        None,
        ge=1,
        le=90,
        description="Days the state's Medicaid buy-in gives to report a change in income "
        "(its premium depends on income); leave out when not known: the output then says to ask.",
    )
    annual_medicaid_expenses: YearlyMoney | None = Field(
        None,
        description="The person's own yearly Medicaid costs; SSA uses them instead of the "
        "state's average when they are higher (individualized threshold, POMS SI 02302.050).",
    )


class Medicare(Strict):
    start_month: Month | None = Field(
        None,
        description="First month of Medicare (Part A); "
        "otherwise ssdi.entitlement_month + 24 months.",
    )
    quarters_of_coverage: WholeNumber | None = Field(
        None,
        ge=0,
        le=400,
        description="Quarters of coverage on the person's record (SSA's earnings record): with "
        "30 or more, Part A bought after extended Medicare costs the reduced premium "
        "(Social Security Act 1818A; POMS RS 00301.161). Leave out when not known.",
    )


class Taxes(Strict):
    filing_status: Literal["auto", "single", "head_of_household"] = Field(
        "auto",
        description="auto: head of household when a qualifying child lives with the "
        "person, otherwise single.",
    )
    refund_month: WholeNumber = Field(
        2,
        ge=1,
        le=12,
        description="Month of the next year in which the tax refund (and the EITC) arrives.",
    )


class Savings(Strict):
    """Saving over time (issue 13); the top-level `resources` is the countable amount at start."""

    per_month: Money = Field(
        Decimal("0.00"),
        description="Kept each month in countable savings (a bank account): it counts as a "
        "resource from the first moment of the next month (20 CFR 416.1207(d)).",
    )
    able_per_month: Money = Field(
        Decimal("0.00"), description="Put each month into an ABLE account (26 U.S.C. 529A)."
    )
    able_balance: Money = Field(
        Decimal("0.00"), description="ABLE account balance at the first moment of `start`."
    )


class Scenario(Strict):
    name: str = Field(min_length=1, max_length=200)
    start: Month = Field(description="First projected month (YYYY-MM).")
    months: WholeNumber = Field(ge=1, le=120, description="Number of months to project (1 to 120).")
    state: str = Field(description="USPS code of the state of residence: 50 states and DC.")
    person: Person
    ssi: SSI | None = Field(None, description="Leave out when the person gets no SSI.")
    ssdi: SSDI | None = Field(None, description="Leave out when the person gets no SSDI.")
    jobs: list[Job] = Field(default_factory=list, max_length=MAX_JOBS)
    work_expenses: WorkExpenses = Field(default_factory=WorkExpenses)
    household: list[HouseholdMember] = Field(
        default_factory=list,
        max_length=MAX_HOUSEHOLD,
        description="Other people living with the person; none when living alone.",
    )
    housing: Housing | None = Field(
        None, description="Leave out when the person gets no HUD rental assistance."
    )
    snap: Snap | None = Field(None, description="Leave out when the household gets no SNAP.")
    va: VA | None = Field(None, description="Leave out when no VA benefits are paid.")
    shelter: Shelter = Field(default_factory=Shelter)
    taxes: Taxes = Field(default_factory=Taxes)
    medicaid: Medicaid = Field(default_factory=Medicaid)
    medicare: Medicare = Field(default_factory=Medicare)
    resources: YearlyMoney = Field(
        Decimal("0.00"),
        description="Countable resources (bank accounts and other assets SSI and Medicaid count).",
    )
    savings: Savings | None = Field(
        None, description="Saving each month, in countable savings and in an ABLE account."
    )
    bpqy: Bpqy | None = Field(
        None,
        description="What SSA's Benefits Planning Query (SSA-2459) says, beyond the other "
        "fields; disagreements with them become warnings.",
    )
    medical_expenses: Money = Field(
        Decimal("0.00"),
        description="Unreimbursed medical expenses of the household, monthly, including "
        "premiums you pay other than the Medicare Part B and Medicaid premiums the engine "
        "figures (HUD and SNAP add those; a computed VA pension does not).",
    )
    child_care_expenses: Money = Field(
        Decimal("0.00"), description="Child care needed to work or study, monthly."
    )

    @field_validator("state", mode="before")
    @classmethod
    def _state_code(cls, value: object) -> object:
        if isinstance(value, str):
            code = value.strip().upper()
            if code not in STATES:
                raise ValueError(
                    f"{excerpt(value)} is not a state: use a two-letter USPS code of the 50 "
                    "states or DC, e.g. OH"
                )
            return code
        return value

    @model_validator(mode="after")
    def _consistent(self) -> Scenario:
        if self.ssdi is not None:
            late = [str(m) for m in self.ssdi.twp_months_used if m >= self.start]
            if late:
                raise ValueError(
                    f"ssdi.twp_months_used: {', '.join(late)} is not before start ({self.start}); "
                    "list only trial work months already used before the projection starts"
                )
            twp_end = self.ssdi.twp_end_month
            if twp_end is not None and (
                twp_end >= self.start
                or any(m > twp_end for m in self.ssdi.twp_months_used)
                or (self.ssdi.cessation_month is not None and twp_end >= self.ssdi.cessation_month)
            ):
                raise ValueError(
                    f"ssdi.twp_end_month: {twp_end} must be before start and before the "
                    "cessation month, and no listed trial work month can be after it; give the "
                    "ninth trial work month from the BPQY"
                )
            entitled = self.ssdi.entitlement_month
            if entitled is not None and entitled > self.start:
                raise ValueError(
                    f"ssdi.entitlement_month: {entitled} is after start ({self.start}); the ssdi "
                    "section is SSDI paid now, from before start; start the projection at or "
                    "after the first month of entitlement, or leave entitlement_month out"
                )
            if self.ssdi.cessation_month is not None and self.ssdi.cessation_month >= self.start:
                raise ValueError(
                    f"ssdi.cessation_month: {self.ssdi.cessation_month} must be before start "
                    f"({self.start}); the engine finds later cessation months itself"
                )
        if self.work_expenses.bwe > 0 and not self.person.blind:
            raise ValueError(
                "work_expenses.bwe: blind work expenses apply only when person.blind is true; "
                "set person.blind or enter the costs as irwe"
            )
        if self.person.birth_date > self.start.last_day:
            raise ValueError(f"person.birth_date ({self.person.birth_date}) is after start")
        if self.end > LAST_MONTH:
            raise ValueError(
                f"months: the projection would end in {self.end}, after {LAST_MONTH}; "
                f"choose at most {LAST_MONTH.minus(self.start) + 1} months from {self.start}"
            )
        return self

    @property
    def end(self) -> Month:
        """The last projected month."""
        return self.start.plus(self.months - 1)
