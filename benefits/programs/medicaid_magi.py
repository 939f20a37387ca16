"""Medicaid's MAGI household income: whose income counts (42 CFR 435.603(d)).

Household income is the MAGI-based income of every member of the household (435.603(d)(1)),
except that a child living with a parent, or a tax dependent, counts only when expected to be
required to file a federal tax return for the year (435.603(d)(2)(i)-(ii)). A dependent must
file when unearned income is over the 63(c)(5)(A) amount plus any additional standard
deduction, or gross income is over the dependent's own standard deduction (26 U.S.C.
6012(a)(1)(C)(i), 63(c)(5); IRS Publication 501, Table 2). The year's income is taken as 12
times the month's, as the scenario gives it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from ..money import ZERO, dollars
from ..months import Month
from ..rules import RuleBook, RuleValue
from ..scenario import HouseholdMember

CITE_DEPENDENTS = (
    "42 CFR 435.603(d)(2); 26 U.S.C. 6012(a)(1)(C)(i); 26 U.S.C. 63(c)(5); IRS Publication 501"
)
# Children and relatives in the MAGI household are taken as the person's tax dependents
# (42 CFR 435.603(f)(1)); a spouse's income always counts (435.603(d)(1)).
DEPENDENTS = frozenset({"child", "foster_child", "other_relative"})
ELDERLY_AGE = 65  # the additional standard deduction for age 65 or over (26 U.S.C. 63(f)(1))
WHO = {"child": "a child", "foster_child": "a foster child", "other_relative": "a relative"}
# What the scenario does not say about a member, taken so and said in the step.
ASSUMED = ". Each dependent is taken as single and not blind"
ASSUMED_UNEARNED = (
    "; their unearned income as taxable, though Social Security benefits count toward filing "
    "only when taxable and SSI never, so a dependent whose unearned income is such a benefit "
    "may not have to file"
)


@dataclass(frozen=True, slots=True)
class DependentsIncome:
    """The dependents' income counted in household MAGI this month, and why."""

    counted: Decimal  # monthly
    words: str  # one clause per dependent with income; "" when none has any
    uses: tuple[RuleValue, ...] = ()


NONE = DependentsIncome(ZERO, "")


def dependents_income(
    household: Sequence[HouseholdMember], month: Month, rules: RuleBook
) -> DependentsIncome:
    """The monthly income of the dependents who must file a return for the month's tax year;
    the others' income is not household income (42 CFR 435.603(d)(2))."""
    with_income = [
        m
        for m in household
        if m.relationship in DEPENDENTS and (m.earned_income or m.unearned_income)
    ]
    if not with_income:
        return NONE
    counted = ZERO
    clauses = []
    uses: tuple[RuleValue, ...] = ()
    for member in with_income:
        files, test, used = must_file(member, month, rules)
        uses += tuple(u for u in used if u not in uses)
        monthly = member.earned_income + member.unearned_income
        who = f"{WHO[member.relationship]} aged {member.age}"
        if files:
            counted += monthly
            clauses.append(f"{who} must file a tax return ({test}): {dollars(monthly)} counted")
        else:
            clauses.append(f"{who} need not file a tax return ({test}): not counted")
    assumed = ASSUMED + (ASSUMED_UNEARNED if any(m.unearned_income for m in with_income) else "")
    return DependentsIncome(counted, "; ".join(clauses) + assumed, uses)


def must_file(
    member: HouseholdMember, month: Month, rules: RuleBook
) -> tuple[bool, str, tuple[RuleValue, ...]]:
    """Whether a single dependent must file for the month's tax year, the test in words, and
    the values used: unearned income over the minimum standard deduction (plus the amount for
    age 65 or over), or gross income over the dependent's standard deduction, the greater of
    that minimum or earned income plus $450, at most the basic standard deduction, plus the
    amount for age 65 or over (26 U.S.C. 6012(a)(1)(C)(i), 63(c)(5), 63(f))."""
    earned, unearned = member.earned_income * 12, member.unearned_income * 12
    floor = rules.at("irs.income_tax.dependent_standard_deduction.minimum", month)
    plus = rules.at("irs.income_tax.dependent_standard_deduction.earned_income_addition", month)
    basic = rules.at("irs.income_tax.standard_deduction.single", month)
    uses: tuple[RuleValue, ...] = (floor, plus, basic)
    extra = ZERO
    if member.age >= ELDERLY_AGE:
        aged = rules.at("irs.income_tax.additional_standard_deduction.aged_unmarried", month)
        extra, uses = aged.value, (*uses, aged)
    deduction = min(basic.value, max(floor.value, earned + plus.value)) + extra
    unearned_limit = floor.value + extra
    gross = earned + unearned
    files = unearned > unearned_limit or gross > deduction
    test = (
        f"{dollars(gross)} a year, against the dependent's standard deduction "
        f"{dollars(deduction)}; unearned {dollars(unearned)} against {dollars(unearned_limit)}"
    )
    return files, test, uses
