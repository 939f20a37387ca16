"""SSI's record of a month: the status and federal payment (1619(a) and (b)), the state
supplement, and the record's milestones and output (benefits/table/ssi.py decides the month;
the law is in benefits/programs/ssi.py and ssp.py).

The status and payments (`paid`) follow from the month's two countable incomes and its rule
period alone, so a month that is not explained reuses them from an earlier month with the same
amounts (a steady job pays the same few amounts month after month).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final

from .. import vocabulary
from ..explain import once
from ..money import ZERO, exact, truncate_cents
from ..months import Month
from ..programs import ssi as law
from ..programs import ssi_periods as periods
from ..programs import ssp as ssp_law
from ..programs.ssi_income import IncomeMonth
from ..results import Milestone, SSIResult, build
from .base import MonthContext, milestone
from .ssi_count import Rates

CUT_OFF = ("excess_resources", "ineligible_sga")  # statuses without a state supplement


class SSIRecord:
    """SSI of one month, as later programs read it (the fields of the output)."""

    def __init__(
        self,
        status: str,
        payment: Decimal,
        # Countable incomes as SSA records them, the fraction of a cent dropped (POMS SI 02001.010)
        countable_income: Decimal,
        budget_month: Month | None,
        payment_standard: Decimal,
        countable_income_this_month: Decimal,
        countable_unearned_income: Decimal,
        countable_earned_income: Decimal,
        student_exclusion_applied: Decimal,
        state_supplement: Decimal | None,
        # Gross earnings of the current 1619(b) 12-month period (POMS SI 02302.045), in a month of
        # 1619b_candidate status; Medicaid tests them against the threshold.
        earnings_1619b: Decimal = ZERO,
    ) -> None:
        self.status: Final = status
        self.payment: Final = payment
        self.countable_income: Final = countable_income
        self.budget_month: Final = budget_month
        self.payment_standard: Final = payment_standard
        self.countable_income_this_month: Final = countable_income_this_month
        self.countable_unearned_income: Final = countable_unearned_income
        self.countable_earned_income: Final = countable_earned_income
        self.student_exclusion_applied: Final = student_exclusion_applied
        self.state_supplement: Final = state_supplement
        self.earnings_1619b: Final = earnings_1619b


NO_SUPPLEMENT = ssp_law.SupplementMonth(ZERO, "none", False)


NONE = SSIRecord("none", ZERO, ZERO, None, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO)


class Paid:
    """The month's status and payments, and its countable incomes as SSA records them (the
    fraction of a cent dropped, POMS SI 02001.010)."""

    def __init__(
        self,
        status: str,
        pay: Decimal,
        supplement: Decimal | None,
        eligible: bool,  # passes the eligibility test, with an SSA-paid supplement's level
        countable_income: Decimal,  # the budget month's
        countable_income_this_month: Decimal,
        countable_unearned_income: Decimal,  # the budget month's
        countable_earned_income: Decimal,  # the budget month's
    ) -> None:
        self.status: Final = status
        self.pay: Final = pay
        self.supplement: Final = supplement
        self.eligible: Final = eligible
        self.countable_income: Final = countable_income
        self.countable_income_this_month: Final = countable_income_this_month
        self.countable_unearned_income: Final = countable_unearned_income
        self.countable_earned_income: Final = countable_earned_income


TERMINATED = Paid("terminated", ZERO, ZERO, False, ZERO, ZERO, ZERO, ZERO)


def paid(
    ctx: MonthContext,
    rates: Rates,
    budget: law.CountableIncome,
    current: law.CountableIncome,
    *,
    over: bool,  # countable resources over the limit
    had_payment: bool,  # a month with a payment in this period (416.262(a), 416.264)
    provisional: bool | None,  # see `supplement`
) -> Paid:
    """The month's `Paid` from the rule period's rates and the budget month's and this month's
    countable income. Without words it is figured once per the values it reads: the payment
    standard, SGA and the supplement's level (`rates.paid_key`; the month enters only through
    them), the amounts and flags; the rest is the scenario's."""
    wages = ctx.wages_paid  # 1619(a) and a first claim read gross earnings
    if ctx.ex is not None:
        amounts = exact(budget.unearned, budget.earned, current.unearned, current.earned, wages)
        # With words, once per rule period (the rule values the words cite, and their notes),
        # amounts and flags of each year: the words name no month (explain.once). `_paid`
        # explains with ctx.ex. (A named inner function here would hold itself in its
        # closure when compiled: a reference cycle each month, tests/test_gc_paused.py.)
        words_key = ("ssi paid", ctx.period, amounts, over, had_payment, provisional)
        return once(
            ctx.memo, words_key, ctx.ex, lambda _: _paid_by_rates(ctx, rates, budget, current,
            over=over, had_payment=had_payment, provisional=provisional),
        )  # fmt: skip
    # Without words the countable incomes are the projection's own objects, one for each
    # amount (ssi_count.countable_income keeps them in ctx.memo): keyed by identity, they are
    # kept with the entry and compared, so a key is never another object's.
    key = (
        "ssi paid", rates.paid_key, id(budget), id(current), exact(wages), over, had_payment,
        provisional,
    )  # fmt: skip
    kept: tuple[law.CountableIncome, law.CountableIncome, Paid] | None = ctx.memo.get(key)
    if kept is not None and kept[0] is budget and kept[1] is current:
        return kept[2]
    found = _paid_by_rates(
        ctx, rates, budget, current, over=over, had_payment=had_payment, provisional=provisional
    )
    ctx.memo[key] = (budget, current, found)
    return found


def _paid_by_rates(
    ctx: MonthContext,
    rates: Rates,
    budget: law.CountableIncome,
    current: law.CountableIncome,
    *,
    over: bool,
    had_payment: bool,
    provisional: bool | None,
) -> Paid:
    return _paid(
        ctx, rates.standard, budget, current, over=over, had_payment=had_payment,
        sga=rates.sga, provisional=provisional,
    )  # fmt: skip


def _paid(
    ctx: MonthContext,
    standard: Decimal,
    budget: law.CountableIncome,
    current: law.CountableIncome,
    *,
    over: bool,
    had_payment: bool,
    sga: Decimal | None,
    provisional: bool | None,
) -> Paid:
    """Status (1619(a) and (b) need a prior payment, 416.262(a), 416.264), the federal payment,
    the state supplement with SSI's $1 minimum, and the eligibility test. Its words name no
    month (ssp.supplement_month, minimum_with_supplement, explain_provisional_supplement)."""
    pay = law.payment(standard, budget, current)
    status, pay = _status(
        ctx, standard, budget, current, pay=pay, over=over, had_payment=had_payment, sga=sga
    )
    found = _supplement(
        ctx, standard, budget, current, status=status, pay=pay, provisional=provisional
    )
    pay, found = ssp_law.minimum_with_supplement(
        pay, found, federal_due=standard - budget.total, ex=ctx.ex
    )
    if pay == 0 and found.federally_administered and (found.amount or ZERO) > 0:
        status = "ssp_only"  # an SSA-paid supplement keeps the person an SSI recipient
    # Eligible for SSI or for an SSA-paid supplement (POMS SI 02005.001 C-D, SI 02301.215)
    level = found.eligibility_level
    eligible = law.passes_income_test(current.total, standard, level) and not over
    return Paid(
        status, pay, found.amount, eligible, truncate_cents(budget.total),
        truncate_cents(current.total), truncate_cents(budget.unearned),
        truncate_cents(budget.earned),
    )  # fmt: skip


def _status(
    ctx: MonthContext,
    standard: Decimal,
    budget: law.CountableIncome,
    current: law.CountableIncome,
    *,
    pay: Decimal,
    over: bool,
    had_payment: bool,
    sga: Decimal | None,
) -> tuple[str, Decimal]:
    """The month's status and federal payment: resources over the limit stop SSI; 1619(a)
    needs a prior month of eligibility (20 CFR 416.262(a)). `sga` is the month's SGA amount
    (None for a person who is blind)."""
    if over:
        return "excess_resources", ZERO
    wages = ctx.wages_paid
    status = law.status(
        pay=pay,
        standard=standard,
        budget=budget,
        current=current,
        sga_earnings=wages,  # 1619(a) is gross earnings over SGA (416.262(b))
        sga=sga,
        eligible_before=had_payment,
    )
    if status == "1619a" and not had_payment:  # 1619(a) needs a prior month of eligibility
        # A first claim is denied for SGA judged after IRWE and subsidy (416.974, 416.976).
        expenses = ctx.scenario.work_expenses
        if sga is not None and wages - expenses.irwe - expenses.subsidy > sga:
            return "ineligible_sga", ZERO
        return "eligible", pay
    return status, pay


def _supplement(
    ctx: MonthContext,
    standard: Decimal,
    budget: law.CountableIncome,
    current: law.CountableIncome,
    *,
    status: str,
    pay: Decimal,
    provisional: bool | None,
) -> ssp_law.SupplementMonth:
    """The state supplement. `provisional` is None outside SSA's provisional payments of an
    expedited reinstatement; in them, True where they leave out the supplement SSA pays (20 CFR
    416.999c(a)(5)), False where the state pays its own."""
    s = ctx.scenario
    assert s.ssi is not None
    if provisional is not None:
        if ctx.ex:
            periods.explain_provisional_supplement(ex=ctx.ex, by_ssa=provisional)
        if provisional:
            return NO_SUPPLEMENT
    if status in CUT_OFF:
        return NO_SUPPLEMENT
    return ssp_law.supplement_month(
        month=ctx.month,
        state=s.state,
        living_arrangement=s.ssi.living_arrangement,
        entered=s.ssi.state_supplement,
        standard=standard,
        federal=pay,
        budget_countable=budget.total,
        current_countable=current.total,
        rules=ctx.rules,
        ex=ctx.ex,
    )


def record(
    paid: Paid,
    *,
    budget_month: Month,
    standard: Decimal,
    now: IncomeMonth,
    earnings_1619b: Decimal = ZERO,
) -> SSIRecord:
    # SSA records income with the fraction of a cent dropped (POMS SI 02001.010); the payment
    # was computed from the exact amount and is consistent with the truncated one.
    return SSIRecord(
        paid.status,
        paid.pay,
        paid.countable_income,
        budget_month,
        standard,
        paid.countable_income_this_month,
        paid.countable_unearned_income,
        paid.countable_earned_income,
        now.student_exclusion,
        paid.supplement,
        earnings_1619b,
    )


def milestones(month: Month, before: SSIRecord | None, now: SSIRecord) -> list[Milestone]:
    if now.budget_month is None:  # no SSI in the scenario
        return []
    found = []
    if now.status == "1619a" and (before is None or before.status != "1619a"):
        found.append(milestone(month, "1619a", "SSI continues above SGA under 1619(a)"))
    if now.payment == 0 and (before is None or before.payment > 0):
        found.append(
            milestone(
                month, "ssi_zero", f"SSI payment $0. {vocabulary.long('ssi.status', now.status)}"
            )
        )
    if now.payment > 0 and before is not None and before.payment == 0 and before.status != "none":
        found.append(milestone(month, "ssi_resumes", "SSI payment resumes"))
    if now.status == "terminated" and (before is None or before.status != "terminated"):
        found.append(
            milestone(month, "ssi_terminated", "SSI terminates after 12 months of suspension")
        )
    if before is not None and before.status == "terminated" and now.status != "terminated":
        found.append(
            milestone(month, "ssi_reinstated", "Provisional SSI payments start (reinstatement)")
        )
    return found


def _output(r: SSIRecord) -> SSIResult:
    return build(
        SSIResult,
        status=r.status,
        payment=r.payment,
        countable_income=r.countable_income,
        budget_month=r.budget_month,
        payment_standard=r.payment_standard,
        countable_income_this_month=r.countable_income_this_month,
        countable_unearned_income=r.countable_unearned_income,
        countable_earned_income=r.countable_earned_income,
        student_exclusion_applied=r.student_exclusion_applied,
        state_supplement=r.state_supplement,
    )


# Months without this program share one output (the models are immutable).
NONE_OUTPUT = _output(NONE)


def output(r: SSIRecord) -> SSIResult:
    return NONE_OUTPUT if r is NONE else _output(r)
