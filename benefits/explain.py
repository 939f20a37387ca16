"""Explanations as return values: each program function records its steps as it computes."""

from __future__ import annotations

from decimal import Decimal

from .months import Month
from .results import RuleUse, Step, build
from .rules import RuleValue, format_value

# Output forms already made, by the rule value's identity: a rule book keeps one object for each
# distinct value, so this is a lookup without hashing the value's fields. The value is kept
# with its output form, so its identity cannot pass to another object.
_USES: dict[int, tuple[RuleValue, RuleUse]] = {}


def rule_use(value: RuleValue) -> RuleUse:
    """The output form of a rule value; shared, since both are immutable."""
    found = _USES.get(id(value))
    if found is not None and found[0] is value:
        return found[1]
    use = _rule_use(value)
    _USES[id(value)] = (value, use)
    return use


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

    __slots__ = ("month", "steps")

    def __init__(self, month: Month) -> None:
        self.month = month
        self.steps: list[Step] = []

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
        carried = False
        if uses:
            carried = any(u.carried_forward for u in uses)
            if carried:
                because += " " + " ".join(
                    f"[{u.label}: the {self.month.year} value is not yet published, so the "
                    f"value from {u.effective} is carried forward.]"
                    for u in uses
                    if u.carried_forward
                )
            if any(u.origin not in ("published", "carried_forward") for u in uses):
                # computed, secondary-sourced or overlay values say so in every step using them
                because += " " + " ".join(
                    f"[{u.label}: {format_value(u.value, u.unit)}, {u.basis}.]"
                    for u in uses
                    if u.origin not in ("published", "carried_forward")
                )
        self.steps.append(
            build(
                Step,
                rule=rule,
                month=self.month,
                amount=amount,
                because=because,
                cite=cite,
                uses=[rule_use(u) for u in uses] if uses else [],
                carried_forward=carried,
                not_modeled=not_modeled,
            )
        )
        return amount
