"""One field table for the scenario format: every field's path, label, widget, section, help,
bounds and choices, for the planner form, field labels and error messages.

Labels, sections, widgets and the words for choices are written here; help text and bounds come
from the pydantic models in benefits/scenario.py (their descriptions and ge/le limits), so they
are said once. tests/test_fields.py fails when the scenario gains a field this table lacks.
Paths use `[]` for list items (`jobs[].hourly_wage`); `label_for` names an error's location.
"""

from __future__ import annotations

import re
import typing
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Any, Literal

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from .scenario import Scenario

Widget = Literal[
    "text", "money", "hours", "month", "date", "int", "bool", "choice", "section", "months",
    "money_by_year", "money_or_computed",
]  # fmt: skip


@dataclass(frozen=True, slots=True)
class Field:
    path: str
    label: str
    section: str
    widget: Widget
    help: str = ""
    minimum: Decimal | None = None
    maximum: Decimal | None = None
    choices: tuple[tuple[str, str], ...] = ()  # (code, words) for a choice
    optional: bool = False  # may be left out (None)


# path: (label, section, widget, words for the choices)
_TABLE: dict[str, tuple[str, str, Widget, dict[str, str]]] = {
    "name": ("Scenario name", "Scenario", "text", {}),
    "start": ("First month", "Scenario", "month", {}),
    "months": ("Number of months", "Scenario", "int", {}),
    "state": ("State", "Scenario", "choice", {}),
    "person.birth_date": ("Date of birth", "Person", "date", {}),
    "person.blind": ("Statutorily blind", "Person", "bool", {}),
    "person.student": ("Regularly attending school", "Person", "bool", {}),
    "person.disabled": ("A person with disabilities", "Person", "bool", {}),
    "ssi": ("Gets SSI", "SSI", "section", {}),
    "ssi.living_arrangement": ("Living arrangement", "SSI", "choice", {
        "own_household": "Own household",
        "another_persons_household": "In another person's household (shelter there)",
    }),
    "ssi.other_unearned_income": ("Other unearned income a month", "SSI", "money", {}),
    "ssi.state_supplement": ("State supplement a month", "SSI", "money", {}),
    "ssi.in_kind_shelter": ("Shelter others pay a month", "SSI", "money", {}),
    "ssi.paid_before_start": ("SSI was paid before", "SSI", "bool", {}),
    "ssi.reinstatement_request": ("SSI reinstatement requested in", "SSI", "month", {}),
    "ssi.student_exclusion_used": ("Student exclusion already used this year", "SSI", "money", {}),
    "ssi.pass_earned": ("Earnings set aside under a PASS a month", "SSI", "money", {}),
    "ssi.pass_unearned": ("Unearned income set aside under a PASS a month", "SSI", "money", {}),
    "ssi.pass_start": ("PASS approved from", "SSI", "month", {}),
    "ssi.pass_end": ("PASS ends in", "SSI", "month", {}),
    "ssdi": ("Gets SSDI", "SSDI", "section", {}),
    "ssdi.monthly_benefit": ("SSDI a month (gross)", "SSDI", "money", {}),
    "ssdi.twp_months_used": ("Trial work months already used", "SSDI", "months", {}),
    "ssdi.cessation_month": ("Cessation month already found", "SSDI", "month", {}),
    "ssdi.twp_end_month": ("Ninth trial work month (BPQY)", "SSDI", "month", {}),
    "ssdi.reinstatement_request": ("Expedited reinstatement requested in", "SSDI", "month", {}),
    "ssdi.count_wages_when": ("Count wages in the month", "SSDI", "choice", {
        "paid": "they are paid", "earned": "they are earned",
    }),
    "ssdi.entitlement_month": ("First month of SSDI entitlement", "SSDI", "month", {}),
    "ssdi.benefit_by_year": ("SSDI a month by year (SSA's notice)", "SSDI", "money_by_year", {}),
    "jobs[].name": ("Employer or job title", "Jobs", "text", {}),
    "jobs[].start": ("First day of work", "Jobs", "date", {}),
    "jobs[].end": ("Last day of work", "Jobs", "date", {}),
    "jobs[].hourly_wage": ("Pay an hour", "Jobs", "money", {}),
    "jobs[].hours_per_week": ("Hours a week", "Jobs", "hours", {}),
    "jobs[].monthly_gross": ("Fixed pay a month", "Jobs", "money", {}),
    "jobs[].pay_frequency": ("How often paid", "Jobs", "choice", {
        "weekly": "Every week", "biweekly": "Every two weeks",
        "semimonthly": "Twice a month", "monthly": "Once a month",
    }),
    "jobs[].first_payday": ("First payday", "Jobs", "date", {}),
    "jobs[].last_payday": ("Final payday (after the last day)", "Jobs", "date", {}),
    "jobs[].semimonthly_days": ("Twice-a-month paydays", "Jobs", "choice", {
        "15_and_last": "15th and last day", "1_and_15": "1st and 15th",
        "5_and_20": "5th and 20th", "10_and_25": "10th and 25th",
    }),
    "jobs[].payday_not_business_day": ("Payday on a weekend or holiday", "Jobs", "choice", {
        "as_scheduled": "Paid on the scheduled day",
        "business_day_before": "Paid the business day before",
        "business_day_after": "Paid the business day after",
    }),
    "jobs[].unsuccessful_work_attempt": ("Unsuccessful work attempt", "Jobs", "bool", {}),
    "work_expenses.irwe": ("Impairment-related work expenses", "Work expenses", "money", {}),
    "work_expenses.bwe": ("Blind work expenses a month", "Work expenses", "money", {}),
    "work_expenses.subsidy": ("Employer subsidy a month", "Work expenses", "money", {}),
    "household[].age": ("Age", "Household", "int", {}),
    "household[].relationship": ("Relationship", "Household", "choice", {
        "spouse": "Spouse", "co_head": "Co-head", "child": "Child",
        "other_relative": "Other relative", "foster_child": "Foster child",
        "foster_adult": "Foster adult", "live_in_aide": "Live-in aide", "other": "Other",
    }),
    "household[].disabled": ("Has a disability", "Household", "bool", {}),
    "household[].student": ("Full-time student", "Household", "bool", {}),
    "household[].earned_income": ("Earnings a month", "Household", "money", {}),
    "household[].unearned_income": ("Unearned income a month", "Household", "money", {}),
    "housing": ("Gets HUD rent help", "Housing", "section", {}),
    "housing.program": ("Housing program", "Housing", "choice", {
        "housing_choice_voucher": "Housing Choice Voucher",
        "project_based_voucher": "Project-based voucher",
        "public_housing": "Public housing",
        "project_based_section8": "Project-based Section 8",
    }),
    "housing.gross_rent": ("Gross rent a month", "Housing", "money", {}),
    "housing.utility_allowance": ("Utility allowance a month", "Housing", "money", {}),
    "housing.payment_standard": ("Payment standard a month", "Housing", "money", {}),
    "housing.minimum_rent": ("Minimum rent", "Housing", "money", {}),
    "housing.next_annual_reexam": ("Next annual reexamination", "Housing", "month", {}),
    "housing.current_total_tenant_payment": ("Total tenant payment now", "Housing", "money", {}),
    "housing.rules": ("Rent rules", "Housing", "choice", {
        "pre_hotma": "The rules before HOTMA", "hotma": "HOTMA's rules",
    }),
    "housing.eid": ("On the earned income disallowance", "Housing", "section", {}),
    "housing.eid.start_month": ("First month of the disallowance", "Housing", "month", {}),
    "housing.eid.baseline_annual_income": ("Baseline income a year", "Housing", "money", {}),
    "housing.interim_policy": ("Agency's policy on rent increases", "Housing", "choice", {
        "decreases_only": "Only decreases between annual reexaminations",
        "all_changes": "Increases and decreases",
    }),
    "va": ("Gets VA benefits", "VA", "section", {}),
    "va.disability_compensation": ("VA compensation a month", "VA", "money", {}),
    "va.pension": ("VA pension a month (or computed)", "VA", "money_or_computed", {}),
    "va.tdiu": ("Paid at the individual unemployability rate (TDIU)", "VA", "bool", {}),
    "va.dependents_portion": ("Part paid for dependents", "VA", "money", {}),
    "va.not_income_for_ssi": ("A&A, housebound or medical part", "VA", "money", {}),
    "va.pension_rate": ("Pension rate", "VA", "choice", {
        "basic": "Basic", "housebound": "Housebound", "aid_and_attendance": "Aid and attendance",
    }),
    "va.poverty_threshold": ("One-person poverty threshold (Census), a year", "VA", "money", {}),
    "snap": ("Gets SNAP", "SNAP", "section", {}),
    "snap.categorically_eligible": ("Categorically eligible", "SNAP", "bool", {}),
    "snap.reporting": ("How SNAP follows income changes", "SNAP", "choice", {
        "each_month": "Each month's own income",
        "simplified": "Simplified reporting (the notice's budget)",
    }),
    "snap.certification_start": ("First month of the certification period", "SNAP", "month", {}),
    "snap.certification_months": ("Months in the certification period", "SNAP", "int", {}),
    "snap.budgeted_earnings": ("Earnings on the SNAP notice, a month", "SNAP", "money", {}),
    "shelter.rent": ("Rent or mortgage a month (without HUD help)", "SNAP", "money", {}),
    "shelter.utility_allowance": ("SNAP standard utility allowance", "SNAP", "money", {}),
    "taxes.filing_status": ("Tax filing status", "Taxes", "choice", {
        "auto": "Decide from the household", "single": "Single",
        "head_of_household": "Head of household",
    }),
    "taxes.refund_month": ("Month the tax refund arrives", "Taxes", "int", {}),
    "medicaid.enrolled_in_buy_in": ("Enrolled in the Medicaid buy-in", "Health", "bool", {}),
    "medicaid.threshold_1619b": ("State's 1619(b) threshold", "Health", "money", {}),
    "medicaid.annual_medicaid_expenses": ("Own Medicaid costs a year", "Health", "money", {}),
    "medicare.start_month": ("First month of Medicare", "Health", "month", {}),
    "medicare.quarters_of_coverage": ("Quarters of coverage (Part A premium)", "Health", "int", {}),
    "resources": ("Countable resources", "Money and costs", "money", {}),
    "medical_expenses": ("Medical expenses a month", "Money and costs", "money", {}),
    "child_care_expenses": ("Child care a month", "Money and costs", "money", {}),
    "housing.report_within_days": ("Days to report a change (agency plan)", "Housing", "int", {}),
    "medicaid.buy_in_report_within_days": (
        "Days to report a change to the buy-in", "Health", "int", {}),
    "savings": ("Saves each month", "Money and costs", "section", {}),
    "savings.per_month": ("Kept in savings each month", "Money and costs", "money", {}),
    "savings.able_per_month": ("Put into an ABLE account each month", "Money and costs", "money",
                               {}),
    "savings.able_balance": ("ABLE account balance now", "Money and costs", "money", {}),
    "bpqy": ("From the benefits record (BPQY)", "Benefits record", "section", {}),
    "bpqy.as_of": ("Date of the BPQY", "Benefits record", "date", {}),
    "bpqy.twp_completed": ("Trial work period completed", "Benefits record", "bool", {}),
    "bpqy.epe_start": ("Extended period of eligibility starts", "Benefits record", "month", {}),
    "bpqy.epe_end": ("Extended period of eligibility ends", "Benefits record", "month", {}),
    "bpqy.medicare_end": ("Medicare coverage ends", "Benefits record", "month", {}),
    "bpqy.irwe": ("Work expenses on record a month", "Benefits record", "money", {}),
    "bpqy.subsidy": ("Subsidy on record a month", "Benefits record", "money", {}),
    "bpqy.ssi_status": ("SSI status on record", "Benefits record", "choice", {
        "none": "No SSI", "eligible": "Eligible, paid", "1619a": "Paid under 1619(a)",
        "1619b": "Medicaid under 1619(b)", "suspended": "Suspended",
        "terminated": "Terminated",
    }),
}  # fmt: skip


def _models(annotation: Any) -> tuple[type[BaseModel] | None, bool, bool]:
    """(the nested model, is a list of it, may be None) of a field's annotation."""
    args = typing.get_args(annotation)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation, False, False
    if typing.get_origin(annotation) is list and args:
        inner = args[0]
        if isinstance(inner, type) and issubclass(inner, BaseModel):
            return inner, True, False
    for arg in args:
        if isinstance(arg, type) and issubclass(arg, BaseModel):
            return arg, False, type(None) in args
    return None, False, type(None) in args


def scenario_paths(model: type[BaseModel] = Scenario, prefix: str = "") -> dict[str, FieldInfo]:
    """Every field of the scenario format by path, walking the pydantic models."""
    found: dict[str, FieldInfo] = {}
    for name, info in model.model_fields.items():
        nested, many, optional = _models(info.annotation)
        path = prefix + name
        if nested is None:
            found[path] = info
            continue
        if optional:
            found[path] = info  # an optional section: present or left out
        found.update(scenario_paths(nested, path + ("[]." if many else ".")))
    return found


def _bounds(info: FieldInfo) -> tuple[Decimal | None, Decimal | None]:
    """The tightest ge/le limits on a field, wherever pydantic keeps them."""
    low: Decimal | None = None
    high: Decimal | None = None
    metadata = list(info.metadata)
    for arg in typing.get_args(info.annotation):
        metadata += getattr(arg, "__metadata__", ())
        for inner in getattr(arg, "__metadata__", ()):
            metadata += getattr(inner, "metadata", [])
    for item in metadata:
        if getattr(item, "ge", None) is not None:
            low = max(low, Decimal(item.ge)) if low is not None else Decimal(item.ge)
        if getattr(item, "le", None) is not None:
            high = min(high, Decimal(item.le)) if high is not None else Decimal(item.le)
    return low, high


@cache
def fields() -> dict[str, Field]:
    """The field table, by path, in the scenario format's order."""
    table = {}
    for path, info in scenario_paths().items():
        label, section, widget, words = _TABLE[path]
        low, high = _bounds(info)
        table[path] = Field(
            path=path,
            label=label,
            section=section,
            widget=widget,
            help=info.description or "",
            minimum=low,
            maximum=high,
            choices=tuple(words.items()),
            optional=not info.is_required(),
        )
    return table


def label_for(location: str | tuple[int | str, ...]) -> str:
    """A plain label for a field's location, e.g. 'jobs[0].hours_per_week' or
    ('jobs', 0, 'hours_per_week') -> 'Jobs › job 1 › Hours a week'; '' when unknown."""
    if isinstance(location, tuple):
        location = "".join(
            f"[{part}]" if isinstance(part, int) else f".{part}" for part in location
        ).lstrip(".")
    numbers = [int(n) + 1 for n in re.findall(r"\[(\d+)\]", location)]
    found = fields().get(re.sub(r"\[\d+\]", "[]", location))
    if found is None:
        return ""
    parts = [found.section]
    if numbers and location.startswith("jobs["):
        parts.append(f"job {numbers[0]}")
    elif numbers and location.startswith("household["):
        parts.append(f"household member {numbers[0]}")
    return " › ".join([*parts, found.label])
