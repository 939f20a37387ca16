"""Where an SSI recipient lives and who pays for the shelter: the one-third reduction for
living in another person's household, and in-kind support and maintenance at its value up to
the presumed maximum value (20 CFR 416.1130-416.1148; POMS SI 00835).
"""

from __future__ import annotations

from decimal import Decimal

from ..explain import Explainer
from ..money import ZERO, dollars, truncate_cents
from ..months import Month
from ..rules import RuleBook

SHELTER_ONLY_FROM = Month(2024, 10)  # food left in-kind support on 2024-09-30 (89 FR 21199)


def payment_standard(
    month: Month, living_arrangement: str, rules: RuleBook, ex: Explainer | None
) -> Decimal:
    """The federal benefit rate, less one third when living in another's household."""
    fbr = rules.at("ssa.ssi.federal_benefit_rate.individual", month)
    if living_arrangement != "another_persons_household":
        if ex:
            ex.step(
                "ssi.payment_standard",
                f"The federal benefit rate for an individual is {dollars(fbr.value)}.",
                fbr.value,
                "20 CFR 416.410",
                uses=(fbr,),
            )
        return fbr.value
    third = rules.at("ssa.ssi.one_third_reduction", month)
    reduction = truncate_cents(fbr.value * third.value)
    standard = fbr.value - reduction
    if ex:
        support = (
            "shelter (since 2024-09-30 food no longer counts, 89 FR 21199)"
            if month >= SHELTER_ONLY_FROM
            else "food and shelter"
        )
        ex.step(
            "ssi.payment_standard",
            f"Living all month in another person's household and receiving {support} there "
            f"without paying a pro rata share, the federal benefit rate {dollars(fbr.value)} is "
            f"reduced by one third ({dollars(reduction)}, truncated to the cent, counted with "
            f"no exclusions) to {dollars(standard)}.",
            standard,
            "20 CFR 416.1131; 20 CFR 416.1130(b); POMS SI 00835.200",
            uses=(fbr, third),
        )
    return standard


def in_kind_shelter(
    *, month: Month, actual: Decimal, rules: RuleBook, ex: Explainer | None
) -> Decimal:
    """Shelter someone else pays for a person in their own household, counted as unearned
    income at its actual value up to the presumed maximum value (20 CFR 416.1140): one third
    of the federal benefit rate (truncated to the cent) plus the $20 general exclusion amount.

    Since 2024-09-30 only shelter counts (89 FR 21199). It is valued at the federal benefit
    rate of the payment month, which in January and February is the raised one (416.1130(a)).
    """
    if actual <= 0:
        return ZERO
    fbr = rules.at("ssa.ssi.federal_benefit_rate.individual", month)
    third = rules.at("ssa.ssi.one_third_reduction", month)
    general = rules.at("ssa.ssi.general_income_exclusion", month)
    pmv = truncate_cents(fbr.value * third.value) + general.value
    counted = min(actual, pmv)
    if ex:
        ex.step(
            "ssi.in_kind_support",
            f"Shelter paid by others worth {dollars(actual)} is in-kind support and "
            f"maintenance, counted at {dollars(counted)}: "
            + (
                "its actual value, which is less than"
                if counted < pmv
                else "the presumed maximum value,"
            )
            + f" one third of the federal benefit rate plus $20 = {dollars(pmv)}. It is "
            "unearned income (the $20 general exclusion applies to it).",
            counted,
            "20 CFR 416.1140; 20 CFR 416.1130(b); POMS SI 00835.300",
            uses=(fbr, third, general),
        )
    return counted
