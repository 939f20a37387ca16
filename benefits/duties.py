"""What the person must do and what could go wrong: the phase after every program has decided.

Reads each month's results (and the scenario) and adds `reports` (what to tell which agency, by
when), `warnings` (overpayment risks and what to do, lost benefits, assumed values, the benefits
record's inconsistencies) and `resources` (countable resources at the first moment of the
month); and the projection's `incentives_to_check`. No amount is changed here: the resources
reach SSI and Medicaid before they decide (benefits/programs/resources.py).
"""

from __future__ import annotations

from decimal import Decimal

from .months import Month
from .programs import bpqy as bpqy_rules
from .programs import month_warnings as warn
from .programs import reporting, va
from .programs import resources as res
from .programs import snap_cola as snap_rules
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


def add_duties(
    months: list[MonthResult],
    scenario: Scenario,
    rules: RuleBook,
    resources: dict[Month, res.ResourceMonth],
) -> tuple[list[MonthResult], list[IncentiveCheck]]:
    """Each month with its reports, warnings and resources; and the incentives checklist."""
    events = reporting.job_events(scenario)
    first_over = res.first_month_over(list(resources.values())) if scenario.ssi else None
    plan = scenario.savings
    able_used = bool(plan and (plan.able_balance or plan.able_per_month))
    record = bpqy_rules.record_warnings(scenario, rules)
    if months:
        record += bpqy_rules.ssi_status_warning(scenario, months[0].ssi.status)
    snap_size = 1 + sum(1 for m in scenario.household if m.relationship != "live_in_aide")
    out: list[MonthResult] = []
    snap_over = False
    previous: MonthResult | None = None
    seen_1619b = False
    by_month = {m.month: m for m in months}
    by_budget_month: dict[Month, MonthResult] = {}
    for m in months:  # the first month paid on each budget month
        if m.ssi.budget_month is not None:
            by_budget_month.setdefault(m.ssi.budget_month, m)
    for index, result in enumerate(months):
        month = result.month
        happened = events.get(month, [])
        reports = _reports(
            result,
            happened=happened,
            scenario=scenario,
            months=months,
            snap_over=snap_over,
            snap_size=snap_size,
            rules=rules,
        )
        snap_over = _snap_over(result, snap_size, rules)
        found = resources.get(month)
        warnings = _warnings(
            result,
            previous=previous,
            happened=happened,
            scenario=scenario,
            held=found,
            first_1619b=not seen_1619b,
            lookups=(by_month, by_budget_month),
        )
        seen_1619b = seen_1619b or result.medicaid.basis == "1619b"
        before = resources.get(month.plus(-1))
        crossed = found is not None and found.over_limit and not (before and before.over_limit)
        if found is not None and crossed and reporting.on_ssi(result, scenario):
            reports.append(reporting.resources_report(result, found.countable, found.limit))
        if found is not None and (scenario.ssi or scenario.savings):
            warnings += [
                warn.warning(k, t, c, d)
                for k, t, c, d in res.resource_warnings(found, first_over, able_used, index == 0)
            ]
        if index == 0:
            warnings = [warn.warning(k, t, c) for k, t, c in record] + warnings
        out.append(
            replaced(
                result,
                reports=reports,
                warnings=warnings,
                resources=_resources_result(found)
                if found is not None and (scenario.ssi or scenario.savings)
                else None,
            )
        )
        previous = result
    return out, incentives_to_check(scenario, months)


def _reports(
    result: MonthResult,
    *,
    happened: list[reporting.JobEvent],
    scenario: Scenario,
    months: list[MonthResult],
    snap_over: bool,
    snap_size: int,
    rules: RuleBook,
) -> list[Report]:
    found = reporting.ssa_reports(result, happened, scenario)
    found += reporting.housing_reports(result, happened, scenario, months)
    found += va.va_reports(result, happened)
    if scenario.snap is not None:
        limit = _snap_limit(result.month, snap_size, rules)
        snap = reporting.snap_report(result, limit, snap_size, snap_over)
        found += [snap] if snap else []
    days = scenario.medicaid.buy_in_report_within_days
    if days is not None:
        found += reporting.buy_in_reports(result, happened, days)
    return sorted(found, key=lambda r: r.due)


def _warnings(
    result: MonthResult,
    *,
    previous: MonthResult | None,
    happened: list[reporting.JobEvent],
    scenario: Scenario,
    held: res.ResourceMonth | None,
    first_1619b: bool,
    lookups: tuple[dict[Month, MonthResult], dict[Month, MonthResult]],  # by month, budget month
) -> list[MonthWarning]:
    found = warn.ssdi_warnings(result, scenario)
    found += warn.extra_payday_warning(result, scenario, *lookups)
    found += warn.health_warnings(result, previous, first_1619b)
    found += warn.supplement_warning(result, previous, scenario)
    found += warn.tdiu_warning(result, previous)
    found += va.net_worth_warnings(
        result, previous, held.countable if held is not None else scenario.resources
    )
    found += warn.transition_warnings(result, previous)
    if scenario.medicaid.buy_in_report_within_days is None:
        found += warn.buy_in_warning(result, happened)
    if held is not None:
        found += warn.tax_refund_warning(result, scenario, held.countable, held.limit)
    ssi, ssdi = reporting.on_ssi(result, scenario), reporting.on_ssdi(result, scenario)
    return found + warn.if_overpaid(found, ssi, ssdi)


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
    return result.snap.gross_income > _snap_limit(result.month, size, rules)


def _resources_result(found: res.ResourceMonth) -> ResourcesResult:
    return build(
        ResourcesResult,
        countable=found.countable,
        able_balance=found.able_balance,
        over_limit=found.over_limit,
        limit=found.limit,
    )
