"""SNAP: how the household's SNAP office figures and reports its benefit."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from ..bounds import Money, WholeNumber
from ..months import Month
from . import Strict


class Snap(Strict):
    """SNAP (food stamps); leave the section out when the household gets no SNAP."""

    categorically_eligible: bool | None = Field(
        None,
        description="Leave out to let the engine decide (everyone in the household gets "
        "SSI); true when the state's broad-based categorical eligibility applies.",
    )
    reporting: Literal["each_month", "simplified"] = Field(
        "each_month",
        description="each_month: SNAP figured on each month's own income (an estimate of what "
        "the income would give). simplified: the state's simplified reporting (7 CFR "
        "273.12(a)(5)): the earnings budgeted stay until gross income passes the gross income "
        "limit, a job ends or pay is cut, the periodic report or the recertification.",
    )
    certification_start: Month | None = Field(
        None,
        description="Simplified reporting: first month of the current certification period "
        "(on the SNAP notice); leave out for the first projected month.",
    )
    certification_months: WholeNumber = Field(
        12,
        ge=1,
        le=36,
        description="Simplified reporting: months in a certification period (7 CFR 273.10(f)).",
    )
    budgeted_earnings: Money | None = Field(
        None,
        description="Simplified reporting: the monthly earned income of the person the notice "
        "budgets now; leave out to take the wages paid in the first projected month.",
    )

    @model_validator(mode="after")
    def _simplified_only(self) -> Snap:
        if self.reporting != "simplified":
            given = [
                name
                for name, value, default in (
                    ("certification_start", self.certification_start, None),
                    ("certification_months", self.certification_months, 12),
                    ("budgeted_earnings", self.budgeted_earnings, None),
                )
                if value != default
            ]
            if given:
                raise ValueError(
                    f"{', '.join(given)}: only with reporting: simplified (each_month figures "
                    "SNAP on each month's own income)"
                )
        return self
