"""SNAP: income tests, deductions, net income and the monthly allotment (7 CFR 273.9, 273.10).

One month, one household, the 48 states and DC. The computation follows 7 CFR 273.10(e)(1)
in order: gross income and the gross income test, the earned income, standard, medical and
dependent care deductions, the excess shelter deduction (those in snap_deductions), net
income and the net income test, then the allotment, 7 CFR 273.10(e)(2): the maximum
allotment less 30% of net income, with that 30% rounded up to the next whole dollar (the
first of the two roundings 273.10(e)(2)(ii)(A) allows), and at least the minimum benefit for
an eligible household of one or two.

Amounts change every October 1 (the federal fiscal year); the rule files in rules/usda/ are
dated so. Intermediate amounts are not rounded (7 CFR 273.10(e)(1)(ii) lets a state round
them to the dollar; that option is not modelled). Not modelled: Alaska, Hawaii and the
territories, the homeless shelter deduction, child support paid, the resource test, state
broad-based categorical eligibility limits, and prorated benefits in an initial month.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_CEILING, Decimal

from ..explain import Explainer
from ..money import ZERO, cents, dollars, dollars_exact, positive
from ..months import Month
from ..rules import RuleBook

# The fiscal year's amounts (snap_cola), importable from here as before.
from .snap_cola import (
    BENEFIT_REDUCTION_RATE,
    GROSS_INCOME_LIMIT,
    GROSS_INCOME_LIMIT_EACH_ADDITIONAL,
    MAX_ALLOTMENT,
    MAX_ALLOTMENT_EACH_ADDITIONAL,
    MINIMUM_BENEFIT,
    NET_INCOME_LIMIT,
    NET_INCOME_LIMIT_EACH_ADDITIONAL,
    by_household_size,
)
from .snap_cola import fiscal_year as fiscal_year
from .snap_deductions import excess_shelter, income_after_deductions

CITE_GROSS = "7 CFR 273.9(a)(1); 7 CFR 273.10(e)(1)(i)"
CITE_NET_TEST = "7 CFR 273.9(a)(2); 7 CFR 273.10(e)(1)(i)"
CITE_ALLOTMENT = "7 CFR 273.10(e)(2)(ii)(A)"
CITE_MINIMUM = "7 CFR 273.10(e)(2)(ii)(C)"
CITE_CATEGORICAL = "7 CFR 273.2(j)(2)"

MINIMUM_BENEFIT_SIZES = 2  # one- and two-person households (7 CFR 273.10(e)(2)(ii)(C))
NOT_MODELLED_STATES = {"AK": "Alaska", "HI": "Hawaii", "GU": "Guam", "VI": "the Virgin Islands"}


ELDERLY_AGE = 60  # 7 CFR 271.2 (elderly or disabled member: 60 or older)
# Who receives a benefit that makes them a disabled member (7 CFR 271.2; 7 U.S.C. 2012(j)).
# SSI, including a state supplement (1616(a)) and special SSI status under 1619 (USDA policy:
# recipients whose SSI is suspended or not paid still count).
SSI_RECIPIENT = frozenset({"eligible", "1619a", "ssp_only"})
# Medicaid based on disability by SSI's criteria (title XIX disability-related assistance);
# the buy-in counts once the person is enrolled in it (the engine only finds it open).
DISABILITY_MEDICAID = frozenset({"ssi", "ssi_criteria", "ssi_209b", "1619b"})
# Title II disability benefits: entitlement continues through the EPE, suspended months
# included, and through reinstatement; it ends with termination or conversion at retirement.
SSDI_NOT_ENTITLED = frozenset({"none", "terminated", "converted_retirement"})


def disabled_member(
    *,
    ssi_status: str,
    ssdi_status: str,
    medicaid_basis: str,
    enrolled_in_buy_in: bool = False,
    va_rated_total: bool = False,
) -> bool:
    """A disabled member in SNAP's sense receives a disability benefit (7 CFR 271.2): SSI or a
    state supplement, title II disability, disability-based Medicaid, a VA disability rated or
    paid as total. A person with no such benefit is not disabled for SNAP, whatever their health:
    they face the ordinary gross income test."""
    return (
        ssi_status in SSI_RECIPIENT
        or ssdi_status not in SSDI_NOT_ENTITLED
        or medicaid_basis in DISABILITY_MEDICAID
        or (medicaid_basis == "buy_in" and enrolled_in_buy_in)
        or va_rated_total
    )


@dataclass(frozen=True, slots=True)
class SnapFacts:
    """What SNAP needs to know about the household for one month (all amounts monthly)."""

    month: Month
    state: str  # USPS code; AK and HI (own amounts) are not modelled
    household_size: int
    elderly_or_disabled: bool  # a member is 60+ or receives SSI/SSDI (7 CFR 271.2)
    earned_income: Decimal  # gross wages this month
    unearned_income: Decimal  # SSI + SSDI (gross, before the Part B premium) + other
    medical_expenses: Decimal  # out-of-pocket costs of elderly/disabled members
    dependent_care: Decimal
    shelter_cost: Decimal  # rent or mortgage paid (the HUD tenant rent when assisted)
    utility_allowance: Decimal  # the state's standard utility allowance; 0 if in the rent
    categorically_eligible: bool  # e.g. every member gets SSI or TANF (7 CFR 273.2(j)(2))


@dataclass(frozen=True, slots=True)
class SnapResult:
    """The month's allotment and how it was reached."""

    benefit: Decimal  # monthly allotment, 0 when ineligible
    eligible: bool  # the household receives an allotment this month
    reason: str  # plain-language summary
    gross_income: Decimal
    net_income: Decimal  # 0.00 when the gross income test already failed (not computed)
    modelled: bool = True  # False for a state whose amounts are not modelled (AK, HI)


def thirty_percent_of_net_income(net_income: Decimal, rate: Decimal) -> Decimal:
    """30% of net income, rounded up to the next whole dollar if it has cents.

    7 CFR 273.10(e)(2)(ii)(A)(1): "round the 30 percent of net income up to the nearest
    higher dollar". E.g. 30% of $1,465 = $439.50 -> $440.
    """
    return (net_income * rate).to_integral_value(ROUND_CEILING).quantize(Decimal("0.01"))


def allotment(
    max_allotment: Decimal, contribution: Decimal, household_size: int, minimum_benefit: Decimal
) -> Decimal:
    """Maximum allotment less the household's contribution; the minimum for sizes 1 and 2.

    7 CFR 273.10(e)(2)(ii)(A) and (C). Only for a household that passed the income tests.
    """
    amount = positive(max_allotment - contribution)
    if household_size <= MINIMUM_BENEFIT_SIZES and amount < minimum_benefit:
        return minimum_benefit
    return amount


def snap_benefit(facts: SnapFacts, rules: RuleBook, ex: Explainer | None) -> SnapResult:
    """The month's SNAP allotment for the household (7 CFR 273.9; 7 CFR 273.10(e))."""
    size = facts.household_size
    if size < 1:
        raise ValueError(f"household_size must be at least 1, got {size}")
    gross = facts.earned_income + facts.unearned_income
    if facts.state in NOT_MODELLED_STATES:
        place = NOT_MODELLED_STATES[facts.state]
        reason = (
            f"SNAP is not modelled for {place}, which has its own allotments, "
            "deductions and income limits; the benefit is not computed."
        )
        if ex:
            ex.step("snap.benefit", reason, None, "7 CFR 273.10(e)(4)", not_modeled=True)
        return SnapResult(ZERO, False, reason, cents(gross), ZERO, modelled=False)

    if (found := _gross_test(facts, gross, rules, ex)) is not None:
        return found
    adjusted = income_after_deductions(facts, gross, rules, ex)
    excess = excess_shelter(facts, adjusted, rules, ex)
    net = positive(adjusted - excess)
    found = _net_test(
        facts=facts, gross=gross, adjusted=adjusted, excess=excess, rules=rules, ex=ex
    )
    if found is not None:
        return found
    return _allotment(facts=facts, gross=gross, net=net, rules=rules, ex=ex)


def _gross_test(
    facts: SnapFacts, gross: Decimal, rules: RuleBook, ex: Explainer | None
) -> SnapResult | None:
    """Gross income and the gross income test; an ineligible result, or None to go on."""
    month, size = facts.month, facts.household_size
    # 1. Gross income and the gross income test (7 CFR 273.9(a)(1), 273.10(e)(1)(i)(A)).
    gross_limit, gross_uses = by_household_size(
        table=GROSS_INCOME_LIMIT,
        each_additional=GROSS_INCOME_LIMIT_EACH_ADDITIONAL,
        size=size,
        month=month,
        rules=rules,
    )
    exempt = (
        "the household is categorically eligible"
        if facts.categorically_eligible
        else "a member is elderly or disabled"
        if facts.elderly_or_disabled
        else ""
    )
    if ex:
        text = (
            f"Gross income: wages {dollars(facts.earned_income)} + unearned income (SSI, "
            f"SSDI before the Part B premium, other) {dollars(facts.unearned_income)} = "
            f"{dollars(gross)}. "
        )
        if facts.earned_income:
            text += (
                "Wages are those paid this month, the exact monthly figure 7 CFR "
                "273.10(c)(2)(i) allows; a state that converts weekly pay by 4.3 and biweekly "
                "pay by 2.15 counts the same amount every month instead. "
            )
        text += (
            f"No gross income test: {exempt}."
            if exempt
            else f"Gross income test for {size} person(s): at most {dollars(gross_limit)} "
            "(130% of poverty)."
        )
        ex.step("snap.gross_income", text, cents(gross), CITE_GROSS, uses=gross_uses)
    if not exempt and gross > gross_limit:
        reason = (
            f"Not eligible: gross income {dollars(gross)} is over the limit of "
            f"{dollars(gross_limit)} for {size} person(s) (130% of poverty), and no "
            "member is elderly or disabled."
        )
        return _ineligible(
            facts=facts, reason=reason, gross=gross, net=None, ex=ex, cite=CITE_GROSS
        )

    return None


def _net_test(
    *,
    facts: SnapFacts,
    gross: Decimal,
    adjusted: Decimal,
    excess: Decimal,
    rules: RuleBook,
    ex: Explainer | None,
) -> SnapResult | None:
    """Net income and the net income test; an ineligible result, or None to go on."""
    month, size = facts.month, facts.household_size
    net = positive(adjusted - excess)
    # 4. Net income and the net income test (7 CFR 273.9(a)(2)).
    net_limit, net_uses = by_household_size(
        table=NET_INCOME_LIMIT,
        each_additional=NET_INCOME_LIMIT_EACH_ADDITIONAL,
        size=size,
        month=month,
        rules=rules,
    )
    if ex:
        text = f"Net income: {dollars(adjusted)} - {dollars(excess)} = {dollars(net)}. "
        text += (
            "No net income test: the household is categorically eligible."
            if facts.categorically_eligible
            else f"Net income test for {size} person(s): at most {dollars(net_limit)} "
            "(100% of poverty)."
        )
        ex.step(
            "snap.net_income",
            text,
            cents(net),
            CITE_CATEGORICAL if facts.categorically_eligible else CITE_NET_TEST,
            uses=net_uses,
        )
    if not facts.categorically_eligible and net > net_limit:
        reason = (
            f"Not eligible: net income {dollars(net)} is over the limit of "
            f"{dollars(net_limit)} for {size} person(s) (100% of poverty)."
        )
        return _ineligible(
            facts=facts, reason=reason, gross=gross, net=net, ex=ex, cite=CITE_NET_TEST
        )

    return None


def _allotment(
    *,
    facts: SnapFacts,
    gross: Decimal,
    net: Decimal,
    rules: RuleBook,
    ex: Explainer | None,
) -> SnapResult:
    """The allotment: the maximum less 30% of net income, and the minimum benefit."""
    month, size = facts.month, facts.household_size
    # 5. The allotment (7 CFR 273.10(e)(2)).
    maximum, maximum_uses = by_household_size(
        table=MAX_ALLOTMENT,
        each_additional=MAX_ALLOTMENT_EACH_ADDITIONAL,
        size=size,
        month=month,
        rules=rules,
    )
    rate = rules.at(BENEFIT_REDUCTION_RATE, month)
    contribution = thirty_percent_of_net_income(net, rate.value)
    minimum = rules.at(MINIMUM_BENEFIT, month)
    benefit = allotment(maximum, contribution, size, minimum.value)
    formula = maximum - contribution
    if benefit > positive(formula):
        reason = (
            f"SNAP {dollars(benefit)} a month: the formula gives {dollars(formula)}, so "
            f"the minimum benefit for a household of {size} applies."
        )
        cite = f"{CITE_ALLOTMENT}; {CITE_MINIMUM}"
    elif benefit > 0:
        reason = (
            f"SNAP {dollars(benefit)} a month: maximum allotment {dollars(maximum)} less "
            f"30% of net income {dollars(net)}, rounded up ({dollars(contribution)})."
        )
        cite = CITE_ALLOTMENT
    else:
        reason = (
            f"No SNAP: 30% of net income ({dollars(contribution)}) is at least the "
            f"maximum allotment of {dollars(maximum)} for {size} people, and the minimum "
            "benefit is only for households of one or two."
        )
        cite = f"{CITE_ALLOTMENT}; {CITE_MINIMUM}"
    if ex:
        ex.step(
            "snap.benefit",
            f"Maximum allotment for {size} person(s) {dollars(maximum)} - "
            f"{rate.value * 100:.0f}% of net income rounded up to the dollar "
            f"({dollars_exact(net * rate.value)} -> {dollars(contribution)}) = "
            f"{dollars(formula)}. " + reason,
            benefit,
            cite,
            uses=(*maximum_uses, rate, minimum),
        )
    return SnapResult(benefit, benefit > 0, reason, cents(gross), cents(net))


def _ineligible(
    *,
    facts: SnapFacts,
    reason: str,
    gross: Decimal,
    net: Decimal | None,
    ex: Explainer | None,
    cite: str,
) -> SnapResult:
    if ex:
        ex.step("snap.benefit", reason, ZERO, cite)
    return SnapResult(ZERO, False, reason, cents(gross), cents(net) if net is not None else ZERO)
