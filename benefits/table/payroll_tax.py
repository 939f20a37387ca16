"""Payroll tax's row in the program table (benefits/programs/payroll_tax.py).

It carries the year's wages so far toward the Social Security wage base (Social Security Act
230). Its numbers appear in each month's `taxes` output, with the income tax phase.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final

from ..explain import Explainer, once
from ..money import ZERO, exact
from ..programs import payroll_tax as law
from ..rules import RuleBook
from ..scenario import Scenario
from .base import Decided, MonthContext, Program, no_milestones


class Carry:
    def __init__(
        self,
        year: int,
        wages_so_far: Decimal,  # wages paid in `year` before this month, from `start`
    ) -> None:
        self.year: Final = year
        self.wages_so_far: Final = wages_so_far


def start(scenario: Scenario, rules: RuleBook) -> Carry:
    return Carry(scenario.start.year, ZERO)


def decide(ctx: MonthContext, so_far: Decided, carry: Carry) -> tuple[law.PayrollTax, Carry]:
    before = carry.wages_so_far if carry.year == ctx.month.year else ZERO
    after = Carry(ctx.month.year, before + ctx.wages_paid)
    # Once per rule period and paychecks: the wages before this month matter only when the
    # year's wages pass the wage base this month. A job's paycheck is the same in every month
    # of a projection (ctx.memo is the projection's), so the number of paydays of each job
    # names the month's paychecks.
    base = ctx.rules.at("ssa.contribution_and_benefit_base", ctx.month).value
    passed = exact(before) if after.wages_so_far > base else None
    key = ("payroll tax", ctx.period, passed, *[len(j.paydays) for j in ctx.jobs])
    if ctx.ex is None:
        found: law.PayrollTax | None = ctx.memo.get(key)
        if found is None:
            found = ctx.memo[key] = _payroll_tax(ctx, before, None)
        return found, after
    tax = once(ctx.memo, key, ctx.ex, lambda ex: _payroll_tax(ctx, before, ex))
    return tax, after


def _payroll_tax(ctx: MonthContext, before: Decimal, ex: Explainer | None) -> law.PayrollTax:
    return law.payroll_tax(
        month=ctx.month,
        paychecks=ctx.paychecks,
        wages_before_this_month=before,
        rules=ctx.rules,
        ex=ex,
    )


PROGRAM: Program[law.PayrollTax, Carry] = Program("payroll_tax", start, decide, no_milestones)
