"""Each program's months told as stretches in plain words, the bottom line, and key dates.

A stretch is a run of consecutive months in which a program is in the same state ("Jan-Aug
2027: trial work months 2-9 of 9; your SSDI check stays $1,380.00"). Amounts come from the
projection as they are; nothing here computes a benefit.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from dataclasses import dataclass
from decimal import Decimal

from ...money import ZERO, dollars
from ...months import Month
from ...results import Milestone, MonthResult, Projection
from ..words import MONTH_NAMES, month_words


def span_words(first: Month, last: Month) -> str:
    """'Jan 2027', 'Jan-Sep 2027' or 'Nov 2026-Feb 2027' (the printed report keeps a plain
    hyphen; the screen's words.span_words uses an en dash)."""
    if first == last:
        return month_words(first)
    if first.year == last.year:
        return f"{MONTH_NAMES[first.month - 1]}-{month_words(last)}"
    return f"{month_words(first)}-{month_words(last)}"


def amount_words(values: list[Decimal]) -> str:
    """'$994.00' when every month is the same, else '$700.00 to $994.00'."""
    low, high = min(values), max(values)
    return dollars(low) if low == high else f"{dollars(low)} to {dollars(high)}"


@dataclass(frozen=True)
class Stretch:
    first: Month
    last: Month
    text: str

    @property
    def when(self) -> str:
        return span_words(self.first, self.last)


def runs(
    months: list[MonthResult], key: Callable[[MonthResult], Hashable]
) -> list[tuple[Hashable, list[MonthResult]]]:
    """Consecutive months with the same key, in order."""
    found: list[tuple[Hashable, list[MonthResult]]] = []
    for m in months:
        k = key(m)
        if found and found[-1][0] == k:
            found[-1][1].append(m)
        else:
            found.append((k, [m]))
    return found


def _stretches(
    months: list[MonthResult],
    key: Callable[[MonthResult], Hashable],
    words: Callable[[Hashable, list[MonthResult]], str],
) -> list[Stretch]:
    return [Stretch(run[0].month, run[-1].month, words(k, run)) for k, run in runs(months, key)]


@dataclass(frozen=True)
class BottomLine:
    """Net income in the first month, a typical (median) month and the lowest month."""

    first: Decimal
    typical: Decimal
    lowest: Decimal
    lowest_month: Month
    months: int


def bottom_line(p: Projection) -> BottomLine:
    nets = sorted(m.net_income for m in p.months)
    lowest = min(p.months, key=lambda m: (m.net_income, m.month.index))
    return BottomLine(
        first=p.months[0].net_income,
        typical=nets[(len(nets) - 1) // 2],  # the lower median: a month that really happens
        lowest=lowest.net_income,
        lowest_month=lowest.month,
        months=len(p.months),
    )


def bottom_line_words(p: Projection) -> str:
    b = bottom_line(p)
    return (
        f"Net income {dollars(b.first)} in the first month ({month_words(p.start)}), "
        f"{dollars(b.typical)} in a typical month and {dollars(b.lowest)} in the lowest "
        f"({month_words(b.lowest_month)}), over {b.months} months."
    )


# --------------------------------------------------------------------------------------------
# Key dates: milestones, with runs of numbered ones (trial work months) told once.


def month_list(months: list[Month]) -> str:
    """'Apr, Jun, Oct 2027; Mar 2028', or a span when the months follow one another."""
    if not months:
        return ""
    if months[-1].index - months[0].index == len(months) - 1:
        return span_words(months[0], months[-1])
    years: dict[int, list[str]] = {}
    for m in months:
        years.setdefault(m.year, []).append(MONTH_NAMES[m.month - 1])
    return "; ".join(f"{', '.join(names)} {year}" for year, names in years.items())


@dataclass(frozen=True)
class KeyDate:
    months: list[Month]
    kind: str
    text: str

    @property
    def when(self) -> str:
        return month_list(self.months)


def key_dates(p: Projection) -> list[KeyDate]:
    """Milestones by first month. Trial work months in consecutive months become one line;
    a milestone that recurs with the same words (1619(a) months) is one line with its months."""
    found: list[KeyDate] = []
    run: list[Milestone] = []
    same: dict[tuple[str, str], list[Month]] = {}
    for ms in [*p.milestones, None]:
        joins = (
            ms is not None
            and ms.kind == "twp"
            and run
            and ms.month.index == run[-1].month.index + 1
        )
        if run and not joins:
            a, b = run[0], run[-1]
            text = a.text if a is b else f"Trial work months {a.number}-{b.number} of 9"
            found.append(KeyDate([r.month for r in run], "twp", text))
            run = []
        if ms is None:
            break
        if ms.kind == "twp" and ms.number is not None:
            run.append(ms)
        elif (ms.kind, ms.text) in same:
            same[(ms.kind, ms.text)].append(ms.month)
        else:
            same[(ms.kind, ms.text)] = months = [ms.month]
            found.append(KeyDate(months, ms.kind, ms.text))
    return sorted(found, key=lambda d: d.months[0].index)


def months_with(p: Projection, test: Callable[[MonthResult], bool]) -> int:
    return sum(1 for m in p.months if test(m))


def average(values: list[Decimal]) -> Decimal:
    return sum(values, ZERO) / len(values) if values else ZERO
