"""The earned income credit for one tax year (26 U.S.C. 32), for single and head-of-household
filers, by the IRS table method.

32(f) requires the credit to be read from tables with income bands of at most $50, and the IRS
tables compute each band's credit at its midpoint, rounded to the whole dollar (checked against
rows of the 2017 EIC table in tests/test_income_tax.py). EIC Worksheet A then looks up earned
income and, when AGI differs and is at least the phase-out start, AGI, and takes the smaller
amount. `eitc_by_formula` gives the unbanded formula for comparison. Dollar amounts are annual;
rule values are read in force on January 1 of the tax year.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from ..explain import Explainer
from ..money import ZERO, cents, dollars, positive
from ..months import Month
from ..rules import RuleBook, RuleValue

if TYPE_CHECKING:  # the tax year's facts; income_tax imports this module to figure the year
    from .income_tax import TaxYearFacts

CITE_EITC = "26 U.S.C. 32"
CITE_EITC_TABLE = "26 U.S.C. 32(f); Form 1040 instructions, EIC Worksheet A and EIC Table"
HUNDRED = Decimal(100)
BAND = Decimal(50)  # 32(f)(2): table income brackets of not greater than $50
WHOLE = Decimal(1)

# EITC parameters by number of qualifying children (3 means 3 or more), 32(b).
EITC_CREDIT_RATE = {
    0: "irs.eitc.credit_rate.children_0",
    1: "irs.eitc.credit_rate.children_1",
    2: "irs.eitc.credit_rate.children_2",
    3: "irs.eitc.credit_rate.children_3",
}
EITC_PHASEOUT_RATE = {
    0: "irs.eitc.phaseout_rate.children_0",
    1: "irs.eitc.phaseout_rate.children_1",
    2: "irs.eitc.phaseout_rate.children_2",
    3: "irs.eitc.phaseout_rate.children_3",
}
EITC_EARNED_INCOME_AMOUNT = {
    0: "irs.eitc.earned_income_amount.children_0",
    1: "irs.eitc.earned_income_amount.children_1",
    2: "irs.eitc.earned_income_amount.children_2",
    3: "irs.eitc.earned_income_amount.children_3",
}
EITC_MAX_CREDIT = {
    0: "irs.eitc.max_credit.children_0",
    1: "irs.eitc.max_credit.children_1",
    2: "irs.eitc.max_credit.children_2",
    3: "irs.eitc.max_credit.children_3",
}
EITC_PHASEOUT_START = {
    0: "irs.eitc.phaseout_start.children_0",
    1: "irs.eitc.phaseout_start.children_1",
    2: "irs.eitc.phaseout_start.children_2",
    3: "irs.eitc.phaseout_start.children_3",
}
EITC_PHASEOUT_END = {
    0: "irs.eitc.phaseout_end.children_0",
    1: "irs.eitc.phaseout_end.children_1",
    2: "irs.eitc.phaseout_end.children_2",
    3: "irs.eitc.phaseout_end.children_3",
}


@dataclass(frozen=True, slots=True)
class EitcParameters:
    """One year's EITC amounts for one number of children (32(b); the Rev. Proc. table)."""

    credit_rate: Decimal  # percent
    phaseout_rate: Decimal  # percent
    earned_income_amount: Decimal
    max_credit: Decimal
    phaseout_start: Decimal
    phaseout_end: Decimal


def eitc_parameters(
    year: int, children: int, rules: RuleBook, used: list[RuleValue] | None = None
) -> EitcParameters:
    """The EITC amounts for a tax year and number of qualifying children (3 = 3 or more)."""
    month, k = Month(year, 1), min(children, 3)
    found = [  # in the order of EitcParameters' fields
        rules.at(table[k], month)
        for table in (
            EITC_CREDIT_RATE,
            EITC_PHASEOUT_RATE,
            EITC_EARNED_INCOME_AMOUNT,
            EITC_MAX_CREDIT,
            EITC_PHASEOUT_START,
            EITC_PHASEOUT_END,
        )
    ]
    if used is not None:
        used += found
    return EitcParameters(*[value.value for value in found])


def eitc_by_formula(income: Decimal, p: EitcParameters) -> Decimal:
    """The unbanded 32(a) formula at `income`, to the cent: for comparison with the table."""
    credit = _phase_in(income, p) - p.phaseout_rate / HUNDRED * positive(income - p.phaseout_start)
    return cents(positive(credit))


def _phase_in(income: Decimal, p: EitcParameters) -> Decimal:
    """The credit before the phase-out: the rate times income, up to the published maximum.

    The published maximum is the rounded credit rate x earned income amount (e.g. 2026, one
    child: 34% of $13,020 = $4,426.80, published $4,427), and the Rev. Proc.'s completed
    phase-out amounts are figured from the rounded maximum ($23,890 + $4,427 / 15.98% =
    $51,593), so the maximum, not the unrounded product, is the plateau.
    """
    if income >= p.earned_income_amount:
        return p.max_credit
    return min(income * p.credit_rate / HUNDRED, p.max_credit)


def eic_table_amount(income: Decimal, p: EitcParameters) -> Decimal:
    """The EIC Table entry for `income` (26 U.S.C. 32(f)): the credit at the midpoint of the $50
    band that holds it, rounded half up to the whole dollar.

    Income below the phase-out start gets no phase-out reduction even if its band's midpoint is
    above it, and income at or over the completed phase-out gets $0. How the printed table
    splits the rows that hold those two thresholds was not seen; this is the assumption.
    """
    if income <= 0 or income >= p.phaseout_end:
        return ZERO
    midpoint = (income / BAND).to_integral_value(rounding=ROUND_FLOOR) * BAND + BAND / 2
    phase_in = _phase_in(midpoint, p)
    reduction = ZERO
    if income >= p.phaseout_start:
        reduction = p.phaseout_rate / HUNDRED * positive(midpoint - p.phaseout_start)
    credit = positive(phase_in - reduction).quantize(WHOLE, rounding=ROUND_HALF_UP)
    return credit.quantize(Decimal("0.01"))


def earned_income_credit(
    facts: TaxYearFacts, agi: Decimal, rules: RuleBook, ex: Explainer | None
) -> tuple[Decimal, str]:
    """The EITC for a single or head-of-household filer (26 U.S.C. 32; EIC Worksheet A)."""
    month = Month(facts.year, 1)
    used: list[RuleValue] = []
    k = min(facts.qualifying_children, 3)
    p = eitc_parameters(facts.year, k, rules, used)
    limit = rules.at("irs.eitc.investment_income_limit", month)
    youngest = rules.at("irs.eitc.no_child_minimum_age", month)
    too_old = rules.at("irs.eitc.no_child_age_limit", month)
    used += [limit, youngest, too_old]
    children = f"{k}{'+' if k == 3 else ''} qualifying child{'ren' if k != 1 else ''}"
    if facts.investment_income > limit.value:
        reason = (
            f"No EITC: investment income {dollars(facts.investment_income)} is over the "
            f"{dollars(limit.value)} limit (26 U.S.C. 32(i))."
        )
        credit = ZERO
    elif k == 0 and not youngest.value <= facts.age < too_old.value:
        reason = (
            f"No EITC: without a qualifying child the filer must be at least "
            f"{youngest.value} and under {too_old.value} at the end of the year; age "
            f"{facts.age} (26 U.S.C. 32(c)(1)(A)(ii)(II))."
        )
        credit = ZERO
    elif facts.wages <= 0:
        reason = (
            "No EITC: no earned income. SSDI and SSI are not earned income (26 U.S.C. 32(c)(2))."
        )
        credit = ZERO
    else:
        on_earned = eic_table_amount(facts.wages, p)
        credit = on_earned
        reason = (
            f"EITC with {children}: {dollars(on_earned)} from the EIC table for earned "
            f"income {dollars(facts.wages)} (credit {p.credit_rate}% up to "
            f"{dollars(p.max_credit)}, less {p.phaseout_rate}% of income over "
            f"{dollars(p.phaseout_start)}, at the middle of each $50 band)."
        )
        if agi != facts.wages and agi >= p.phaseout_start:
            on_agi = eic_table_amount(agi, p)
            credit = min(on_earned, on_agi)
            reason += (
                f" AGI {dollars(agi)} is at least the phase-out start, so the smaller of "
                f"that and the table amount for AGI ({dollars(on_agi)}) is used."
            )
        if credit == 0:
            reason += " Income is past the end of the phase-out, so there is no credit."
        else:  # the scenario has no investment income (it would count for SSI, HUD, taxes too)
            reason += (
                f" Investment income (interest, dividends, rents, capital gains) is taken as "
                f"not over the {dollars(limit.value)} limit, over which there is no EITC "
                "(26 U.S.C. 32(i)); the scenario does not hold it."
            )
    if ex:
        ex.step("taxes.eitc", reason, credit, f"{CITE_EITC}; {CITE_EITC_TABLE}", uses=tuple(used))
    return credit, reason
