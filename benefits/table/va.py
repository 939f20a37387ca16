"""VA benefits' row in the program table (benefits/programs/va.py).

VA is decided after SSDI (VA pension counts Social Security) and before SSI, HUD and SNAP,
which count VA compensation and pension as unearned income. SSI is not income for VA pension
(38 CFR 3.272(a)), so nothing VA reads comes later.
"""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from typing import NamedTuple

from ..explain import Explainer
from ..money import ZERO
from ..months import Month
from ..programs import earnings as earn
from ..programs import va as law
from ..results import Milestone, VAResult, build
from ..rules import RuleBook
from ..scenario import Scenario
from . import ssdi
from .base import Decided, MonthContext, Program, milestone


class VARecord(NamedTuple):
    compensation: Decimal
    pension: Decimal
    dependents_portion: Decimal
    pension_source: str  # none | entered | computed
    maximum_annual_pension_rate: Decimal | None
    countable_income_for_pension: Decimal | None
    tdiu: bool
    tdiu_warning: str | None
    ssi: law.SSICount  # how SSI counts them this month
    pension_rate: str = "basic"
    pension_dependents: int = 0
    net_worth_limit: Decimal | None = None


NET_WORTH = "va.pension.net_worth_limit"
NONE = VARecord(ZERO, ZERO, ZERO, "none", None, None, False, None, law.SSICount(ZERO, ZERO))


class Carry(NamedTuple):
    """Compensation as raised by each December's COLA since start, and last month's SSDI (a
    change in income changes the pension from the month after it, 38 U.S.C. 5112(b)(4))."""

    compensation: Decimal
    portion: Decimal
    ssdi: Decimal | None = None


def start(scenario: Scenario, rules: RuleBook) -> Carry | None:
    va = scenario.va
    return None if va is None else Carry(va.disability_compensation, va.dependents_portion)


def decide(
    ctx: MonthContext, so_far: Decided, carry: Carry | None
) -> tuple[VARecord, Carry | None]:
    """The month's VA compensation and pension, and how SSI counts them."""
    va = ctx.scenario.va
    if va is None or carry is None:
        return NONE, carry
    s, month, ex = ctx.scenario, ctx.month, ctx.ex if ctx.projected else None
    carry = _december(ctx, carry, ex)
    ssdi_now = so_far.get(ssdi.PROGRAM).payment
    pension, source, found = ZERO, "none", None
    if va.pension == "computed":
        found = _computed(ctx, ssdi_now if carry.ssdi is None else carry.ssdi, ex)
        pension, source = found.monthly, "computed"
    elif va.pension is not None:
        pension, source = va.pension, "entered"
    counted = law.ssi_count(
        compensation=carry.compensation,
        pension=pension,
        dependents_portion=carry.portion,
        not_income=found.not_income_for_ssi if found else va.not_income_for_ssi,
        month=month,
        ex=ex if s.ssi else None,
    )
    warning = None
    if va.tdiu and ctx.projected:
        warning = law.tdiu_warning(
            month=month,
            monthly_earnings=ctx.wages_earned,
            entered_threshold=va.poverty_threshold,
            rules=ctx.rules,
            ex=ex,
        )
    record = VARecord(
        carry.compensation,
        pension,
        carry.portion,
        source,
        found.maximum_rate if found else None,
        found.countable_income if found else None,
        va.tdiu,
        warning,
        counted,
        va.pension_rate,
        law.dependents(s).count if found else 0,
        ctx.rules.at(NET_WORTH, month).value if found else None,
    )
    return record, Carry(carry.compensation, carry.portion, ssdi_now)


def _december(ctx: MonthContext, carry: Carry, ex: Explainer | None) -> Carry:
    """From each December after start, compensation rises by the COLA (38 U.S.C. 1104)."""
    if ctx.month.month != 12 or ctx.month <= ctx.scenario.start or not carry.compensation:
        return carry
    month, rules = ctx.month, ctx.rules
    raised, cola = law.raised_by_cola(amount=carry.compensation, december=month, rules=rules)
    if cola is None:
        return carry  # the COLA is not yet published: the amount stays as entered
    law.compensation_cola_step(before=carry.compensation, after=raised, cola=cola, ex=ex)
    portion, _ = law.raised_by_cola(amount=carry.portion, december=month, rules=rules)
    return carry._replace(compensation=raised, portion=portion)


def _computed(ctx: MonthContext, ssdi_payment: Decimal, ex: Explainer | None) -> law.PensionYear:
    """The pension from income at the rates in force at the end of last month."""
    s = ctx.scenario
    assert s.va is not None
    other = s.ssi.other_unearned_income if s.ssi else ZERO
    day = ctx.month.first_day - timedelta(days=1)
    wages = sum(  # a year's pay at the rates in force at the end of last month
        (
            earn.annual_pay(job)
            for job in s.jobs
            if job.start <= day and (job.end is None or job.end >= day)
        ),
        ZERO,
    )
    rate = law.maximum_rate(
        rate=s.va.pension_rate, family=law.dependents(s), month=ctx.month, rules=ctx.rules
    )
    income = law.family_income(
        scenario=s,
        veteran_annual=wages + (ssdi_payment + other) * 12,
        month=ctx.month,
        rules=ctx.rules,
    )
    return law.computed_pension(
        month=ctx.month,
        rate=rate,
        income=income,
        annual_medical_expenses=s.medical_expenses * 12,
        rules=ctx.rules,
        ex=ex,
    )


def milestones(month: Month, before: VARecord | None, now: VARecord) -> list[Milestone]:
    found = []
    if now.tdiu_warning and (before is None or not before.tdiu_warning):
        found.append(
            milestone(
                month,
                "tdiu_review",
                "Earnings pass the one-person poverty threshold: VA may review TDIU",
            )
        )
    if now.pension_source == "computed" and before is not None and now.pension != before.pension:
        change = "falls" if now.pension < before.pension else "rises"
        found.append(milestone(month, "va_pension_change", f"VA pension {change}"))
    return found


def _output(r: VARecord) -> VAResult:
    return build(
        VAResult,
        compensation=r.compensation,
        pension=r.pension,
        dependents_portion=r.dependents_portion,
        pension_source=r.pension_source,
        maximum_annual_pension_rate=r.maximum_annual_pension_rate,
        countable_income_for_pension=r.countable_income_for_pension,
        tdiu=r.tdiu,
        tdiu_warning=r.tdiu_warning,
        pension_rate=r.pension_rate,
        pension_dependents=r.pension_dependents,
        net_worth_limit=r.net_worth_limit,
    )


# Months without this program share one output (the models are immutable).
NONE_OUTPUT = _output(NONE)


def output(r: VARecord) -> VAResult:
    return NONE_OUTPUT if r is NONE else _output(r)


PROGRAM: Program[VARecord, Carry | None] = Program(
    "va", start, decide, milestones, output, before_start=True
)
