"""SSI's record of a month: the status and federal payment (1619(a) and (b)), the state
supplement, and the record's milestones and output (benefits/table/ssi.py decides the month;
the law is in benefits/programs/ssi.py and ssp.py).
"""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

from .. import vocabulary
from ..money import ZERO, exact, truncate_cents
from ..months import Month
from ..programs import ssi as law
from ..programs import ssp as ssp_law
from ..programs.ssi_income import IncomeMonth
from ..results import Milestone, SSIResult, build
from .base import MonthContext, milestone

CUT_OFF = ("excess_resources", "ineligible_sga")  # statuses without a state supplement


class SSIRecord(NamedTuple):
    """SSI of one month, as later programs read it (the fields of the output)."""

    status: str
    payment: Decimal
    countable_income: Decimal
    budget_month: Month | None
    payment_standard: Decimal
    countable_income_this_month: Decimal
    countable_unearned_income: Decimal
    countable_earned_income: Decimal
    student_exclusion_applied: Decimal
    state_supplement: Decimal | None
    # Gross earnings of the current 1619(b) 12-month period (POMS SI 02302.045), in a month of
    # 1619b_candidate status; Medicaid tests them against the threshold.
    earnings_1619b: Decimal = ZERO


NO_SUPPLEMENT = ssp_law.SupplementMonth(ZERO, "none", False)


NONE = SSIRecord("none", ZERO, ZERO, None, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO)


class Computed(NamedTuple):
    """The month's federal computation, before resources, status and the supplement."""

    standard: Decimal
    pay: Decimal
    budget: IncomeMonth
    budget_ci: law.CountableIncome
    current_ci: law.CountableIncome


def status(ctx: MonthContext, c: Computed, *, over: bool, had_payment: bool) -> tuple[str, Decimal]:
    """The month's status and federal payment: resources over the limit stop SSI; 1619(a)
    needs a prior month of eligibility (20 CFR 416.262(a))."""
    s, month = ctx.scenario, ctx.month
    if over:
        return "excess_resources", ZERO
    sga = None if s.person.blind else ctx.rules.at("ssa.sga.non_blind", month).value
    expenses = s.work_expenses
    status = law.status(
        pay=c.pay,
        standard=c.standard,
        budget=c.budget_ci,
        current=c.current_ci,
        sga_earnings=ctx.wages_paid,  # 1619(a) is gross earnings over SGA (416.262(b))
        sga=sga,
        eligible_before=had_payment,
    )
    if status == "1619a" and not had_payment:  # 1619(a) needs a prior month of eligibility
        # A first claim is denied for SGA judged after IRWE and subsidy (416.974, 416.976).
        if sga is not None and ctx.wages_paid - expenses.irwe - expenses.subsidy > sga:
            return "ineligible_sga", ZERO
        return "eligible", c.pay
    return status, c.pay


def supplement(
    ctx: MonthContext, c: Computed, status: str, pay: Decimal
) -> ssp_law.SupplementMonth:
    s = ctx.scenario
    assert s.ssi is not None
    if status in CUT_OFF:
        return NO_SUPPLEMENT
    budget, current = c.budget_ci.total, c.current_ci.total
    # Without words, once per rule period and amounts (the state and arrangement are the
    # scenario's).
    key = ("ssi supplement", ctx.period, exact(c.standard, pay, budget, current))
    found: ssp_law.SupplementMonth | None = None if ctx.ex else ctx.memo.get(key)
    if found is None:
        found = ssp_law.supplement_month(
            month=ctx.month,
            state=s.state,
            living_arrangement=s.ssi.living_arrangement,
            entered=s.ssi.state_supplement,
            standard=c.standard,
            federal=pay,
            budget_countable=budget,
            current_countable=current,
            rules=ctx.rules,
            ex=ctx.ex,
        )
        ctx.memo[key] = found
    return found


def record(
    status: str,
    pay: Decimal,
    *,
    c: Computed,
    supplement: Decimal | None,
    now: IncomeMonth,
    earnings_1619b: Decimal = ZERO,
) -> SSIRecord:
    # SSA records income with the fraction of a cent dropped (POMS SI 02001.010); the payment
    # was computed from the exact amount and is consistent with the truncated one.
    return SSIRecord(
        status,
        pay,
        truncate_cents(c.budget_ci.total),
        c.budget.month,
        c.standard,
        truncate_cents(c.current_ci.total),
        truncate_cents(c.budget_ci.unearned),
        truncate_cents(c.budget_ci.earned),
        now.student_exclusion,
        supplement,
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


# Months without this program share one output (the models are immutable).
NONE_OUTPUT = _output(NONE)


def output(r: SSIRecord) -> SSIResult:
    return NONE_OUTPUT if r is NONE else _output(r)
