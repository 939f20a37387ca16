"""Income lines as data: every income and every subtraction of a month, declared once.

Each line says where the month's output holds it, how each program counts it, its sign in net
income, its short label and its chart colour. Net income and its explanation
(benefits/projection.py), the CLI table and its footnote (benefits/report.py), the screen's
income chart and the net-income property test all iterate over `LINES`, so a new income cannot
be left out of one of them. The counting fields document what the programs do (their law is in
benefits/programs/); tests/test_incomes.py checks the list against the output models.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from operator import attrgetter
from typing import Any, Literal

from .explain import Explainer, once
from .money import ZERO, dollars, exact

SSICount = Literal[
    "earned",  # earned income, after the $20 (if unused), $65 and one half (20 CFR 416.1112)
    "unearned",  # unearned income after the $20 general exclusion (20 CFR 416.1124(c)(12))
    "unearned_no_general",  # unearned, and the $20 general exclusion does not apply to it
    "itself",  # the SSI payment (or supplement) itself
    "excluded",  # not income for SSI (e.g. SNAP, 20 CFR 416.1103(j))
    "no",  # a cost, not income
]


@dataclass(frozen=True, slots=True)
class IncomeLine:
    """One income or subtraction of the month."""

    key: str  # stable name, also the screen's source key
    path: str | None  # dotted path in each month's output; None: a scenario input only
    short: str  # column heading and chart legend
    words: str  # how net income's explanation names it
    sign: int  # +1 added to net income, -1 subtracted, 0 not part of net income
    color: str  # chart colour
    ssi: SSICount  # how SSI counts it
    hud: str  # how HUD counts it in annual income (24 CFR 5.609)
    snap: str  # how SNAP counts it (7 CFR 273.9)
    taxable: str  # how federal income tax counts it
    in_total: bool = False  # part of total_income (income before taxes and costs)
    always: bool = False  # shown in net income's explanation even when zero
    shown_with: str = ""  # shown while this status path is not "none" (rent share)
    unknown: str = ""  # said when the amount is None (not computed): it is left out
    cite: str = ""


LINES: tuple[IncomeLine, ...] = (
    IncomeLine(
        "wages", "wages_paid", "Paid", "wages", +1, "#4c78a8",
        ssi="earned", hud="earned income at current rates", snap="earned income (20% deducted)",
        taxable="wages", in_total=True, always=True, cite="20 CFR 416.1111(a)",
    ),
    IncomeLine(
        "payroll", "taxes.payroll", "Payroll", "payroll tax", -1, "#e45756",
        ssi="no", hud="not deducted", snap="not deducted", taxable="not deductible",
        always=True, cite="26 U.S.C. 3101",
    ),
    IncomeLine(
        "income_tax", "taxes.income_tax_withheld", "Inc tax", "income tax withheld", -1,
        "#c44e52", ssi="no", hud="not deducted", snap="not deducted", taxable="the tax itself",
        cite="26 U.S.C. 3402",
    ),
    IncomeLine(
        "ssi", "ssi.payment", "SSI", "SSI", +1, "#f58518",
        ssi="itself", hud="unearned income", snap="unearned income", taxable="no",
        in_total=True, always=True, cite="20 CFR 416.420",
    ),
    IncomeLine(
        "ssp", "ssi.state_supplement", "Supp", "state supplement", +1, "#eeca3b",
        ssi="itself", hud="unearned income", snap="unearned income", taxable="no",
        in_total=True, unknown="the state supplement amount is unknown and is not included",
        cite="20 CFR 416.2001",
    ),
    IncomeLine(
        "ssdi", "ssdi.payment", "SSDI", "SSDI", +1, "#54a24b",
        ssi="unearned", hud="unearned income", snap="unearned income (gross)",
        taxable="Social Security benefits (26 U.S.C. 86)", in_total=True, always=True,
        cite="20 CFR 416.1121(a)",
    ),
    IncomeLine(
        "va_compensation", "va.compensation", "VA comp", "VA compensation", +1, "#72b7b2",
        ssi="unearned", hud="unearned income", snap="unearned income",
        taxable="no (38 U.S.C. 5301)", in_total=True,
        cite="POMS SI 00830.304; 38 U.S.C. 5301(a)",
    ),
    IncomeLine(
        "va_pension", "va.pension", "VA pension", "VA pension", +1, "#9d755d",
        ssi="unearned_no_general", hud="unearned income", snap="unearned income",
        taxable="no (38 U.S.C. 5301)", in_total=True,
        cite="20 CFR 416.1124(c)(12); POMS SI 00830.302",
    ),
    IncomeLine(
        "other_unearned", None, "Other", "other unearned income", 0, "#bab0ac",
        ssi="unearned", hud="unearned income", snap="unearned income", taxable="not modelled",
        cite="20 CFR 416.1121",
    ),
    IncomeLine(
        "part_b", "medicare.part_b_premium", "Part B", "Medicare Part B", -1, "#8c6d31",
        ssi="no", hud="medical expense (elderly or disabled family)",
        snap="medical deduction (elderly or disabled)", taxable="not modelled",
        cite="42 CFR 408.20",
    ),
    IncomeLine(
        "medicaid_premium", "medicaid.premium", "Mcaid prem", "Medicaid premium", -1,
        "#843c39", ssi="no", hud="medical expense (elderly or disabled family)",
        snap="medical deduction (elderly or disabled)", taxable="not modelled",
        unknown="the Medicaid premium is not known and is not subtracted",
        cite="Social Security Act 1916",
    ),
    IncomeLine(
        "snap", "snap.benefit", "SNAP", "SNAP", +1, "#b279a2",
        ssi="excluded", hud="excluded", snap="itself", taxable="no",
        cite="20 CFR 416.1103(j); 7 U.S.C. 2017(b)",
    ),
    IncomeLine(
        "eitc", "taxes.eitc", "EITC", "EITC", +1, "#ff9da6",
        ssi="excluded", hud="excluded", snap="excluded", taxable="no",
        cite="26 U.S.C. 32; 20 CFR 416.1103(g)",
    ),
    IncomeLine(
        "rent", "housing.family_share", "Rent", "rent share", -1, "#7f7f7f",
        ssi="no", hud="the family's share itself", snap="shelter cost (the tenant rent)",
        taxable="no", shown_with="housing.status", cite="24 CFR 982.505(b); 24 CFR 5.628",
    ),
)  # fmt: skip

BY_KEY = {line.key: line for line in LINES}


@cache
def _getter(path: str) -> Callable[[Any], Any]:
    return attrgetter(path)


def value(month: Any, path: str) -> Any:
    """The value at a dotted path of a month's output (or of anything shaped like it)."""
    return _getter(path)(month)


def amount(month: Any, line: IncomeLine) -> Decimal | None:
    """The line's amount this month; None when the engine leaves it open."""
    return None if line.path is None else _getter(line.path)(month)


def in_net(lines: Iterable[IncomeLine] = LINES) -> list[IncomeLine]:
    return [line for line in lines if line.sign and line.path is not None]


# (the path's attribute names, sign, in total) of each line in net income, for the month loop
# (read with getattr: calling an attrgetter costs more than the reads).
_NET = tuple(
    (tuple(line.path.split(".")), line.sign, line.in_total) for line in in_net() if line.path
)


def totals(month: Any) -> tuple[Decimal, Decimal]:
    """Total income (before taxes and costs) and net income, from the lines."""
    total = net = ZERO
    for names, sign, in_total in _NET:
        found = month
        for name in names:
            found = getattr(found, name)
        if found:
            if sign > 0:
                net += found
                if in_total:
                    total += found
            else:
                net -= found
    return total, net


# The lines in net income with their getters, once (the net income step of every explained
# month reads them).
_IN_NET = tuple(
    (line, attrgetter(line.path), attrgetter(line.shown_with) if line.shown_with else None)
    for line in in_net()
    if line.path
)


def explain_net(month: Any, net: Decimal, ex: Explainer, memo: dict[Any, Any]) -> None:
    """Net income's step: each line shown with its sign, and what is left out. Its words name
    no month, so a month with the same amounts and statuses as one before it in the year gives
    them again (explain.once)."""
    found: list[Decimal | None] = []
    shown: list[bool] = []
    for _, get, shown_with in _IN_NET:
        amount = get(month)
        found.append(amount)
        shown.append(shown_with(month) != "none" if shown_with else bool(amount))

    def figure(ex: Explainer | None) -> None:
        assert ex is not None
        _net_step(found, shown, net, ex)

    once(memo, ("net income", exact(net, *found), *shown), ex, figure)


def _net_step(found: list[Decimal | None], shown: list[bool], net: Decimal, ex: Explainer) -> None:
    parts: list[str] = []
    notes: list[str] = []
    for (line, _, _), amount, is_shown in zip(_IN_NET, found, shown, strict=True):
        if amount is None and line.unknown:
            notes.append(line.unknown)
        if line.always or is_shown:
            sign = "" if not parts else "+ " if line.sign > 0 else "- "
            parts.append(f"{sign}{line.words} {dollars(amount or ZERO)}")
    ex.step(
        "net_income",
        "Net income: "
        + " ".join(parts)
        + f" = {dollars(net)}."
        + (" Note: " + "; ".join(notes) + "." if notes else ""),
        net,
        "",
    )


def formula(lines: Iterable[IncomeLine] = LINES) -> str:
    """Net income in words, e.g. 'wages - payroll tax + SSI ...'."""
    text = ""
    for line in in_net(lines):
        sign = "" if not text else " + " if line.sign > 0 else " - "
        text += sign + line.words
    return text
