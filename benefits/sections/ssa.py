"""SSA's sections: SSI, SSDI and what a Benefits Planning Query (SSA-2459) says."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Literal

from pydantic import Field, field_validator, model_validator

from ..bounds import Money, Year
from ..months import Month
from . import Strict


class SSI(Strict):
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

    pass_earned: Money = Field(
        Decimal("0.00"),
        description="Earned income set aside each month under an approved plan to achieve "
        "self-support (PASS, form SSA-545), as the plan says: excluded from SSI income last, "
        "after blind work expenses (20 CFR 416.1112(c)(9)). Not an SGA deduction for SSDI.",
    )
    pass_unearned: Money = Field(
        Decimal("0.00"),
        description="Unearned income (SSDI, a pension...) set aside each month under the "
        "approved PASS: excluded from SSI income last, after the $20 (20 CFR 416.1124(c)(13)).",
    )
    pass_start: Month | None = Field(
        None, description="First month of the approved PASS (needed with a PASS amount)."
    )
    pass_end: Month | None = Field(
        None, description="Last month of the approved PASS; leave out while it goes on."
    )

    @model_validator(mode="after")
    def _pass_months(self) -> SSI:
        if (self.pass_earned or self.pass_unearned) and self.pass_start is None:
            raise ValueError(
                "ssi.pass_start: give the first month of the approved PASS with the income it "
                "sets aside (20 CFR 416.1181)"
            )
        if self.pass_start and self.pass_end and self.pass_end < self.pass_start:
            raise ValueError(
                f"ssi.pass_end ({self.pass_end}) is before ssi.pass_start ({self.pass_start})"
            )
        return self

    @model_validator(mode="after")
    def _one_in_kind_rule(self) -> SSI:
        if self.in_kind_shelter and self.living_arrangement == "another_persons_household":
            raise ValueError(
                "ssi.in_kind_shelter: with the one-third reduction (another_persons_household) "
                "no other in-kind support is counted (20 CFR 416.1131(c)); leave it out"
            )
        return self


class SSDI(Strict):
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
        description="First month of SSDI entitlement (at or before start); Medicare starts 24 "
        "months later unless medicare.start_month says otherwise.",
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


class Bpqy(Strict):
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
