"""Tables, chart data, plain-language answers and the printable report for the Streamlit screen.

Pure functions over the engine's `Scenario` and `Projection`: no Streamlit here, so everything the
app shows can be tested without a browser. Money stays Decimal; the app converts to numbers for
charts only at the edge.
"""

from __future__ import annotations

import csv
import html
import io
import json
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from pydantic import ValidationError

from .io import ScenarioError, explain_errors, parse_scenario_text, scenario_yaml
from .money import ZERO, cents, dollars
from .months import Month
from .projection import project
from .report import SSI_STATUS_WORDS, ssdi_label
from .results import MonthResult, Projection
from .rules import RuleBook
from .scenario import Scenario
from .sweep import with_hours

MAX_SCENARIOS = 4
NOT_MODELLED = "not modelled yet"

# The planner's term beside the words a job seeker uses (issue 6, plain language and access).
FIELD_LABELS: dict[str, str] = {
    "name": "Scenario name",
    "start": "First month (start)",
    "months": "Months to project (months)",
    "state": "State (state)",
    "person.birth_date": "Date of birth (person.birth_date)",
    "person.blind": "Blind (person.blind)",
    "person.student": "In school (person.student)",
    "ssi.living_arrangement": "SSI living arrangement (ssi.living_arrangement)",
    "ssi.other_unearned_income": "Other monthly income, not wages or SSDI "
    "(ssi.other_unearned_income)",
    "ssi.student_exclusion_used": "Student exclusion already used this year "
    "(ssi.student_exclusion_used)",
    "ssdi.monthly_benefit": "SSDI a month (ssdi.monthly_benefit)",
    "ssdi.twp_months_used": "Trial work months already used (ssdi.twp_months_used)",
    "ssdi.cessation_month": "Cessation month already found (ssdi.cessation_month)",
    "ssdi.count_wages_when": "Count wages for SSDI when (ssdi.count_wages_when)",
    "ssdi.benefit_by_year": "SSDI for later years (ssdi.benefit_by_year)",
    "hours_per_week": "Hours a week (hours_per_week)",
    "hourly_wage": "Pay per hour (hourly_wage)",
    "monthly_gross": "Pay a month (monthly_gross)",
    "first_payday": "First payday (first_payday)",
    "pay_frequency": "How often paid (pay_frequency)",
    "work_expenses.irwe": "Disability-related work costs (IRWE)",
    "work_expenses.bwe": "Blind work expenses (BWE)",
    "work_expenses.subsidy": "Employer subsidy / special conditions (subsidy)",
}


def friendly_problem(problem: str) -> str:
    """`jobs[0].hours_per_week: must be between 0 and 168` -> `Job 1, Hours a week (...): ...`."""
    where, sep, message = problem.partition(": ")
    if not sep:
        return problem
    label = FIELD_LABELS.get(where)
    if label is None and where.startswith("jobs["):
        number = where[5 : where.index("]")]
        field = where[where.index("]") + 2 :] if "]." in where else ""
        job = f"Job {int(number) + 1}" if number.isdigit() else where
        label = f"{job}, {FIELD_LABELS.get(field, field)}" if field else job
    return f"{label or where}: {message}"


# --------------------------------------------------------------------------------------------
# Health coverage in words

NET_WORDS = (
    "net income = wages paid − payroll tax − federal income tax withheld + SSI + state "
    "supplement + SSDI + SNAP + the EITC received − Medicare Part B and Medicaid "
    "premiums you pay − your rent share"
)


MEDICAID_WORDS = {
    "ssi": "through SSI",
    "ssi_criteria": "through SSI (state criteria)",
    "ssi_209b": "through SSI (209(b) state)",
    "1619b": "under 1619(b)",
    "1619b_threshold_unknown": "cannot tell: enter the state's 1619(b) threshold",
    "buy_in": "through the state's buy-in",
    "expansion": "as an expansion adult",
    "none": "no Medicaid",
}
MEDICARE_WORDS = {
    "none": "no Medicare",
    "waiting": "waiting period",
    "covered": "covered",
    "extended": "extended coverage (SSDI cash stopped)",
    "ended": "premium-free Medicare ended",
    "unknown": "start month not known",
}


def medicaid_words(m: MonthResult) -> str:
    key = _medicaid_key(m)
    if key == "1619b_threshold_unknown":
        return "cannot tell (1619(b) threshold needed)"
    if key == "none":
        return "no Medicaid"
    return "Medicaid " + MEDICAID_WORDS.get(key, key)


def _counted(words: list[str], unit: str = "") -> str:
    counts = Counter(words)
    return ", ".join(f"{w} {counts[w]}{unit}" for w in dict.fromkeys(words))


MEDICAID_SHORT = {
    "ssi": "SSI",
    "ssi_criteria": "SSI",
    "ssi_209b": "SSI (209(b))",
    "1619b": "1619(b)",
    "buy_in": "buy-in",
    "expansion": "expansion",
}
MEDICARE_SHORT = {
    "none": "none",
    "waiting": "waiting",
    "covered": "covered",
    "extended": "extended",
    "ended": "ended",
    "unknown": "start unknown",
}


def medicaid_summary(months: list[MonthResult]) -> str:
    """Months covered and how, short enough for a table cell: 'covered 24/24: 1619(b) 22, SSI 2'."""
    covered = [m for m in months if m.medicaid.covered]
    unknown = sum(1 for m in months if m.medicaid.covered is None)
    if not covered and not unknown:
        return "not covered"
    text = f"covered {len(covered)}/{len(months)}"
    if covered:
        text += ": " + _counted(
            [MEDICAID_SHORT.get(m.medicaid.basis, m.medicaid.basis) for m in covered]
        )
    if unknown:
        text += f"; can't tell {unknown} (1619(b) threshold needed)"
    return text


def medicare_summary(months: list[MonthResult]) -> str:
    """Months in each status, e.g. 'waiting 10 mo, covered 14 mo'."""
    return _counted(
        [MEDICARE_SHORT.get(m.medicare.status, m.medicare.status) for m in months], " mo"
    )


# --------------------------------------------------------------------------------------------
# Income sources: modelled ones come from the projection; the others say so, never a silent $0.


@dataclass(frozen=True)
class Source:
    key: str
    label: str
    modelled: bool
    note: str = ""
    text: bool = False  # a status in words (coverage), not an amount


SOURCES: tuple[Source, ...] = (
    Source("wages", "Wages (paid, before taxes)", True),
    Source("payroll", "Payroll tax withheld (Social Security + Medicare)", True),
    Source("income_tax", "Federal income tax withheld (estimate)", True),
    Source("eitc", "EITC received (with the tax refund)", True),
    Source("state_tax", "State and local income tax", False, "state income tax"),
    Source("ssi", "SSI (federal)", True),
    Source("ssp", "State supplement (SSP)", True),
    Source("ssdi", "SSDI (before Medicare premium)", True),
    Source("snap", "SNAP (food help)", True),
    Source("medicaid", "Medicaid (months covered, and how)", True, text=True),
    Source("medicaid_premium", "Medicaid premium you pay", True),
    Source("medicare", "Medicare (months in each status)", True, text=True),
    Source("part_b", "Medicare Part B premium you pay", True),
    Source("rent", "Rent you pay with housing help (family share)", True),
    Source("total", "Total income (wages + SSI + supplement + SSDI, before taxes and costs)", True),
    Source("net", "Net income (after taxes, premiums and rent; with SNAP and EITC)", True),
)
CHART_SOURCES = ("wages", "ssi", "ssp", "ssdi", "snap", "eitc")
VARIES = "varies by state (not computed)"
UNKNOWN_SSP = "amount unknown (Planner)"


def available(source: Source, projections: list[Projection] | None = None) -> bool:
    """Whether the engine gives this source (kept as a function: more sources will come)."""
    return source.modelled


def source_amount(m: MonthResult, key: str) -> Decimal | None:
    """One modelled source's amount in one month; None when the engine leaves it open (a state
    premium that varies) or does not compute it."""
    if key == "wages":
        return m.wages_paid
    if key == "payroll":
        return m.taxes.payroll
    if key == "ssi":
        return m.ssi.payment
    if key == "ssdi":
        return m.ssdi.payment
    if key == "ssp":
        return m.ssi.state_supplement
    if key == "income_tax":
        return m.taxes.income_tax_withheld
    if key == "eitc":
        return m.taxes.eitc
    if key == "snap":
        return None if m.snap.status == "not_modelled" else m.snap.benefit
    if key == "medicaid_premium":
        return m.medicaid.premium if m.medicaid.covered else ZERO
    if key == "part_b":
        return m.medicare.part_b_premium
    if key == "total":
        return m.total_income
    if key == "net":
        return m.net_income
    if key == "rent":
        return m.housing.family_share if m.housing.status != "none" else ZERO
    raise KeyError(f"{key} is not modelled yet")


def scenario_labels(projections: list[Projection]) -> list[str]:
    """Column labels, numbered so two scenarios with the same name stay apart."""
    return [f"{i}. {p.scenario}" for i, p in enumerate(projections, 1)]


# --------------------------------------------------------------------------------------------
# Monthly table


def month_rows(projection: Projection) -> list[dict[str, str]]:
    """One row a month, amounts as dollars; a month using a carried-forward value ends in '†'."""
    rows = []
    assisted = _assisted(projection)
    for m in projection.months:
        premium = source_amount(m, "medicaid_premium")
        row = {
            "Month": f"{m.month}{' †' if m.carried_forward else ''}",
            "Wages earned": dollars(m.wages_earned),
            "Wages paid": dollars(m.wages_paid),
            "Payroll tax": dollars(m.taxes.payroll),
            "SSI": dollars(m.ssi.payment),
            "SSI status": SSI_STATUS_WORDS.get(m.ssi.status, m.ssi.status),
            "SSDI": dollars(m.ssdi.payment),
            "SSDI status": ssdi_label(m),
            "Medicaid": medicaid_words(m),
            "Medicaid premium": "varies" if premium is None else dollars(premium),
            "Medicare": MEDICARE_WORDS.get(m.medicare.status, m.medicare.status),
            "Part B you pay": dollars(m.medicare.part_b_premium),
        }
        if assisted:
            row["Rent you pay"] = dollars(m.housing.family_share)
        row["Total income"] = dollars(m.total_income)
        row["Net income*"] = dollars(m.net_income)
        rows.append(row)
    return rows


# --------------------------------------------------------------------------------------------
# Comparison of scenarios

PERIODS: tuple[tuple[str, int | None], ...] = (
    ("Monthly average", None),
    ("First 12 months", 12),
    ("First 24 months", 24),
)

Cell = Decimal | str | None


def _period_value(p: Projection, source: Source, months: int | None) -> Cell:
    if months is not None and len(p.months) < months:
        return None  # the projection is shorter than the period
    chosen = p.months if months is None else p.months[:months]
    if source.key == "medicaid":
        return medicaid_summary(chosen)
    if source.key == "medicare":
        return medicare_summary(chosen)
    found = [source_amount(m, source.key) for m in chosen]
    amounts = [a for a in found if a is not None]
    if len(amounts) < len(found):
        return {"ssp": UNKNOWN_SSP, "snap": NOT_MODELLED}.get(source.key, VARIES)
    total = sum(amounts, ZERO)
    return cents(total / len(chosen)) if months is None else total


@dataclass(frozen=True)
class ComparisonRow:
    source: Source
    period: str
    values: list[Cell]  # one per scenario; None when the period is longer than it

    @property
    def differences(self) -> list[Decimal | None]:
        first = self.values[0]
        return [
            v - first if isinstance(v, Decimal) and isinstance(first, Decimal) else None
            for v in self.values[1:]
        ]


def comparison(projections: list[Projection]) -> list[ComparisonRow]:
    """Monthly average and 12- and 24-month totals by source for each scenario (coverage rows:
    months in each status over the same periods)."""
    rows = []
    for source in SOURCES:
        shown = available(source, projections)
        for period, months in PERIODS:
            if shown:
                values = [_period_value(p, source, months) for p in projections]
            else:
                values = [None for _ in projections]
            rows.append(ComparisonRow(source, period, values))
    return rows


def _signed(amount: Decimal) -> str:
    return ("+" if amount > 0 else "") + dollars(amount)


NO_HOUSING = "no housing help entered"


def _assisted(p: Projection) -> bool:
    return any(m.housing.status != "none" for m in p.months)


def comparison_table(projections: list[Projection]) -> list[dict[str, str]]:
    """The comparison for the screen: dollars, 'not modelled yet', and the change from the first."""
    labels = scenario_labels(projections)
    table = []
    for row in comparison(projections):
        shown = available(row.source, projections)
        line = {"Source": row.source.label, "Period": row.period}
        for label, value, p in zip(labels, row.values, projections, strict=True):
            if row.source.key == "rent" and not _assisted(p):
                line[label] = NO_HOUSING
            elif not shown:
                line[label] = NOT_MODELLED
            elif value is None:
                line[label] = "n/a (shorter projection)"
            else:
                line[label] = value if isinstance(value, str) else dollars(value)
        for label, diff, value in zip(labels[1:], row.differences, row.values[1:], strict=True):
            key = f"{label[: label.index('.')]} vs 1"
            if not shown:
                line[key] = NOT_MODELLED
            elif isinstance(value, str):
                line[key] = ""
            else:
                line[key] = "n/a" if diff is None else _signed(diff)
        table.append(line)
    return table


def comparison_csv(projections: list[Projection]) -> str:
    """The comparison as CSV with plain decimal numbers (no $), for a spreadsheet."""
    labels = scenario_labels(projections)
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(
        ["source", "period", *labels, *[f"{label} minus {labels[0]}" for label in labels[1:]]]
    )
    for row in comparison(projections):
        if not available(row.source, projections):
            cells = [NOT_MODELLED] * (2 * len(labels) - 1)
        else:
            cells = ["" if v is None else str(v) for v in (*row.values, *row.differences)]
        writer.writerow([row.source.label, row.period, *cells])
    return out.getvalue()


def scenarios_json(scenarios: list[Scenario]) -> str:
    """All scenarios as one JSON list (each item is a scenario file as the CLI reads it)."""
    items = [json.loads(s.model_dump_json(exclude_none=True)) for s in scenarios]
    return json.dumps(items, indent=2, ensure_ascii=False)


def parse_scenarios_text(text: str, name: str = "file") -> list[Scenario]:
    """A scenario file (YAML or JSON), or a JSON list of them as `scenarios_json` writes."""
    if text.lstrip().startswith("["):
        try:
            items = json.loads(text, parse_float=Decimal)
        except json.JSONDecodeError as exc:
            problem = f"{name}: not valid JSON at line {exc.lineno}: {exc.msg}"
            raise ScenarioError([problem]) from None
        if not items:
            raise ScenarioError([f"{name}: the list of scenarios is empty"])
        scenarios, problems = [], []
        for i, item in enumerate(items[:MAX_SCENARIOS]):
            try:
                scenarios.append(Scenario.model_validate(item))
            except ValidationError as exc:
                problems += [f"scenario {i + 1}: {p}" for p in explain_errors(exc)]
        if problems:
            raise ScenarioError(problems)
        return scenarios
    return [parse_scenario_text(text, name)]


# --------------------------------------------------------------------------------------------
# Chart data (Decimal; the app turns them into numbers for Altair)


def chart_total(m: MonthResult) -> Decimal:
    """Height of a month's stacked bar: the sum of the charted sources the engine knows."""
    return sum((source_amount(m, key) or ZERO for key in CHART_SOURCES), ZERO)


def stacked_rows(projection: Projection, label: str) -> list[dict[str, Any]]:
    """Long-form rows for the stacked monthly income chart: month, source, amount."""
    names = {s.key: s.label for s in SOURCES}
    rows = []
    for m in projection.months:
        for order, key in enumerate(CHART_SOURCES):
            if source_amount(m, key) is None:
                continue  # an amount the engine does not know is left out, not drawn as $0
            rows.append(
                {
                    "scenario": label,
                    "month": str(m.month),
                    "source": names[key],
                    "order": order,
                    "amount": source_amount(m, key),
                }
            )
    return rows


@dataclass(frozen=True)
class CliffRow:
    """Monthly averages over the projection at one hours level of the first job."""

    hours_per_week: Decimal
    wages_paid: Decimal
    ssi: Decimal
    ssdi: Decimal
    total_income: Decimal
    net_income: Decimal
    medicaid: str  # months covered and how, in words
    medicaid_bases: list[str]
    ssi_statuses: list[str]
    ssdi_statuses: list[str]


@dataclass(frozen=True)
class Cliff:
    rows: list[CliffRow]
    markers: list[tuple[Decimal, str]]  # (hours a week, what happens there)


SSI_STOPPED = ("1619b_candidate", "ineligible_earnings")
SSDI_STOPPED = ("cessation", "grace", "suspended_sga", "terminated")
CLIFF_MEDICAID = {
    "1619b": "Medicaid continues under 1619(b) in some months",
    "1619b_threshold_unknown": "Medicaid: cannot tell without the state's 1619(b) threshold",
    "buy_in": "Medicaid through the state's buy-in in some months",
    "expansion": "Medicaid as an expansion adult in some months",
    "none": "Medicaid ends in some months",
}


def _medicaid_key(m: MonthResult) -> str:
    if m.medicaid.covered is None:
        return "1619b_threshold_unknown"
    if not m.medicaid.covered:
        return "none"
    return m.medicaid.basis


def cliff(scenario: Scenario, rules: RuleBook | None = None, top: int = 40) -> Cliff:
    """Net monthly income (average over the projection) at 0..top hours a week of the first job.

    Marks the fewest hours at which SSI cash stops in some month, at which the trial work period
    starts, at which SSDI would stop after the grace months, and at which Medicaid changes basis
    or ends. One projection per hours level without explanations, as `benefits sweep` runs them.
    """
    rows: list[CliffRow] = []
    markers: list[tuple[Decimal, str]] = []
    found: set[str] = set()
    start_bases: set[str] | None = None
    for hours in range(top + 1):
        level = Decimal(hours)
        months = project(with_hours(scenario, level), rules, explain=False).months
        n = len(months)
        bases = {_medicaid_key(m) for m in months}
        r = CliffRow(
            hours_per_week=level,
            wages_paid=cents(sum((m.wages_paid for m in months), ZERO) / n),
            ssi=cents(sum((m.ssi.payment for m in months), ZERO) / n),
            ssdi=cents(sum((m.ssdi.payment for m in months), ZERO) / n),
            total_income=cents(sum((m.total_income for m in months), ZERO) / n),
            net_income=cents(sum((m.net_income for m in months), ZERO) / n),
            medicaid=medicaid_summary(months),
            medicaid_bases=sorted(bases),
            ssi_statuses=sorted({m.ssi.status for m in months}),
            ssdi_statuses=sorted({m.ssdi.status for m in months}),
        )
        rows.append(r)
        if "ssi" not in found and any(s in SSI_STOPPED for s in r.ssi_statuses):
            found.add("ssi")
            markers.append((level, "SSI cash stops ($0) in some months"))
        if "twp" not in found and "trial_work" in r.ssdi_statuses:
            found.add("twp")
            markers.append((level, "SSDI trial work months start"))
        if "ssdi" not in found and any(s in SSDI_STOPPED for s in r.ssdi_statuses):
            found.add("ssdi")
            markers.append((level, "SSDI stops after the grace months"))
        if start_bases is None:
            start_bases = bases
        for basis in sorted(bases - start_bases):
            if basis in CLIFF_MEDICAID and f"medicaid:{basis}" not in found:
                found.add(f"medicaid:{basis}")
                markers.append((level, CLIFF_MEDICAID[basis]))
    return Cliff(rows, markers)


def cliff_rows(result: Cliff) -> list[dict[str, Any]]:
    return [
        {
            "hours": r.hours_per_week,
            "net": r.net_income,
            "total": r.total_income,
            "wages": r.wages_paid,
            "ssi": r.ssi,
            "ssdi": r.ssdi,
            "medicaid": r.medicaid,
        }
        for r in result.rows
    ]


MILESTONE_WORDS = {
    "twp": "trial work month",
    "twp_end": "trial work period ends",
    "cessation": "SSDI cessation",
    "grace_end": "last grace month",
    "termination": "SSDI ends",
    "1619a": "SSI under 1619(a)",
    "ssi_zero": "SSI $0",
    "ssi_resumes": "SSI resumes",
    "medicaid": "Medicaid changes",
    "medicaid_warning": "near the 1619(b) threshold",
    "medicare": "Medicare changes",
    "rent_change": "rent changes",
    "assistance_zero": "housing assistance $0",
}


def milestone_rows(projections: list[Projection]) -> list[dict[str, str]]:
    """Every milestone of every scenario, for the timeline and its table."""
    labels = scenario_labels(projections)
    return [
        {
            "scenario": label,
            "month": str(ms.month),
            "kind": MILESTONE_WORDS.get(ms.kind, ms.kind),
            "what": ms.text,
        }
        for label, p in zip(labels, projections, strict=True)
        for ms in p.milestones
    ]


# --------------------------------------------------------------------------------------------
# Why this number


def why_rows(m: MonthResult) -> list[dict[str, str]]:
    """The engine's steps for one month, as they are: amount, reason, law, values used."""
    rows = []
    for n, step in enumerate(m.steps, 1):
        uses = []
        for use in step.uses:
            flag = (
                " — carried forward, not yet published for this year" if use.carried_forward else ""
            )
            uses.append(
                f"{use.label}: {use.value} {use.unit} from {use.effective}{flag} "
                f"(source: {use.source})"
            )
        rows.append(
            {
                "n": str(n),
                "rule": step.rule,
                "amount": "" if step.amount is None else dollars(step.amount),
                "because": step.because + (" (not modelled yet)" if step.not_modeled else ""),
                "cite": step.cite,
                "uses": "; ".join(uses),
            }
        )
    return rows


def citations(projection: Projection) -> list[str]:
    """Every law citation the projection's steps used, in order of first use."""
    seen: dict[str, None] = {}
    for m in projection.months:
        for step in m.steps:
            if step.cite:
                seen.setdefault(step.cite, None)
    return list(seen)


# --------------------------------------------------------------------------------------------
# Quick question mode

QUICK_JOB_NAME = "Job"


@dataclass(frozen=True)
class QuickHousing:
    """The three things quick mode asks about rent help; the rest has defaults."""

    rent_share_now: Decimal | None  # what the person pays now (total tenant payment)
    gross_rent: Decimal  # rent plus the utility allowance
    next_annual_reexam: str  # YYYY-MM

    def section(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "program": "housing_choice_voucher",
            "gross_rent": str(self.gross_rent),
            "payment_standard": str(self.gross_rent),
            "next_annual_reexam": self.next_annual_reexam.strip(),
        }
        if self.rent_share_now is not None:
            data["current_total_tenant_payment"] = str(self.rent_share_now)
        return data


def quick_scenarios(
    base: Scenario,
    state: str,
    gets_ssi: bool,
    gets_ssdi: bool,
    ssdi_amount: Decimal,
    wage: Decimal,
    hours_list: list[Decimal],
    housing: QuickHousing | None = None,
    threshold_1619b: Decimal | None = None,
    has_medicare: bool = False,
    rules: RuleBook | None = None,
    start: Month | None = None,
) -> list[Scenario]:
    """Not working, then one scenario per hours level: a job from the first day, paid monthly.

    Starts in `start` (the app passes next month), otherwise in `base`'s start month; takes
    the length and birth date from `base` (a built-in example). Raises
    ScenarioError with plain messages when an input is out of range (e.g. 200 hours a week).
    With housing help and no rent share given, every scenario starts from the share the
    not-working scenario works out (income before the job), so rent changes at a reexamination.
    """
    first = start or base.start
    first_day = first.first_day
    common: dict[str, Any] = {
        "start": str(first),
        "months": base.months,
        "state": state,
        "person": {"birth_date": base.person.birth_date.isoformat()},
    }
    if gets_ssi:
        common["ssi"] = {}
    if gets_ssdi:
        common["ssdi"] = {"monthly_benefit": str(ssdi_amount)}
        if has_medicare:
            common["medicare"] = {"start_month": str(first)}
    if housing is not None:
        common["housing"] = housing.section()
    if threshold_1619b is not None:
        common["medicaid"] = {"threshold_1619b": str(threshold_1619b)}
    data = [{**common, "name": "Not working", "jobs": []}]
    for hours in hours_list:
        data.append(
            {
                **common,
                "name": f"{_num(hours)} h/week at {dollars(wage)}",
                "jobs": [
                    {
                        "name": QUICK_JOB_NAME,
                        "start": first_day.isoformat(),
                        "hourly_wage": str(wage),
                        "hours_per_week": str(hours),
                        "pay_frequency": "monthly",
                        "first_payday": first.last_day.isoformat(),
                    }
                ],
            }
        )
    scenarios, problems = [], []
    for item in data:
        try:
            scenarios.append(Scenario.model_validate(item))
        except ValidationError as exc:
            for p in explain_errors(exc):
                if p not in problems:
                    problems.append(p)
    if problems:
        raise ScenarioError(problems)
    if housing is not None and housing.rent_share_now is None:
        now = project(scenarios[0], rules, explain=False).months[0].housing.total_tenant_payment
        return quick_scenarios(
            base,
            state,
            gets_ssi,
            gets_ssdi,
            ssdi_amount,
            wage,
            hours_list,
            replace(housing, rent_share_now=now),
            threshold_1619b,
            has_medicare,
            rules,
        )
    return scenarios


def _num(value: Decimal) -> str:
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _typical(values: list[Decimal]) -> Decimal:
    """The most common amount (ties: the lower one)."""
    counts = Counter(values)
    best = max(counts.values())
    return min(v for v, c in counts.items() if c == best)


def quick_answer(
    not_working: Projection,
    working: Projection,
    wage: Decimal,
    hours: Decimal,
    said_medicaid: bool = False,
) -> list[str]:
    """The answer in plain words, one sentence a line, from the two projections."""
    n = len(working.months)
    base_avg = sum((m.net_income for m in not_working.months), ZERO) / n
    work_avg = sum((m.net_income for m in working.months), ZERO) / n
    diff = cents(work_avg - base_avg)
    more = "more" if diff >= 0 else "less"
    what = (
        "net income: after payroll and federal income tax, health premiums and rent, with "
        "SNAP and the EITC"
    )
    lines = [
        f"At {_num(hours)} hours a week at {dollars(wage)} an hour you would have about "
        f"{dollars(abs(diff))} {more} each month than if you did not work (average over "
        f"the {n} months from {working.start}; {what})."
    ]
    # SSI counts income two months later (20 CFR 416.420), so look from the third month on.
    later = working.months[2:] or working.months
    if not_working.months[0].ssi.status != "none":
        before = _typical([m.ssi.payment for m in not_working.months])
        after = _typical([m.ssi.payment for m in later])
        first_change = next((m.month for m in working.months if m.ssi.payment != before), None)
        lag = ""
        if first_change is not None and first_change >= working.start.plus(2):
            lag = " (SSI counts wages two months after they are paid)"
        if after == before:
            lines.append(f"Your SSI stays at {dollars(after)} a month.")
        elif after == 0:
            lines.append(
                f"Your SSI cash stops ($0 instead of {dollars(before)}) from {first_change}{lag}."
            )
        else:
            lines.append(
                f"Your SSI goes down from {dollars(before)} to about {dollars(after)} a "
                f"month from {first_change}{lag}."
            )
    if not_working.months[0].ssdi.status != "none":
        kinds = {ms.kind: ms for ms in working.milestones}
        amount = dollars(working.months[0].ssdi.payment)
        if "cessation" in kinds:
            grace = kinds.get("grace_end")
            lines.append(
                f"Your SSDI ({amount}) would stop: {kinds['cessation'].month} is the "
                "cessation month (work above SGA after the trial work period)"
                + (
                    f", paid through the last grace month {grace.month}."
                    if grace
                    else ", followed by three grace months that are still paid."
                )
            )
        elif "twp" in kinds:
            used = [ms for ms in working.milestones if ms.kind == "twp"]
            last = used[-1]
            count = last.number or last.text.removeprefix("Trial work month ").split(" of ")[0]
            lines.append(
                f"Your SSDI stays at {amount}, but these earnings use trial work months: "
                f"{count} of the 9 by {last.month}, starting {used[0].month}."
            )
        else:
            lines.append(
                f"Your SSDI stays at {amount}: these earnings do not use trial work months."
            )
    lines += medicaid_answer(not_working, working, said_medicaid)
    lines += medicare_answer(working)
    lines += rent_answer(working)
    taxes = [m.taxes.payroll for m in working.months]
    if any(taxes):
        average = cents(sum(taxes, ZERO) / n)
        income_tax = cents(sum((m.taxes.income_tax_withheld for m in working.months), ZERO) / n)
        eitc = sum((m.taxes.eitc for m in working.months), ZERO)
        lines.append(
            f"About {dollars(average)} a month is taken from your pay for Social Security "
            f"and Medicare (payroll tax), and about {dollars(income_tax)} for federal "
            "income tax"
            + (
                f"; the EITC brings {dollars(eitc)} in these {n} months with the tax refund"
                if eitc
                else ""
            )
            + f". State income tax is {NOT_MODELLED}."
        )
    return lines


THRESHOLD_ASK = (
    "we cannot tell: enter your state's 1619(b) threshold from SSA's chart "
    "(“1619(b) threshold” above, or medicaid.threshold_1619b in the Planner)"
)


def _medicaid_phrase(key: str, months: list[MonthResult]) -> tuple[str, str]:
    """One stretch of months with the same Medicaid basis, in words: (what, detail)."""
    if key == "1619b":
        limit = next(
            (m.medicaid.threshold_1619b for m in months if m.medicaid.threshold_1619b), None
        )
        return (
            "you keep Medicaid under 1619(b)",
            "SSI cash is $0, but Medicaid continues while your yearly earnings stay under the "
            "state's threshold" + (f" ({dollars(limit)} a year)" if limit else ""),
        )
    if key == "buy_in":
        premiums = {m.medicaid.premium for m in months}
        if None in premiums:
            cost = "the premium varies with income and is not worked out here"
        elif premiums == {ZERO}:
            cost = "no premium"
        else:
            known = sorted(p for p in premiums if p is not None)
            cost = "premium " + " to ".join(dollars(p) for p in known) + " a month"
        return ("Medicaid through the state's buy-in for working people with disabilities", cost)
    if key == "1619b_threshold_unknown":
        return ("Medicaid under 1619(b)", THRESHOLD_ASK)
    if key == "none":
        return ("no Medicaid", "")
    if key == "expansion":
        return ("Medicaid as an expansion adult", "income up to 138% of the poverty line")
    return ("you keep Medicaid " + MEDICAID_WORDS.get(key, key), "")


def _stretches(months: list[MonthResult], key: Any) -> list[tuple[Any, list[MonthResult]]]:
    out: list[tuple[Any, list[MonthResult]]] = []
    for m in months:
        k = key(m)
        if out and out[-1][0] == k:
            out[-1][1].append(m)
        else:
            out.append((k, [m]))
    return out


def medicaid_answer(
    not_working: Projection, working: Projection, said_medicaid: bool = False
) -> list[str]:
    """Whether Medicaid continues when working, and on what basis, in plain words."""
    keys = [_medicaid_key(m) for m in working.months]
    had = any(m.medicaid.covered for m in not_working.months)
    if set(keys) == {"none"}:
        if had:
            return ["Medicaid: you would have no Medicaid while working these hours."]
        if said_medicaid:
            return [
                "You said you have Medicaid, but from what you entered the calculator finds "
                "no basis for it (it knows Medicaid through SSI, 1619(b), the state's buy-in "
                "and expansion). Ask your Medicaid office which program covers you."
            ]
        return []
    stretches = _stretches(working.months, _medicaid_key)
    if len(stretches) == 1:
        if stretches[0][0] == "1619b_threshold_unknown":
            return [f"Medicaid: {THRESHOLD_ASK}."]
        what, detail = _medicaid_phrase(stretches[0][0], stretches[0][1])
        return [
            f"Medicaid: {what} in all {len(working.months)} months"
            + (f" ({detail})." if detail else ".")
        ]
    parts = []
    for key, months in stretches[:4]:
        span = f"{months[0].month}" + (f" to {months[-1].month}" if len(months) > 1 else "")
        what, detail = _medicaid_phrase(key, months)
        parts.append(f"{span}: {what}" + (f" ({detail})" if detail else ""))
    more = (
        f"; and {len(stretches) - 4} more changes (see the months table)"
        if len(stretches) > 4
        else ""
    )
    return ["Medicaid changes while you work — " + "; ".join(parts) + more + "."]


PAYERS = {
    "person_from_ssdi": "taken from your SSDI",
    "person": "paid by you",
    "state_medicaid": "paid by your state's Medicaid",
    "qmb": "paid by the state (QMB)",
    "slmb": "paid by the state (SLMB)",
    "qi": "paid by the state (QI)",
    "none": "none",
}


def medicare_answer(working: Projection) -> list[str]:
    """Medicare in plain words, when the person has it or waits for it."""
    statuses = [m.medicare.status for m in working.months]
    if set(statuses) == {"none"}:
        return []
    if "unknown" in statuses:
        return [
            "Medicare: we do not know when your Medicare starts. Tick “I have Medicare”, or "
            "give SSDI's first month (ssdi.entitlement_month) in the Planner."
        ]
    parts = []
    for status, months in _stretches(working.months, lambda m: m.medicare.status)[:4]:
        when = f"from {months[0].month}: " if months[0] is not working.months[0] else ""
        if status == "waiting":
            parts.append(f"{when}waiting period (Medicare has not started)")
        elif status in ("covered", "extended"):
            paid = {m.medicare.part_b_premium for m in months}
            payer = PAYERS.get(months[0].medicare.part_b_paid_by, months[0].medicare.part_b_paid_by)
            cost = " to ".join(dollars(p) for p in sorted(paid))
            extra = " after SSDI cash stops (extended coverage)" if status == "extended" else ""
            parts.append(
                f"{when}you have Medicare{extra}; you pay {cost} a month for Part B "
                f"(premium {payer})"
            )
        else:
            parts.append(f"{when}{MEDICARE_WORDS.get(status, status)}")
    return ["Medicare: " + "; ".join(parts) + "."]


def rent_answer(working: Projection) -> list[str]:
    """When the rent share changes with housing help (rent_change milestones)."""
    if not _assisted(working):
        return []
    first = working.months[0].housing.family_share
    changes = [ms for ms in working.milestones if ms.kind == "rent_change"]
    if not changes:
        return [
            f"Your rent share stays at {dollars(first)} a month through "
            f"{working.months[-1].month} (income increases usually wait for the annual "
            "reexamination)."
        ]
    by_month = {m.month: m for m in working.months}
    parts = []
    for ms in changes[:3]:
        now = by_month[ms.month].housing
        parts.append(f"{dollars(now.family_share)} from {ms.month} ({now.reexam} reexamination)")
    return [f"Your rent share is {dollars(first)} a month now, then " + ", then ".join(parts) + "."]


# --------------------------------------------------------------------------------------------
# Planner form: a scenario as flat widget values, and back


@dataclass(frozen=True)
class JobForm:
    name: str
    start: date
    end: date | None
    hourly: bool
    hourly_wage: Decimal
    hours_per_week: Decimal
    monthly_gross: Decimal
    pay_frequency: str
    first_payday: date


@dataclass(frozen=True)
class MemberForm:
    """Another person in the household."""

    age: int = 30
    relationship: str = "other_relative"
    disabled: bool = False
    student: bool = False
    earned_income: Decimal = ZERO
    unearned_income: Decimal = ZERO


@dataclass(frozen=True)
class HousingForm:
    program: str = "housing_choice_voucher"
    gross_rent: Decimal = Decimal("1000.00")
    utility_allowance: Decimal = ZERO
    payment_standard: Decimal | None = Decimal("1000.00")
    minimum_rent: Decimal = ZERO
    next_annual_reexam: str = ""
    current_total_tenant_payment: Decimal | None = None
    rules: str = ""  # "" = the default for the month (pre-HOTMA, then HOTMA from 2027-01)
    interim_policy: str = "decreases_only"


@dataclass(frozen=True)
class ScenarioForm:
    name: str
    start: str
    months: int
    state: str
    birth_date: date
    blind: bool
    student: bool
    gets_ssi: bool
    living_arrangement: str
    other_unearned_income: Decimal
    student_exclusion_used: Decimal
    gets_ssdi: bool
    monthly_benefit: Decimal
    twp_months_used: str
    cessation_month: str
    count_wages_when: str
    benefit_by_year: str
    jobs: tuple[JobForm, ...]
    irwe: Decimal
    bwe: Decimal
    subsidy: Decimal
    disabled: bool = True
    entitlement_month: str = ""
    household: tuple[MemberForm, ...] = ()
    gets_housing: bool = False
    housing: HousingForm = HousingForm()
    resources: Decimal = ZERO
    medical_expenses: Decimal = ZERO
    child_care_expenses: Decimal = ZERO
    threshold_1619b: Decimal | None = None
    enrolled_in_buy_in: bool = False
    medicare_start: str = ""
    state_supplement: Decimal | None = None


def scenario_to_form(s: Scenario) -> ScenarioForm:
    """The values the planner form shows for a scenario."""
    jobs = tuple(
        JobForm(
            name=j.name or "",
            start=j.start,
            end=j.end,
            hourly=j.monthly_gross is None,
            hourly_wage=j.hourly_wage or ZERO,
            hours_per_week=j.hours_per_week or Decimal(0),
            monthly_gross=j.monthly_gross or ZERO,
            pay_frequency=j.pay_frequency,
            first_payday=j.first_payday,
        )
        for j in s.jobs
    )
    ssi, ssdi, h = s.ssi, s.ssdi, s.housing
    housing = (
        HousingForm(next_annual_reexam=str(s.start.plus(12)))
        if h is None
        else HousingForm(
            program=h.program,
            gross_rent=h.gross_rent,
            utility_allowance=h.utility_allowance,
            payment_standard=h.payment_standard,
            minimum_rent=h.minimum_rent,
            next_annual_reexam=str(h.next_annual_reexam),
            current_total_tenant_payment=h.current_total_tenant_payment,
            rules=h.rules or "",
            interim_policy=h.interim_policy,
        )
    )
    return ScenarioForm(
        name=s.name,
        start=str(s.start),
        months=s.months,
        state=s.state,
        birth_date=s.person.birth_date,
        blind=s.person.blind,
        student=s.person.student,
        gets_ssi=ssi is not None,
        living_arrangement=ssi.living_arrangement if ssi else "own_household",
        other_unearned_income=ssi.other_unearned_income if ssi else ZERO,
        student_exclusion_used=ssi.student_exclusion_used if ssi else ZERO,
        gets_ssdi=ssdi is not None,
        monthly_benefit=ssdi.monthly_benefit if ssdi else ZERO,
        twp_months_used=", ".join(str(m) for m in ssdi.twp_months_used) if ssdi else "",
        cessation_month=str(ssdi.cessation_month) if ssdi and ssdi.cessation_month else "",
        count_wages_when=ssdi.count_wages_when if ssdi else "paid",
        benefit_by_year=", ".join(f"{y}: {v}" for y, v in sorted(ssdi.benefit_by_year.items()))
        if ssdi
        else "",
        jobs=jobs,
        irwe=s.work_expenses.irwe,
        bwe=s.work_expenses.bwe,
        subsidy=s.work_expenses.subsidy,
        disabled=s.person.disabled,
        entitlement_month=str(ssdi.entitlement_month) if ssdi and ssdi.entitlement_month else "",
        household=tuple(
            MemberForm(
                age=m.age,
                relationship=m.relationship,
                disabled=m.disabled,
                student=m.student,
                earned_income=m.earned_income,
                unearned_income=m.unearned_income,
            )
            for m in s.household
        ),
        gets_housing=h is not None,
        housing=housing,
        resources=s.resources,
        medical_expenses=s.medical_expenses,
        child_care_expenses=s.child_care_expenses,
        threshold_1619b=s.medicaid.threshold_1619b,
        enrolled_in_buy_in=s.medicaid.enrolled_in_buy_in,
        medicare_start=str(s.medicare.start_month) if s.medicare.start_month else "",
        state_supplement=ssi.state_supplement if ssi else None,
    )


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.replace(";", ",").split(",") if part.strip()]


def form_to_scenario(f: ScenarioForm, base: Scenario | None = None) -> Scenario:
    """Build and validate the scenario from the form, or raise ScenarioError with every problem.

    Fields of `base` that the form does not show (none today; a newer file format may add some)
    are kept as they were loaded.
    """
    problems: list[str] = []
    by_year: dict[str, str] = {}
    for part in _split(f.benefit_by_year):
        year, sep, amount = part.partition(":")
        try:
            if not sep:
                raise InvalidOperation
            by_year[str(int(year.strip()))] = str(Decimal(amount.strip()))
        except (ValueError, InvalidOperation):
            problems.append(
                f"ssdi.benefit_by_year: '{part}' — write YEAR: AMOUNT, e.g. 2027: 870.00"
            )
    data: dict[str, Any] = {
        "name": f.name,
        "start": f.start.strip(),
        "months": f.months,
        "state": f.state,
        "person": {
            "birth_date": f.birth_date.isoformat(),
            "blind": f.blind,
            "student": f.student,
            "disabled": f.disabled,
        },
        "jobs": [],
        "work_expenses": {"irwe": str(f.irwe), "bwe": str(f.bwe), "subsidy": str(f.subsidy)},
        "household": [
            {
                "age": m.age,
                "relationship": m.relationship,
                "disabled": m.disabled,
                "student": m.student,
                "earned_income": str(m.earned_income),
                "unearned_income": str(m.unearned_income),
            }
            for m in f.household
        ],
        "medicaid": {"enrolled_in_buy_in": f.enrolled_in_buy_in},
        "medicare": {},
        "resources": str(f.resources),
        "medical_expenses": str(f.medical_expenses),
        "child_care_expenses": str(f.child_care_expenses),
    }
    if f.threshold_1619b is not None:
        data["medicaid"]["threshold_1619b"] = str(f.threshold_1619b)
    if f.medicare_start.strip():
        data["medicare"]["start_month"] = f.medicare_start.strip()
    if f.gets_ssi:
        data["ssi"] = {
            "living_arrangement": f.living_arrangement,
            "other_unearned_income": str(f.other_unearned_income),
            "student_exclusion_used": str(f.student_exclusion_used),
        }
        if f.state_supplement is not None:
            data["ssi"]["state_supplement"] = str(f.state_supplement)
    if f.gets_ssdi:
        ssdi: dict[str, Any] = {
            "monthly_benefit": str(f.monthly_benefit),
            "twp_months_used": _split(f.twp_months_used),
            "count_wages_when": f.count_wages_when,
            "benefit_by_year": by_year,
        }
        if f.cessation_month.strip():
            ssdi["cessation_month"] = f.cessation_month.strip()
        if f.entitlement_month.strip():
            ssdi["entitlement_month"] = f.entitlement_month.strip()
        data["ssdi"] = ssdi
    if f.gets_housing:
        h = f.housing
        housing: dict[str, Any] = {
            "program": h.program,
            "gross_rent": str(h.gross_rent),
            "utility_allowance": str(h.utility_allowance),
            "minimum_rent": str(h.minimum_rent),
            "next_annual_reexam": h.next_annual_reexam.strip(),
            "interim_policy": h.interim_policy,
        }
        if h.payment_standard is not None:
            housing["payment_standard"] = str(h.payment_standard)
        if h.current_total_tenant_payment is not None:
            housing["current_total_tenant_payment"] = str(h.current_total_tenant_payment)
        if h.rules:
            housing["rules"] = h.rules
        data["housing"] = housing
    for j in f.jobs:
        job: dict[str, Any] = {
            "start": j.start.isoformat(),
            "pay_frequency": j.pay_frequency,
            "first_payday": j.first_payday.isoformat(),
        }
        if j.name.strip():
            job["name"] = j.name.strip()
        if j.end is not None:
            job["end"] = j.end.isoformat()
        if j.hourly:
            job["hourly_wage"] = str(j.hourly_wage)
            job["hours_per_week"] = str(j.hours_per_week)
        else:
            job["monthly_gross"] = str(j.monthly_gross)
        data["jobs"].append(job)
    if base is not None:
        data = _keep_unshown(json.loads(base.model_dump_json(exclude_none=True)), data)
    try:
        scenario = Scenario.model_validate(data)
    except ValidationError as exc:
        problems += explain_errors(exc)
    if problems:
        raise ScenarioError(problems)
    return scenario


_JOB_PAY = ("hourly_wage", "hours_per_week", "monthly_gross", "end", "name")
# What the form shows: top-level keys, and for sections the keys inside them. Anything else a
# loaded file has (a newer format) is kept as it was.
SHOWN: dict[str, frozenset[str] | None] = {
    "name": None,
    "start": None,
    "months": None,
    "state": None,
    "jobs": None,
    "household": None,
    "resources": None,
    "medical_expenses": None,
    "child_care_expenses": None,
    "person": frozenset({"birth_date", "blind", "student", "disabled"}),
    "ssi": frozenset(
        {
            "living_arrangement",
            "other_unearned_income",
            "student_exclusion_used",
            "state_supplement",
        }
    ),
    "ssdi": frozenset(
        {
            "monthly_benefit",
            "twp_months_used",
            "cessation_month",
            "count_wages_when",
            "entitlement_month",
            "benefit_by_year",
        }
    ),
    "work_expenses": frozenset({"irwe", "bwe", "subsidy"}),
    "housing": frozenset(
        {
            "program",
            "gross_rent",
            "utility_allowance",
            "payment_standard",
            "minimum_rent",
            "next_annual_reexam",
            "current_total_tenant_payment",
            "rules",
            "interim_policy",
        }
    ),
    "medicaid": frozenset({"enrolled_in_buy_in", "threshold_1619b"}),
    "medicare": frozenset({"start_month"}),
}


def _keep_unshown(old: dict[str, Any], new: dict[str, Any]) -> dict[str, Any]:
    """The form's values over the loaded scenario's, keeping keys the form has no field for."""
    merged = {k: v for k, v in old.items() if k not in SHOWN}
    for key, value in new.items():
        inner = SHOWN.get(key)
        if isinstance(value, dict) and isinstance(old.get(key), dict) and inner is not None:
            merged[key] = {**{k: v for k, v in old[key].items() if k not in inner}, **value}
        else:
            merged[key] = value
    jobs = []
    for i, job in enumerate(new.get("jobs", [])):
        before = old.get("jobs", [])[i] if i < len(old.get("jobs", [])) else {}
        jobs.append({**{k: v for k, v in before.items() if k not in _JOB_PAY}, **job})
    merged["jobs"] = jobs
    return merged


def unshown_fields(s: Scenario) -> list[str]:
    """Fields of a scenario that the planner form does not show (kept as loaded)."""
    data = json.loads(s.model_dump_json(exclude_none=True, exclude_defaults=True))
    found = []
    for key, value in data.items():
        if key not in SHOWN:
            found.append(key)
        elif isinstance(value, dict) and SHOWN[key] is not None:
            found += [f"{key}.{k}" for k in value if k not in SHOWN[key]]  # type: ignore
    return found


def tidy_money(value: Decimal) -> Decimal:
    """Dollars and cents, as the scenario format writes them (12.5 -> 12.50)."""
    return cents(value)


def tidy_hours(value: Decimal) -> Decimal:
    """Hours a week to two places, written without trailing zeros (20, 17.5)."""
    exact = cents(value)
    return exact.to_integral_value() if exact == exact.to_integral_value() else exact.normalize()


# --------------------------------------------------------------------------------------------
# Printable report

_CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem;color:#111;
max-width:1100px}
h1{font-size:1.6rem}h2{font-size:1.3rem;border-bottom:2px solid #333;margin-top:2rem}
h3{font-size:1.1rem}table{border-collapse:collapse;margin:.5rem 0 1rem;font-size:.85rem}
th,td{border:1px solid #999;padding:.2rem .45rem;text-align:right}
th:first-child,td:first-child,td.l,th.l{text-align:left}
.note{background:#fff4d6;border-left:4px solid #e0a800;padding:.5rem .8rem}
pre{background:#f4f4f4;padding:.6rem;font-size:.8rem;white-space:pre-wrap}
@media print{body{margin:0}h2{page-break-before:always}h2.first{page-break-before:avoid}}
"""

_COLORS = {
    "wages": "#4c78a8",
    "ssi": "#f58518",
    "ssp": "#e45756",
    "ssdi": "#54a24b",
    "snap": "#b279a2",
    "eitc": "#9d755d",
}


def _table(rows: list[dict[str, str]]) -> str:
    if not rows:
        return "<p>None.</p>"
    head = "".join(f"<th>{html.escape(k)}</th>" for k in rows[0])
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(str(v))}</td>" for v in r.values()) + "</tr>"
        for r in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _svg_chart(projection: Projection, top: Decimal) -> str:
    """A stacked bar chart of monthly income by source as inline SVG (no script, no network)."""
    width, height, pad = 720, 200, 40
    n = len(projection.months)
    bar = (width - pad) / max(n, 1)
    top = top if top > 0 else Decimal(1)
    name = html.escape(projection.scenario)
    parts = [
        f'<svg role="img" aria-label="Monthly income by source for {name}'
        f'; the month table below has the same numbers" width="{width}" '
        f'height="{height + 30}" xmlns="http://www.w3.org/2000/svg">'
    ]
    parts.append(f'<text x="0" y="12" font-size="10">{html.escape(dollars(top))}</text>')
    parts.append(f'<line x1="{pad}" y1="{height}" x2="{width}" y2="{height}" stroke="#333"/>')
    for i, m in enumerate(projection.months):
        y = Decimal(height)
        for key in CHART_SOURCES:
            h = (source_amount(m, key) or ZERO) / top * (height - 20)
            if h > 0:
                y -= h
                parts.append(
                    f'<rect x="{pad + i * bar:.1f}" y="{y:.1f}" width="{bar * 0.8:.1f}" '
                    f'height="{h:.1f}" fill="{_COLORS[key]}"/>'
                )
        if i % 3 == 0:
            parts.append(
                f'<text x="{pad + i * bar:.1f}" y="{height + 14}" font-size="9">{m.month}</text>'
            )
    legend_x = pad
    for key in CHART_SOURCES:
        label = next(s.label for s in SOURCES if s.key == key)
        parts.append(
            f'<rect x="{legend_x}" y="{height + 20}" width="10" height="10" '
            f'fill="{_COLORS[key]}"/><text x="{legend_x + 14}" y="{height + 29}" '
            f'font-size="10">{html.escape(label)}</text>'
        )
        legend_x += 200
    parts.append("</svg>")
    return "".join(parts)


def report_html(
    scenarios: list[Scenario], projections: list[Projection], made_on: date | None = None
) -> str:
    """A print-ready HTML report: comparison, then each scenario with its inputs, assumptions,
    charts, month table, milestones and citations. Self-contained: no scripts, no links fetched."""
    labels = scenario_labels(projections)
    top = max((chart_total(m) for p in projections for m in p.months), default=ZERO)
    esc = html.escape
    out = [
        "<!doctype html><html lang='en'><head><meta charset='utf-8'>",
        "<meta name='viewport' content='width=device-width, initial-scale=1'>",
        f"<title>Benefits and work: {esc(', '.join(labels))}</title>",
        f"<style>{_CSS}</style></head><body>",
        "<h1>Benefits and work: what changes month by month</h1>",
        f"<p>Made {esc((made_on or date.today()).isoformat())} with the open-source "
        f"<em>benefits</em> calculator ({esc(projections[0].engine)}). An estimate, not a "
        "decision by SSA: check it with a benefits planner.</p>",
        "<p class='note'><strong>Not modelled yet:</strong> state and local income tax. "
        f"It shows as “{NOT_MODELLED}”, never as $0, and is "
        f"not in net income. {html.escape(NET_WORDS[0].upper() + NET_WORDS[1:])}.</p>",
        "<h2 class='first'>Comparison</h2>",
        _table(comparison_table(projections)),
    ]
    for label, s, p in zip(labels, scenarios, projections, strict=True):
        out += [
            f"<h2>{esc(label)}</h2>",
            "<h3>Scenario (as saved)</h3>",
            f"<pre>{esc(scenario_yaml(s))}</pre>",
            "<h3>Monthly income by source</h3>",
            _svg_chart(p, top),
            "<h3>Month by month</h3>",
            _table(month_rows(p)),
            f"<p>* {esc(NET_WORDS[0].upper() + NET_WORDS[1:])}. Total income = wages paid + "
            "SSI + SSDI, before taxes and costs. † uses a rule value carried forward from "
            "the last published year.</p>",
            "<h3>Milestones</h3>",
            _table([{"Month": str(ms.month), "What happens": ms.text} for ms in p.milestones]),
            "<h3>Assumptions</h3><ul>",
            *[f"<li>{esc(a)}</li>" for a in p.assumptions],
            "</ul>",
            "<h3>Not modelled yet</h3><ul>",
            *[f"<li>{esc(a)}</li>" for a in p.not_modeled],
            "</ul>",
            "<h3>Law cited</h3><ul>",
            *[f"<li>{esc(c)}</li>" for c in citations(p)],
            "</ul>",
        ]
        carried = sorted({c for m in p.months for c in m.carried_forward})
        if carried:
            out += [
                "<h3>Rule values carried forward</h3><ul>",
                *[f"<li>{esc(c)}</li>" for c in carried],
                "</ul>",
            ]
    out.append(
        "<p><small>Made on this computer; nothing you typed was sent anywhere.</small></p>"
        "</body></html>"
    )
    return "\n".join(out)
