"""The income SSI carries from month to month: what each month received, as SSI counts it, and
which month's income a payment is computed on (20 CFR 416.420; POMS SI 02005.005).

SSI's row in the program table (benefits/table/ssi.py) keeps the last two months of
`IncomeMonth` and decides each month from them with the law in benefits/programs/ssi.py.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final, NamedTuple

from ..explain import Explainer
from ..money import ZERO, dollars, dollars_exact, positive, truncate_cents
from ..months import Month
from ..rules import RuleBook
from . import ssi as law
from . import ssi_periods as periods
from .earnings import JobMonth


class IncomeMonth:
    """Income received in one month, as SSI counts it (read-only)."""

    def __init__(
        self,
        month: Month,
        wages: Decimal,
        ssdi: Decimal,
        ssdi_rate: Decimal,  # the benefit amount in force, paid or not
        other_unearned: Decimal,
        student_exclusion: Decimal,
        va: Decimal = ZERO,  # VA compensation, the veteran's own part ($20 exclusion applies)
        needs_based: Decimal = ZERO,  # VA pension, the veteran's own part (no $20 exclusion)
        # The month's jobs with the wages each paid (the month context's), for non-recurring
        # income
        jobs: tuple[JobMonth, ...] = (),
    ) -> None:
        self.month: Final = month
        self.wages: Final = wages
        self.ssdi: Final = ssdi
        self.ssdi_rate: Final = ssdi_rate
        self.other_unearned: Final = other_unearned
        self.student_exclusion: Final = student_exclusion
        self.va: Final = va
        self.needs_based: Final = needs_based
        self.jobs: Final = jobs

    def without_nonrecurring(self, second: IncomeMonth) -> tuple[IncomeMonth, Decimal]:
        """This (first) month's income less what is not in the second month, by source
        (POMS SI 02005.005 A.4): a job's last paycheck, a benefit that stopped."""
        jobs_then = {j.job for j in second.jobs if j.wages_paid}
        paid = [j for j in self.jobs if j.wages_paid]
        gone_wages = sum((j.wages_paid for j in paid if j.job not in jobs_then), ZERO)
        gone_ssdi = self.ssdi if self.ssdi and not second.ssdi else ZERO
        gone_other = (
            self.other_unearned if self.other_unearned and not second.other_unearned else ZERO
        )
        gone = gone_wages + gone_ssdi + gone_other
        if not gone:
            return self, ZERO
        wages = self.wages - gone_wages
        kept = IncomeMonth(
            self.month,
            wages,
            self.ssdi - gone_ssdi,
            self.ssdi_rate,
            self.other_unearned - gone_other,
            min(self.student_exclusion, wages),
            self.va,
            self.needs_based,
            tuple(j for j in paid if j.job in jobs_then),
        )
        return kept, gone

    @property
    def unearned(self) -> Decimal:
        """Unearned income the $20 general exclusion applies to (20 CFR 416.1124(c)(12))."""
        return self.ssdi + self.other_unearned + self.va


def received_ssdi(
    month: Month, *, payment: Decimal, benefit_rate: Decimal, last: Decimal | None
) -> Decimal:
    """SSDI as SSI counts it: in the month received, the month after the month it is for
    (POMS SI 00830.010, SI 00810.030). The cost-of-living increase is effective with December's
    benefit, received in January. Before start the benefit is taken as paid every month."""
    if last is None:
        return payment if payment > 0 else benefit_rate
    if month.month == 1 and last > 0:
        return benefit_rate
    return last


def budget_unearned(
    *,
    month: Month,
    budget: IncomeMonth,
    now: IncomeMonth,
    ex: Explainer | None,
    explain_lag: bool = True,
) -> Decimal:
    """The budget month's unearned income, with January's COLA (20 CFR 416.420(a))."""
    unearned = budget.unearned
    if month.month in (1, 2) and budget.ssdi > 0 and now.ssdi_rate > budget.ssdi_rate:
        raise_amount = now.ssdi_rate - budget.ssdi_rate
        unearned += raise_amount
        if ex:
            ex.step(
                "ssi.cola_adjustment",
                f"In January and February the budget month's Social Security "
                f"({dollars(budget.ssdi)} in {budget.month}) is counted with the January "
                f"cost-of-living increase of {dollars(raise_amount)}.",
                raise_amount,
                "20 CFR 416.420(a)",
            )
    if ex and explain_lag:
        ex.step(
            "ssi.budget_month",
            f"The payment for {month} is based on the income of "
            f"{budget.month}, two months earlier (retrospective monthly accounting).",
            None,
            law.CITE_RMA,
        )
    return unearned


def budget_income(
    *,
    month: Month,
    incomes: tuple[IncomeMonth, ...],
    period: periods.Period,
    ex: Explainer | None,
) -> tuple[IncomeMonth, int]:
    """The budget month's income: two months back, or the transitional cycle's first month
    without its non-recurring income (20 CFR 416.420(b); POMS SI 02005.005)."""
    chosen, position = periods.budget_month(month, period)
    income = _kept(incomes, chosen)
    gone = ZERO
    if position in (2, 3):
        income, gone = income.without_nonrecurring(_kept(incomes, chosen.plus(1)))
    if ex and position:
        periods.explain_budget(ex=ex, month=month, chosen=chosen, position=position, gone=gone)
    return income, position


def _kept(incomes: tuple[IncomeMonth, ...], month: Month) -> IncomeMonth:
    """The income of `month` among the kept months (consecutive months, the last one the month
    being decided): found by position."""
    found = incomes[month.index - incomes[-1].month.index - 1]
    if found.month.index != month.index:
        raise LookupError(f"SSI kept no income for {month}")
    return found


class Exclusions(NamedTuple):
    """The person's work expenses SSI excludes from earned income (the same every month)."""

    irwe: Decimal
    bwe: Decimal  # blind work expenses; zero for a person who is not blind
    irwe_not_excluded: Decimal = ZERO  # a blind person's IRWE: not an SSI exclusion
    plan: Pass | None = None  # an approved plan to achieve self-support

    @classmethod
    def of(
        cls, *, irwe: Decimal, bwe: Decimal, blind: bool, plan: Pass | None = None
    ) -> Exclusions:
        """IRWE are excluded for a disabled person who is not blind; a blind person's work
        expenses are blind work expenses (20 CFR 416.1112(c)(6), (c)(8); POMS SI 00820.540
        B.2, SI 00820.535). A blind person's IRWE still count for SSDI's SGA (404.1576)."""
        if blind:
            return cls(ZERO, bwe, irwe, plan)
        return cls(irwe, ZERO, ZERO, plan)

    def set_aside(self, month: Month) -> tuple[Decimal, Decimal]:
        """The earned and unearned income set aside under the plan in `month` (none outside
        the plan's months)."""
        plan = self.plan
        if plan is None or month < plan.start or (plan.end is not None and month > plan.end):
            return ZERO, ZERO
        return plan.earned, plan.unearned


class Pass(NamedTuple):
    """An approved PASS: the income set aside each month from `start` through `end`."""

    start: Month
    end: Month | None
    earned: Decimal
    unearned: Decimal


def countable(
    *,
    income: IncomeMonth,
    unearned: Decimal,
    exclusions: Exclusions,
    rules: RuleBook,
    ex: Explainer | None,
) -> law.CountableIncome:
    """Countable income of `income`'s month, with income based on need (VA pension) added
    after the $20 general exclusion, which does not apply to it (20 CFR 416.1124(c)(12))."""
    if ex and exclusions.irwe_not_excluded and income.wages > 0:
        ex.step(
            "ssi.irwe_blind",
            f"{income.month}: the impairment-related work expenses "
            f"{dollars(exclusions.irwe_not_excluded)} are not excluded from SSI income: the "
            "IRWE exclusion is for a disabled person who is not blind; a blind person's work "
            "expenses are excluded as blind work expenses, after the half (enter them in "
            "work_expenses.bwe). SSDI still deducts them for SGA.",
            None,
            "20 CFR 416.1112(c)(6), (c)(8); POMS SI 00820.540 B.2; POMS SI 00820.535",
        )
    found = law.countable_income(
        month=income.month,
        unearned=unearned,
        wages=income.wages,
        student_exclusion=income.student_exclusion,
        irwe=exclusions.irwe,
        bwe=exclusions.bwe,
        rules=rules,
        ex=ex,
    )
    if income.needs_based:
        total = found.unearned + income.needs_based
        if ex:
            ex.step(
                "ssi.va_pension",
                f"{income.month}: the veteran's own VA pension {dollars(income.needs_based)} "
                f"is added in full to countable unearned income {dollars(found.unearned)} = "
                f"{dollars(total)} (income based on need: no $20 general exclusion).",
                total,
                "20 CFR 416.1124(c)(12); POMS SI 00830.302",
            )
        found = law.CountableIncome.of(total, found.earned)
    if exclusions.plan is None:
        return found
    return _pass_excluded(income.month, found, exclusions.set_aside(income.month), ex)


def _pass_excluded(
    month: Month,
    found: law.CountableIncome,
    set_aside: tuple[Decimal, Decimal],
    ex: Explainer | None,
) -> law.CountableIncome:
    """Income set aside under an approved PASS is excluded, the last exclusion of earned and of
    unearned income, never below zero (20 CFR 416.1112(c)(9), 416.1124(c)(13); POMS SI
    00870.008 B.2). It does not change SGA (SSDI) or the one-third reduction (SI 00870.008)."""
    earned_aside, unearned_aside = set_aside
    if not earned_aside and not unearned_aside:
        return found
    earned = positive(found.earned - earned_aside)
    unearned = positive(found.unearned - unearned_aside)
    if ex:
        ex.step(
            "ssi.pass",
            f"{month}: under the plan to achieve self-support, {dollars(earned_aside)} of "
            f"earned and {dollars(unearned_aside)} of unearned income are set aside and "
            f"excluded last: countable earned {dollars_exact(found.earned)} -> "
            f"{dollars_exact(earned)}, unearned {dollars_exact(found.unearned)} -> "
            f"{dollars_exact(unearned)} (an exclusion never goes below zero).",
            truncate_cents(earned + unearned),
            "20 CFR 416.1112(c)(9); 20 CFR 416.1124(c)(13); 20 CFR 416.1180; POMS SI 00870.008",
        )
    return law.CountableIncome.of(unearned, earned)
