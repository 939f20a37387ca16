"""Plain text for people: the month table, one month's explanation, the sweep table.

No Streamlit here: the CLI and the app both render from these functions.
"""

from __future__ import annotations

from decimal import Decimal

from .money import dollars
from .months import Month
from .results import MonthResult, Projection
from .sweep import SweepRow

SSI_STATUS_WORDS = {
    "none": "no SSI",
    "eligible": "paid",
    "1619a": "paid, 1619(a)",
    "1619b_candidate": "$0, 1619(b)?",
    "zero_unearned_income": "$0, unearned",
    "ineligible_earnings": "$0, earnings",
    "excess_resources": "$0, resources",
}

MEDICAID_WORDS = {
    "ssi": "SSI",
    "ssi_criteria": "SSI",
    "ssi_209b": "SSI 209(b)",
    "1619b": "1619(b)",
    "1619b_threshold_unknown": "1619(b)?",
    "buy_in": "buy-in",
    "expansion": "expansion",
    "none": "none",
}

SSDI_STATUS_WORDS = {
    "none": "no SSDI",
    "paid": "paid",
    "trial_work": "TWP",
    "epe_paid": "EPE, paid",
    "cessation": "cessation",
    "grace": "grace",
    "suspended_sga": "suspended",
    "paid_after_epe": "paid",
    "terminated": "terminated",
}


def ssdi_label(m: MonthResult) -> str:
    label = SSDI_STATUS_WORDS.get(m.ssdi.status, m.ssdi.status)
    if m.ssdi.twp_month_number:
        label += f" {m.ssdi.twp_month_number}/9"
    elif m.ssdi.epe_month_number and m.ssdi.status not in ("none", "terminated"):
        label += f" EPE {m.ssdi.epe_month_number}/36"
    return label


def month_table(projection: Projection) -> str:
    """The projection as a fixed-width table, one line a month."""
    housed = any(m.housing.status != "none" for m in projection.months)
    head = (
        f"{'Month':8} {'Earned':>10} {'Paid':>10} {'SSI':>9} {'SSI status':15} "
        f"{'SSDI':>9} {'SSDI status':18} {'Net':>10} {'Medicaid':10}"
    )
    if housed:
        head += f" {'Rent':>9} {'Reexam':8}"
    lines = [
        f"{projection.scenario} — from {projection.start}, {len(projection.months)} months",
        head,
        "-" * len(head),
    ]
    for m in projection.months:
        flag = " *" if m.carried_forward else ""
        line = (
            f"{m.month!s:8} {dollars(m.wages_earned):>10} {dollars(m.wages_paid):>10} "
            f"{dollars(m.ssi.payment):>9} {SSI_STATUS_WORDS.get(m.ssi.status, m.ssi.status):15} "
            f"{dollars(m.ssdi.payment):>9} {ssdi_label(m):18} {dollars(m.net_income):>10} "
            f"{MEDICAID_WORDS.get(m.medicaid.basis, m.medicaid.basis):10}"
        )
        if housed:
            reexam = "" if m.housing.reexam == "none" else m.housing.reexam
            line += f" {dollars(m.housing.family_share):>9} {reexam:8}"
        lines.append(line + flag)
    lines.append("")
    lines.append(
        "Net: wages - payroll tax + SSI + SSDI - premiums - rent share (income tax, "
        "EITC, SNAP and state supplements not modelled yet)."
    )
    if housed:
        lines.append(
            "Rent: the family's share of rent and utilities (HUD total tenant payment "
            "or voucher family share)."
        )
    if any(m.carried_forward for m in projection.months):
        lines.append(
            "* uses a rule value carried forward from the last published year "
            "(see `benefits explain`)."
        )
    if projection.milestones:
        lines.append("Milestones:")
        lines += [f"  {ms.month}  {ms.text}" for ms in projection.milestones]
    lines.append("Not modelled yet:")
    lines += [f"  - {text}" for text in projection.not_modeled]
    return "\n".join(lines)


def explain_month(projection: Projection, month: Month) -> str:
    """Every step behind one month's amounts, as a planner would read them."""
    found = next((m for m in projection.months if m.month == month), None)
    if found is None:
        first, last = projection.months[0].month, projection.months[-1].month
        raise ValueError(f"--month {month}: the projection covers {first} to {last}")
    lines = [
        f"{projection.scenario} — {month}",
        f"Wages earned {dollars(found.wages_earned)}, paid {dollars(found.wages_paid)}; "
        f"SSI {dollars(found.ssi.payment)} ({found.ssi.status}); "
        f"SSDI {dollars(found.ssdi.payment)} ({found.ssdi.status}); "
        f"Medicaid {found.medicaid.basis}; net {dollars(found.net_income)}",
        "",
    ]
    for n, step in enumerate(found.steps, 1):
        amount = f" = {dollars(step.amount)}" if step.amount is not None else ""
        lines.append(f"{n:2}. [{step.rule}]{amount}")
        lines.append(f"    {step.because}")
        if step.cite:
            lines.append(f"    Law: {step.cite}")
        for use in step.uses:
            flag = " (carried forward)" if use.carried_forward else ""
            lines.append(
                f"    Uses: {use.label} = {use.value} {use.unit} from {use.effective}"
                f"{flag}; source {use.source}"
            )
            if use.basis:
                lines.append(f"          {use.basis}")
    if found.carried_forward:
        lines += ["", "Carried forward this month: " + "; ".join(found.carried_forward)]
    return "\n".join(lines)


def sweep_table(rows: list[SweepRow]) -> str:
    head = (
        f"{'Hours':>6} {'Wages':>10} {'SSI':>9} {'SSDI':>9} {'Net':>10} {'vs first':>10} "
        f"{'SSI mo':>6} {'SSDI mo':>7} {'Medicaid mo':>11}"
    )
    lines = ["Monthly averages over the projection", head, "-" * len(head)]
    for r in rows:
        lines.append(
            f"{_hours(r.hours_per_week):>6} {dollars(r.wages_paid):>10} "
            f"{dollars(r.ssi):>9} {dollars(r.ssdi):>9} {dollars(r.net_income):>10} "
            f"{dollars(r.net_income_change):>10} {r.months_ssi_paid:>6} "
            f"{r.months_ssdi_paid:>7} {r.months_medicaid_covered:>11}"
            + ("  <- cliff" if r.cliff else "")
        )
    cliffs = [r for r in rows if r.cliff]
    if cliffs:
        lines.append("")
        lines += [f"Cliff at {_hours(r.hours_per_week)} hours: {r.cliff}" for r in cliffs]
    return "\n".join(lines)


def _hours(value: Decimal) -> str:
    return f"{value.normalize():f}"
