"""Social Security and Medicare tax withheld from each paycheck (26 U.S.C. 3101, 3121).

Each paycheck's tax is figured to the cent, and the month's tax is the sum over its paydays.
Social Security tax stops once the year's wages reach the wage base (Social Security Act 230).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final

from ..explain import Explainer
from ..money import ZERO, cents, dollars, positive
from ..months import Month
from ..rules import RuleBook


class PayrollTax:
    def __init__(
        self,
        social_security: Decimal,
        medicare: Decimal,
    ) -> None:
        self.social_security: Final = social_security
        self.medicare: Final = medicare

    @property
    def total(self) -> Decimal:
        return self.social_security + self.medicare


def payroll_tax(
    *,
    month: Month,
    paychecks: list[Decimal],
    wages_before_this_month: Decimal,
    rules: RuleBook,
    ex: Explainer | None,
) -> PayrollTax:
    """Tax on this month's paychecks; `wages_before_this_month` counts toward the wage base."""
    if not paychecks:
        return PayrollTax(ZERO, ZERO)
    ss_rate = rules.at("irs.payroll.social_security_rate", month)
    med_rate = rules.at("irs.payroll.medicare_rate", month)
    base = rules.at("ssa.contribution_and_benefit_base", month)
    social, medicare, so_far = ZERO, ZERO, wages_before_this_month
    for check in paychecks:
        taxable = min(check, positive(base.value - so_far))
        social += cents(taxable * ss_rate.value / 100)
        medicare += cents(check * med_rate.value / 100)
        so_far += check
    if ex:
        ex.step(
            "taxes.payroll",
            f"Social Security tax {ss_rate.value}% ({dollars(social)}) and Medicare tax "
            f"{med_rate.value}% ({dollars(medicare)}) on {len(paychecks)} paycheck(s), each "
            "figured to the cent.",
            social + medicare,
            "26 U.S.C. 3101; 26 U.S.C. 3121",
            uses=(ss_rate, med_rate, base),
        )
    return PayrollTax(social, medicare)
