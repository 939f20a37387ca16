"""SSDI's row in the program table: the benefit rate and the work month (benefits/programs/ssdi.py).

SSDI is decided first: SSI, HUD, Medicaid and SNAP count it.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final

from ..explain import Explainer, once
from ..money import ZERO, exact
from ..months import Month
from ..programs import ssdi as law
from ..results import Milestone, SSDIResult, build
from ..rules import RuleBook
from ..scenario import Scenario
from .base import Decided, MonthContext, Program, milestone

SSDIRecord = law.SSDIMonth  # SSDI of one month, as later programs read it

NONE = SSDIRecord("none", ZERO, ZERO, ZERO, 0, None, None, None)


_NO_WORK_RECORD = law.SSDIRecord()  # the work record before any month (ssdi_record.py)


class Answers:
    """The scenario's answers SSDI reads every month, read once at start."""

    def __init__(self, scenario: Scenario) -> None:
        ssdi, expenses = scenario.ssdi, scenario.work_expenses
        self.by_paid: Final = ssdi is not None and ssdi.count_wages_when == "paid"
        # by job: its work is an unsuccessful work attempt (20 CFR 404.1574(c))
        self.attempts: Final = tuple(job.unsuccessful_work_attempt for job in scenario.jobs)
        self.irwe: Final = expenses.irwe
        self.subsidy: Final = expenses.subsidy
        self.blind: Final = scenario.person.blind
        self.benefit_by_year: Final = ssdi.benefit_by_year if ssdi is not None else {}


class Carry:
    """What SSDI carries from one month to the next (read-only)."""

    def __init__(
        self,
        history: law.WorkHistory | None,
        rate_year: int,  # the year whose benefit rate is `rate`
        rate: Decimal,
        answers: Answers,
        record: law.SSDIRecord = _NO_WORK_RECORD,
        this_year: tuple[int, Decimal] | None = None,  # the rate of the year after rate_year
    ) -> None:
        self.history: Final = history
        self.rate_year: Final = rate_year
        self.rate: Final = rate
        self.answers: Final = answers
        self.record: Final = record
        self.this_year: Final = this_year


def start(scenario: Scenario, rules: RuleBook) -> Carry:
    ssdi = scenario.ssdi
    answers = Answers(scenario)
    if ssdi is None:
        return Carry(None, scenario.start.year, ZERO, answers)
    history = law.history_before_start(
        ssdi.twp_months_used,
        ssdi.cessation_month,
        scenario.start,
        rules,
        twp_end_month=ssdi.twp_end_month,
    )
    record = law.SSDIRecord(
        full_retirement=law.full_retirement_month(scenario.person.birth_date),
        reinstatement_request=ssdi.reinstatement_request,
    )
    return Carry(history, scenario.start.year, ssdi.monthly_benefit, answers, record)


def _rate(ctx: MonthContext, carry: Carry) -> tuple[Decimal, Carry]:
    """The benefit rate, raised each January; only the last January is figured each month."""
    month, by_year = ctx.month, carry.answers.benefit_by_year
    if month.year <= carry.rate_year:
        return carry.rate, carry
    if month.year > carry.rate_year + 1:  # carry the rate to last year, without words
        last_year = law.benefit_rate(
            month=Month.january(month.year - 1),
            start=Month.january(carry.rate_year),
            start_benefit=carry.rate,
            by_year=by_year,
            rules=ctx.rules,
            ex=None,
        )
        carry = Carry(carry.history, month.year - 1, last_year, carry.answers, carry.record)
    known = carry.this_year
    if ctx.ex is None and known is not None and known[0] == month.year:
        return known[1], carry  # figured in an earlier month of the year

    def figure(ex: Explainer | None) -> Decimal:
        return law.benefit_rate(
            month=month,
            start=Month.january(carry.rate_year),
            start_benefit=carry.rate,
            by_year=by_year,
            rules=ctx.rules,
            ex=ex,
        )

    # Explained, once a year (its words name only the year; the notice's amounts are the
    # scenario's).
    key = ("ssdi rate", month.year, carry.rate_year, exact(carry.rate)) if ctx.ex else ()
    rate = figure(None) if ctx.ex is None else once(ctx.memo, key, ctx.ex, figure)
    return rate, Carry(
        carry.history, carry.rate_year, carry.rate, carry.answers, carry.record, (month.year, rate)
    )


def decide(ctx: MonthContext, so_far: Decided, carry: Carry) -> tuple[SSDIRecord, Carry]:
    """One month of SSDI: the work month decides status and payment (20 CFR 404.1592a)."""
    before = carry.history
    if before is None:  # no SSDI in the scenario
        return NONE, carry
    rate, carry = _rate(ctx, carry)
    if not ctx.projected:  # a budget month before start: taken as paid at the start benefit
        return SSDIRecord("paid", rate, rate, ZERO, 0, None, None, before.twp_ended), carry
    answers = carry.answers
    by_paid = answers.by_paid
    gross = ctx.wages_paid if by_paid else ctx.wages_earned
    uwa = ZERO  # earnings of work that was an unsuccessful work attempt (20 CFR 404.1574(c))
    for j in ctx.jobs:
        if answers.attempts[j.job]:
            uwa += j.wages_paid if by_paid else j.wages_earned
    month, history = law.ssdi_month(
        month=ctx.month,
        history=before,
        gross=gross,
        irwe=answers.irwe,
        subsidy=answers.subsidy,
        blind=answers.blind,
        rate=rate,
        rules=ctx.rules,
        ex=ctx.ex,
        uwa_earnings=uwa,
        record=carry.record,
        rule_values=_limits(ctx, answers.blind),
    )
    if history is before:  # most months leave the work history as it was
        return month, carry
    return month, Carry(
        history, carry.rate_year, carry.rate, answers, carry.record, carry.this_year
    )


def _limits(ctx: MonthContext, blind: bool) -> law.Limits:
    """The month's SSDI rule values, looked up once per rule period of the rule book."""
    key = ("ssdi limits", ctx.period, blind)
    found: law.Limits | None = ctx.periods.memo.get(key)
    if found is None:
        found = ctx.periods.memo[key] = law.limits(ctx.rules, ctx.month, blind)
    return found


def milestones(month: Month, before: SSDIRecord | None, now: SSDIRecord) -> list[Milestone]:
    return [milestone(month=month, kind=k, text=t, number=n) for k, t, n in now.events]


def _output(r: SSDIRecord) -> SSDIResult:
    return build(
        SSDIResult,
        status=r.status,
        payment=r.payment,
        benefit_rate=r.benefit_rate,
        countable_earnings=r.countable_earnings,
        twp_months_used=r.twp_months_used,
        twp_month_number=r.twp_month_number,
        epe_month_number=r.epe_month_number,
    )


# Months without this program share one output (the models are immutable).
NONE_OUTPUT = _output(NONE)


def output(r: SSDIRecord) -> SSDIResult:
    return NONE_OUTPUT if r is NONE else _output(r)


PROGRAM: Program[SSDIRecord, Carry] = Program(
    "ssdi", start, decide, milestones, output, before_start=True, once=frozenset({"cliff"})
)
