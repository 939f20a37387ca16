"""Rule periods: runs of months in which every rule of a rule book keeps its value.

Two months of the same period get the same value of every rule and state table, with the same
source and the same carried-forward flag, from `RuleBook.at` and `at_state`. A figure that
depends on the month only through its rule values (countable income, a payroll tax, a state
supplement) is therefore the same in every month of a period with the same other inputs, and
a projection that does not explain its months figures it once per period (benefits/table keys
its memos by `MonthContext.period`). Rules change a few times a year, so a steady job repeats
the same figures month after month.
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import date
from typing import Any

from .months import Month
from .rules import RuleBook


def _on_or_after(day: date) -> int:
    """The first month whose first day is on or after `day` (a value effective that day)."""
    index = Month.of(day).index
    return index if day.day == 1 else index + 1


def _after(day: date) -> int:
    """The first month whose first day is after `day` (a test `first day <= day` turns)."""
    return Month.of(day).index + 1


def boundaries(rules: RuleBook) -> list[int]:
    """Every month (as an index) in which some rule's value, source or carried-forward flag can
    differ from the month before's (benefits/rules.py: `at`, `at_state`, `rule_value`)."""
    found: set[int] = set()
    for rule in rules.rules.values():
        for dated in (*rule.values, *(v for table in rule.by_state.values() for v in table)):
            found.add(_on_or_after(dated.effective))
            if dated.through is not None:
                found.add(_after(dated.through))
        if rule.published_through is not None:  # carried forward after the last covered day
            found.add(_after(max(rule.published_through, rule.values_through or date.min)))
    return sorted(found)


class Periods:
    """The rule periods of one rule book, each month's looked up once."""

    __slots__ = ("_bounds", "_by_month", "memo", "rules")

    def __init__(self, rules: RuleBook) -> None:
        self.rules = rules
        self._bounds = boundaries(rules)
        self._by_month: dict[int, int] = {}
        # Figures shared by every projection with this rule book, keyed by period and the exact
        # text of their amounts (benefits/programs/hud_rent.py's rent bases).
        self.memo: dict[tuple[object, ...], Any] = {}

    def of(self, month: Month) -> int:
        """The number of the month's period (equal numbers: the same rule values)."""
        found = self._by_month.get(month.index)
        if found is None:
            found = self._by_month[month.index] = bisect_right(self._bounds, month.index)
        return found


# The periods of the last rule books used (normally one; an overlay file makes another). Kept
# with the book itself, so a book made later at the same address is never taken for it.
_BOOKS: dict[int, Periods] = {}


def periods(rules: RuleBook) -> Periods:
    """The rule periods of `rules`, figured once per rule book."""
    found = _BOOKS.get(id(rules))
    if found is not None and found.rules is rules:
        return found
    if len(_BOOKS) >= 8:
        _BOOKS.pop(next(iter(_BOOKS)))
    found = _BOOKS[id(rules)] = Periods(rules)
    return found
