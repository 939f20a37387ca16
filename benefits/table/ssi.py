"""SSI's row in the program table, with the state supplement (benefits/programs/ssi.py, ssp.py).

Eligibility for a month is decided on its own countable income, the amount on the income of
the budget month two months earlier (20 CFR 416.420), so SSI carries the last two months'
income forward (benefits/programs/ssi_income.py) and is also decided in the two budget months
before `start`.
"""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

from ..money import ZERO
from ..months import Month
from ..programs import medicaid_1619b
from ..programs import ssi as law
from ..programs import ssi_periods as periods
from ..programs import ssp as ssp_law
from ..programs.ssi_income import (
    Exclusions,
    IncomeMonth,
    budget_income,
    budget_unearned,
    received_ssdi,
)
from ..rules import RuleBook, RuleValue
from ..scenario import Scenario
from . import resources, ssdi, ssi_status, va
from . import ssi_count as count
from .base import Decided, MonthContext, Program
from .ssi_status import NONE, Computed, SSIRecord, milestones
from .ssi_status import output as output  # the row's output model (projection.py)

BUDGET_LAG = 2  # payment for month M uses income of month M-2 (20 CFR 416.420)


class Carry(NamedTuple):
    incomes: tuple[IncomeMonth, ...]  # the last two months' income, oldest first
    exclusion_year: int
    exclusion_used: Decimal  # student earned income exclusion used in exclusion_year
    period: periods.Period  # eligibility, suspension, termination (ssi_periods)
    age_limit: Decimal  # the student exclusion's age limit (as of start)
    exclusions: Exclusions  # IRWE and blind work expenses
    ssdi_last: Decimal | None = None  # SSDI payable for the month before, received this month
    b_start: Month | None = None  # first month of the current 1619(b) 12-month period
    b_earnings: Decimal = ZERO  # gross earnings of that period
    # The last months' own countable income, (income, unearned counted, countable): a month's
    # income is counted again as a budget month two months later (20 CFR 416.420).
    counted: tuple[tuple[IncomeMonth, Decimal, law.CountableIncome], ...] = ()

    def moved(self, period: periods.Period) -> Carry:
        """The same carry with the period after this month."""
        return Carry(
            self.incomes, self.exclusion_year, self.exclusion_used, period, self.age_limit,
            self.exclusions, self.ssdi_last, self.b_start, self.b_earnings, self.counted,
        )  # fmt: skip

    def counting(self, now: IncomeMonth, unearned: Decimal, found: law.CountableIncome) -> Carry:
        """The same carry, keeping this month's own countable income."""
        counted = (*self.counted[-BUDGET_LAG:], (now, unearned, found))
        return Carry(
            self.incomes, self.exclusion_year, self.exclusion_used, self.period, self.age_limit,
            self.exclusions, self.ssdi_last, self.b_start, self.b_earnings, counted,
        )  # fmt: skip

    def recount(self, income: IncomeMonth, unearned: Decimal) -> law.CountableIncome | None:
        """The countable income already figured for the same income and unearned amount."""
        for kept, used, found in self.counted:
            if kept is income and used == unearned:
                return found
        return None


def start(scenario: Scenario, rules: RuleBook) -> Carry:
    used = scenario.ssi.student_exclusion_used if scenario.ssi else ZERO
    first = scenario.start.plus(-BUDGET_LAG)
    limit = rules.at("ssa.ssi.student_exclusion.age_limit", scenario.start).value
    paid_before = scenario.ssi.paid_before_start if scenario.ssi else True
    expenses = scenario.work_expenses
    exclusions = Exclusions(expenses.irwe, expenses.bwe if scenario.person.blind else ZERO)
    return Carry((), first.year, used, periods.Period(had_payment=paid_before), limit, exclusions)


def decide(ctx: MonthContext, so_far: Decided, carry: Carry) -> tuple[SSIRecord, Carry]:
    """Record the month's income; in a projected month, decide SSI and the supplement."""
    s = ctx.scenario
    if s.ssi is None:
        return NONE, carry
    month = ctx.month
    young = s.person.student and ctx.age < carry.age_limit
    used = carry.exclusion_used if month.year == carry.exclusion_year else ZERO
    seie = ZERO  # the exclusion is only for a student under 22 (20 CFR 416.1112(c)(3))
    if young:
        seie = law.student_earned_income_exclusion(
            month=month,
            wages=ctx.wages_paid,
            is_young_student=young,
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
        s.ssi.other_unearned_income,
        seie,
        veterans.unearned,
        veterans.needs_based,
        tuple((j.job, j.wages_paid) for j in ctx.jobs if j.wages_paid),
    )
    incomes = (*carry.incomes, now)
    carry = Carry(
        incomes[-BUDGET_LAG:], month.year, used + seie, carry.period, carry.age_limit,
        carry.exclusions, paid.payment, carry.b_start, carry.b_earnings, carry.counted,
    )  # fmt: skip
    if not ctx.projected:  # a budget month: only whether it passes the eligibility test
        eligible, carry = _eligible_on_own_income(ctx, now, carry)
        period = periods.next_period(
            carry.period, month=month, eligible=eligible, in_1619b=False, paid=eligible,
            earned=now.wages > 0,
        )  # fmt: skip
        return NONE, carry.moved(period._replace(suspended=0))
    held = so_far.get(resources.PROGRAM).countable  # at the first moment of the month
    return ssi_month(ctx, incomes, carry, countable_resources=held)


def _eligible_on_own_income(
    ctx: MonthContext, now: IncomeMonth, carry: Carry
) -> tuple[bool, Carry]:
    """Whether the month passes SSI's eligibility test on its own income and resources."""
    s, rules = ctx.scenario, ctx.rules
    assert s.ssi is not None
    standard = law.payment_standard(ctx.month, s.ssi.living_arrangement, rules, None)
    current, carry = _current_income(ctx, now, carry, explain=False)
    limit = rules.at("ssa.ssi.resource_limit.individual", ctx.month).value
    oss = count.oss_level(ctx)
    return law.passes_income_test(current.total, standard, oss) and s.resources <= limit, carry


def _current_income(
    ctx: MonthContext, now: IncomeMonth, carry: Carry, *, explain: bool
) -> tuple[law.CountableIncome, Carry]:
    """This month's own countable income, which decides eligibility (20 CFR 416.420), kept
    for when the month is a budget month."""
    s = ctx.scenario
    assert s.ssi is not None
    unearned = now.unearned
    if s.ssi.in_kind_shelter:
        unearned += count.shelter(ctx, ex=ctx.ex if explain else None)
    found = count.countable_income(ctx, now, unearned, carry.exclusions, ex=None)
    return found, carry.counting(now, unearned, found)


def ssi_month(
    ctx: MonthContext,
    incomes: tuple[IncomeMonth, ...],
    carry: Carry,
    *,
    countable_resources: Decimal,  # at the first moment of the month (table/resources.py)
) -> tuple[SSIRecord, Carry]:
    """SSI for one month: eligibility on this month's income, amount on the budget month's."""
    s, month, rules, ex = ctx.scenario, ctx.month, ctx.rules, ctx.ex
    assert s.ssi is not None
    now, period = incomes[-1], carry.period
    if period.terminated_from is not None:  # after a termination (20 CFR 416.1335)
        period = _reinstated(ctx, period, incomes, carry.exclusions)
        if _terminated(period, month):
            return _terminated_month(ctx, now, period), carry.moved(period)
    standard = law.payment_standard(month, s.ssi.living_arrangement, rules, ex)
    current_ci, carry = _current_income(ctx, now, carry, explain=True)
    limit = rules.at("ssa.ssi.resource_limit.individual", month)
    over = countable_resources > limit.value
    # Eligible for SSI or for an SSA-paid supplement (POMS SI 02005.001 C-D, SI 02005.005 A.1);
    # provisional payments are federal SSI only (20 CFR 416.999c(a)(5))
    oss = ZERO
    if not periods.provisional_without_supplement(period, month, s.state):
        oss = count.oss_level(ctx)
    eligible = law.passes_income_test(current_ci.total, standard, oss) and not over
    if eligible and not period.eligible_last:
        period = period._replace(cycle_start=month)  # a new cycle (20 CFR 416.420(b))
    budget, position = budget_income(month=month, incomes=incomes, period=period, ex=ex)
    unearned = budget_unearned(month=month, budget=budget, now=now, ex=ex, explain_lag=not position)
    if s.ssi.in_kind_shelter:
        unearned += count.shelter(ctx, ex=None)
    # Counted the same way when it was the month itself, unless this month explains it.
    budget_ci = None if ex else carry.recount(budget, unearned)
    if budget_ci is None:
        budget_ci = count.countable_income(ctx, budget, unearned, carry.exclusions, ex=ex)
    computed = Computed(
        standard=standard,
        pay=law.payment(standard, budget_ci, current_ci),
        budget=budget,
        budget_ci=budget_ci,
        current_ci=current_ci,
    )
    return _decided(
        ctx, resources_held=countable_resources, limit=limit, carry=carry.moved(period), c=computed
    )


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
        return period._replace(request_refused=True)
    return period._replace(reinstated_from=begins, eligible_last=False, suspended=0)


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
    nothing = law.CountableIncome(ZERO, ZERO)
    computed = Computed(rate, ZERO, now, nothing, nothing)
    return ssi_status.record("terminated", ZERO, c=computed, supplement=ZERO, now=now)


def _in_1619b(ctx: MonthContext, carry: Carry, status: str) -> tuple[bool, Carry]:
    """Whether a month of $0 for earnings is a month of 1619(b) status: the 12-month gross
    earnings are within the threshold (20 CFR 416.264; POMS SI 02302.045). An unknown
    threshold is taken as met (the Medicaid step says what to enter)."""
    if status != "1619b_candidate":
        if carry.b_start is None:
            return False, carry
        return False, Carry(
            carry.incomes, carry.exclusion_year, carry.exclusion_used, carry.period,
            carry.age_limit, carry.exclusions, carry.ssdi_last, None, ZERO, carry.counted,
        )  # fmt: skip
    s, month = ctx.scenario, ctx.month
    if carry.b_start is None or month.minus(carry.b_start) >= 12:
        total = sum((ctx.wages_by_month[month.plus(i)] for i in range(12)), ZERO)
        carry = Carry(
            carry.incomes, carry.exclusion_year, carry.exclusion_used, carry.period,
            carry.age_limit, carry.exclusions, carry.ssdi_last, month, total, carry.counted,
        )  # fmt: skip
    key = ("ssi 1619(b) threshold", ctx.period)  # the rest of its inputs are the scenario's
    if key not in ctx.memo:
        ctx.memo[key], _ = medicaid_1619b.threshold(  # without words: SSI's own count
            month=month,
            state=s.state,
            irwe=carry.exclusions.irwe,
            bwe=carry.exclusions.bwe,
            entered=s.medicaid.threshold_1619b,
            own_medicaid_expenses=s.medicaid.annual_medicaid_expenses,
            rules=ctx.rules,
            ex=None,
        )
    threshold: Decimal | None = ctx.memo[key]
    return threshold is None or carry.b_earnings <= threshold, carry


def _supplement(
    ctx: MonthContext, c: Computed, status: str, pay: Decimal, *, period: periods.Period
) -> ssp_law.SupplementMonth:
    """The state supplement; none with SSA's provisional payments (20 CFR 416.999c(a)(5))."""
    if periods.provisional_number(period, ctx.month) is None:
        return ssi_status.supplement(ctx, c, status, pay)
    by_ssa = periods.provisional_without_supplement(period, ctx.month, ctx.scenario.state)
    if ctx.ex:
        periods.explain_provisional_supplement(ex=ctx.ex, by_ssa=by_ssa)
    return ssi_status.NO_SUPPLEMENT if by_ssa else ssi_status.supplement(ctx, c, status, pay)


def _decided(
    ctx: MonthContext, *, resources_held: Decimal, limit: RuleValue, carry: Carry, c: Computed
) -> tuple[SSIRecord, Carry]:
    """Resources over the `limit`, status (1619(a) and (b) need a prior payment, 416.262(a),
    416.264), the state supplement, and the period carried forward (suspension and
    termination)."""
    month, ex, period = ctx.month, ctx.ex, carry.period
    over = resources_held > limit.value
    status, pay = ssi_status.status(ctx, c, over=over, had_payment=period.had_payment)
    supplement = _supplement(ctx, c, status, pay, period=period)
    pay, supplement = ssp_law.minimum_with_supplement(
        pay, supplement, federal_due=c.standard - c.budget_ci.total, ex=ex
    )
    if pay == 0 and supplement.federally_administered and (supplement.amount or ZERO) > 0:
        status = "ssp_only"  # an SSA-paid supplement keeps the person an SSI recipient
    in_1619b, carry = _in_1619b(ctx, carry, status)
    # Eligible for SSI or for an SSA-paid supplement (POMS SI 02005.001 C-D, SI 02301.215)
    level = supplement.eligibility_level
    eligible = law.passes_income_test(c.current_ci.total, c.standard, level) and not over
    after = periods.next_period(
        period, month=month, eligible=eligible, in_1619b=in_1619b,
        paid=pay > 0 or status == "ssp_only", earned=ctx.wages_paid > 0,
    )  # fmt: skip
    if ex:
        law.explain_month(
            ex=ex,
            month=month,
            status=status,
            pay=pay,
            standard=c.standard,
            budget_month=c.budget.month,
            budget_ci=c.budget_ci,
            current_ci=c.current_ci,
            resources=resources_held if over else None,
            limit=limit.value,
        )
        periods.explain_period(
            ex=ex, month=month, before=period, after=after, eligible=eligible, in_1619b=in_1619b
        )
    earnings = carry.b_earnings if status == "1619b_candidate" else ZERO
    record = ssi_status.record(
        status, pay, c=c, supplement=supplement.amount, now=carry.incomes[-1],
        earnings_1619b=earnings,
    )  # fmt: skip
    return record, carry.moved(after)


PROGRAM = Program(
    "ssi",
    start,
    decide,
    milestones,
    output,
    before_start=True,
    once=frozenset({"ssi_zero", "ssi_resumes"}),
)
