"""SSI's row in the program table, with the state supplement (benefits/programs/ssi.py, ssp.py).

Eligibility for a month is decided on its own countable income, the amount on the income of
the budget month two months earlier (20 CFR 416.420), so SSI carries the last two months'
income forward and is also decided in the two budget months before `start`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from .. import vocabulary
from ..explain import Explainer
from ..money import ZERO, dollars, truncate_cents
from ..months import Month
from ..programs import medicaid as medicaid_law
from ..programs import ssi as law
from ..programs import ssi_periods as periods
from ..programs import ssp as ssp_law
from ..results import Milestone, SSIResult, build
from ..rules import RuleBook
from ..scenario import Scenario
from . import resources, ssdi, va
from .base import Decided, MonthContext, Program, milestone

BUDGET_LAG = 2  # payment for month M uses income of month M-2 (20 CFR 416.420)


@dataclass(frozen=True, slots=True)
class IncomeMonth:
    """Income received in one month, as SSI counts it."""

    month: Month
    wages: Decimal
    ssdi: Decimal
    ssdi_rate: Decimal  # the benefit amount in force, paid or not
    other_unearned: Decimal
    student_exclusion: Decimal
    va: Decimal = ZERO  # VA compensation, the veteran's own part ($20 exclusion applies)
    needs_based: Decimal = ZERO  # VA pension, the veteran's own part (no $20 exclusion)
    paychecks: tuple[tuple[str, Decimal], ...] = ()  # wages paid by job, for non-recurring

    def without_nonrecurring(self, second: IncomeMonth) -> tuple[IncomeMonth, Decimal]:
        """This (first) month's income less what is not in the second month, by source
        (POMS SI 02005.005 A.4): a job's last paycheck, a benefit that stopped."""
        jobs_then = {name for name, amount in second.paychecks}
        gone_wages = sum((a for name, a in self.paychecks if name not in jobs_then), ZERO)
        gone_ssdi = self.ssdi if self.ssdi and not second.ssdi else ZERO
        gone_other = (
            self.other_unearned if self.other_unearned and not second.other_unearned else ZERO
        )
        gone = gone_wages + gone_ssdi + gone_other
        if not gone:
            return self, ZERO
        wages = self.wages - gone_wages
        kept = replace(
            self,
            wages=wages,
            ssdi=self.ssdi - gone_ssdi,
            other_unearned=self.other_unearned - gone_other,
            student_exclusion=min(self.student_exclusion, wages),
            paychecks=tuple(p for p in self.paychecks if p[0] in jobs_then),
        )
        return kept, gone

    @property
    def unearned(self) -> Decimal:
        """Unearned income the $20 general exclusion applies to (20 CFR 416.1124(c)(12))."""
        return self.ssdi + self.other_unearned + self.va


@dataclass(frozen=True, slots=True)
class SSIRecord:
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


NO_SUPPLEMENT = ssp_law.SupplementMonth(ZERO, "none", False)
NONE = SSIRecord("none", ZERO, ZERO, None, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO)


@dataclass(frozen=True, slots=True)
class Carry:
    incomes: tuple[IncomeMonth, ...]  # the last two months' income, oldest first
    exclusion_year: int
    exclusion_used: Decimal  # student earned income exclusion used in exclusion_year
    period: periods.Period  # eligibility, suspension, termination (ssi_periods)
    age_limit: Decimal  # the student exclusion's age limit (as of start)
    ssdi_last: Decimal | None = None  # SSDI payable for the month before, received this month
    b_start: Month | None = None  # first month of the current 1619(b) 12-month period
    b_earnings: Decimal = ZERO  # gross earnings of that period


def start(scenario: Scenario, rules: RuleBook) -> Carry:
    used = scenario.ssi.student_exclusion_used if scenario.ssi else ZERO
    first = scenario.start.plus(-BUDGET_LAG)
    limit = rules.at("ssa.ssi.student_exclusion.age_limit", scenario.start).value
    paid_before = scenario.ssi.paid_before_start if scenario.ssi else True
    return Carry((), first.year, used, periods.Period(had_payment=paid_before), limit)


def _received_ssdi(month: Month, paid: ssdi.SSDIRecord, carry: Carry) -> Decimal:
    """SSDI as SSI counts it: in the month received, the month after the month it is for
    (POMS SI 00830.010, SI 00810.030). The cost-of-living increase is effective with December's
    benefit, received in January. Before start the benefit is taken as paid every month."""
    last = carry.ssdi_last
    if last is None:
        return paid.payment if paid.payment > 0 else paid.benefit_rate
    if month.month == 1 and last > 0:
        return paid.benefit_rate
    return last


def decide(ctx: MonthContext, so_far: Decided, carry: Carry) -> tuple[SSIRecord, Carry]:
    """Record the month's income; in a projected month, decide SSI and the supplement."""
    s = ctx.scenario
    if s.ssi is None:
        return NONE, carry
    month = ctx.month
    young = s.person.student and ctx.age < carry.age_limit
    used = carry.exclusion_used if month.year == carry.exclusion_year else ZERO
    seie = law.student_earned_income_exclusion(
        month=month,
        wages=ctx.wages_paid,
        is_young_student=young,
        used_this_year=used,
        rules=ctx.rules,
        ex=ctx.ex,
    )
    paid, veterans = so_far.get(ssdi.PROGRAM), so_far.get(va.PROGRAM).ssi
    received = _received_ssdi(month, paid, carry)
    now = IncomeMonth(
        month,
        ctx.wages_paid,
        received,
        paid.benefit_rate,
        s.ssi.other_unearned_income,
        seie,
        veterans.unearned,
        veterans.needs_based,
        tuple((f"job {j.job}", j.wages_paid) for j in ctx.jobs if j.wages_paid),
    )
    incomes = (*carry.incomes, now)
    carry = replace(
        carry,
        incomes=incomes[-BUDGET_LAG:],
        exclusion_year=month.year,
        exclusion_used=used + seie,
        ssdi_last=paid.payment,
    )
    if not ctx.projected:  # a budget month: only whether it passes the eligibility test
        eligible = _eligible_on_own_income(ctx, now)
        period = periods.next_period(
            carry.period, month=month, eligible=eligible, in_1619b=False, paid=eligible,
            earned=now.wages > 0,
        )  # fmt: skip
        return NONE, replace(carry, period=replace(period, suspended=0))
    held = so_far.get(resources.PROGRAM).countable  # at the first moment of the month
    return ssi_month(ctx, incomes, carry, countable_resources=held)


def _budget_unearned(
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


def _countable(
    *,
    income: IncomeMonth,
    unearned: Decimal,
    wages: Decimal,
    student_exclusion: Decimal,
    irwe: Decimal,
    bwe: Decimal,
    rules: RuleBook,
    ex: Explainer | None,
) -> law.CountableIncome:
    """Countable income, with income based on need (VA pension) added after the $20 general
    exclusion, which does not apply to it (20 CFR 416.1124(c)(12))."""
    found = law.countable_income(
        month=income.month,
        unearned=unearned,
        wages=wages,
        student_exclusion=student_exclusion,
        irwe=irwe,
        bwe=bwe,
        rules=rules,
        ex=ex,
    )
    if not income.needs_based:
        return found
    return law.CountableIncome(found.unearned + income.needs_based, found.earned)


def _eligible_on_own_income(ctx: MonthContext, now: IncomeMonth) -> bool:
    """Whether the month passes SSI's eligibility test on its own income and resources."""
    s, rules = ctx.scenario, ctx.rules
    assert s.ssi is not None
    standard = law.payment_standard(ctx.month, s.ssi.living_arrangement, rules, None)
    current = _current_income(ctx, now, None)
    limit = rules.at("ssa.ssi.resource_limit.individual", ctx.month).value
    return current.total < standard and s.resources <= limit


def _current_income(
    ctx: MonthContext, now: IncomeMonth, ex: Explainer | None
) -> law.CountableIncome:
    """This month's own countable income, which decides eligibility (20 CFR 416.420)."""
    s, rules = ctx.scenario, ctx.rules
    assert s.ssi is not None
    expenses = s.work_expenses
    # Shelter others pay, at its value up to the presumed maximum value (20 CFR 416.1140),
    # valued at this month's federal benefit rate (416.1130(a)).
    shelter = law.in_kind_shelter(
        month=ctx.month, actual=s.ssi.in_kind_shelter or ZERO, rules=rules, ex=ex
    )
    return _countable(
        income=now,
        unearned=now.unearned + shelter,
        wages=now.wages,
        student_exclusion=now.student_exclusion,
        irwe=expenses.irwe,
        bwe=expenses.bwe if s.person.blind else ZERO,
        rules=rules,
        ex=None,
    )


def _budget(
    ctx: MonthContext, incomes: tuple[IncomeMonth, ...], period: periods.Period
) -> tuple[IncomeMonth, int]:
    """The budget month's income: two months back, or the transitional cycle's first month
    without its non-recurring income (20 CFR 416.420(b); POMS SI 02005.005)."""
    month, ex = ctx.month, ctx.ex
    chosen, position = periods.budget_month(month, period)
    by_month = {i.month: i for i in incomes}
    income = by_month[chosen]
    gone = ZERO
    if position in (2, 3):
        income, gone = income.without_nonrecurring(by_month[chosen.plus(1)])
    if ex and position:
        periods.explain_budget(ex=ex, month=month, chosen=chosen, position=position, gone=gone)
    return income, position


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
    period = _reinstated(ctx, period)
    if _terminated(period, month):
        return _terminated_month(ctx, now, period), replace(carry, period=period)
    expenses, person = s.work_expenses, s.person
    bwe = expenses.bwe if person.blind else ZERO
    standard = law.payment_standard(month, s.ssi.living_arrangement, rules, ex)
    current_ci = _current_income(ctx, now, ex)
    limit = rules.at("ssa.ssi.resource_limit.individual", month)
    eligible = current_ci.total < standard and countable_resources <= limit.value
    if eligible and not period.eligible_last:
        period = replace(period, cycle_start=month)
    budget, position = _budget(ctx, incomes, period)
    budget_unearned = _budget_unearned(
        month=month, budget=budget, now=now, ex=ex, explain_lag=not position
    )
    shelter = law.in_kind_shelter(
        month=month, actual=s.ssi.in_kind_shelter or ZERO, rules=rules, ex=None
    )
    budget_ci = _countable(
        income=budget,
        unearned=budget_unearned + shelter,
        wages=budget.wages,
        student_exclusion=budget.student_exclusion,
        irwe=expenses.irwe,
        bwe=bwe,
        rules=rules,
        ex=ex,
    )
    pay = law.payment(standard, budget_ci, current_ci)
    record, carry = _decided(
        ctx=ctx,
        resources_held=countable_resources,
        carry=carry,
        period=period,
        standard=standard,
        pay=pay,
        budget=budget,
        budget_ci=budget_ci,
        current_ci=current_ci,
    )
    return record, carry


def _reinstated(ctx: MonthContext, period: periods.Period) -> periods.Period:
    """After termination, a timely expedited reinstatement request starts provisional
    payments the month after it (20 CFR 416.999c-416.999d); the engine assumes approval."""
    s = ctx.scenario
    assert s.ssi is not None
    if period.terminated_from is None or period.reinstated_from is not None:
        return period
    begins = periods.reinstatement_start(period, s.ssi.reinstatement_request)
    if begins is None or ctx.month < begins:
        return period
    return replace(period, reinstated_from=begins, eligible_last=False, suspended=0)


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
    return _record(
        status="terminated",
        pay=ZERO,
        supplement=ZERO,
        standard=rate,
        budget=now,
        budget_ci=nothing,
        current_ci=nothing,
        student_exclusion=now.student_exclusion,
    )


def _in_1619b(ctx: MonthContext, carry: Carry, status: str) -> tuple[bool, Carry]:
    """Whether a month of $0 for earnings is a month of 1619(b) status: the 12-month gross
    earnings are within the threshold (20 CFR 416.264; POMS SI 02302.045). An unknown
    threshold is taken as met (the Medicaid step says what to enter)."""
    if status != "1619b_candidate":
        return False, replace(carry, b_start=None, b_earnings=ZERO)
    s, month = ctx.scenario, ctx.month
    if carry.b_start is None or month.minus(carry.b_start) >= 12:
        total = sum((ctx.wages_by_month[month.plus(i)] for i in range(12)), ZERO)
        carry = replace(carry, b_start=month, b_earnings=total)
    threshold = medicaid_law.person_threshold_1619b(
        month=month,
        state=s.state,
        irwe=s.work_expenses.irwe,
        bwe=s.work_expenses.bwe if s.person.blind else ZERO,
        entered=s.medicaid.threshold_1619b,
        own_medicaid_expenses=s.medicaid.annual_medicaid_expenses,
        rules=ctx.rules,
    )
    return threshold is None or carry.b_earnings <= threshold, carry


def _decided(
    *,
    ctx: MonthContext,
    resources_held: Decimal,
    carry: Carry,
    period: periods.Period,
    standard: Decimal,
    pay: Decimal,
    budget: IncomeMonth,
    budget_ci: law.CountableIncome,
    current_ci: law.CountableIncome,
) -> tuple[SSIRecord, Carry]:
    """Resources, status (1619(a) and (b) need a prior payment, 416.262(a), 416.264), the state
    supplement, and the period carried forward (suspension and termination)."""
    s, month, rules, ex = ctx.scenario, ctx.month, ctx.rules, ctx.ex
    assert s.ssi is not None
    now, expenses = carry.incomes[-1], s.work_expenses
    limit = rules.at("ssa.ssi.resource_limit.individual", month)
    over = resources_held > limit.value
    sga = None if s.person.blind else rules.at("ssa.sga.non_blind", month).value
    sga_earnings = now.wages - expenses.irwe - expenses.subsidy
    status = law.status(
        pay=pay,
        standard=standard,
        budget=budget_ci,
        current=current_ci,
        sga_earnings=sga_earnings,
        sga=sga,
        eligible_before=period.had_payment,
    )
    if over:
        status, pay = "excess_resources", ZERO
    elif status == "1619a" and not period.had_payment:
        status, pay = "ineligible_sga", ZERO  # 1619(a) needs a prior month of eligibility
    supplement = (
        NO_SUPPLEMENT
        if status in ("excess_resources", "ineligible_sga")
        else ssp_law.supplement_month(
            month=month,
            state=s.state,
            living_arrangement=s.ssi.living_arrangement,
            entered=s.ssi.state_supplement,
            standard=standard,
            federal=pay,
            budget_countable=budget_ci.total,
            current_countable=current_ci.total,
            rules=rules,
            ex=ex,
        )
    )
    if pay == 0 and supplement.federally_administered and (supplement.amount or ZERO) > 0:
        status = "ssp_only"  # an SSA-paid supplement keeps the person an SSI recipient
    in_1619b, carry = _in_1619b(ctx, carry, status)
    eligible = current_ci.total < standard and not over
    paid = pay > 0 or status == "ssp_only"
    after = periods.next_period(
        period, month=month, eligible=eligible, in_1619b=in_1619b, paid=paid,
        earned=now.wages > 0,
    )  # fmt: skip
    if ex:
        law.explain_month(
            ex=ex,
            month=month,
            status=status,
            pay=pay,
            standard=standard,
            budget_month=budget.month,
            budget_ci=budget_ci,
            current_ci=current_ci,
            resources=resources_held if over else None,
            limit=limit.value,
        )
        periods.explain_period(
            ex=ex,
            month=month,
            before=period,
            after=after,
            eligible=eligible,
            in_1619b=in_1619b,
        )
    amount = supplement.amount
    record = _record(
        status=status,
        pay=pay,
        supplement=amount,
        standard=standard,
        budget=budget,
        budget_ci=budget_ci,
        current_ci=current_ci,
        student_exclusion=now.student_exclusion,
    )
    return record, replace(carry, period=after)


def _record(
    *,
    status: str,
    pay: Decimal,
    supplement: Decimal | None,
    standard: Decimal,
    budget: IncomeMonth,
    budget_ci: law.CountableIncome,
    current_ci: law.CountableIncome,
    student_exclusion: Decimal,
) -> SSIRecord:
    # SSA records income with the fraction of a cent dropped (POMS SI 02001.010); the payment
    # was computed from the exact amount and is consistent with the truncated one.
    return SSIRecord(
        status,
        pay,
        truncate_cents(budget_ci.total),
        budget.month,
        standard,
        truncate_cents(current_ci.total),
        truncate_cents(budget_ci.unearned),
        truncate_cents(budget_ci.earned),
        student_exclusion,
        supplement,
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


PROGRAM = Program(
    "ssi",
    start,
    decide,
    milestones,
    output,
    before_start=True,
    once=frozenset({"ssi_zero", "ssi_resumes"}),
)
