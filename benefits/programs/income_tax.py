"""Federal income tax and the earned income credit for one tax year (26 U.S.C. 1, 32, 63, 86).

What is computed, in the order of Form 1040:

1. The taxable part of Social Security (SSDI) benefits, by IRS Publication 915 Worksheet 1
   (26 U.S.C. 86). SSI is not a "social security benefit" under 86(d) and is never taxable; the
   caller must not pass it in `social_security_benefits`.
2. Adjusted gross income = wages + other taxable income + taxable benefits. No adjustments
   (IRA, student loan interest, ...) are modelled.
3. The standard deduction (63(c)), plus the additional amount for a filer 65 or over (63(f)(1)).
   The additional amount for blindness (63(f)(2)) is not modelled: the facts do not say blind.
   From 2025 through 2028 a filer 65 or over also gets the OBBBA senior deduction of $6,000,
   reduced by 6% of modified AGI over $75,000 (151(d)(5)(C)); it is a separate deduction, so it
   lowers taxable income but is not part of `standard_deduction`. Itemizing is not modelled.
4. Income tax on taxable income by the rate schedule of 1(j)(2), computed exactly and rounded to
   the cent, as the Tax Computation Worksheet does for taxable income of $100,000 or more. The
   Form 1040 Tax Table, required below $100,000, gives the tax at the midpoint of $50 bands
   rounded to whole dollars, so a filed return may differ from this by up to about $6 (12% of
   $25 plus rounding). Credits other than the EITC (child tax credit, ...) are not modelled.
5. The EITC (26 U.S.C. 32) for single and head-of-household filers, by the IRS table method:
   32(f) requires the credit to be read from tables with income bands of at most $50, and the
   IRS tables compute each band's credit at its midpoint, rounded to the whole dollar (checked
   against rows of the 2017 EIC table in tests/test_income_tax.py). EIC Worksheet A then looks
   up earned income and, when AGI differs and is at least the phase-out start, AGI, and takes
   the smaller amount. `eitc_by_formula` gives the unbanded formula for comparison.

Dollar amounts are annual. Rule values are read in force on January 1 of the tax year.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal
from typing import Literal

from ..explain import Explainer
from ..money import ZERO, cents, dollars, positive
from ..months import Month
from ..rules import RuleBook, RuleValue

FilingStatus = Literal["single", "head_of_household"]

CITE_SS = "26 U.S.C. 86; IRS Pub. 915, Worksheet 1"
CITE_STD = "26 U.S.C. 63(c), 63(f)"
CITE_SENIOR = "26 U.S.C. 151(d)(5)(C)"
CITE_RATES = "26 U.S.C. 1(j)(2)"
CITE_EITC = "26 U.S.C. 32"
CITE_EITC_TABLE = "26 U.S.C. 32(f); Form 1040 instructions, EIC Worksheet A and EIC Table"
HUNDRED = Decimal(100)
BAND = Decimal(50)  # 32(f)(2): table income brackets of not greater than $50
WHOLE = Decimal(1)

STANDARD_DEDUCTION = {
    "single": "irs.income_tax.standard_deduction.single",
    "head_of_household": "irs.income_tax.standard_deduction.head_of_household",
}
# Rate of each bracket, and where it starts for each filing status (1(j)(2)(C) head of
# household, 1(j)(2)(D) unmarried); bracket 1 starts at zero.
BRACKET_RATES = (
    "irs.income_tax.rate.bracket_1",
    "irs.income_tax.rate.bracket_2",
    "irs.income_tax.rate.bracket_3",
    "irs.income_tax.rate.bracket_4",
    "irs.income_tax.rate.bracket_5",
    "irs.income_tax.rate.bracket_6",
    "irs.income_tax.rate.bracket_7",
)
BRACKET_STARTS = {
    "single": (
        "irs.income_tax.single.bracket_2_start",
        "irs.income_tax.single.bracket_3_start",
        "irs.income_tax.single.bracket_4_start",
        "irs.income_tax.single.bracket_5_start",
        "irs.income_tax.single.bracket_6_start",
        "irs.income_tax.single.bracket_7_start",
    ),
    "head_of_household": (
        "irs.income_tax.head_of_household.bracket_2_start",
        "irs.income_tax.head_of_household.bracket_3_start",
        "irs.income_tax.head_of_household.bracket_4_start",
        "irs.income_tax.head_of_household.bracket_5_start",
        "irs.income_tax.head_of_household.bracket_6_start",
        "irs.income_tax.head_of_household.bracket_7_start",
    ),
}
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
class TaxYearFacts:
    """One filer's year, as the return reports it. Money is annual and in dollars."""

    year: int
    filing_status: FilingStatus
    age: int  # at the end of the tax year
    wages: Decimal  # W-2 wages for the year (earned income for the EITC)
    social_security_benefits: Decimal  # SSDI received in the year (gross, box 5 of SSA-1099)
    other_income: Decimal  # other taxable income (0 usually); in AGI
    qualifying_children: int  # for the EITC (0-3+)
    investment_income: Decimal  # EITC disqualified income (32(i)); only for that test:
    # any taxable part of it must also be in other_income; it is not added to AGI again.


@dataclass(frozen=True, slots=True)
class TaxYearResult:
    taxable_social_security: Decimal
    adjusted_gross_income: Decimal
    standard_deduction: Decimal  # basic + the 65-or-over addition (not blindness)
    taxable_income: Decimal  # also after the 2025-2028 senior deduction, if any
    income_tax: Decimal  # before credits, exact to the cent (not the Tax Table)
    eitc: Decimal  # whole dollars, by the IRS EIC table method
    eitc_reason: str


@dataclass(frozen=True, slots=True)
class EitcParameters:
    """One year's EITC amounts for one number of children (32(b); the Rev. Proc. table)."""

    credit_rate: Decimal  # percent
    phaseout_rate: Decimal  # percent
    earned_income_amount: Decimal
    max_credit: Decimal
    phaseout_start: Decimal
    phaseout_end: Decimal


def _at(rules: RuleBook, rule_id: str, month: Month, used: list[RuleValue]) -> Decimal:
    value = rules.at(rule_id, month)
    used.append(value)
    return value.value


def taxable_social_security(
    *, benefits: Decimal, other_income: Decimal, rules: RuleBook, month: Month, ex: Explainer | None
) -> Decimal:
    """Taxable benefits by IRS Pub. 915 Worksheet 1 (26 U.S.C. 86(a)-(c)); line numbers below.

    `other_income` is line 3: all taxable income other than the benefits. Tax-exempt interest
    (line 4), excluded income (line 5) and adjustments (line 7) are taken as zero.
    """
    used: list[RuleValue] = []
    base = _at(rules, "irs.taxable_social_security.base_amount", month, used)
    adjusted = _at(rules, "irs.taxable_social_security.adjusted_base_amount", month, used)
    first = _at(rules, "irs.taxable_social_security.first_tier_percent", month, used) / HUNDRED
    second = _at(rules, "irs.taxable_social_security.second_tier_percent", month, used) / HUNDRED
    if benefits <= 0:
        return ZERO
    half = benefits * first  # line 2
    provisional = half + other_income  # lines 6 and 8
    over_base = positive(provisional - base)  # line 10
    gap = adjusted - base  # line 11 ($9,000)
    over_adjusted = positive(over_base - gap)  # line 12
    tier1 = min(half, min(over_base, gap) * first)  # lines 13-15
    taxable = cents(min(tier1 + over_adjusted * second, benefits * second))  # lines 16-19
    if ex:
        if over_base == 0:
            why = (
                f"Half the benefits ({dollars(half)}) plus other income "
                f"({dollars(other_income)}) is {dollars(provisional)}, not more than the base "
                f"amount {dollars(base)}, so none of the Social Security benefits is taxable. "
                "SSI is never taxable."
            )
        else:
            why = (
                f"Half the benefits ({dollars(half)}) plus other income "
                f"({dollars(other_income)}) is {dollars(provisional)}, "
                f"{dollars(over_base)} over the base amount {dollars(base)}: the taxable part "
                f"is the smaller of {first:.0%} of the benefits and {first:.0%} of the excess "
                f"up to {dollars(adjusted)}, plus {second:.0%} of any excess over "
                f"{dollars(adjusted)}, but never more than {second:.0%} of the benefits "
                "(Pub. 915 Worksheet 1). SSI is never taxable."
            )
        ex.step("taxes.taxable_social_security", why, taxable, CITE_SS, uses=tuple(used))
    return taxable


def tax_on_taxable_income(
    taxable_income: Decimal, status: FilingStatus, rules: RuleBook, month: Month
) -> tuple[Decimal, tuple[RuleValue, ...]]:
    """Tax by the rate schedule of 26 U.S.C. 1(j)(2), exact, rounded to the cent (half up)."""
    used: list[RuleValue] = []
    rates = [_at(rules, rid, month, used) / HUNDRED for rid in BRACKET_RATES]
    starts = [ZERO] + [_at(rules, rid, month, used) for rid in BRACKET_STARTS[status]]
    tax = ZERO
    for i, rate in enumerate(rates):
        top = starts[i + 1] if i + 1 < len(starts) else None
        if taxable_income <= starts[i]:
            break
        slice_top = taxable_income if top is None else min(taxable_income, top)
        tax += (slice_top - starts[i]) * rate
    return cents(tax), tuple(used)


def eitc_parameters(
    year: int, children: int, rules: RuleBook, used: list[RuleValue] | None = None
) -> EitcParameters:
    """The EITC amounts for a tax year and number of qualifying children (3 = 3 or more)."""
    month, k, sink = Month(year, 1), min(children, 3), used if used is not None else []
    return EitcParameters(
        credit_rate=_at(rules, EITC_CREDIT_RATE[k], month, sink),
        phaseout_rate=_at(rules, EITC_PHASEOUT_RATE[k], month, sink),
        earned_income_amount=_at(rules, EITC_EARNED_INCOME_AMOUNT[k], month, sink),
        max_credit=_at(rules, EITC_MAX_CREDIT[k], month, sink),
        phaseout_start=_at(rules, EITC_PHASEOUT_START[k], month, sink),
        phaseout_end=_at(rules, EITC_PHASEOUT_END[k], month, sink),
    )


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
    if ex:
        ex.step("taxes.eitc", reason, credit, f"{CITE_EITC}; {CITE_EITC_TABLE}", uses=tuple(used))
    return credit, reason


def tax_year(facts: TaxYearFacts, rules: RuleBook, ex: Explainer | None) -> TaxYearResult:
    """Federal income tax before credits, and the EITC, for one tax year (Form 1040)."""
    month = Month(facts.year, 1)
    ss_taxable = taxable_social_security(
        benefits=facts.social_security_benefits,
        other_income=facts.wages + facts.other_income,
        rules=rules,
        month=month,
        ex=ex,
    )
    agi = facts.wages + facts.other_income + ss_taxable
    if ex:
        ex.step(
            "taxes.adjusted_gross_income",
            f"Adjusted gross income: wages {dollars(facts.wages)} + other income "
            f"{dollars(facts.other_income)} + taxable benefits {dollars(ss_taxable)}.",
            agi,
            "26 U.S.C. 62",
        )

    deduction, senior = _deductions(facts, agi, rules, ex)
    taxable = positive(agi - deduction - senior)
    tax, rate_uses = tax_on_taxable_income(taxable, facts.filing_status, rules, month)
    if ex:
        ex.step(
            "taxes.income_tax",
            f"Tax on taxable income {dollars(taxable)} by the rate schedule, figured exactly "
            "to the cent (a return below $100,000 uses the Tax Table, which can differ by a "
            "few dollars). Before credits.",
            tax,
            CITE_RATES,
            uses=rate_uses,
        )
    credit, reason = earned_income_credit(facts, agi, rules, ex)
    return TaxYearResult(
        taxable_social_security=ss_taxable,
        adjusted_gross_income=agi,
        standard_deduction=deduction,
        taxable_income=taxable,
        income_tax=tax,
        eitc=credit,
        eitc_reason=reason,
    )


def _deductions(
    facts: TaxYearFacts, agi: Decimal, rules: RuleBook, ex: Explainer | None
) -> tuple[Decimal, Decimal]:
    """The standard deduction (with the additional amount at 65, 26 U.S.C. 63(c), (f)) and the
    deduction for a taxpayer 65 or over (26 U.S.C. 151(d)(5)(C)), for one tax year."""
    month = Month(facts.year, 1)
    basic = rules.at(STANDARD_DEDUCTION[facts.filing_status], month)
    used: list[RuleValue] = [basic]
    deduction = basic.value
    because = f"Standard deduction for a {facts.filing_status.replace('_', ' ')} filer"
    senior = ZERO
    if facts.age >= 65:
        aged = rules.at("irs.income_tax.additional_standard_deduction.aged_unmarried", month)
        used.append(aged)
        deduction += aged.value
        because += f", plus {dollars(aged.value)} for age 65 or over"
        senior_used: list[RuleValue] = []
        amount = _at(rules, "irs.income_tax.senior_deduction.amount", month, senior_used)
        start = _at(rules, "irs.income_tax.senior_deduction.phaseout_threshold", month, senior_used)
        rate = _at(rules, "irs.income_tax.senior_deduction.phaseout_rate", month, senior_used)
        # 151(d)(5)(C)(iii): reduced by 6% of modified AGI (AGI here) over $75,000.
        senior = cents(positive(amount - rate / HUNDRED * positive(agi - start)))
        if ex and amount > 0:
            ex.step(
                "taxes.senior_deduction",
                f"Deduction for a taxpayer 65 or over (2025-2028): {dollars(amount)}, less "
                f"{rate}% of AGI over {dollars(start)}.",
                senior,
                CITE_SENIOR,
                uses=tuple(senior_used),
            )
    deduction = cents(deduction)
    if ex:
        ex.step("taxes.standard_deduction", because + ".", deduction, CITE_STD, uses=tuple(used))
        ex.step(
            "taxes.income_tax.not_modeled",
            "Not modelled: the additional standard deduction for blindness (63(f)(2)), "
            "itemized deductions, adjustments to income, the tips and overtime deductions "
            "(2025-2028), and credits other than the EITC (e.g. the child tax credit).",
            None,
            "26 U.S.C. 63(f)(2); 26 U.S.C. 24",
            not_modeled=True,
        )
    return deduction, senior


def monthly_withholding_estimate(
    annual_income_tax: Decimal, wages_this_month: Decimal, wages_year: Decimal
) -> Decimal:
    """The year's tax spread over the months in proportion to wages, to the cent.

    An estimate only: real withholding follows the employer's IRS Pub. 15-T tables and the
    employee's Form W-4, may differ, and is settled on the return. Months rounded separately
    can add up to a few cents more or less than the year's tax.
    """
    if wages_year <= 0 or wages_this_month <= 0 or annual_income_tax <= 0:
        return ZERO
    return cents(annual_income_tax * wages_this_month / wages_year)
