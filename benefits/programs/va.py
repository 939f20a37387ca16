"""VA benefits: disability compensation and the needs-based Veterans Pension (38 U.S.C. chapters
11 and 15), and how SSI counts them (20 CFR 416.1121, 416.1124(c)(12); POMS SI 00830.302-.314).

Compensation is paid whatever the income; it rises each December 1 with Social Security's
cost-of-living increase (38 U.S.C. 1104). Pension is the maximum annual pension rate (MAPR) for
the veteran's family and rate, less the family's countable annual income (38 U.S.C. 1521; 38 CFR
3.23, 3.271-3.273), paid monthly in whole dollars (38 U.S.C. 5123; 38 CFR 3.29). Neither is
taxable (38 U.S.C. 5301(a)). A veteran paid compensation at the 100% rate for individual
unemployability (TDIU) keeps it only while work is marginal: earned annual income not over the
Census Bureau's poverty threshold for one person (38 CFR 4.16(a)). The pension's rates, income
for VA purposes, reports and net worth limit are in benefits/programs/va_pension.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..explain import Explainer
from ..money import ZERO, cents, dollars, positive
from ..months import Month
from ..rules import RuleBook, RuleValue

# The pension (benefits/programs/va_pension.py), importable from here as before.
from .va_pension import Dependents as Dependents
from .va_pension import FamilyIncome as FamilyIncome
from .va_pension import PensionYear as PensionYear
from .va_pension import computed_pension as computed_pension
from .va_pension import dependents as dependents
from .va_pension import family_income as family_income
from .va_pension import maximum_rate as maximum_rate

CITE_SSI_PENSION = "20 CFR 416.1124(c)(12); POMS SI 00830.302"
CITE_SSI_COMPENSATION = "POMS SI 00830.304; POMS SI 00830.314"
CITE_COLA = "38 U.S.C. 1104; 38 U.S.C. 5312"
CITE_TDIU = "38 CFR 4.16(a)"


def raised_by_cola(
    *, amount: Decimal, december: Month, rules: RuleBook
) -> tuple[Decimal, RuleValue | None]:
    """An amount raised by the COLA Social Security pays from `december` (the ssa.cola value of
    the next January), to the cent; unchanged when that COLA is not yet published."""
    cola = rules.at("ssa.cola", december.plus(1))
    if cola.carried_forward:
        return amount, None
    return cents(amount * (1 + cola.value / 100)), cola


def compensation_cola_step(
    *, before: Decimal, after: Decimal, cola: RuleValue, ex: Explainer | None
) -> None:
    if ex:
        ex.step(
            "va.compensation",
            f"VA compensation {dollars(before)} rises on December 1 by the {cola.value}% "
            f"cost-of-living increase to {dollars(after)} (each rate of VA's table rises by "
            "Social Security's percentage; the amount on VA's letter is exact, enter it if "
            "it differs).",
            after,
            CITE_COLA,
            uses=(cola,),
        )


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
    not_income: Decimal,
    month: Month,
    ex: Explainer | None,
) -> SSICount:
    """The veteran's own VA income: the dependents' portion is theirs, not the veteran's
    (POMS SI 00830.314), and an aid-and-attendance or housebound allowance or a payment for
    unreimbursed medical expenses is not income (SI 00830.308, SI 00830.312)."""
    less_all = dependents_portion + not_income
    own_compensation = positive(compensation - (less_all if compensation else ZERO))
    own_pension = positive(pension - (less_all if pension else ZERO))
    less = ""
    if dependents_portion:
        less = f" less the {dollars(dependents_portion)} paid for dependents"
    if not_income:
        less += (
            f" less {dollars(not_income)} of housebound or aid-and-attendance allowance or "
            "payment for medical expenses, which is not income (POMS SI 00830.308, .312)"
        )
    if ex and compensation:
        ex.step(
            "ssi.va_compensation",
            f"{month}: VA compensation {dollars(compensation)}{less} = "
            f"{dollars(own_compensation)} is the veteran's unearned income; the $20 general "
            "exclusion applies to it.",
            own_compensation,
            CITE_SSI_COMPENSATION,
        )
    if ex and pension:
        ex.step(
            "ssi.va_pension",
            f"{month}: VA pension {dollars(pension)}{less} = {dollars(own_pension)} is "
            "unearned income counted in full: the $20 general exclusion does not apply to "
            "income based on need.",
            own_pension,
            CITE_SSI_PENSION + "; POMS SI 00830.314",
        )
    return SSICount(own_compensation, own_pension)


def tdiu_warning(
    *,
    month: Month,
    monthly_earnings: Decimal,
    entered_threshold: Decimal | None,
    rules: RuleBook,
    ex: Explainer | None,
) -> str | None:
    """A warning when annualised earnings are over the one-person poverty threshold."""
    threshold = rules.at("census.poverty_threshold.one_person_under_65", month)
    limit = threshold.value if entered_threshold is None else entered_threshold
    annual = monthly_earnings * 12
    if annual <= limit:
        return None
    if entered_threshold is not None:
        which, verdict = " as entered", "this is more than marginal employment"
    elif threshold.carried_forward:
        # The Census Bureau's later thresholds are higher: the test may warn too early.
        which = f", the {threshold.effective.year} threshold carried forward"
        verdict = (
            "this may be more than marginal employment (enter this year's Census Bureau "
            "threshold to know)"
        )
    else:
        which, verdict = "", "this is more than marginal employment"
    text = (
        f"Earnings of {dollars(monthly_earnings)} a month are {dollars(annual)} a year, over "
        f"the poverty threshold for one person ({dollars(limit)}{which}): {verdict}, and VA "
        "may review the individual unemployability (TDIU) rating. Report the work to VA."
    )
    if ex:
        uses = (threshold,) if entered_threshold is None else ()
        ex.step("va.tdiu", text, annual, CITE_TDIU + "; 38 CFR 3.343(c)", uses=uses)
    return text
