"""Federal income tax and the earned income credit for one tax year (26 U.S.C. 1, 32, 63, 86).

What is computed, in the order of Form 1040:

1. The taxable part of Social Security (SSDI) benefits, by IRS Publication 915 Worksheet 1
   (26 U.S.C. 86). SSI is not a "social security benefit" under 86(d) and is never taxable; the
   caller must not pass it in `social_security_benefits`.
2. Adjusted gross income = wages + other taxable income + taxable benefits. No adjustments
   (IRA, student loan interest, ...) are modelled.
3. The standard deduction (63(c)), plus the additional amount for a filer 65 or over (63(f)(1))
   and the same amount again for a filer blind at the end of the year (63(f)(2); blindness as
   63(f)(4) defines it, the statutory blindness of the scenario's person.blind).
   From 2025 through 2028 a filer 65 or over also gets the OBBBA senior deduction of $6,000,
   reduced by 6% of modified AGI over $75,000 (151(d)(5)(C)); it is a separate deduction, so it
   lowers taxable income but is not part of `standard_deduction`. Itemizing is not modelled.
4. Income tax on taxable income by the rate schedule of 1(j)(2), computed exactly and rounded to
   the cent, as the Tax Computation Worksheet does for taxable income of $100,000 or more. The
   Form 1040 Tax Table, required below $100,000, gives the tax at the midpoint of $50 bands
   rounded to whole dollars, so a filed return may differ from this by up to about $6 (12% of
   $25 plus rounding). Credits other than the EITC (child tax credit, ...) are not modelled.
5. The EITC (26 U.S.C. 32) for single and head-of-household filers, by the IRS table method
   (in programs/eitc.py).

Dollar amounts are annual. Rule values are read in force on January 1 of the tax year.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from ..explain import Explainer
from ..money import ZERO, cents, dollars, positive
from ..months import Month
from ..rules import RuleBook, RuleValue
from .eitc import (
    EITC_MAX_CREDIT,
    EitcParameters,
    earned_income_credit,
    eic_table_amount,
    eitc_by_formula,
    eitc_parameters,
)

__all__ = [  # the EITC is in programs/eitc.py; its names stay importable from here
    "EITC_MAX_CREDIT",
    "EitcParameters",
    "FilingStatus",
    "TaxYearFacts",
    "TaxYearResult",
    "earned_income_credit",
    "eic_table_amount",
    "eitc_by_formula",
    "eitc_parameters",
    "monthly_withholding_estimate",
    "tax_on_taxable_income",
    "tax_year",
    "taxable_social_security",
]

FilingStatus = Literal["single", "head_of_household"]

CITE_SS = "26 U.S.C. 86; IRS Pub. 915, Worksheet 1"
CITE_STD = "26 U.S.C. 63(c), 63(f)"
CITE_SENIOR = "26 U.S.C. 151(d)(5)(C)"
CITE_RATES = "26 U.S.C. 1(j)(2)"
HUNDRED = Decimal(100)

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


TAXABLE_SS = (  # Pub. 915 Worksheet 1: base amount, adjusted base amount, the two tiers' rates
    "irs.taxable_social_security.base_amount",
    "irs.taxable_social_security.adjusted_base_amount",
    "irs.taxable_social_security.first_tier_percent",
    "irs.taxable_social_security.second_tier_percent",
)


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
    blind: bool = False  # blind at the end of the year (26 U.S.C. 63(f)(2), (f)(4))


@dataclass(frozen=True, slots=True)
class TaxYearResult:
    taxable_social_security: Decimal
    adjusted_gross_income: Decimal
    standard_deduction: Decimal  # basic + the additions for 65 or over and for blindness
    taxable_income: Decimal  # also after the 2025-2028 senior deduction, if any
    income_tax: Decimal  # before credits, exact to the cent (not the Tax Table)
    eitc: Decimal  # whole dollars, by the IRS EIC table method
    eitc_reason: str


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
    used = [rules.at(rule_id, month) for rule_id in TAXABLE_SS]
    base, adjusted, first, second = [u.value for u in used]
    first, second = first / HUNDRED, second / HUNDRED
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
        received = (
            f"Social Security benefits received in the year: {dollars(benefits)} (Form "
            "SSA-1099 box 3: each month's benefit is paid the month after, so December's "
            "counts in the next year). "
        )
        if over_base == 0:
            why = received + (
                f"Half the benefits ({dollars(half)}) plus other income "
                f"({dollars(other_income)}) is {dollars(provisional)}, not more than the base "
                f"amount {dollars(base)}, so none of the Social Security benefits is taxable. "
                "SSI is never taxable."
            )
        else:
            why = received + (
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
    used = [rules.at(rule_id, month) for rule_id in (*BRACKET_RATES, *BRACKET_STARTS[status])]
    rates = [u.value / HUNDRED for u in used[: len(BRACKET_RATES)]]
    starts = [ZERO] + [u.value for u in used[len(BRACKET_RATES) :]]
    tax = ZERO
    for i, rate in enumerate(rates):
        top = starts[i + 1] if i + 1 < len(starts) else None
        if taxable_income <= starts[i]:
            break
        slice_top = taxable_income if top is None else min(taxable_income, top)
        tax += (slice_top - starts[i]) * rate
    return cents(tax), tuple(used)


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
    """The standard deduction (with the additional amounts at 65 and for blindness, 26 U.S.C.
    63(c), (f)) and the
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
    if facts.blind:  # 63(f)(2): the same additional amount as for age (Rev. Proc. 4.14(3))
        blind = rules.at("irs.income_tax.additional_standard_deduction.aged_unmarried", month)
        used.append(blind)
        deduction += blind.value
        because += f", plus {dollars(blind.value)} for blindness"
    deduction = cents(deduction)
    if ex:
        ex.step("taxes.standard_deduction", because + ".", deduction, CITE_STD, uses=tuple(used))
        ex.step(
            "taxes.income_tax.not_modeled",
            "Not modelled: itemized deductions, adjustments to income, the tips and overtime "
            "deductions "
            "(2025-2028), and credits other than the EITC (e.g. the child tax credit).",
            None,
            "26 U.S.C. 63(d); 26 U.S.C. 24",
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
