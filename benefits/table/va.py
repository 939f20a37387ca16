"""VA benefits' row in the program table (benefits/programs/va.py).

VA is decided after SSDI (VA pension counts Social Security) and before SSI, HUD and SNAP,
which count VA compensation and pension as unearned income. SSI is not income for VA pension
(38 CFR 3.272(a)), so nothing VA reads comes later.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..money import ZERO
from ..months import Month
from ..programs import va as law
from ..results import Milestone, VAResult, build
from ..rules import RuleBook
from ..scenario import Scenario
from . import ssdi
from .base import Decided, MonthContext, Program, milestone


@dataclass(frozen=True, slots=True)
class VARecord:
    compensation: Decimal
    pension: Decimal
    dependents_portion: Decimal
    pension_source: str  # none | entered | computed
    maximum_annual_pension_rate: Decimal | None
    countable_income_for_pension: Decimal | None
    tdiu: bool
    tdiu_warning: str | None
    ssi: law.SSICount  # how SSI counts them this month


NONE = VARecord(ZERO, ZERO, ZERO, "none", None, None, False, None, law.SSICount(ZERO, ZERO))


def start(scenario: Scenario, rules: RuleBook) -> None:
    return None


def decide(ctx: MonthContext, so_far: Decided, carry: None) -> tuple[VARecord, None]:
    """The month's VA compensation and pension, and how SSI counts them."""
    va = ctx.scenario.va
    if va is None:
        return NONE, None
    s, month, ex = ctx.scenario, ctx.month, ctx.ex if ctx.projected else None
    pension, source = ZERO, "none"
    mapr = countable = None
    if va.pension == "computed":
        other = s.ssi.other_unearned_income if s.ssi else ZERO
        income = (ctx.wage_rate + so_far.get(ssdi.PROGRAM).payment + other) * 12
        found = law.computed_pension(
            month=month,
            annual_income=income,
            annual_medical_expenses=s.medical_expenses * 12,
            rules=ctx.rules,
            ex=ex,
        )
        pension, source = found.monthly, "computed"
        mapr, countable = found.maximum_rate, found.countable_income
    elif va.pension is not None:
        pension, source = va.pension, "entered"
    counted = law.ssi_count(
        compensation=va.disability_compensation,
        pension=pension,
        dependents_portion=va.dependents_portion,
        month=month,
        ex=ex if s.ssi else None,
    )
    warning = None
    if va.tdiu and ctx.projected:
        warning = law.tdiu_warning(
            month=month, monthly_earnings=ctx.wages_earned, rules=ctx.rules, ex=ex
        )
    record = VARecord(
        va.disability_compensation,
        pension,
        va.dependents_portion,
        source,
        mapr,
        countable,
        va.tdiu,
        warning,
        counted,
    )
    return record, None


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
    )


# Months without this program share one output (the models are immutable).
NONE_OUTPUT = _output(NONE)


def output(r: VARecord) -> VAResult:
    return NONE_OUTPUT if r is NONE else _output(r)


PROGRAM = Program("va", start, decide, milestones, output, before_start=True)
