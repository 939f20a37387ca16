"""Housing: HUD rental assistance (with the EID history) and the costs SNAP's shelter
deduction reads."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import Field, field_validator, model_validator

from ..bounds import Money, YearlyMoney
from ..months import Month
from . import Strict


class EarnedIncomeDisallowance(Strict):
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


HousingProgram = Literal[
    "housing_choice_voucher", "project_based_voucher", "public_housing", "project_based_section8"
]
VOUCHERS = ("housing_choice_voucher", "project_based_voucher")


class Housing(Strict):
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
        Decimal("0.00"),
        le=50,
        description="The agency's minimum rent, $0 to $50 (24 CFR 5.630(a)(2)); project-based "
        "Section 8 always uses $25 (5.630(a)(3)).",
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


class Shelter(Strict):
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
