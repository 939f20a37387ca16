"""SSI's row in the program table, with the state supplement (benefits/programs/ssi.py, ssp.py).

Eligibility for a month is decided on its own countable income, the amount on the income of
the budget month two months earlier (20 CFR 416.420), so SSI carries the last two months'
income forward and is also decided in the two budget months before `start`.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .. import vocabulary
from ..explain import Explainer
from ..money import ZERO, dollars, dollars_exact, truncate_cents
from ..months import Month
from ..programs import ssi as law
from ..programs import ssp as ssp_law
from ..results import Milestone, SSIResult, build
from ..rules import RuleBook
from ..scenario import Scenario
from ..state_rules import supplement_table
from . import resources, ssdi, va
from .base import Decided, MonthContext, Program, milestone

BUDGET_LAG = 2  # payment for month M uses income of month M-2 (20 CFR 416.420)
RECIPIENT = ("eligible", "1619a", "1619b_candidate", "ssp_only")


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


NONE = SSIRecord("none", ZERO, ZERO, None, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO)


@dataclass(frozen=True, slots=True)
class Carry:
    incomes: tuple[IncomeMonth, ...]  # the last two months' income, oldest first
    exclusion_year: int
    exclusion_used: Decimal  # student earned income exclusion used in exclusion_year
    eligible_before: bool
    age_limit: Decimal  # the student exclusion's age limit (as of start)


def start(scenario: Scenario, rules: RuleBook) -> Carry:
    used = scenario.ssi.student_exclusion_used if scenario.ssi else ZERO
    first = scenario.start.plus(-BUDGET_LAG)
    limit = rules.at("ssa.ssi.student_exclusion.age_limit", scenario.start).value
    return Carry((), first.year, used, True, limit)


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
    now = IncomeMonth(
        month,
        ctx.wages_paid,
        paid.payment,
        paid.benefit_rate,
        s.ssi.other_unearned_income,
        seie,
        veterans.unearned,
        veterans.needs_based,
    )
    incomes = (*carry.incomes, now)
    eligible, kept = carry.eligible_before, incomes[-BUDGET_LAG:]
    record = NONE
    if ctx.projected:
        held = so_far.get(resources.PROGRAM)
        record = ssi_month(
            ctx=ctx,
            budget=incomes[-BUDGET_LAG - 1],
            now=now,
            eligible_before=eligible,
            countable_resources=held.countable,
        )
        eligible = record.status in RECIPIENT
    return record, Carry(kept, month.year, used + seie, eligible, carry.age_limit)


def _budget_unearned(
    month: Month, budget: IncomeMonth, now: IncomeMonth, ex: Explainer | None
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
    if ex:
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


def _month_income(
    ctx: MonthContext, budget: IncomeMonth, now: IncomeMonth
) -> tuple[law.CountableIncome, law.CountableIncome]:
    """Countable income of the budget month (explained) and of this month (for eligibility)."""
    s, month, rules, ex = ctx.scenario, ctx.month, ctx.rules, ctx.ex
    assert s.ssi is not None
    expenses = s.work_expenses
    bwe = expenses.bwe if s.person.blind else ZERO
    budget_unearned = _budget_unearned(month, budget, now, ex)
    # Shelter others pay, at its value up to the presumed maximum value (20 CFR 416.1140),
    # valued at this month's federal benefit rate (416.1130(a)).
    shelter = law.in_kind_shelter(
        month=month, actual=s.ssi.in_kind_shelter or ZERO, rules=rules, ex=ex
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
    current_ci = _countable(
        income=now,
        unearned=now.unearned + shelter,
        wages=now.wages,
        student_exclusion=now.student_exclusion,
        irwe=expenses.irwe,
        bwe=bwe,
        rules=rules,
        ex=None,
    )
    return budget_ci, current_ci


def _supplement(
    *,
    ctx: MonthContext,
    standard: Decimal,
    pay: Decimal,
    budget_ci: law.CountableIncome,
    current_ci: law.CountableIncome,
) -> ssp_law.SupplementMonth:
    """The state supplement, from the same budget month as the federal payment."""
    s, month, rules = ctx.scenario, ctx.month, ctx.rules
    assert s.ssi is not None
    level, level_rule = ssp_law.supplement_level(
        month=month,
        state=s.state,
        living_arrangement=s.ssi.living_arrangement,
        entered=s.ssi.state_supplement,
        rules=rules,
    )
    return ssp_law.state_supplement(
        month=month,
        program=supplement_table().states[s.state],
        level=level,
        level_rule=level_rule,
        standard=standard,
        federal=pay,
        budget_countable=budget_ci.total,
        current_countable=current_ci.total,
        ex=ctx.ex,
    )


def ssi_month(
    *,
    ctx: MonthContext,
    budget: IncomeMonth,
    now: IncomeMonth,
    eligible_before: bool,
    countable_resources: Decimal,  # at the first moment of the month (table/resources.py)
) -> SSIRecord:
    """SSI for one month: eligibility on this month's income, amount on the budget month's."""
    s, month, rules, ex = ctx.scenario, ctx.month, ctx.rules, ctx.ex
    assert s.ssi is not None
    expenses, person = s.work_expenses, s.person
    standard = law.payment_standard(month, s.ssi.living_arrangement, rules, ex)
    budget_ci, current_ci = _month_income(ctx, budget, now)
    pay = law.payment(standard, budget_ci, current_ci)
    seie = now.student_exclusion
    limit = rules.at("ssa.ssi.resource_limit.individual", month)
    if countable_resources > limit.value:
        if ex:
            ex.step(
                "ssi.payment",
                f"Countable resources {dollars(countable_resources)} at the first moment of "
                f"{month} are over the {dollars(limit.value)} limit: no SSI is due for the month.",
                ZERO,
                "20 CFR 416.1201; 20 CFR 416.1205; 20 CFR 416.1207(a)",
                (limit,),
            )
        return _record(
            status="excess_resources",
            pay=ZERO,
            supplement=ZERO,
            standard=standard,
            budget=budget,
            budget_ci=budget_ci,
            current_ci=current_ci,
            student_exclusion=seie,
        )
    sga = None if person.blind else rules.at("ssa.sga.non_blind", month).value
    sga_earnings = now.wages - expenses.irwe - expenses.subsidy
    status = law.status(
        pay=pay,
        standard=standard,
        budget=budget_ci,
        current=current_ci,
        sga_earnings=sga_earnings,
        sga=sga,
        eligible_before=eligible_before,
    )
    supplement = _supplement(
        ctx=ctx, standard=standard, pay=pay, budget_ci=budget_ci, current_ci=current_ci
    )
    if pay == 0 and supplement.federally_administered and (supplement.amount or ZERO) > 0:
        status = "ssp_only"  # an SSA-paid supplement keeps the person an SSI recipient
    if ex:
        _explain_payment(
            ex=ex,
            month=month,
            standard=standard,
            pay=pay,
            budget=budget,
            budget_ci=budget_ci,
            current_ci=current_ci,
            status=status,
        )
    return _record(
        status=status,
        pay=pay,
        supplement=supplement.amount,
        standard=standard,
        budget=budget,
        budget_ci=budget_ci,
        current_ci=current_ci,
        student_exclusion=seie,
    )


STATUS_NOTES = {
    "1619a": (
        "Earnings are above SGA, but SSI continues under section 1619(a): the payment follows "
        "the same income formula.",
        "20 CFR 416.262; POMS SI 02302.010",
    ),
    "1619b_candidate": (
        "SSI cash is $0 because of earnings while unearned income alone would still leave a "
        "payment: a 1619(b) candidate (Medicaid can continue if annual gross earnings stay "
        "under the state threshold).",
        "20 CFR 416.264; POMS SI 02302.010",
    ),
    "zero_unearned_income": (
        "Unearned income alone uses up the payment standard, so no SSI is due whatever the "
        "earnings.",
        "20 CFR 416.1100",
    ),
}


def _explain_payment(
    *,
    ex: Explainer,
    month: Month,
    standard: Decimal,
    pay: Decimal,
    budget: IncomeMonth,
    budget_ci: law.CountableIncome,
    current_ci: law.CountableIncome,
    status: str,
) -> None:
    if current_ci.total >= standard:
        ex.step(
            "ssi.payment",
            f"This month's own countable income {dollars_exact(current_ci.total)} is at or above "
            f"the payment standard {dollars(standard)}, so no SSI is due for {month} "
            "(eligibility is decided on the month's own income).",
            ZERO,
            "20 CFR 416.420; POMS SI 02005.001",
        )
    else:
        ex.step(
            "ssi.payment",
            f"Payment standard {dollars(standard)} less countable income "
            f"{dollars_exact(budget_ci.total)} of {budget.month} = {dollars(pay)}"
            " (a fraction of a cent is raised to the next cent).",
            pay,
            "20 CFR 416.420; POMS SI 02001.010",
        )
    if status in STATUS_NOTES:
        because, cite = STATUS_NOTES[status]
        ex.step("ssi.status", because, None, cite)


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
