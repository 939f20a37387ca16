"""Reporting duties: what the person must tell each agency, and by when.

- SSI: wages and other changes are due within 10 days after the close of the month in which
  they happened (20 CFR 416.708, 416.714(a)); a late report can cost a penalty deduction
  (416.722-416.724). SSA takes wage reports by its mobile app, its telephone wage reporting
  system and my Social Security (SSI Spotlight on Electronic Wage Reporting Tools).
- SSDI: work starting, stopping, more work or higher earnings must be reported promptly
  (20 CFR 404.1588(a)); the rule sets no number of days, so the calendar puts the report on the
  day of the change. SSA gives a receipt for a work report (SSA Handbook section 523).
- HUD: the agency's plan sets when a family must report a change in income (24 CFR
  982.516 vouchers, 960.257 public housing, 5.657 project-based Section 8; HOTMA: Notice PIH
  2023-27); the number of days is the scenario's `housing.report_within_days`.
- SNAP simplified reporting: report when the household's gross income passes the gross income
  limit (130% of the poverty line) by the 10th of the month after (7 CFR 273.12(a)(5)(v)).
- Medicaid buy-in: the state sets its own reporting rule (`medicaid.buy_in_report_within_days`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from ..money import dollars
from ..months import Month
from ..results import MonthResult, Report, build, replaced
from ..scenario import Job, Scenario
from . import hud_rent

SSA = "Social Security Administration"
SNAP_OFFICE = "the SNAP office (the state SNAP agency)"
MEDICAID_AGENCY = "the state Medicaid agency"

CITE_SSI = "20 CFR 416.708, 416.714(a)"
CITE_SSDI = "20 CFR 404.1588(a); SSA Handbook section 523"
CITE_SNAP = "7 CFR 273.12(a)(5)(v)"
CITE_HOUSING = {
    "housing_choice_voucher": "24 CFR 982.516",
    "project_based_voucher": "24 CFR 982.516; 24 CFR 983.2",
    "public_housing": "24 CFR 960.257",
    "project_based_section8": "24 CFR 5.657",
}
CITE_HOTMA = "Notice PIH 2023-27"
HOW_SSI = (
    "With the SSA Mobile Wage Reporting app, the SSI Telephone Wage Reporting system or "
    "myWageReport in my Social Security (ask your local office to set you up), or bring the "
    "pay stubs to your local office. SSA asks for wage reports in the first six days of the "
    "month, to get the next payment right (SSI Spotlight on Electronic Wage Reporting Tools)."
)
HOW_SSDI = (
    "Online with myWageReport in my Social Security, by phone at 1-800-772-1213, or at your "
    "local office; keep the receipt SSA gives you."
)

ON_RECORD_SSI = frozenset({"none", "terminated"})  # statuses that mean no SSI record to report to
# Converted to retirement benefits at full retirement age, work no longer ends the benefit
# (20 CFR 404.316(b)): 404.1588's duty to report work for disability ends with it.
ON_RECORD_SSDI = frozenset({"none", "terminated", "converted_retirement"})


@dataclass(frozen=True, slots=True)
class JobEvent:
    """A job starting or ending inside the projection."""

    day: date
    kind: str  # start | end
    label: str
    pay: str


def job_events(scenario: Scenario) -> dict[Month, list[JobEvent]]:
    """The job starts and ends between the first day of `start` and the last projected day."""
    first, last = scenario.start.first_day, scenario.end.last_day
    found: dict[Month, list[JobEvent]] = {}
    for number, job in enumerate(scenario.jobs):
        label = job.name or f"job {number + 1}"
        pay = _pay_words(job)
        if first <= job.start <= last:
            found.setdefault(Month.of(job.start), []).append(
                JobEvent(job.start, "start", label, pay)
            )
        if job.end is not None and first <= job.end <= last:
            found.setdefault(Month.of(job.end), []).append(JobEvent(job.end, "end", label, pay))
    return found


def _pay_words(job: Job) -> str:
    if job.monthly_gross is not None:
        pay = f"{dollars(job.monthly_gross)} a month"
    else:
        assert job.hourly_wage is not None and job.hours_per_week is not None
        pay = f"{dollars(job.hourly_wage)} an hour, {job.hours_per_week} hours a week"
    return f"{pay}, paid {job.pay_frequency}"


def tenth_of_next_month(month: Month) -> date:
    """The 10th of the month after `month`: the SSI and SNAP deadline."""
    return month.plus(1).first_day.replace(day=10)


def on_ssi(result: MonthResult, scenario: Scenario) -> bool:
    return scenario.ssi is not None and result.ssi.status not in ON_RECORD_SSI


def on_ssdi(result: MonthResult, scenario: Scenario) -> bool:
    return scenario.ssdi is not None and result.ssdi.status not in ON_RECORD_SSDI


def ssa_reports(result: MonthResult, events: list[JobEvent], scenario: Scenario) -> list[Report]:
    """Reports to SSA: the month's SSI wages, and every job start or end for SSI or SSDI."""
    month, found = result.month, []
    ssi, ssdi = on_ssi(result, scenario), on_ssdi(result, scenario)
    if ssi and result.wages_paid > 0:
        days = ", ".join(d.isoformat() for e in result.earnings for d in e.paydays)
        found.append(
            _report(
                SSA,
                "SSI: report the gross wages paid in the month (every paycheck).",
                details=f"{month}: {dollars(result.wages_paid)} paid (paydays {days}).",
                due=tenth_of_next_month(month),
                cite=CITE_SSI,
                how=HOW_SSI,
            )
        )
    for event in events if (ssi or ssdi) else []:
        if not ssdi and event.kind == "start" and found:
            # SSI alone: the new job is reported with the month's wages (the same deadline).
            wages = found[0]
            found[0] = replaced(
                wages, details=f"{wages.details} Work started at {event.label} {event.day}."
            )
            continue
        verb = "started work" if event.kind == "start" else "stopped work"
        programs = " and ".join(p for p, on in (("SSI", ssi), ("SSDI", ssdi)) if on)
        what = f"{programs}: tell SSA you {verb}."
        if ssdi:
            what += " Promptly (no set number of days), with work expenses and help on the job."
        found.append(
            _report(
                SSA,
                what,
                details=f"{event.label}: work {'starts' if event.kind == 'start' else 'ends'} "
                f"{event.day} ({event.pay}).",
                due=event.day if ssdi else tenth_of_next_month(month),
                cite="; ".join(c for c, on in ((CITE_SSI, ssi), (CITE_SSDI, ssdi)) if on),
                how=HOW_SSDI if ssdi else HOW_SSI,
            )
        )
    return found


def housing_reports(
    result: MonthResult, events: list[JobEvent], scenario: Scenario, later: list[MonthResult]
) -> list[Report]:
    """Reports to the housing agency of each job start or end, under the agency's policy."""
    housing = scenario.housing
    if housing is None or result.housing.status == "none" or not events:
        return []
    days = housing.report_within_days
    default = "report_within_days" not in housing.model_fields_set
    deadline = f"within {days} days" + (
        " (a common default: the agency's plan sets it, housing.report_within_days)"
        if default
        else " (the agency's plan)"
    )
    to = (
        "the property owner or manager (project-based Section 8)"
        if housing.program == "project_based_section8"
        else "the housing agency"
    )
    hotma = hud_rent.regime(result.month, housing) == "hotma"  # the rules of an interim now
    cite = CITE_HOUSING[housing.program] + ("; " + CITE_HOTMA if hotma else "")
    found = []
    for event in events:
        change = "new income" if event.kind == "start" else "lost income"
        effect, when = _housing_effect(
            event, policy=housing.interim_policy, hotma=hotma, month=result.month, later=later
        )
        what = f"Report the {change} {deadline}. {effect}"
        details = f"{event.label}: work {event.kind}s {event.day} ({event.pay})" + (
            f"; {when}." if when else "."
        )
        due = event.day + timedelta(days=days)
        found.append(_report(to, what, details=details, due=due, cite=cite, how=""))
    return found


def _housing_effect(
    event: JobEvent, *, policy: str, hotma: bool, month: Month, later: list[MonthResult]
) -> tuple[str, str]:
    """What the report does to the rent, in words; and when the projection shows the change."""
    now = next((m.housing.total_tenant_payment for m in later if m.month == month), None)
    changed = next(
        (
            m
            for m in later
            if m.month > month
            and m.housing.reexam != "none"
            and m.housing.total_tenant_payment != now
        ),
        None,
    )
    when = (
        f"the projection shows the total tenant payment changing to "
        f"{dollars(changed.housing.total_tenant_payment)} at the {changed.housing.reexam} "
        f"reexamination effective {changed.month}"
        if changed
        else ""
    )
    if event.kind == "end":
        rule = (
            "the agency processes a decrease of 10% or more of adjusted income (HOTMA)."
            if hotma
            else "the agency must process a reported decrease."
        )
        return f"Ask for an interim reexamination: {rule}", when
    if hotma:
        return (
            "Under HOTMA an increase in earned income is not counted at an interim "
            "reexamination unless the family had an interim decrease earlier in the year, so "
            "the rent usually waits for the annual reexamination.",
            when,
        )
    if policy == "decreases_only":
        return (
            "The agency's interim policy is decreases only: the rent should not go up until the "
            "annual reexamination, but the plan still requires the report.",
            when,
        )
    return "The agency recalculates the rent when income rises, after 30 days' notice.", when


def snap_report(
    result: MonthResult, gross_limit: Decimal, size: int, already_over: bool
) -> Report | None:
    """SNAP simplified reporting: the first month gross income passes the gross income limit."""
    gross = result.snap.gross_income_received  # as received (7 CFR 273.12(a)(5)(v))
    if result.snap.status in ("none", "not_modelled") or gross <= gross_limit or already_over:
        return None
    if result.snap.budgeted_earnings is not None and result.snap.gross_income > gross_limit:
        return None  # simplified reporting: the allotment already counts income over the limit
    return _report(
        SNAP_OFFICE,
        "Report that the household's gross income went over the gross income limit (130% of "
        "the poverty line) - simplified reporting. Once reported, the next report is due at the "
        "periodic report or recertification.",
        details=f"{result.month}: gross income {dollars(gross)}; the limit for {size} person(s) "
        f"is {dollars(gross_limit)}.",
        due=tenth_of_next_month(result.month),
        cite=CITE_SNAP,
        how="As your SNAP notice says (online, by phone, mail or in person). If your state put "
        "your household on a different reporting system, follow the notice.",
    )


def buy_in_reports(result: MonthResult, events: list[JobEvent], days: int) -> list[Report]:
    """Reports of income changes to the state's Medicaid buy-in (its premium follows income)."""
    if result.medicaid.basis != "buy_in":
        return []
    return [
        _report(
            MEDICAID_AGENCY,
            "Medicaid buy-in: report the change in work; the premium depends on income.",
            details=f"{e.label}: work {e.kind}s {e.day} ({e.pay}).",
            due=e.day + timedelta(days=days),
            cite="42 U.S.C. 1396a(a)(10)(A)(ii)(XIII), (XV); the state's buy-in rules "
            "(medicaid.buy_in_report_within_days)",
            how="",
        )
        for e in events
    ]


def _report(to: str, what: str, *, details: str, due: date, cite: str, how: str) -> Report:
    return build(Report, to=to, what=what, details=details, due=due, cite=cite, how=how)


def resources_report(result: MonthResult, countable: Decimal, limit: Decimal) -> Report:
    """SSI: countable resources that start a month over the limit are a change to report."""
    return _report(
        SSA,
        "SSI: report that your countable resources went over the limit (bank statements of "
        "every account).",
        details=f"{dollars(countable)} at the first moment of {result.month}; the limit is "
        f"{dollars(limit)}.",
        due=tenth_of_next_month(result.month),
        cite="20 CFR 416.708; 20 CFR 416.714(a); 20 CFR 416.1207",
        how="At your local Social Security office, by phone at 1-800-772-1213, or by mail.",
    )
