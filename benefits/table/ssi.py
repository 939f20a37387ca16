"""SSI's row in the program table, with the state supplement (benefits/programs/ssi.py, ssp.py).

Eligibility for a month is decided on its own countable income, the amount on the income of
the budget month two months earlier (20 CFR 416.420), so SSI carries the last two months'
income forward (benefits/programs/ssi_income.py) and is also decided in the two budget months
before `start`.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final

from ..money import ZERO
from ..months import Month
from ..programs import ssi as law
from ..programs import ssi_periods as periods
from ..programs.ssi_income import (
    Exclusions,
    IncomeMonth,
    Pass,
    budget_income,
    budget_unearned,
    received_ssdi,
)
from ..rules import RuleBook
from ..scenario import Scenario
from . import resources, ssdi, ssi_1619b, ssi_status, va
from . import ssi_count as count
from .base import Decided, MonthContext, Program
from .ssi_status import NONE, SSIRecord, milestones
from .ssi_status import output as output  # the row's output model (projection.py)

BUDGET_LAG = 2  # payment for month M uses income of month M-2 (20 CFR 416.420)


# A month's own countable income: (income, unearned amount counted, countable income).
Counted = tuple[IncomeMonth, Decimal, law.CountableIncome]


class Answers:
    """The scenario's answers SSI reads every month, read once at start."""

    def __init__(self, scenario: Scenario) -> None:
        s = scenario.ssi
        self.has_ssi: Final = s is not None
        self.student: Final = scenario.person.student
        self.other_unearned: Final = s.other_unearned_income if s is not None else ZERO
        self.in_kind_shelter: Final = s is not None and bool(s.in_kind_shelter)


class Carry:
    """What SSI carries from one month to the next (read-only)."""

    def __init__(
        self,
        incomes: tuple[IncomeMonth, ...],  # the last two months' income, oldest first
        exclusion_year: int,
        exclusion_used: Decimal,  # student earned income exclusion used in exclusion_year
        period: periods.Period,  # eligibility, suspension, termination (ssi_periods)
        age_limit: Decimal,  # the student exclusion's age limit (as of start)
        exclusions: Exclusions,  # IRWE and blind work expenses
        answers: Answers,  # the scenario's, read once
        ssdi_last: Decimal | None = None,  # SSDI payable for the month before, received now
        b_start: Month | None = None,  # first month of the current 1619(b) 12-month period
        b_earnings: Decimal = ZERO,  # gross earnings of that period
        # The last months' own countable income: a month's income is counted again as a
        # budget month two months later (20 CFR 416.420).
        counted: tuple[Counted, ...] = (),
    ) -> None:
        self.incomes: Final = incomes
        self.exclusion_year: Final = exclusion_year
        self.exclusion_used: Final = exclusion_used
        self.period: Final = period
        self.age_limit: Final = age_limit
        self.exclusions: Final = exclusions
        self.answers: Final = answers
        self.ssdi_last: Final = ssdi_last
        self.b_start: Final = b_start
        self.b_earnings: Final = b_earnings
        self.counted: Final = counted

    def after(
        self, period: periods.Period, counted: Counted, b_start: Month | None, b_earnings: Decimal
    ) -> Carry:
        """The carry into the next month: the period after this month, this month's own
        countable income kept, and the 1619(b) period."""
        kept = (*self.counted[-BUDGET_LAG:], counted)
        return Carry(
            self.incomes, self.exclusion_year, self.exclusion_used, period, self.age_limit,
            self.exclusions, self.answers, self.ssdi_last, b_start, b_earnings, kept,
        )  # fmt: skip

    def with_period(self, period: periods.Period) -> Carry:
        return Carry(
            self.incomes, self.exclusion_year, self.exclusion_used, period, self.age_limit,
            self.exclusions, self.answers, self.ssdi_last, self.b_start, self.b_earnings,
            self.counted,
        )  # fmt: skip


def _recount(
    counted: Counted, kept: tuple[Counted, ...], income: IncomeMonth, unearned: Decimal
) -> law.CountableIncome | None:
    """The countable income already figured for the same income and unearned amount (this
    month's, `counted`, or a kept month's)."""
    for entry in (*kept, counted):
        if entry[0] is income and entry[1] == unearned:
            return entry[2]
    return None


def start(scenario: Scenario, rules: RuleBook) -> Carry:
    used = scenario.ssi.student_exclusion_used if scenario.ssi else ZERO
    first = scenario.start.plus(-BUDGET_LAG)
    limit = rules.at("ssa.ssi.student_exclusion.age_limit", scenario.start).value
    paid_before = scenario.ssi.paid_before_start if scenario.ssi else True
    expenses = scenario.work_expenses
    plan, s = None, scenario.ssi
    if s is not None and s.pass_start is not None:  # an approved PASS (20 CFR 416.1180)
        plan = Pass(s.pass_start, s.pass_end, s.pass_earned, s.pass_unearned)
    exclusions = Exclusions.of(
        irwe=expenses.irwe, bwe=expenses.bwe, blind=scenario.person.blind, plan=plan
    )
    period = periods.Period(had_payment=paid_before)
    return Carry((), first.year, used, period, limit, exclusions, Answers(scenario))


def decide(ctx: MonthContext, so_far: Decided, carry: Carry) -> tuple[SSIRecord, Carry]:
    """Record the month's income; in a projected month, decide SSI and the supplement."""
    answers = carry.answers
    if not answers.has_ssi:
        return NONE, carry
    month = ctx.month
    used = carry.exclusion_used if month.year == carry.exclusion_year else ZERO
    seie = ZERO  # the exclusion is only for a student under 22 (20 CFR 416.1112(c)(3))
    if answers.student and ctx.age < carry.age_limit:
        seie = law.student_earned_income_exclusion(
            month=month,
            wages=ctx.wages_paid,
            is_young_student=True,
            used_this_year=used,
            rules=ctx.rules,
            ex=ctx.ex,
        )
    paid, veterans = so_far.get(ssdi.PROGRAM), so_far.get(va.PROGRAM).ssi
    received = received_ssdi(
        month, payment=paid.payment, benefit_rate=paid.benefit_rate, last=carry.ssdi_last
    )
    now = IncomeMonth(
        month,
        ctx.wages_paid,
        received,
        paid.benefit_rate,
        answers.other_unearned,
        seie,
        veterans.unearned,
        veterans.needs_based,
        ctx.jobs,
    )
    incomes = (*carry.incomes, now)
    carry = Carry(
        incomes[-BUDGET_LAG:], month.year, used + seie, carry.period, carry.age_limit,
        carry.exclusions, answers, paid.payment, carry.b_start, carry.b_earnings, carry.counted,
    )  # fmt: skip
    rates = count.rates(ctx)
    if not ctx.projected:  # a budget month: the eligibility test, 1619(b) or suspension
        return NONE, _budget_month(ctx, now, carry, rates)
    held = so_far.get(resources.PROGRAM).countable  # at the first moment of the month
    return ssi_month(ctx, incomes, carry, rates=rates, countable_resources=held)


def _budget_month(ctx: MonthContext, now: IncomeMonth, carry: Carry, rates: count.Rates) -> Carry:
    """A month before start: whether it passes SSI's eligibility test on its own income and
    resources, which decides the period at start, and whether failing it is a month of 1619(b)
    status (earnings over the break-even point after a payment, resources within the limit and
    the 12-month earnings within the threshold, 20 CFR 416.264) or of suspension: the 12 months
    in a row that terminate eligibility count months before start too (20 CFR 416.1335)."""
    counted = _current_income(ctx, now, rates, carry, explain=False)
    current = counted[2]
    within = ctx.scenario.resources <= rates.limit.value
    eligible = law.passes_income_test(current.total, rates.standard, rates.oss) and within
    candidate = (
        not eligible
        and within
        and now.wages > 0
        and current.unearned < rates.standard
        and carry.period.had_payment
    )
    in_1619b, b_start, earnings = _1619b(ctx, carry, "1619b_candidate" if candidate else "")
    period = periods.next_period(
        carry.period, month=ctx.month, eligible=eligible, in_1619b=in_1619b, paid=eligible,
        earned=now.wages > 0,
    )  # fmt: skip
    return carry.after(period, counted, b_start, earnings)


def _current_income(
    ctx: MonthContext,
    now: IncomeMonth,
    rates: count.Rates,
    carry: Carry,
    *,
    explain: bool,
) -> Counted:
    """This month's own countable income, which decides eligibility (20 CFR 416.420), with
    the unearned amount counted: kept for when the month is a budget month."""
    unearned = now.unearned
    if carry.answers.in_kind_shelter:
        ex = ctx.ex if explain else None
        unearned += count.shelter(ctx, ex=ex) if ex else rates.shelter
    return now, unearned, count.countable_income(ctx, now, unearned, carry.exclusions, ex=None)


def ssi_month(
    ctx: MonthContext,
    incomes: tuple[IncomeMonth, ...],
    carry: Carry,
    *,
    rates: count.Rates,  # the rule period's figures (ssi_count.py)
    countable_resources: Decimal,  # at the first moment of the month (table/resources.py)
) -> tuple[SSIRecord, Carry]:
    """SSI for one month: eligibility on this month's income, amount on the budget month's."""
    s, month, ex = ctx.scenario, ctx.month, ctx.ex
    assert s.ssi is not None
    now, period = incomes[-1], carry.period
    if period.terminated_from is not None:  # after a termination (20 CFR 416.1335)
        period = _reinstated(ctx, period, incomes, carry.exclusions)
        if _terminated(period, month):
            return _terminated_month(ctx, now, period), carry.with_period(period)
    standard = rates.standard
    if ex:  # in words
        standard = law.payment_standard(month, s.ssi.living_arrangement, ctx.rules, ex)
    counted = _current_income(ctx, now, rates, carry, explain=True)
    current_ci = counted[2]
    over = countable_resources > rates.limit.value
    # Eligible for SSI or for an SSA-paid supplement (POMS SI 02005.001 C-D, SI 02005.005 A.1);
    # provisional payments are federal SSI only (20 CFR 416.999c(a)(5))
    provisional = None if period.reinstated_from is None else _provisional(period, month, s.state)
    oss = ZERO if provisional else rates.oss
    eligible = law.passes_income_test(current_ci.total, standard, oss) and not over
    if eligible and not period.eligible_last:
        period = period.new_cycle(month)  # a new cycle (20 CFR 416.420(b))
    budget, budget_ci = _budget_income(ctx, incomes, period, counted, carry=carry, rates=rates)
    paid = ssi_status.paid(
        ctx, rates, budget_ci, current_ci, over=over, had_payment=period.had_payment,
        provisional=provisional,
    )  # fmt: skip
    if ex:
        law.explain_month(
            ex=ex,
            month=month,
            status=paid.status,
            pay=paid.pay,
            standard=standard,
            budget_month=budget.month,
            budget_ci=budget_ci,
            current_ci=current_ci,
            resources=countable_resources if over else None,
            limit=rates.limit.value,
        )
    return _decided(
        ctx, paid, carry=carry, period=period, counted=counted, standard=standard,
        budget_month=budget.month,
    )  # fmt: skip


def _budget_income(
    ctx: MonthContext,
    incomes: tuple[IncomeMonth, ...],
    period: periods.Period,
    counted: Counted,
    *,
    carry: Carry,
    rates: count.Rates,
) -> tuple[IncomeMonth, law.CountableIncome]:
    """The budget month's income and its countable income (20 CFR 416.420(a)-(b))."""
    month, ex = ctx.month, ctx.ex
    budget, position = budget_income(month=month, incomes=incomes, period=period, ex=ex)
    now = incomes[-1]
    unearned = budget_unearned(month=month, budget=budget, now=now, ex=ex, explain_lag=not position)
    if carry.answers.in_kind_shelter:
        unearned += rates.shelter
    # Counted the same way when it was the month itself, unless this month explains it.
    budget_ci = None if ex else _recount(counted, carry.counted, budget, unearned)
    if budget_ci is None:
        budget_ci = count.countable_income(ctx, budget, unearned, carry.exclusions, ex=ex)
    return budget, budget_ci


def _provisional(period: periods.Period, month: Month, state: str) -> bool | None:
    """None outside SSA's provisional payments (20 CFR 416.999c); in them, whether they leave
    out the state supplement (SSA pays it: federal SSI only, 416.999c(a)(5))."""
    if periods.provisional_number(period, month) is None:
        return None
    return periods.provisional_without_supplement(period, month, state)


def _reinstated(
    ctx: MonthContext,
    period: periods.Period,
    incomes: tuple[IncomeMonth, ...],
    exclusions: Exclusions,
) -> periods.Period:
    """After termination, a timely expedited reinstatement request starts provisional
    payments the month after it (20 CFR 416.999c-416.999d); the engine assumes approval unless
    the request month fails the income test or it and this month are SGA (416.999a(a)(4))."""
    s = ctx.scenario
    assert s.ssi is not None
    if period.terminated_from is None or period.reinstated_from is not None:
        return period
    begins = periods.reinstatement_start(period, s.ssi.reinstatement_request)
    if begins is None or ctx.month < begins:
        return period
    then = incomes[-2] if len(incomes) > 1 else None  # the request month's income
    found = then is not None and ctx.month == begins == then.month.plus(1)
    why = _refused(ctx, then, exclusions) if found and then is not None else None
    if why is not None:
        if ctx.ex:
            periods.explain_refused(ex=ctx.ex, month=ctx.month, why=why)
        return period.refused()
    return period.reinstated(begins)


def _refused(ctx: MonthContext, then: IncomeMonth, exclusions: Exclusions) -> str | None:
    """`periods.refusal` for the request month (the month before this one)."""
    s, rules = ctx.scenario, ctx.rules
    assert s.ssi is not None
    unearned = then.unearned + count.shelter(ctx, ex=None)
    income = count.countable_income(ctx, then, unearned, exclusions, ex=None)
    standard = law.payment_standard(then.month, s.ssi.living_arrangement, rules, None)
    expenses = s.work_expenses
    sga = None if s.person.blind else rules.at("ssa.sga.non_blind", ctx.month).value
    return periods.refusal(
        request=then.month,
        eligible_then=law.passes_income_test(income.total, standard, ZERO),
        sga_then=sga is not None and then.wages - expenses.irwe - expenses.subsidy > sga,
        sga_now=sga is not None and ctx.wages_paid - expenses.irwe - expenses.subsidy > sga,
    )


def _terminated(period: periods.Period, month: Month) -> bool:
    ended = period.terminated_from
    return ended is not None and month >= ended and period.reinstated_from is None


def _terminated_month(ctx: MonthContext, now: IncomeMonth, period: periods.Period) -> SSIRecord:
    """A month after termination: no SSI and no 1619(b) until reinstatement or a new
    application (20 CFR 416.1335); say what to do."""
    s, ex = ctx.scenario, ctx.ex
    assert s.ssi is not None
    if ex:
        periods.explain_terminated(ex=ex, month=ctx.month, period=period)
    rate = law.payment_standard(ctx.month, s.ssi.living_arrangement, ctx.rules, None)
    return ssi_status.record(ssi_status.TERMINATED, budget_month=now.month, standard=rate, now=now)


def _decided(
    ctx: MonthContext,
    paid: ssi_status.Paid,
    *,
    carry: Carry,
    period: periods.Period,
    counted: Counted,
    standard: Decimal,
    budget_month: Month,
) -> tuple[SSIRecord, Carry]:
    """1619(b) status and the period carried forward (suspension and termination)."""
    month, ex, status = ctx.month, ctx.ex, paid.status
    in_1619b, b_start, earnings = _1619b(ctx, carry, status)
    after = periods.next_period(
        period, month=month, eligible=paid.eligible, in_1619b=in_1619b,
        paid=paid.pay > 0 or status == "ssp_only", earned=ctx.wages_paid > 0,
    )  # fmt: skip
    if ex:
        periods.explain_period(
            ex=ex, month=month, before=period, after=after, eligible=paid.eligible,
            in_1619b=in_1619b, counted_from=ctx.scenario.start.plus(-BUDGET_LAG),
        )  # fmt: skip
    record = ssi_status.record(
        paid, budget_month=budget_month, standard=standard, now=counted[0],
        earnings_1619b=earnings if status == "1619b_candidate" else ZERO,
    )  # fmt: skip
    return record, carry.after(after, counted, b_start, earnings)


PROGRAM: Program[SSIRecord, Carry] = Program(
    "ssi",
    start,
    decide,
    milestones,
    output,
    before_start=True,
    once=frozenset({"ssi_zero", "ssi_resumes"}),
)


def _1619b(ctx: MonthContext, carry: Carry, status: str) -> tuple[bool, Month | None, Decimal]:
    """1619(b) status on the carry's exclusions and 1619(b) period (ssi_1619b.py)."""
    return ssi_1619b.in_1619b(
        ctx, status=status, exclusions=carry.exclusions, b_start=carry.b_start,
        b_earnings=carry.b_earnings,
    )  # fmt: skip
