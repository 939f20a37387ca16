"""Plain text for people: the month table, one month's explanation, the sweep table.

No Streamlit here: the CLI and the app both render from these functions.
"""

from __future__ import annotations

import textwrap
from decimal import Decimal

from . import incomes, vocabulary
from .incomes import IncomeLine
from .money import dollars
from .months import Month
from .results import MonthResult, Projection
from .sweep import SweepRow

# Short words by code, from the one vocabulary (benefits/vocabulary.py).
SSI_STATUS_WORDS = {code: w.short for code, w in vocabulary.SSI_STATUS.items()}
MEDICAID_WORDS = {code: w.short for code, w in vocabulary.MEDICAID_BASIS.items()}
SSDI_STATUS_WORDS = {code: w.short for code, w in vocabulary.SSDI_STATUS.items()}


def ssdi_label(m: MonthResult) -> str:
    label = vocabulary.short("ssdi.status", m.ssdi.status)
    if m.ssdi.twp_month_number:
        label += f" {m.ssdi.twp_month_number}/9"
    elif m.ssdi.epe_month_number and m.ssdi.status not in ("none", "terminated"):
        label += f" EPE {m.ssdi.epe_month_number}/36"
    return label


def table_lines(months: list[MonthResult]) -> list[IncomeLine]:
    """The income lines the month table shows: those always shown, and the others that are not
    $0 in every month (or, for the rent share, while there is housing help)."""
    shown = []
    for line in incomes.in_net():
        if line.shown_with:
            keep = any(incomes.value(m, line.shown_with) != "none" for m in months)
        else:
            keep = line.always or any(incomes.amount(m, line) != 0 for m in months)
        if keep:
            shown.append(line)
    return shown


STATUS_COLUMNS = {"ssi": ("SSI status", 13), "ssdi": ("SSDI status", 17)}


def _width(line: IncomeLine) -> int:
    return 10 if line.key == "wages" else max(9, len(line.short))


def _cell(m: MonthResult, line: IncomeLine) -> str:
    found = incomes.amount(m, line)
    return "?" if found is None else dollars(found)


def _status(m: MonthResult, key: str) -> str:
    if key == "ssi":
        return vocabulary.short("ssi.status", m.ssi.status)
    return ssdi_label(m)


def month_table(projection: Projection) -> str:
    """The projection as a fixed-width table, one line a month, one column per income line."""
    months = projection.months
    housed = any(m.housing.status != "none" for m in months)
    shown = table_lines(months)
    head = f"{'Month':8} {'Earned':>10}"
    for line in shown:
        head += f" {line.short:>{_width(line)}}"
        if line.key in STATUS_COLUMNS:
            name, width = STATUS_COLUMNS[line.key]
            head += f" {name:{width}}"
    head += f" {'Net':>10} {'Medicaid':10}" + (f" {'Reexam':8}" if housed else "")
    lines = [
        f"{projection.scenario} — from {projection.start}, {len(months)} months",
        head,
        "-" * len(head),
    ]
    for m in months:
        row = f"{m.month!s:8} {dollars(m.wages_earned):>10}"
        for line in shown:
            row += f" {_cell(m, line):>{_width(line)}}"
            if line.key in STATUS_COLUMNS:
                width = STATUS_COLUMNS[line.key][1]
                row += f" {_status(m, line.key):{width}}"
        row += (
            f" {dollars(m.net_income):>10} "
            f"{vocabulary.short('medicaid.basis', m.medicaid.basis):10}"
        )
        if housed:
            row += f" {vocabulary.short('housing.reexam', m.housing.reexam):8}"
        lines.append(row + (" *" if m.carried_forward else ""))
    lines += ["", *textwrap.wrap(footnote(shown), 100)]
    if housed:
        lines.append(
            "Rent: the family's share of rent and utilities (HUD total tenant payment "
            "or voucher family share)."
        )
    if any(m.carried_forward for m in months):
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


def footnote(shown: list[IncomeLine]) -> str:
    """What Net is, from the income lines; which columns are left out, and why."""
    left_out = [line.short for line in incomes.in_net() if line not in shown]
    return (
        f"Net: {incomes.formula()}. Paid: wages paid this month, before taxes."
        + (f" Not shown ($0 in every month): {', '.join(left_out)}." if left_out else "")
        + " A ? is an amount the engine could not compute; it is left out of Net."
    )


def explain_month(projection: Projection, month: Month) -> str:
    """Every step behind one month's amounts, as a planner would read them."""
    found = next((m for m in projection.months if m.month == month), None)
    if found is None:
        first, last = projection.months[0].month, projection.months[-1].month
        raise ValueError(f"--month {month}: the projection covers {first} to {last}")
    lines = [
        f"{projection.scenario} — {month}",
        f"Wages earned {dollars(found.wages_earned)}, paid {dollars(found.wages_paid)}; "
        f"SSI {dollars(found.ssi.payment)} ({vocabulary.short('ssi.status', found.ssi.status)}); "
        f"SSDI {dollars(found.ssdi.payment)} ({ssdi_label(found)}); "
        f"Medicaid: {vocabulary.short('medicaid.basis', found.medicaid.basis)}; "
        f"net {dollars(found.net_income)}",
        "  "
        + " ".join(
            vocabulary.long(field, code)
            for field, code in (
                ("ssi.status", found.ssi.status),
                ("ssdi.status", found.ssdi.status),
                ("medicaid.basis", found.medicaid.basis),
                ("medicare.status", found.medicare.status),
            )
        ),
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
