"""SSI's figures of a month as its row figures them (benefits/table/ssi.py), without words: the
rule period's rates (once per rule book, period and the scenario's inputs they read) and
countable income (once per rule period and amounts), since the month enters only through its
rule values (benefits/rule_periods.py); the law is in benefits/programs/ssi.py and
ssi_income.py.
"""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

from ..explain import Explainer
from ..money import ZERO, exact
from ..months import Month
from ..programs import ssi as law
from ..programs import ssp as ssp_law
from ..programs.ssi_income import Exclusions, IncomeMonth, countable
from ..rules import RuleValue
from .base import MonthContext


class Rates(NamedTuple):
    """SSI's figures of a rule period for the scenario, the same in every month of the period
    (they read the month only through its rule values)."""

    standard: Decimal  # the payment standard (20 CFR 416.410, 416.1131)
    limit: RuleValue  # the resource limit (20 CFR 416.1205)
    sga: Decimal | None  # SGA for a person who is not blind (20 CFR 416.974); None if blind
    oss: Decimal  # an SSA-paid supplement's eligibility level (ssp.eligibility_level)
    shelter: Decimal  # in-kind shelter as counted (416.1140), zero without any
    # The values SSI's status and payments read (ssi_status.paid): the standard, SGA and the
    # state supplement's level, as exact text. Periods with the same values share them.
    paid_key: str


def rates(ctx: MonthContext) -> Rates:
    """The month's `Rates`, figured once per rule book, rule period and the scenario's inputs
    they read (an hours sweep projects the same person at every level)."""
    found: Rates | None = ctx.memo.get(("ssi rates", ctx.period))  # this projection's
    if found is None:
        s = ctx.scenario
        assert s.ssi is not None
        entered, arrangement = s.ssi.state_supplement, s.ssi.living_arrangement
        key = (
            "ssi rates", ctx.period, s.state, arrangement, s.person.blind,
            exact(entered, s.ssi.in_kind_shelter),
        )  # fmt: skip
        memo = ctx.periods.memo
        found = memo.get(key)
        if found is None:
            found = memo[key] = _rates(ctx)
        ctx.memo["ssi rates", ctx.period] = found
    return found


def _rates(ctx: MonthContext) -> Rates:
    s, month, rules = ctx.scenario, ctx.month, ctx.rules
    assert s.ssi is not None
    standard = law.payment_standard(month, s.ssi.living_arrangement, rules, None)
    sga = None if s.person.blind else rules.at("ssa.sga.non_blind", month).value
    level, _ = ssp_law.supplement_level(
        month=month, state=s.state, living_arrangement=s.ssi.living_arrangement,
        entered=s.ssi.state_supplement, rules=rules,
    )  # fmt: skip
    return Rates(
        standard,
        rules.at("ssa.ssi.resource_limit.individual", month),
        sga,
        ssp_law.eligibility_level(
            month=month,
            state=s.state,
            living_arrangement=s.ssi.living_arrangement,
            entered=s.ssi.state_supplement,
            rules=rules,
        ),  # fmt: skip
        shelter(ctx, ex=None),
        exact(standard, sga, level),
    )


def countable_income(
    ctx: MonthContext,
    income: IncomeMonth,
    unearned: Decimal,
    exclusions: Exclusions,
    *,
    ex: Explainer | None,
) -> law.CountableIncome:
    """`ssi_income.countable`; without words, figured once per amounts and values of the rules
    it reads in the income's month (the month enters only through them)."""
    if ex is not None:
        return countable(
            income=income, unearned=unearned, exclusions=exclusions, rules=ctx.rules, ex=ex
        )
    amounts = exact(income.wages, income.student_exclusion, unearned, income.needs_based)
    if exclusions.plan is not None:  # a PASS sets aside income in its own months
        amounts = exact(income.wages, income.student_exclusion, unearned, income.needs_based,
                        *exclusions.set_aside(income.month))  # fmt: skip
    period = ctx.period if income.month is ctx.month else ctx.periods.of(income.month)
    key = ("ssi countable", exclusion_values(ctx, period, income.month), amounts)
    found: law.CountableIncome | None = ctx.memo.get(key)
    if found is None:
        found = ctx.memo[key] = countable(
            income=income, unearned=unearned, exclusions=exclusions, rules=ctx.rules, ex=None
        )
    return found


def exclusion_values(ctx: MonthContext, period: int, month: Month) -> str:
    """The exact text of the values of the rules countable income reads (`law.EXCLUSION_RULES`)
    in `month`, of rule period `period`; once per rule book and period."""
    key = ("ssi exclusion values", period)
    memo = ctx.periods.memo
    found: str | None = memo.get(key)
    if found is None:
        found = memo[key] = exact(*[ctx.rules.at(r, month).value for r in law.EXCLUSION_RULES])
    return found


def shelter(ctx: MonthContext, *, ex: Explainer | None) -> Decimal:
    """Shelter others pay, at its value up to the presumed maximum value (20 CFR 416.1140),
    valued at this month's federal benefit rate (416.1130(a))."""
    assert ctx.scenario.ssi is not None
    actual = ctx.scenario.ssi.in_kind_shelter
    if actual is None or actual <= 0:
        return ZERO
    return law.in_kind_shelter(month=ctx.month, actual=actual, rules=ctx.rules, ex=ex)
