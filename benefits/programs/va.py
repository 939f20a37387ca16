"""VA benefits: disability compensation and the needs-based Veterans Pension (38 U.S.C. chapters
11 and 15), and how SSI counts them (20 CFR 416.1121, 416.1124(c)(12); POMS SI 00830.302-.314).

Compensation is paid whatever the income. Pension is the maximum annual pension rate less the
veteran's countable annual income (38 CFR 3.23, 3.271-3.273), paid monthly in whole dollars.
Neither is taxable (38 U.S.C. 5301(a)). A veteran paid compensation at the 100% rate for
individual unemployability (TDIU) keeps it only while work is marginal: earned annual income
not over the Census Bureau's poverty threshold for one person (38 CFR 4.16(a)).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..explain import Explainer
from ..money import ZERO, dollars, floor_dollar, positive
from ..months import Month
from ..rules import RuleBook

CITE_PENSION = "38 U.S.C. 1521; 38 CFR 3.23; 38 CFR 3.271-3.273"
CITE_SSI_PENSION = "20 CFR 416.1124(c)(12); POMS SI 00830.302"
CITE_SSI_COMPENSATION = "POMS SI 00830.304; POMS SI 00830.314"
CITE_TDIU = "38 CFR 4.16(a)"


@dataclass(frozen=True, slots=True)
class PensionYear:
    """The pension figured from a year of income at current rates."""

    maximum_rate: Decimal  # MAPR, a year
    countable_income: Decimal  # income for VA purposes, a year, after medical expenses
    monthly: Decimal  # the month's payment, in whole dollars


def computed_pension(
    *,
    month: Month,
    annual_income: Decimal,
    annual_medical_expenses: Decimal,
    rules: RuleBook,
    ex: Explainer | None,
) -> PensionYear:
    """Pension of a veteran without dependents: MAPR less countable annual income.

    Unreimbursed medical expenses count only above 5% of the MAPR (38 CFR 3.272(g)(1)(iii)).
    The monthly rate is one twelfth of the annual amount, less any fraction of a dollar
    (38 CFR 3.29(b)).
    """
    mapr = rules.at("va.pension.maximum_annual_rate.veteran_alone", month)
    share = rules.at("va.pension.medical_expense_threshold", month)
    floor = mapr.value * share.value / 100
    medical = positive(annual_medical_expenses - floor)
    countable = positive(annual_income - medical)
    annual = positive(mapr.value - countable)
    monthly = floor_dollar(annual / 12)
    if ex:
        ex.step(
            "va.pension",
            f"VA pension: the maximum annual pension rate {dollars(mapr.value)} less "
            f"countable income {dollars(countable)} a year (income at current rates "
            f"{dollars(annual_income)}"
            + (
                f", less medical expenses above {share.value}% of the rate, {dollars(medical)}"
                if medical
                else ""
            )
            + f") = {dollars(annual)} a year; one twelfth, in whole dollars, is "
            f"{dollars(monthly)} a month. SSI is not income for VA pension (38 CFR 3.272(a)).",
            monthly,
            CITE_PENSION + "; 38 CFR 3.29(b)",
            uses=(mapr, share),
        )
    return PensionYear(mapr.value, countable, monthly)


@dataclass(frozen=True, slots=True)
class SSICount:
    """VA benefits as SSI counts them in one month."""

    unearned: Decimal  # compensation, with the $20 general exclusion
    needs_based: Decimal  # pension, without it


def ssi_count(
    *,
    compensation: Decimal,
    pension: Decimal,
    dependents_portion: Decimal,
    month: Month,
    ex: Explainer | None,
) -> SSICount:
    """The veteran's own VA income: the dependents' portion is theirs, not the veteran's."""
    own_compensation = positive(compensation - (dependents_portion if compensation else ZERO))
    own_pension = positive(pension - (dependents_portion if pension else ZERO))
    if ex and compensation:
        ex.step(
            "ssi.va_compensation",
            f"{month}: VA compensation {dollars(compensation)}"
            + (
                f" less the {dollars(dependents_portion)} paid for dependents"
                if dependents_portion
                else ""
            )
            + f" = {dollars(own_compensation)} is the veteran's unearned income; the $20 "
            "general exclusion applies to it.",
            own_compensation,
            CITE_SSI_COMPENSATION,
        )
    if ex and pension:
        ex.step(
            "ssi.va_pension",
            f"{month}: VA pension {dollars(pension)}"
            + (
                f" less the {dollars(dependents_portion)} paid for dependents"
                if dependents_portion
                else ""
            )
            + f" = {dollars(own_pension)} is unearned income counted in full: the $20 "
            "general exclusion does not apply to income based on need.",
            own_pension,
            CITE_SSI_PENSION + "; POMS SI 00830.314",
        )
    return SSICount(own_compensation, own_pension)


def tdiu_warning(
    *,
    month: Month,
    monthly_earnings: Decimal,
    rules: RuleBook,
    ex: Explainer | None,
) -> str | None:
    """A warning when annualised earnings are over the one-person poverty threshold."""
    threshold = rules.at("va.tdiu.marginal_employment_threshold", month)
    annual = monthly_earnings * 12
    if annual <= threshold.value:
        return None
    text = (
        f"Earnings of {dollars(monthly_earnings)} a month are {dollars(annual)} a year, over "
        f"the poverty threshold for one person ({dollars(threshold.value)}): this is more than "
        "marginal employment, and VA may review the individual unemployability (TDIU) rating. "
        "Report the work to VA."
    )
    if ex:
        ex.step("va.tdiu", text, annual, CITE_TDIU + "; 38 CFR 3.343(c)", uses=(threshold,))
    return text
