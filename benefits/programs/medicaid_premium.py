"""The Medicaid buy-in's monthly premium, by the kind of rule the state publishes: a flat
amount, a percent of gross or countable income, or the state's table by gross income as a
percent of the poverty guideline (for Indiana's M.E.D. Works: Indiana Code 12-15-41-8 and 405
IAC 2-9-8).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from ..money import ZERO, cents, dollars
from ..months import Month
from ..rules import RuleBook
from ..scenario import HouseholdMember
from ..state_rules import Premium, PremiumBracket
from .poverty import poverty_guideline


def premium(
    *,
    rule: Premium,
    month: Month,
    state: str,
    gross: Decimal,
    countable: Decimal,
    household: Sequence[HouseholdMember],
    rules: RuleBook,
) -> tuple[Decimal | None, str]:
    """The month's premium and its words; None when the state's amount cannot be computed.
    `gross` is the person's gross income of the month (wages paid and unearned income)."""
    if rule.kind == "flat" and rule.amount is not None:
        return rule.amount, f"{dollars(rule.amount)} a month ({rule.text})"
    if rule.kind == "percent_of_gross" and rule.percent is not None:
        amount = cents(gross * rule.percent / 100)
        return amount, f"{rule.percent}% of gross monthly income = {dollars(amount)}"
    if rule.kind == "percent_of_countable" and rule.percent is not None:
        amount = cents(countable * rule.percent / 100)
        return amount, f"{rule.percent}% of countable income = {dollars(amount)}"
    if rule.kind == "fpl_brackets" and rule.brackets:
        income = countable if rule.countable_income else gross
        return _by_brackets(
            rule, month=month, state=state, income=income, household=household, rules=rules
        )
    if rule.kind == "none_reported":
        return ZERO, "none reported"
    return None, f"varies ({rule.text}); not computed — ask the state"


def _by_brackets(
    rule: Premium,
    *,
    month: Month,
    state: str,
    income: Decimal,
    household: Sequence[HouseholdMember],
    rules: RuleBook,
) -> tuple[Decimal | None, str]:
    """The row of the state's table that the month's income (gross, or countable as the
    state's rule says; with a spouse's gross income against the guideline for two unless the
    rule reads the person's own) reaches; below the first row no premium is due."""
    spouses = [] if rule.own_income_only else [m for m in household if m.relationship == "spouse"]
    if spouses and rule.countable_income:  # a couple's countable income is not figured here
        return None, f"by the couple's countable income ({rule.text}); not computed: ask the state"
    size = 2 if spouses else 1
    total = income + sum((m.earned_income + m.unearned_income for m in spouses), ZERO)
    guideline, _ = poverty_guideline(month, state, size, rules)
    found: PremiumBracket | None = None
    for row in rule.brackets:
        if _reaches(row, yearly=total * 12, guideline=guideline):
            found = row
    kind = "countable income" if rule.countable_income else "gross income"
    who = (
        f"the couple's {kind} {dollars(total)} a month against the poverty guideline "
        f"for two ({dollars(guideline)} a year)"
        if spouses
        else f"{kind} {dollars(total)} a month against the poverty guideline for one "
        f"({dollars(guideline)} a year)"
    )
    if found is None:
        first = rule.brackets[0]
        below = (
            f"below {first.at_least_percent}%"
            if first.at_least_percent is not None
            else f"not over {first.over_percent}%"
        )
        return ZERO, f"none: {who} is {below} of it, where the premium starts"
    amount = found.couple if spouses else found.individual
    bound = (
        f"at least {found.at_least_percent}%"
        if found.at_least_percent is not None
        else f"over {found.over_percent}%"
    )
    if amount is None:
        return None, (
            f"due, as {who} is {bound} of it, but its amount is not in the engine's data "
            f"({rule.text}): ask the state"
        )
    return amount, (
        f"{dollars(amount)} a month: {who} is {bound} of it; a premium the person or a "
        "family member pays for other health insurance lowers it and is not entered here"
    )


def _reaches(row: PremiumBracket, *, yearly: Decimal, guideline: Decimal) -> bool:
    """Whether a year's gross income reaches the row's lower bound, compared exactly."""
    if row.at_least_percent is not None:
        return yearly * 100 >= guideline * row.at_least_percent
    assert row.over_percent is not None
    return yearly * 100 > guideline * row.over_percent
