"""What the person must do and what could go wrong: the phase after every program has decided.

Reads each month's results (and the scenario) and adds `reports` (what to tell which agency, by
when), `warnings` (overpayment risks and what to do, lost benefits, assumed values, the benefits
record's inconsistencies) and `resources` (countable resources at the first moment of the
month); and the projection's `incentives_to_check`. No amount is changed here: the resources
reach SSI and Medicaid before they decide (benefits/programs/resources.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from .months import Month
from .programs import bpqy as bpqy_rules
from .programs import month_warnings as warn
from .programs import reporting
from .programs import resources as res
from .programs import snap_cola as snap_rules
from .programs import va_pension as va
from .programs.incentives import incentives_to_check
from .results import (
    IncentiveCheck,
    MonthResult,
    MonthWarning,
    Report,
    ResourcesResult,
    build,
    replaced,
)
from .rules import RuleBook
from .scenario import Scenario


@dataclass(frozen=True, slots=True)
class Projected:
    """What each month's duties read of the whole projection."""

    scenario: Scenario
    rules: RuleBook
    months: list[MonthResult]
    resources: dict[Month, res.ResourceMonth]  # at the first moment of each month
    events: dict[Month, list[reporting.JobEvent]]  # job starts and ends
    first_over: res.ResourceMonth | None  # SSI: the first month that starts over the limit
    able_used: bool
    # SNAP's household for the gross income limit: the person and every member but a live-in
    # aide (a live-in attendant is not a household member, 7 CFR 273.1).
    snap_size: int
    # The extra-payday warning's look-ups: each month, and the first month paid on each budget
    # month (SSI's retrospective accounting, 20 CFR 416.420).
    by_month: dict[Month, MonthResult]
    by_budget_month: dict[Month, MonthResult]


def add_duties(
    months: list[MonthResult],
    scenario: Scenario,
    rules: RuleBook,
    resources: dict[Month, res.ResourceMonth],
) -> tuple[list[MonthResult], list[IncentiveCheck]]:
    """Each month with its reports, warnings and resources; and the incentives checklist."""
    whole = _projected(months, scenario, rules, resources)
    record = bpqy_rules.record_warnings(scenario, rules)  # the record's, shown in the first month
    if months:
        record += bpqy_rules.ssi_status_warning(scenario, months[0].ssi.status)
    out: list[MonthResult] = []
    snap_over = False  # SNAP: last month's gross income was over the limit (already reported)
    previous: MonthResult | None = None
    seen_1619b = False
    for index, result in enumerate(months):
        happened = whole.events.get(result.month, [])
        reports = _reports(result, happened=happened, whole=whole, snap_over=snap_over)
        snap_over = _snap_over(result, whole.snap_size, rules)
        warnings = _warnings(
            result,
            previous=previous,
            happened=happened,
            whole=whole,
            first_1619b=not seen_1619b,
            first=index == 0,
        )
        if index == 0:
            warnings = [warn.warning(k, t, c) for k, t, c in record] + warnings
        seen_1619b = seen_1619b or result.medicaid.basis == "1619b"
        held = _shown_resources(whole, result.month)
        out.append(
            replaced(
                result,
                reports=reports,
                warnings=warnings,
                resources=_resources_result(held) if held is not None else None,
            )
        )
        previous = result
    return out, incentives_to_check(scenario, months)


def _projected(
    months: list[MonthResult],
    scenario: Scenario,
    rules: RuleBook,
    resources: dict[Month, res.ResourceMonth],
) -> Projected:
    plan = scenario.savings
    by_budget_month: dict[Month, MonthResult] = {}
    for m in months:  # the first month paid on each budget month
        if m.ssi.budget_month is not None:
            by_budget_month.setdefault(m.ssi.budget_month, m)
    return Projected(
        scenario=scenario,
        rules=rules,
        months=months,
        resources=resources,
        events=reporting.job_events(scenario),
        first_over=res.first_month_over(list(resources.values())) if scenario.ssi else None,
        able_used=bool(plan and (plan.able_balance or plan.able_per_month)),
        snap_size=1 + sum(1 for m in scenario.household if m.relationship != "live_in_aide"),
        by_month={m.month: m for m in months},
        by_budget_month=by_budget_month,
    )


def _shown_resources(whole: Projected, month: Month) -> res.ResourceMonth | None:
    """The month's resources, shown for SSI (20 CFR 416.1201-416.1207) or a savings plan."""
    found = whole.resources.get(month)
    return found if whole.scenario.ssi or whole.scenario.savings else None


def _reports(
    result: MonthResult,
    *,
    happened: list[reporting.JobEvent],
    whole: Projected,
    snap_over: bool,
) -> list[Report]:
    """What to tell each agency about the month, by when: SSA, the housing agency, VA, SNAP
    and the buy-in, by due date; then SSI's report of resources that start a month over the
    limit, the first such month of a run (20 CFR 416.708; 416.714(a))."""
    scenario, month = whole.scenario, result.month
    found = reporting.ssa_reports(result, happened, scenario)
    found += reporting.housing_reports(result, happened, scenario, whole.months)
    found += va.va_reports(result, happened)
    if scenario.snap is not None:
        limit = _snap_limit(month, whole.snap_size, whole.rules)
        snap = reporting.snap_report(result, limit, whole.snap_size, snap_over)
        found += [snap] if snap else []
    days = scenario.medicaid.buy_in_report_within_days
    if days is not None:
        found += reporting.buy_in_reports(result, happened, days)
    found.sort(key=lambda r: r.due)
    held, before = whole.resources.get(month), whole.resources.get(month.plus(-1))
    crossed = held is not None and held.over_limit and not (before and before.over_limit)
    if held is not None and crossed and reporting.on_ssi(result, scenario):
        found.append(reporting.resources_report(result, held.countable, held.limit))
    return found


def _warnings(
    result: MonthResult,
    *,
    previous: MonthResult | None,
    happened: list[reporting.JobEvent],
    whole: Projected,
    first_1619b: bool,
    first: bool,
) -> list[MonthWarning]:
    """Overpayment risks and what to do, lost benefits and assumed values; then the month's
    resource warnings (ahead of the first month over SSI's limit, each month over it, ABLE)."""
    scenario, held = whole.scenario, whole.resources.get(result.month)
    found = warn.ssdi_warnings(result, scenario)
    found += warn.extra_payday_warning(result, scenario, whole.by_month, whole.by_budget_month)
    found += warn.health_warnings(result, previous, first_1619b)
    found += warn.supplement_warning(result, previous, scenario)
    found += warn.tdiu_warning(result, previous)
    found += va.net_worth_warnings(
        result, previous, held.countable if held is not None else scenario.resources
    )
    found += warn.transition_warnings(result, previous)
    found += warn.final_paycheck_warning(result, scenario)
    found += warn.medical_premium_warning(result, previous, scenario)
    if scenario.medicaid.buy_in_report_within_days is None:
        found += warn.buy_in_warning(result, happened)
    if held is not None:
        found += warn.tax_refund_warning(result, scenario, held.countable, held.limit)
    ssi, ssdi = reporting.on_ssi(result, scenario), reporting.on_ssdi(result, scenario)
    found += warn.if_overpaid(found, ssi, ssdi)
    shown = _shown_resources(whole, result.month)
    if shown is not None:
        found += [
            warn.warning(k, t, c, d)
            for k, t, c, d in res.resource_warnings(shown, whole.first_over, whole.able_used, first)
        ]
    return found


def _snap_limit(month: Month, size: int, rules: RuleBook) -> Decimal:
    limit, _ = snap_rules.by_household_size(
        table=snap_rules.GROSS_INCOME_LIMIT,
        each_additional=snap_rules.GROSS_INCOME_LIMIT_EACH_ADDITIONAL,
        size=size,
        month=month,
        rules=rules,
    )
    return limit


def _snap_over(result: MonthResult, size: int, rules: RuleBook) -> bool:
    if result.snap.status in ("none", "not_modelled"):
        return False
    return result.snap.gross_income_received > _snap_limit(result.month, size, rules)


def _resources_result(found: res.ResourceMonth) -> ResourcesResult:
    return build(
        ResourcesResult,
        countable=found.countable,
        able_balance=found.able_balance,
        over_limit=found.over_limit,
        limit=found.limit,
    )
