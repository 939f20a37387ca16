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

NOT_MODELED = [
    "Medicaid: the 1619(b) threshold is sourced for few states (enter yours from SSA's chart "
    "in medicaid.threshold_1619b); buy-in income counting, premiums that vary, 209(b) states' own "
    "rules, medically needy spend-down, and Medicare Savings Program resource tests are not "
    "modelled; the 1619(b) Medicaid-use test and attendant care in the individualized "
    "threshold are not modelled (PASS earnings set aside are deducted from the 12-month "
    "earnings, POMS SI 00870.010 A.3); the Pickle amendment is applied only after a month of "
    "SSI with SSDI in the projection, and the continuations for disabled adult children and "
    "widow(er)s (Social Security Act 1634(c), (d)) are not modelled.",
    "Taxes: state and local income tax, the child tax credit, itemized deductions, married "
    "filing, and the IRS tax tables (income tax is figured exactly from the rate schedule; "
    "withholding is estimated by spreading the year's tax over its wages, not by Pub. 15-T) are "
    "not modelled. Payroll tax counts wages from start only toward the yearly wage base and "
    "leaves out the 0.9% additional Medicare tax. A lump-sum SSDI back payment for earlier "
    "years (taxable in the year received, or by the election of 26 U.S.C. 86(e) with IRS Pub. "
    "915's lump-sum worksheets) is not an input: enter only the benefits paid each month.",
    "SSI state supplements: amounts are sourced for a few states (enter yours as "
    "ssi.state_supplement); state-administered supplements' own income rules are not modelled.",
    "SNAP: Alaska and Hawaii amounts, the resource test, state broad-based categorical "
    "eligibility (set snap.categorically_eligible), a state's standard medical deduction in "
    "place of the costs above $35 and its option to round amounts to the dollar, the child "
    "support deduction (7 CFR 273.9(d)(5)), the homeless shelter deduction, and prorated first "
    "months are not modelled.",
    "HUD rent: HOTMA's phased-in medical-deduction relief and hardship exemptions, the cap of "
    "disability "
    "assistance and child care deductions at the earnings they enable, asset income, flat "
    "rents in public housing, and the 40% initial rent burden limit are not modelled.",
    "SSI for couples, deeming from a spouse or parent, and self-employment are not modelled; "
    "a PASS excludes the income entered as ssi.pass_earned and ssi.pass_unearned, but the "
    "resources it sets aside (20 CFR 416.1225) are not modelled; in-kind support is only "
    "shelter entered as ssi.in_kind_shelter (public "
    "assistance households and the business-arrangement rule are not decided).",
    "Resources: savings follow the plan in `savings` (they are not spent, and tax refunds "
    "and the EITC kept past their 12-month exclusion are not added); resources other than "
    "cash savings and an ABLE account, and ABLE's rule that SSI-based Medicaid continues when "
    "only the ABLE balance over $100,000 stops SSI, are not modelled. Reports follow the "
    "federal rules: a state's own SNAP reporting system and a Medicaid buy-in's reporting rule "
    "(enter medicaid.buy_in_report_within_days) are not known to the engine.",
    "SSI: non-recurring income in the first month after ineligibility is found by source "
    "(a job's last paycheck, a benefit that stopped); proration of the first month after "
    "ineligibility (POMS SI 02005.008) and the 24-month initial reinstatement period after an "
    "SSI reinstatement are not modelled.",
    "SSDI: averaging of earnings (20 CFR 404.1574a) is flagged where it could change the "
    "cessation month, not computed; an unsuccessful work attempt is an input "
    "(jobs[].unsuccessful_work_attempt); expedited reinstatement assumes SSA approves the "
    "request; the annual earnings test before full retirement age, self-employment, "
    "auxiliary (family) benefits, and the rule for statutorily blind people aged 55 or older "
    "whose work does not use their former skills (20 CFR 404.1583; POMS DI 11010.175: "
    "benefits are suspended for months of SGA, not ended) are not modelled.",
    "VA: an entered pension stays as entered (choose 'computed' to follow the maximum rate "
    "and income); the net worth limit (38 CFR 3.274-3.276) is a warning on resources plus "
    "countable income, not a decision; the computed pension leaves out "
    "two veterans married to each other, survivors pension, a child's income the hardship "
    "rule excludes, payment less often than monthly under $228 a year (38 CFR 3.30), the "
    "proportionate income limitation, and the year-end reconciliation with the income VA "
    "finds (38 CFR 3.271); a household member's unearned income is counted in full (leave out "
    "their SSI). Census poverty thresholds after 2021 are not yet sourced and carry forward "
    "(enter va.poverty_threshold). The dependents' portion of a computed pension is not "
    "figured (enter va.dependents_portion from VA's letter). The Medicare Part B and "
    "Medicaid premiums the veteran pays are medical expenses for VA (38 CFR 3.278(b)) but are "
    "not added to the medical expenses a computed pension deducts. TDIU is a warning only.",
]

ASSUMPTIONS = [
    "Wages are counted for SSI in the month paid (20 CFR 416.1111(a)); for SSDI in the month "
    "paid unless ssdi.count_wages_when is 'earned' (BBA 2015 section 825; POMS DI 10505.005).",
    "SSDI for a month is paid, and counted by SSI as unearned income, in the next month (POMS "
    "SI 00830.010, SI 00810.030); the cost-of-living increase arrives with December's benefit "
    "in January, and the January and February SSI payments add it to the budget month's "
    "benefit (20 CFR 416.420(a)). Before start SSDI is taken as paid every month.",
    "SSI: a scenario with an ssi section is taken as a person in a period of SSI eligibility at "
    "start (set ssi.paid_before_start false for someone never paid SSI); months before start "
    "are not counted toward the 12 months of suspension that terminate SSI (20 CFR 416.1335); "
    "a month of $0 for earnings is taken as 1619(b) status when the year's earnings are within "
    "the threshold (or the threshold is unknown), the other 1619(b) tests (disability, the "
    "Medicaid-use test, resources) being met; an expedited reinstatement request is taken as "
    "approved.",
    "In the two budget months before start, SSDI is taken as paid at the benefit amount given "
    "for start.",
    "SSDI: a record with a cessation month and no ninth trial work month takes the trial work "
    "period as ending the month before cessation (enter ssdi.twp_end_month); when a cessation "
    "came before start, extended Medicare is counted from the earliest month SSDI can have "
    "gone unpaid for work after the EPE's 15th month (42 CFR 406.12(e)), which never "
    "overstates it.",
    "The student earned income exclusion applies in months that begin before the 22nd "
    "birthday is attained (a person attains an age the day before the birthday, SSR 63-15).",
    "HUD annual income uses each income at its current rate x 12: wages of jobs in force on the "
    "first day of the month, SSI at the amount those wages give (without payday timing), SSDI "
    "as paid that month.",
    "HUD interims: a decrease takes effect the month after the change; an increase (under the "
    "old rules only when the agency processes increases) the second month after, once the 30 "
    "days' notice has run.",
    "Tax years: wages come from the jobs for all 12 months; SSDI counts in the year it is "
    "received (each month's benefit is paid the month after, so December's in January, as "
    "Form SSA-1099 reports it); before start it is taken at the benefit given for start (from "
    "ssdi.entitlement_month when given), and after the last projected month as in that "
    "month. Tax refunds and the EITC are not income for SSI, HUD or SNAP, and are excluded "
    "from SSI resources for 12 months (20 CFR 416.1103(g), 416.1235).",
    "VA compensation is entered as paid for start; from each December after start it rises "
    "by Social Security's cost-of-living percentage, to the cent (38 U.S.C. 1104; Congress "
    "has enacted the same percentage each year), with the dependents' portion; a December "
    "whose COLA is not yet published keeps the amount. VA pension is figured on income at the "
    "rates in force at the end of the month before (a change counts from the month after it, "
    "38 U.S.C. 5112(b)(4)); a disabled child in the household is taken as a child incapable "
    "of self-support since before 18 (38 CFR 3.57(a)(1)(ii)). SSI, HUD and SNAP count a "
    "month's VA benefit in that month (VA pays it on the first business day of the next, or "
    "the last of the same month when the first is a weekend or holiday): steady amounts are "
    "the same either way, and a change reaches SSI a month sooner here.",
]


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
