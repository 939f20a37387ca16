"""The projection: the program table (benefits/table) month by month, then its year phases,
then each month's output with net income.

The programs and their order are in benefits/table/__init__.py; this module only runs them.
SSI also decides the two budget months before `start` (20 CFR 416.420).
"""

from __future__ import annotations

from decimal import Decimal
from types import SimpleNamespace
from typing import Any, Final

from . import incomes
from .checks import bad_rules_month_is_bad_input, check_rules_cover
from .duties import add_duties
from .gc_paused import gc_paused
from .money import ZERO
from .months import Month
from .projection_scope import ASSUMPTIONS, NOT_MODELED
from .results import Earnings, IncentiveCheck, Milestone, MonthResult, Projection, build
from .rules import RuleBook, default_rules
from .scenario import Scenario
from .table import (
    POSITION,
    PROGRAMS,
    YEAR_PHASES,
    hud_rent,
    income_tax,
    medicaid,
    medicare,
    resources,
    snap,
    ssdi,
    ssi,
    va,
)
from .table.base import Decided, MonthContext, no_milestones
from .table.context import month_contexts


@gc_paused
@bad_rules_month_is_bad_input
def project(
    scenario: Scenario,
    rules: RuleBook | None = None,
    *,
    explain: bool = True,
    compare_no_work: bool = True,
    duties: bool = True,
) -> Projection:
    """Project every month of the scenario.

    `explain=False` skips the steps (for sweeps). `compare_no_work` also projects the same
    person with no jobs, so each month shows `net_income_change_vs_no_work`. `duties=False`
    leaves out the reports, warnings and incentives (an hours sweep reads only the amounts).
    """
    rules = rules or default_rules()
    check_rules_cover(scenario, rules)  # bad dates are a ScenarioError naming the field
    baseline: dict[Month, Decimal] | None = None
    if compare_no_work and scenario.jobs:
        baseline = no_work_baseline(scenario, rules)
    return _project(
        scenario=scenario, rules=rules, explain=explain, baseline=baseline, duties=duties
    )


# The no-work comparison of recent people: a screen re-projects the same person at each slider
# or hours level, and the comparison does not depend on the jobs.
_BASELINES: dict[str, tuple[RuleBook, dict[Month, Decimal]]] = {}


def no_work_baseline(scenario: Scenario, rules: RuleBook) -> dict[Month, Decimal]:
    """Net income by month of the same person with no jobs (figured once per person)."""
    idle = scenario.model_copy(update={"jobs": []})
    key = idle.model_dump_json()
    found = _BASELINES.get(key)
    if found is not None and found[0] is rules:
        return found[1]
    if len(_BASELINES) >= 64:
        _BASELINES.pop(next(iter(_BASELINES)))
    months = {m.month: m.net_income for m in _numbers(idle, rules)}
    _BASELINES[key] = (rules, months)
    return months


Decisions = list[tuple[MonthContext, Decided]]


class MonthNumbers:
    """A month's amounts as the projection gives them, read from the programs' records (which
    carry the same fields as the output models); for callers that need only the numbers."""

    def __init__(
        self,
        month: Month,
        wages_paid: Decimal,
        ssi: Any,  # the programs' records (benefits/table/*.py), named as in MonthResult
        ssdi: Any,
        housing: Any,
        medicaid: Any,
        medicare: Any,
        taxes: Any,
        snap: Any,
        va: Any,
        total_income: Decimal,
        net_income: Decimal,
    ) -> None:
        self.month: Final = month
        self.wages_paid: Final = wages_paid
        self.ssi: Final = ssi
        self.ssdi: Final = ssdi
        self.housing: Final = housing
        self.medicaid: Final = medicaid
        self.medicare: Final = medicare
        self.taxes: Final = taxes
        self.snap: Final = snap
        self.va: Final = va
        self.total_income: Final = total_income
        self.net_income: Final = net_income


@gc_paused
@bad_rules_month_is_bad_input
def numbers(scenario: Scenario, rules: RuleBook | None = None) -> list[MonthNumbers]:
    """Each month's amounts, total and net income exactly as `project` gives them, without
    anything a caller of amounts never reads: steps, milestones, output models, reports,
    warnings and the no-work comparison (the hours sweep; tests/test_sweep.py checks that the
    numbers equal the full projection's)."""
    rules = rules or default_rules()
    check_rules_cover(scenario, rules)
    return _numbers(scenario, rules)


def _numbers(scenario: Scenario, rules: RuleBook) -> list[MonthNumbers]:
    months, _ = _month_loop(scenario, rules, False, milestones=False)
    _year_phases(months, milestones=False)
    found = []
    for ctx, so_far in months:
        r = so_far.records
        ssi_, ssdi_, housing, medicaid_, medicare_, taxes, snap_, va_ = (
            r[_SSI], r[_SSDI], r[_HOUSING], r[_MEDICAID], r[_MEDICARE], r[_TAXES], r[_SNAP],
            r[_VA],
        )  # fmt: skip
        # The income lines read the month's records by name (benefits/incomes.py).
        parts = MonthNumbers(
            ctx.month, ctx.wages_paid, ssi_, ssdi_, housing, medicaid_, medicare_, taxes, snap_,
            va_, ZERO, ZERO,
        )  # fmt: skip
        total, net = incomes.totals(parts)
        found.append(
            MonthNumbers(
                ctx.month,
                ctx.wages_paid,
                ssi_,
                ssdi_,
                housing,
                medicaid_,
                medicare_,
                taxes,
                snap_,
                va_,
                total,
                net,
            )  # fmt: skip
        )
    return found


# Where MonthNumbers' records are in a month's `Decided` (after every row has decided).
_SSI, _SSDI, _HOUSING, _MEDICAID, _MEDICARE, _TAXES, _SNAP, _VA = (
    POSITION[row.name]
    for row in (ssi.PROGRAM, ssdi.PROGRAM, hud_rent.PROGRAM, medicaid.PROGRAM, medicare.PROGRAM,
                income_tax.PHASE, snap.PROGRAM, va.PROGRAM)
)  # fmt: skip


def _project(
    *,
    scenario: Scenario,
    rules: RuleBook,
    explain: bool,
    baseline: dict[Month, Decimal] | None,
    duties: bool = True,  # the no-work comparison needs only net income
) -> Projection:
    """The program table, month by month, then the year phases; `baseline` is the no-work
    net income by month, if compared."""
    months, milestones = _month_loop(scenario, rules, explain)
    milestones += _year_phases(months)
    results = [_month_result(ctx, so_far, baseline) for ctx, so_far in months]
    # What to report and what could go wrong: a phase after every program has decided.
    incentives: list[IncentiveCheck] = []
    if duties:
        held = {ctx.month: so_far.get(resources.PROGRAM) for ctx, so_far in months}
        results, incentives = add_duties(results, scenario, rules, held)
    return build(
        Projection,
        scenario=scenario.name,
        start=scenario.start,
        months=results,
        milestones=sorted(milestones, key=lambda m: m.month),
        not_modeled=NOT_MODELED,
        assumptions=ASSUMPTIONS,
        engine="benefits 0.1.0",
        incentives_to_check=incentives,
    )


def _month_loop(
    scenario: Scenario, rules: RuleBook, explain: bool, *, milestones: bool = True
) -> tuple[Decisions, list[Milestone]]:
    """Each month, each program of the table in the law's order."""
    carried = [row.start(scenario, rules) for row in PROGRAMS]
    months: Decisions = []
    found_milestones: list[Milestone] = []
    seen: set[str] = set()
    before: Decided | None = None
    every = [(at, row.decide) for at, row in enumerate(PROGRAMS)]
    budget = [(at, row.decide) for at, row in enumerate(PROGRAMS) if row.before_start]
    with_milestones = [
        (at, row) for at, row in enumerate(PROGRAMS) if row.milestones is not no_milestones
    ]
    decided = len(PROGRAMS)  # the reader's position once every program has decided
    for ctx in month_contexts(scenario, rules, explain):
        so_far = Decided(POSITION)
        records = so_far.records
        for at, decide in every if ctx.projected else budget:
            so_far.reader = at
            records[at], carried[at] = decide(ctx, so_far, carried[at])
        so_far.reader = decided
        if not ctx.projected:
            continue
        for at, row in with_milestones if milestones else ():
            earlier = before.records[at] if before else None
            for found in row.milestones(ctx.month, earlier, records[at]):
                if found.kind in row.once:
                    if found.kind in seen:
                        continue
                    seen.add(found.kind)
                found_milestones.append(found)
        months.append((ctx, so_far))
        before = so_far
    return months, found_milestones


def _year_phases(months: Decisions, *, milestones: bool = True) -> list[Milestone]:
    """Income tax and the EITC, which need whole tax years, decided month by month after."""
    found: list[Milestone] = []
    for offset, phase in enumerate(YEAR_PHASES):
        at = len(PROGRAMS) + offset
        carry = phase.start(months)
        before = None
        for ctx, so_far in months:
            so_far.reader = at
            record, carry = phase.decide(ctx, so_far, carry)
            so_far.records[at] = record
            so_far.reader = len(POSITION)
            if milestones:
                found += phase.milestones(ctx.month, before, record)
            before = record
    return found


def _month_result(
    ctx: MonthContext, so_far: Decided, baseline: dict[Month, Decimal] | None
) -> MonthResult:
    """The month's output: each row's output model, then total and net income from the
    income lines (benefits/incomes.py)."""
    parts = SimpleNamespace(
        wages_paid=ctx.wages_paid,
        ssi=ssi.output(so_far.get(ssi.PROGRAM)),
        ssdi=ssdi.output(so_far.get(ssdi.PROGRAM)),
        housing=hud_rent.output(so_far.get(hud_rent.PROGRAM)),
        medicaid=medicaid.output(so_far.get(medicaid.PROGRAM)),
        medicare=medicare.output(so_far.get(medicare.PROGRAM)),
        taxes=income_tax.output(so_far.get(income_tax.PHASE)),
        snap=snap.output(so_far.get(snap.PROGRAM)),
        va=va.output(so_far.get(va.PROGRAM)),
    )
    total, net = incomes.totals(parts)
    ex = ctx.ex
    if ex:
        incomes.explain_net(parts, net, ex, ctx.memo)
    change = None if ctx.scenario.jobs else ZERO  # no jobs: the same as not working
    if baseline is not None:
        change = net - baseline[ctx.month]
    return build(
        MonthResult,
        month=ctx.month,
        wages_earned=ctx.wages_earned,
        wages_paid=ctx.wages_paid,
        ssi=parts.ssi,
        ssdi=parts.ssdi,
        housing=parts.housing,
        medicaid=parts.medicaid,
        medicare=parts.medicare,
        taxes=parts.taxes,
        snap=parts.snap,
        va=parts.va,
        total_income=total,
        net_income=net,
        net_income_change_vs_no_work=change,
        earnings=_earnings(ctx),
        steps=ex.steps if ex else [],
        carried_forward=sorted(ex.carried) if ex else [],
        reports=[],  # added by add_duties, which reads every month
        warnings=[],
        resources=None,
    )


def _earnings(ctx: MonthContext) -> list[Earnings]:
    """Each job's paydays, paycheck and wages this month."""
    return [
        build(
            Earnings,
            job=j.job,
            name=j.name,
            paydays=list(j.paydays),
            paycheck=j.paycheck,
            wages_paid=j.wages_paid,
            wages_earned=j.wages_earned,
        )
        for j in ctx.jobs
    ]
