"""Explanations as return values: each program function records its steps as it computes."""

from __future__ import annotations

from decimal import Decimal

from .months import Month
from .results import RuleUse, Step, build, made
from .rules import RuleValue, format_value

# Each rule value's output form and the words a step using it adds, by the value's identity: a
# rule book keeps one object for each distinct value, so this is a lookup without hashing the
# value's fields. The value is kept with them, so its identity cannot pass to another object.
_USES: dict[int, tuple[RuleValue, RuleUse, tuple[str, str] | None, str]] = {}


def _use(value: RuleValue) -> tuple[RuleValue, RuleUse, tuple[str, str] | None, str]:
    """The value, its output form, the carried-forward note around the year (None when the
    value is published for its month), and the note on where a computed, secondary-sourced or
    overlay value comes from ("" for a published one)."""
    found = _USES.get(id(value))
    if found is None or found[0] is not value:
        carried = None
        if value.carried_forward:
            carried = (
                f"[{value.label}: the ",
                f" value is not yet published, so the value from {value.effective} is carried "
                "forward.]",
            )
        origin = ""
        if value.origin not in ("published", "carried_forward"):
            origin = f"[{value.label}: {format_value(value.value, value.unit)}, {value.basis}.]"
        found = _USES[id(value)] = (value, _rule_use(value), carried, origin)
    return found


def rule_use(value: RuleValue) -> RuleUse:
    """The output form of a rule value; shared, since both are immutable."""
    return _use(value)[1]


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
        late: list[str] = []
        notes: list[str] = []
        for u in uses:
            _, use, carried_note, origin = _use(u)
            used.append(use)
            if carried_note is not None:
                late.append(f"{carried_note[0]}{self.month.year}{carried_note[1]}")
                self.carried.add(f"{use.label} (last published {use.effective})")
            if origin:
                notes.append(origin)
        if late or notes:
            because = " ".join((because, *late, *notes))
        return because, bool(late)
