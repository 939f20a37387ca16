"""The comparison of up to four scenarios, compact enough for one printed page: the bottom
line (first, typical and lowest month) and each source's monthly average."""

from __future__ import annotations

from ...money import dollars
from ...results import Projection
from ..compare import UNKNOWN_SSP, VARIES, comparison
from ..words import NOT_MODELLED, month_words
from .story import bottom_line

# The sources a printed comparison shows (the screen's table has every one).
PRINTED = (
    "wages",
    "payroll",
    "income_tax",
    "eitc",
    "ssi",
    "ssp",
    "ssdi",
    "snap",
    "medicaid",
    "medicaid_premium",
    "medicare",
    "part_b",
    "rent",
    "net",
)


def _cell(value: object) -> str:
    if value is None:
        return NOT_MODELLED
    if isinstance(value, str):
        return value
    return dollars(value)  # type: ignore[arg-type]


def comparison_rows(projections: list[Projection]) -> list[list[str]]:
    """Rows of [what, one cell per scenario]; the first rows are the bottom line."""
    lines = [bottom_line(p) for p in projections]
    rows = [
        ["Net income, first month", *[dollars(b.first) for b in lines]],
        ["Net income, typical month (median)", *[dollars(b.typical) for b in lines]],
        [
            "Net income, lowest month",
            *[f"{dollars(b.lowest)} ({month_words(b.lowest_month)})" for b in lines],
        ],
    ]
    for row in comparison(projections):
        if row.period != "Monthly average" or row.source.key not in PRINTED:
            continue
        label = row.source.label
        if not row.source.text:
            label += ", monthly average"
        rows.append([label, *[_cell(v) for v in row.values]])
    return rows


UNKNOWN_WORDS = (NOT_MODELLED, UNKNOWN_SSP, VARIES)
