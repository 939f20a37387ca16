"""Explanations as return values: each program function records its steps as it computes."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from typing import Any, TypeVar

from .months import Month
from .results import RuleUse, Step, build, made
from .rules import RuleValue, format_value

# Each rule value's output form and the words a step using it adds, by the value's identity: a
# rule book keeps one object for each distinct value, so this is a lookup without hashing the
# value's fields. The value is kept with them, so its identity cannot pass to another object.
_USES: dict[int, _Use] = {}
_T = TypeVar("_T")


class _Use:
    """A rule value's output form and the words a step using it adds."""

    __slots__ = ("carried", "label", "noted", "origin", "use", "value", "years")

    def __init__(self, value: RuleValue) -> None:
        self.value = value
        self.use = _rule_use(value)
        self.carried = value.carried_forward
        # The carried-forward label the month lists, and the note by year (benefits/rules.py
        # carries an unpublished value forward and says which year it stands in for).
        self.label = _carried_label(self.use)
        self.years: dict[int, str] = {}
        # Where a computed, secondary-sourced or overlay value comes from ("" if published).
        self.origin = ""
        if value.origin not in ("published", "carried_forward"):
            self.origin = (
                f"[{value.label}: {format_value(value.value, value.unit)}, {value.basis}.]"
            )
        self.noted = self.carried or bool(self.origin)

    def late(self, year: int) -> str:
        """The note on a carried-forward value used in `year`."""
        found = self.years.get(year)
        if found is None:
            v = self.value
            found = self.years[year] = (
                f"[{v.label}: the {year} value is not yet published, so the value from "
                f"{v.effective} is carried forward.]"
            )
        return found


def _use(value: RuleValue) -> _Use:
    found = _USES.get(id(value))
    if found is None or found.value is not value:
        found = _USES[id(value)] = _Use(value)
    return found


def rule_use(value: RuleValue) -> RuleUse:
    """The output form of a rule value; shared, since both are immutable."""
    return _use(value).use


def _carried_label(use: RuleUse) -> str:
    return f"{use.label} (last published {use.effective})"


def _rule_use(value: RuleValue) -> RuleUse:
    return build(
        RuleUse,
        id=value.id,
        label=value.label,
        value=value.value,
        unit=value.unit,
        effective=value.effective,
        source=value.source,
        carried_forward=value.carried_forward,
        published_through=value.published_through,
        origin=value.origin,
        basis=value.basis,
        overlay=value.overlay or None,
    )


class Explainer:
    """Collects the steps of one month's computation, in order."""

    __slots__ = ("carried", "month", "steps")

    def __init__(self, month: Month) -> None:
        self.month = month
        self.steps: list[Step] = []
        # The carried-forward values the steps use, as the month's output lists them.
        self.carried: set[str] = set()

    def step(
        self,
        rule: str,
        because: str,
        amount: Decimal | None = None,
        cite: str = "",
        *,
        uses: tuple[RuleValue, ...] = (),
        not_modeled: bool = False,
    ) -> Decimal | None:
        """Record one step and return its amount, so a computation reads as its explanation."""
        used: list[RuleUse] = []
        carried = False
        if uses:
            because, carried = self._uses(because, uses, used)
        # The fields of `Step` in order, without validation (as results.build; a test checks
        # that every step has every field).
        self.steps.append(
            made(
                Step,
                {
                    "rule": rule,
                    "month": self.month,
                    "amount": amount,
                    "because": because,
                    "cite": cite,
                    "uses": used,
                    "carried_forward": carried,
                    "not_modeled": not_modeled,
                },
            )
        )
        return amount

    def _uses(
        self, because: str, uses: tuple[RuleValue, ...], used: list[RuleUse]
    ) -> tuple[str, bool]:
        """Adds the output form of each value to `used`; returns the step's words with the
        notes on values carried forward, then on where the others come from, and whether any
        value is carried forward."""
        noted: list[_Use] = []
        for u in uses:
            found = _USES.get(id(u))
            if found is None or found.value is not u:
                found = _use(u)
            used.append(found.use)
            if found.noted:
                noted.append(found)
        if not noted:
            return because, False
        year, late, origins = self.month.year, [], []
        for n in noted:
            if n.carried:
                late.append(n.late(year))
                self.carried.add(n.label)
            if n.origin:
                origins.append(n.origin)
        return " ".join((because, *late, *origins)), bool(late)

    def replay(self, kept: tuple[tuple[Step, ...], frozenset[str]]) -> None:
        """Steps figured in an earlier month from the same inputs, dated this month, with the
        carried-forward values they use (`once`)."""
        month = self.month
        for step in kept[0]:
            values = dict(step.__dict__)
            values["month"] = month
            values["uses"] = list(step.uses)
            self.steps.append(made(Step, values))
        self.carried |= kept[1]


_NOT_YET = object()


def once(
    memo: dict[tuple[object, ...], Any],
    key: tuple[object, ...],
    ex: Explainer | None,
    figure: Callable[[Explainer | None], _T],
) -> _T:
    """`figure(ex)` once per key in `memo` (a projection's), for a figure that depends on the
    month only through the key (a rule period and amounts, benefits/rule_periods.py). With
    words, the figure's steps are kept with it and given again, dated the later month, in a
    month of the same year with the same key: only a carried-forward value's note names the
    month (its year), and the figure's words must not name it."""
    if ex is None:
        found = memo.get(key, _NOT_YET)
        if found is _NOT_YET:
            found = memo[key] = figure(None)
        return found  # type: ignore[no-any-return]
    words = ("with words", ex.month.year, key)
    kept = memo.get(words)
    if kept is not None:
        ex.replay(kept[1])
        return kept[0]  # type: ignore[no-any-return]
    mark = len(ex.steps)
    found = figure(ex)
    steps = tuple(ex.steps[mark:])
    carried = frozenset(
        _carried_label(u) for s in steps if s.carried_forward for u in s.uses if u.carried_forward
    )
    memo[words] = (found, (steps, carried))
    return found
