"""VA benefits: compensation, pension and TDIU as VA pays them."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import Field, model_validator

from ..bounds import Money, YearlyMoney
from . import Strict


class VA(Strict):
    """VA benefits (38 U.S.C. chapters 11 and 15); leave the section out when none are paid."""

    disability_compensation: Money = Field(
        Decimal("0.00"),
        description="Monthly VA disability compensation as paid, including any additional "
        "amount for dependents.",
    )
    pension: Money | Literal["computed"] | None = Field(
        None,
        description="Monthly Veterans Pension (needs-based) from the award letter, or "
        "'computed' to figure it from the maximum annual pension rate and the family's income "
        "at current rates (the spouse and children in `household` are the dependents).",
    )
    pension_rate: Literal["basic", "housebound", "aid_and_attendance"] = Field(
        "basic",
        description="The computed pension's rate: basic, housebound or aid and attendance "
        "(38 U.S.C. 1521(d)-(e); 38 CFR 3.351), as VA has rated the veteran.",
    )
    poverty_threshold: YearlyMoney | None = Field(
        None,
        description="The Census Bureau's poverty threshold for one person under 65 for the "
        "year (census.gov), for the TDIU marginal-employment test when it is newer than the "
        "engine's.",
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
    not_income_for_ssi: Money = Field(
        Decimal("0.00"),
        description="The part of an entered monthly compensation or pension that is an "
        "aid-and-attendance or housebound allowance or is paid for unreimbursed medical "
        "expenses (VA's letter says); SSI does not count it (POMS SI 00830.308, SI 00830.312). "
        "A computed pension figures it itself.",
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
        if amount is not None and self.not_income_for_ssi + self.dependents_portion > amount:
            raise ValueError(
                "va.not_income_for_ssi and va.dependents_portion together are more than the "
                "benefit they are part of; enter the parts VA's letter gives"
            )
        if self.tdiu and self.disability_compensation == 0:
            raise ValueError("va.tdiu: TDIU is a rate of compensation; enter the compensation")
        return self
