"""Checks a projection makes before it starts, so that `validate` and `project` agree.

A scenario can be well formed and still ask for months the rule book has no values for: SSI's
payment for the first month uses the income of two months before (20 CFR 416.420), and the
tax refund (with the EITC) in `taxes.refund_month` of a year needs the return of the year
before (when there was income that year). Both are refused as a ScenarioError naming the field
and the fix, never as an engine error.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import ParamSpec, TypeVar

from .errors import ScenarioError
from .months import Month
from .rules import RuleBook, RuleError
from .scenario import Scenario
from .table.context import BUDGET_LAG

P = ParamSpec("P")
T = TypeVar("T")


def earliest_rule_month(scenario: Scenario) -> Month:
    """The earliest month whose rules the projection reads."""
    first = scenario.start.plus(-BUDGET_LAG) if scenario.ssi else scenario.start
    refund = scenario.taxes.refund_month
    # The first refund month inside the projected (or budget) months brings last year's return.
    months_to_refund = (refund - first.month) % 12
    if months_to_refund < scenario.start.minus(first) + scenario.months:
        first = min(first, Month(first.plus(months_to_refund).year - 1, 1))
    return first


def check_rules_cover(scenario: Scenario, rules: RuleBook) -> None:
    """Raise ScenarioError when the projection needs a month before the rules begin."""
    begins = rules.first_month()
    first = scenario.start.plus(-BUDGET_LAG) if scenario.ssi else scenario.start
    if first < begins:
        lag = BUDGET_LAG if scenario.ssi else 0
        raise ScenarioError(
            [
                (
                    "start",
                    f"the rules begin in {begins}"
                    + (", and SSI needs the two months before start" if lag else "")
                    + f"; choose a start of {begins.plus(lag)} or later",
                )
            ]
        )


def _too_early(scenario: Scenario, problem: str) -> tuple[str, str]:
    """Name the field that made the engine reach back before the rules begin."""
    needed = earliest_rule_month(scenario)
    first = scenario.start.plus(-BUDGET_LAG) if scenario.ssi else scenario.start
    if needed < first:
        return (
            "taxes.refund_month",
            f"the refund in month {scenario.taxes.refund_month} of {needed.year + 1} needs "
            f"the {needed.year} tax return, and {problem}; choose a later start or a later "
            "refund_month",
        )
    return ("start", problem)


def bad_rules_month_is_bad_input(fn: Callable[P, T]) -> Callable[P, T]:
    """A rule looked up for a month the rule book does not cover comes from the scenario's
    dates: report it as a ScenarioError on `start` instead of an engine error. (Other rule
    errors are a broken rule book, not bad input, and pass through.)"""

    @wraps(fn)
    def checked(*args: P.args, **kwargs: P.kwargs) -> T:
        try:
            return fn(*args, **kwargs)
        except RuleError as exc:
            if "has no value before" not in str(exc):
                raise
            scenario = args[0] if args else kwargs.get("scenario")
            if isinstance(scenario, Scenario):
                raise ScenarioError([_too_early(scenario, str(exc))]) from None
            raise ScenarioError([("start", str(exc))]) from None

    return checked
