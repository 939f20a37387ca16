"""The scenario file format: a person, the benefits they get now, and a schedule of jobs.

This is a public contract: planners save and share these files. Names are kept; new fields are
optional with defaults so that old files keep loading. Unknown keys are an error naming the key.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from .bounds import (
    MAX_HOUSEHOLD,
    MAX_JOBS,
    MAX_MONTHLY,
    Day,
    HourlyWage,
    Hours,
    Money,
    WholeNumber,
    Year,
    YearlyMoney,
)
from .errors import excerpt
from .months import Month

STATES = frozenset(
    [
        "AL",
        "AK",
        "AZ",
        "AR",
        "CA",
        "CO",
        "CT",
        "DE",
        "DC",
        "FL",
        "GA",
        "HI",
        "ID",
        "IL",
        "IN",
        "IA",
        "KS",
        "KY",
        "LA",
        "ME",
        "MD",
        "MA",
        "MI",
        "MN",
        "MS",
        "MO",
        "MT",
        "NE",
        "NV",
        "NH",
        "NJ",
        "NM",
        "NY",
        "NC",
        "ND",
        "OH",
        "OK",
        "OR",
        "PA",
        "RI",
        "SC",
        "SD",
        "TN",
        "TX",
        "UT",
        "VT",
        "VA",
        "WA",
        "WV",
        "WI",
        "WY",
    ]
)

PayFrequency = Literal["weekly", "biweekly", "semimonthly", "monthly"]
PERIODS_PER_YEAR: dict[str, int] = {"weekly": 52, "biweekly": 26, "semimonthly": 24, "monthly": 12}


LAST_MONTH = Month(2100, 12)  # the last month a projection may reach


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Person(_Strict):
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


class SSI(_Strict):
    living_arrangement: Literal["own_household", "another_persons_household"] = Field(
        "own_household",
        description="another_persons_household: lives all month in someone else's household and "
        "gets shelter from them without paying a pro rata share (the one-third reduction; "
        "before 2024-09-30, food and shelter).",
    )
    other_unearned_income: Money = Field(
        Decimal("0.00"), description="Monthly unearned income other than SSDI (pensions, etc.)."
    )
    state_supplement: Money | None = Field(
        None,
        description="The state's optional supplement for this living arrangement, monthly, "
        "when the engine has no sourced amount for the state (or to override it).",
    )
    in_kind_shelter: Money | None = Field(
        None,
        description="Monthly value of shelter (rent, mortgage, property tax, utilities) that "
        "someone else pays for the person, who lives in their own household: in-kind support "
        "counted at its value up to the presumed maximum value (20 CFR 416.1140). Only "
        "shelter counts since 2024-09-30.",
    )
    student_exclusion_used: Money = Field(
        Decimal("0.00"),
        description="Student earned income exclusion already used in the calendar year before the "
        "first budget month (two months before `start`).",
    )

    paid_before_start: bool = Field(
        True,
        description="SSI (or a state supplement SSA pays) was paid in a month before the "
        "projection; false for someone never paid SSI (e.g. SSDI above the SSI rate): then "
        "1619(a) and 1619(b) need a first month of payment (20 CFR 416.262(a), 416.264).",
    )
    reinstatement_request: Month | None = Field(
        None,
        description="Month an expedited reinstatement request is (or will be) filed after SSI "
        "terminated (12 months in a row of suspension because of earnings): within 60 months; "
        "provisional payments from the next month (20 CFR 416.999-416.999d).",
    )

    @model_validator(mode="after")
    def _one_in_kind_rule(self) -> SSI:
        if self.in_kind_shelter and self.living_arrangement == "another_persons_household":
            raise ValueError(
                "ssi.in_kind_shelter: with the one-third reduction (another_persons_household) "
                "no other in-kind support is counted (20 CFR 416.1131(c)); leave it out"
            )
        return self


class SSDI(_Strict):
    monthly_benefit: Money = Field(
        description="Gross monthly SSDI, before any Medicare premium, as of `start`."
    )
    twp_months_used: list[Month] = Field(
        default_factory=list, description="Trial work months already used before `start`."
    )
    cessation_month: Month | None = Field(
        None,
        description="Only when the trial work period ended before `start` and SSA already "
        "found a cessation month for work above SGA.",
    )
    count_wages_when: Literal["paid", "earned"] = Field(
        "paid",
        description="SSA presumes a beneficiary's wages are earned in the month paid (BBA 2015 "
        "section 825); choose 'earned' when there is evidence of the month earned.",
    )
    entitlement_month: Month | None = Field(
        None,
        description="First month of SSDI entitlement; Medicare starts 24 months later "
        "unless medicare.start_month says otherwise.",
    )
    benefit_by_year: dict[Year, Money] = Field(
        default_factory=dict,
        description="Monthly benefit for a later year, from SSA's cost-of-living notice "
        "(overrides the engine's estimate of the January increase).",
    )
    twp_end_month: Month | None = Field(
        None,
        description="The ninth trial work month, from the BPQY, when the trial work months "
        "are not all listed (a cessation month alone means the trial work period was "
        "completed; without this the engine takes the month before cessation).",
    )
    reinstatement_request: Month | None = Field(
        None,
        description="Month an expedited reinstatement request is (or will be) filed after SSDI "
        "terminated for work (20 CFR 404.1592c-404.1592e: within 60 months of termination; "
        "provisional benefits for up to 6 months while SSA decides).",
    )

    @field_validator("twp_months_used")
    @classmethod
    def _unique_months(cls, value: list[Month]) -> list[Month]:
        if len(set(value)) != len(value):
            raise ValueError("a trial work month is listed twice; list each month once")
        return value


class Job(_Strict):
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
        if self.first_payday < self.start:
            raise ValueError(
                f"first_payday ({self.first_payday}) is before the job starts ({self.start}); "
                "give the date of the first paycheck on or after the start"
            )
        return self


class WorkExpenses(_Strict):
    irwe: Money = Field(Decimal("0.00"), description="Impairment-related work expenses, monthly.")
    bwe: Money = Field(Decimal("0.00"), description="Blind work expenses, monthly (blind only).")
    subsidy: Money = Field(
        Decimal("0.00"),
        description="Monthly value of employer subsidy or special conditions (SSDI SGA only).",
    )


class HouseholdMember(_Strict):
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


class Medicaid(_Strict):
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


class Medicare(_Strict):
    start_month: Month | None = Field(
        None,
        description="First month of Medicare (Part A); "
        "otherwise ssdi.entitlement_month + 24 months.",
    )


class EarnedIncomeDisallowance(_Strict):
    """A family already on the EID (history only: none after 2025-12, 24 CFR 5.617)."""

    start_month: Month = Field(
        description="First month of the EID exclusion (2023-12 or "
        "earlier: no family could start it from 2024-01)."
    )
    baseline_annual_income: YearlyMoney = Field(
        description="The disabled member's annual income "
        "before the job or raise (the EID baseline)."
    )

    @field_validator("start_month")
    @classmethod
    def _closed_in_2024(cls, value: Month) -> Month:
        if value > Month(2023, 12):
            raise ValueError(
                "no family could start the earned income disallowance after "
                "2023-12 (Notice PIH 2023-27); leave eid out"
            )
        return value


class Snap(_Strict):
    """SNAP (food stamps); leave the section out when the household gets no SNAP."""

    categorically_eligible: bool | None = Field(
        None,
        description="Leave out to let the engine decide (everyone in the household gets "
        "SSI); true when the state's broad-based categorical eligibility applies.",
    )


class Shelter(_Strict):
    """Housing costs for SNAP's shelter deduction."""

    rent: Money = Field(
        Decimal("0.00"),
        description="Rent or mortgage the person pays, monthly, "
        "when not in HUD housing (with HUD housing the engine uses the tenant "
        "rent).",
    )
    utility_allowance: Money = Field(
        Decimal("0.00"),
        description="The state's SNAP standard "
        "utility allowance the household qualifies for; 0 when "
        "utilities are in the rent.",
    )


class Taxes(_Strict):
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


class VA(_Strict):
    """VA benefits (38 U.S.C. chapters 11 and 15); leave the section out when none are paid."""

    disability_compensation: Money = Field(
        Decimal("0.00"),
        description="Monthly VA disability compensation as paid, including any additional "
        "amount for dependents.",
    )
    pension: Money | Literal["computed"] | None = Field(
        None,
        description="Monthly Veterans Pension (needs-based) from the award letter, or "
        "'computed' to figure it from the maximum annual pension rate and income at current "
        "rates (a veteran without dependents).",
    )
    tdiu: bool = Field(
        False,
        description="Compensation is paid at the 100% rate for individual unemployability "
        "(TDIU, 38 CFR 4.16): work above marginal employment may lead VA to review it.",
    )
    dependents_portion: Money = Field(
        Decimal("0.00"),
        description="The part of the monthly compensation or pension paid for dependents; "
        "SSI does not count it as the veteran's income (POMS SI 00830.314).",
    )

    @model_validator(mode="after")
    def _consistent(self) -> VA:
        if self.disability_compensation > 0 and self.pension not in (None, Decimal(0)):
            raise ValueError(
                "va: VA pays either compensation or pension on one veteran's service, not both "
                "(38 U.S.C. 5304(a)); enter the one VA pays"
            )
        paid = self.pension if isinstance(self.pension, Decimal) else None
        amount = self.disability_compensation or paid
        if amount is not None and self.dependents_portion > amount:
            raise ValueError(
                "va.dependents_portion is more than the benefit it is part of; enter the part "
                "of the monthly amount paid for dependents"
            )
        if self.tdiu and self.disability_compensation == 0:
            raise ValueError("va.tdiu: TDIU is a rate of compensation; enter the compensation")
        return self


class Savings(_Strict):
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


class Bpqy(_Strict):
    """What a Benefits Planning Query (form SSA-2459) says that has no other field.

    Trial work months, the cessation month and Medicare's start go in ssdi.twp_months_used,
    ssdi.cessation_month and medicare.start_month; IRWE and subsidy in work_expenses.
    """

    as_of: date | None = Field(None, description="Date printed on the BPQY.")
    twp_completed: bool | None = Field(
        None, description="The BPQY says the trial work period was completed."
    )
    epe_start: Month | None = Field(None, description="First month of the EPE on record.")
    epe_end: Month | None = Field(None, description="Last month of the 36-month EPE on record.")
    medicare_end: Month | None = Field(
        None, description="Last month of (extended) Medicare coverage on record."
    )
    irwe: Money | None = Field(None, description="IRWE on SSA's record, monthly.")
    subsidy: Money | None = Field(None, description="Subsidy on SSA's record, monthly.")
    ssi_status: Literal["none", "eligible", "1619a", "1619b", "suspended", "terminated"] | None = (
        Field(None, description="SSI or 1619 status on the BPQY.")
    )


HousingProgram = Literal[
    "housing_choice_voucher", "project_based_voucher", "public_housing", "project_based_section8"
]
VOUCHERS = ("housing_choice_voucher", "project_based_voucher")


class Housing(_Strict):
    """HUD rental assistance (24 CFR 5 subpart F; 24 CFR 982 for vouchers; 960 public housing)."""

    program: HousingProgram
    gross_rent: Money = Field(description="Rent to owner plus the utility allowance, monthly.")
    utility_allowance: Money = Field(
        Decimal("0.00"), description="The agency's allowance for tenant-paid utilities, monthly."
    )
    payment_standard: Money | None = Field(
        None, description="The agency's payment standard for the unit size (vouchers only)."
    )
    minimum_rent: Money = Field(
        Decimal("0.00"), le=50, description="The agency's minimum rent, $0 to $50 (24 CFR 5.630)."
    )
    next_annual_reexam: Month = Field(
        description="Month the next annual reexamination takes "
        "effect (YYYY-MM); then every 12 months."
    )
    current_total_tenant_payment: Money | None = Field(
        None,
        description="What the family pays now (total tenant payment); otherwise computed "
        "from the income in the start month.",
    )
    rules: Literal["pre_hotma", "hotma"] | None = Field(
        None,
        description="Leave out for the default: pre-HOTMA before 2027-01 and HOTMA from "
        "2027-01 (Notice PIH 2026-15); set hotma if the agency applies HOTMA already.",
    )
    eid: EarnedIncomeDisallowance | None = Field(
        None,
        description="Only for a family whose disabled member was on the earned income "
        "disallowance; it ends by 2025-12 at the latest.",
    )
    report_within_days: int = Field(
        10,
        ge=1,
        le=90,
        description="Days the agency's plan gives the family to report a change in income "
        "(24 CFR 982.516; 960.257). 10 is a default common in agency plans, not a national "
        "rule: enter your agency's number.",
    )
    interim_policy: Literal["decreases_only", "all_changes"] = Field(
        "decreases_only",
        description="Under the old rules, what the agency does with income "
        "increases between annual reexaminations: decreases_only (the usual policy: increases "
        "wait for the annual) or all_changes.",
    )

    @model_validator(mode="after")
    def _consistent(self) -> Housing:
        if self.program in VOUCHERS and self.payment_standard is None:
            raise ValueError(
                "housing.payment_standard: a voucher needs the agency's payment "
                "standard for the unit size"
            )
        if self.utility_allowance > self.gross_rent:
            raise ValueError(
                "housing.utility_allowance is more than gross_rent; gross_rent "
                "includes the utility allowance"
            )
        return self


class Scenario(_Strict):
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
        description="Unreimbursed medical expenses "
        "of the household, monthly (include premiums you pay).",
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
                    f"ssdi.twp_end_month ({twp_end}) must be before start and before the "
                    "cessation month, and no listed trial work month can be after it; give the "
                    "ninth trial work month from the BPQY"
                )
            if self.ssdi.cessation_month is not None and self.ssdi.cessation_month >= self.start:
                raise ValueError(
                    f"ssdi.cessation_month ({self.ssdi.cessation_month}) must be before start "
                    f"({self.start}); the engine finds later cessation months itself"
                )
        if self.work_expenses.bwe > 0 and not self.person.blind:
            raise ValueError(
                "work_expenses.bwe: blind work expenses apply only when person.blind is true; "
                "set person.blind or enter the costs as irwe"
            )
        if (
            self.va is not None
            and self.va.pension == "computed"
            and any(m.relationship in ("spouse", "child") for m in self.household)
        ):
            raise ValueError(
                "va.pension: the engine computes the pension only for a veteran without a "
                "spouse or child; enter the monthly pension from the award letter"
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
