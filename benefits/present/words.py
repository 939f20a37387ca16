"""Plain words for the engine's codes: statuses, coverage, pay, field names, problems.

No internal code (`1619b_candidate`, `ssp_only`, `hours_per_week`) is shown to a user; every
screen and the report read their wording from here.
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

from ..money import dollars
from ..months import Month
from ..results import MonthResult

NOT_MODELLED = "not modelled yet"

NET_WORDS = (
    "net income = wages paid − payroll tax − federal income tax withheld + SSI + state "
    "supplement + SSDI + SNAP + the EITC received − Medicare Part B and Medicaid "
    "premiums you pay − your rent share"
)

PAY_WORDS = {
    "weekly": "Every week",
    "biweekly": "Every two weeks",
    "semimonthly": "Twice a month (e.g. the 15th and the last day)",
    "monthly": "Once a month",
}
LIVING_WORDS = {
    "own_household": "My own home (or I pay my share of the costs)",
    "another_persons_household": "In someone else's home, and they pay for my housing",
}
RELATIONSHIPS = {
    "spouse": "Spouse",
    "co_head": "Co-head",
    "child": "Child",
    "other_relative": "Other relative",
    "foster_child": "Foster child",
    "foster_adult": "Foster adult",
    "live_in_aide": "Live-in aide",
    "other": "Other",
}
HOUSING_PROGRAMS = {
    "housing_choice_voucher": "Housing Choice Voucher (Section 8)",
    "project_based_voucher": "Project-based voucher",
    "public_housing": "Public housing",
    "project_based_section8": "Project-based Section 8",
}
HUD_RULES = {
    "": "Default: old rules, HOTMA from 2027-01",
    "pre_hotma": "Old rules (pre-HOTMA)",
    "hotma": "HOTMA already",
}
INTERIM = {
    "decreases_only": "Increases wait for the annual review (usual)",
    "all_changes": "Every change at an interim review",
}

SSI_STATUS_WORDS = {
    "none": "no SSI",
    "eligible": "paid",
    "1619a": "paid while working (1619(a))",
    "1619b_candidate": "$0; Medicaid may continue (1619(b))",
    "ssp_only": "state supplement only",
    "zero_unearned_income": "$0 (other income too high)",
    "ineligible_earnings": "$0 (earnings too high)",
    "excess_resources": "$0 (savings over the limit)",
}
SSDI_STATUS_WORDS = {
    "none": "no SSDI",
    "paid": "paid",
    "trial_work": "trial work month",
    "epe_paid": "paid (extended period)",
    "cessation": "cessation month (paid)",
    "grace": "grace month (paid)",
    "suspended_sga": "not paid: earnings over the limit",
    "paid_after_epe": "paid",
    "terminated": "ended",
}
MEDICAID_WORDS = {
    "ssi": "through SSI",
    "ssi_criteria": "through SSI (state criteria)",
    "ssi_209b": "through SSI (209(b) state)",
    "1619b": "under 1619(b)",
    "1619b_threshold_unknown": "cannot tell: the state's 1619(b) threshold is needed",
    "buy_in": "through the state's buy-in",
    "expansion": "as an expansion adult",
    "none": "no Medicaid",
}
MEDICAID_SHORT = {
    "ssi": "SSI",
    "ssi_criteria": "SSI",
    "ssi_209b": "SSI (209(b))",
    "1619b": "1619(b)",
    "buy_in": "buy-in",
    "expansion": "expansion",
}
MEDICARE_WORDS = {
    "none": "no Medicare",
    "waiting": "waiting period",
    "covered": "covered",
    "extended": "extended coverage (SSDI cash stopped)",
    "ended": "premium-free Medicare ended",
    "unknown": "start month not known",
}
MEDICARE_SHORT = {
    "none": "none",
    "waiting": "waiting",
    "covered": "covered",
    "extended": "extended",
    "ended": "ended",
    "unknown": "start unknown",
}
PAYERS = {
    "person_from_ssdi": "taken from your SSDI",
    "person": "paid by you",
    "state_medicaid": "paid by your state's Medicaid",
    "qmb": "paid by the state (QMB)",
    "slmb": "paid by the state (SLMB)",
    "qi": "paid by the state (QI)",
    "none": "none",
}
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
    "assistance_near_zero": "housing assistance nearly $0",
    "assistance_zero": "housing assistance $0",
}


def ssdi_label(m: MonthResult) -> str:
    """The SSDI status of a month in words, with the trial work or extended period count."""
    label = SSDI_STATUS_WORDS.get(m.ssdi.status, "see the steps")
    if m.ssdi.twp_month_number:
        label += f" {m.ssdi.twp_month_number} of 9"
    elif m.ssdi.epe_month_number and m.ssdi.status not in ("none", "terminated"):
        label += f", extended period month {m.ssdi.epe_month_number} of 36"
    return label


def medicaid_key(m: MonthResult) -> str:
    """The month's Medicaid basis, with 'cannot tell' and 'none' folded in."""
    if m.medicaid.covered is None:
        return "1619b_threshold_unknown"
    if not m.medicaid.covered:
        return "none"
    return m.medicaid.basis


def medicaid_words(m: MonthResult) -> str:
    key = medicaid_key(m)
    if key == "1619b_threshold_unknown":
        return "cannot tell (1619(b) threshold needed)"
    if key == "none":
        return "no Medicaid"
    return "Medicaid " + MEDICAID_WORDS.get(key, "(see the steps)")


def counted(words: list[str], unit: str = "") -> str:
    """'a 3, b 2': each word with how often it occurs, in order of first occurrence."""
    counts = Counter(words)
    return ", ".join(f"{w} {counts[w]}{unit}" for w in dict.fromkeys(words))


def medicaid_summary(months: list[MonthResult]) -> str:
    """Months covered and how, short enough for a table cell: 'covered 24/24: 1619(b) 22, SSI 2'."""
    covered = [m for m in months if m.medicaid.covered]
    unknown = sum(1 for m in months if m.medicaid.covered is None)
    if not covered and not unknown:
        return "not covered"
    text = f"covered {len(covered)}/{len(months)}"
    if covered:
        text += ": " + counted([MEDICAID_SHORT.get(m.medicaid.basis, "other") for m in covered])
    if unknown:
        text += f"; can't tell {unknown} (1619(b) threshold needed)"
    return text


def medicare_summary(months: list[MonthResult]) -> str:
    """Months in each status, e.g. 'waiting 10 mo, covered 14 mo'."""
    return counted([MEDICARE_SHORT.get(m.medicare.status, "other") for m in months], " mo")


def num(value: Decimal) -> str:
    """A number without trailing zeros: 20, 17.5."""
    text = f"{value:f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def signed(amount: Decimal) -> str:
    """+$12.00, -$3.50, $0.00."""
    return ("+" if amount > 0 else "") + dollars(amount)


MONTH_NAMES = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def month_words(m: Month) -> str:
    """2027-03 -> 'Mar 2027'."""
    return f"{MONTH_NAMES[m.month - 1]} {m.year}"


def span_words(first: Month, last: Month) -> str:
    """'Jan–Sep 2027', 'Nov 2027–Feb 2028' or 'Mar 2027'."""
    if first == last:
        return month_words(first)
    if first.year == last.year:
        return f"{MONTH_NAMES[first.month - 1]}–{month_words(last)}"
    return f"{month_words(first)}–{month_words(last)}"
