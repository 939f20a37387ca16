"""Rules as data: load rules/**/*.yaml into a frozen RuleBook and look values up by month.

Each rule file holds one amount the law sets, with its unit, its legal citation, and dated values
that each name their source. `RuleBook.at(rule_id, month)` returns the value in force in that
month; a month after the file's `published_through` reuses the last value and is flagged as
carried forward, so the output can say so. A month before the first value is an error.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from mypy_extensions import mypyc_attr

from .months import Month
from .yamlio import load_packaged_yaml, load_yaml

UNITS = {
    "USD/month": "dollars a month",
    "USD/year": "dollars a year",
    "USD": "dollars",
    "percent": "percent",
    "fraction": "a fraction",
    "months": "months",
    "years": "years",
}


PROGRAM_TABLE_SUFFIX = "_programs.yaml"


@mypyc_attr(native_class=False)  # compiled: see scripts/compile.py
class RuleError(ValueError):
    """A rule file is malformed, or a rule was asked for a month it does not cover."""


def remade(obj: Any) -> tuple[Any, tuple[Any, ...]]:
    """`__reduce__` of a frozen dataclass: copy, deepcopy and pickle make it anew from its
    fields (a compiled frozen class cannot have them set after it is made, scripts/compile.py)."""
    return type(obj), tuple(getattr(obj, f.name) for f in fields(obj) if f.init)


@dataclass(frozen=True, slots=True)
class Citation:
    cite: str
    url: str

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return remade(self)


QUALITIES = ("official", "secondary")
# Who publishes the next value of a rule, by the first part of its id, and when they normally do.
AGENCIES = {
    "ssa": ("SSA", "in October (the COLA and wage-indexed amounts for the next January)"),
    "hhs": ("HHS", "in January (the poverty guidelines)"),
    "usda": ("USDA", "in August (SNAP amounts for the fiscal year starting in October)"),
    "cms": ("CMS", "in the fall (Medicare premiums for the next January)"),
    "irs": ("the IRS", "in the fall (inflation adjustments for the next tax year)"),
    "hud": ("HUD", "by notice (no fixed date)"),
    "va": ("VA", "for December 1, with Social Security's cost-of-living increase"),
    "census": ("the Census Bureau", "in September (the poverty thresholds for the year before)"),
    "states": (
        "the state or SSA",
        "with the state's January payment levels (SSA's POMS SI 02302.200 chart for 1619(b))",
    ),
}


@dataclass(frozen=True, slots=True)
class DatedValue:
    effective: date
    value: Decimal | None  # None only in state tables: no sourced value for that period
    source: str
    note: str = ""
    quality: str = "official"  # official: the agency's own page; secondary: a copy of it
    origin: str = "published"  # published | computed | overlay | override
    basis: str = ""  # for a computed value: the formula and the index it came from
    overlay: str = ""  # the local overlay file that supplied the value
    through: date | None = None  # an overlay value: the last day it is taken as in force

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return remade(self)


@dataclass(frozen=True)
class Rule:
    id: str
    label: str
    unit: str
    law: tuple[Citation, ...]
    values: tuple[DatedValue, ...]
    published_through: date | None  # None: fixed by statute, in force until the law changes
    path: str
    # State tables: state code -> dated values; a value of None means "not found" for that year.
    by_state: dict[str, tuple[DatedValue, ...]] = field(default_factory=dict)
    # Values computed by formula or given by an overlay reach past published_through.
    values_through: date | None = None

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return remade(self)

    @property
    def cite(self) -> str:
        return "; ".join(c.cite for c in self.law)

    @property
    def agency(self) -> str:
        return AGENCIES.get(self.id.split(".")[0], ("the agency", ""))[0]

    def covers(self, day: date) -> bool:
        """Whether a value for `day` has been published, computed or given by an overlay."""
        if self.published_through is None:
            return True  # fixed by statute: in force until the law changes
        return day <= max(self.published_through, self.values_through or self.published_through)


@dataclass(frozen=True, slots=True)
class RuleValue:
    """One rule's value in one month, with where it comes from."""

    id: str
    label: str
    unit: str
    value: Decimal
    effective: date
    source: str
    cite: str
    carried_forward: bool
    published_through: date | None
    origin: str = "published"  # published | secondary | computed | overlay | override
    basis: str = ""  # in words: "published by SSA", "computed by ... from ...", ...
    overlay: str = ""  # the overlay file, when the value came from one

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return remade(self)

    def __hash__(self) -> int:
        # Equality still compares every field; hashing the identifying ones is enough and
        # keeps the explanation's cache of rule uses cheap.
        return hash((self.id, self.effective, self.carried_forward))


def format_value(value: Decimal, unit: str) -> str:
    if unit.startswith("USD"):
        suffix = {"USD/month": " a month", "USD/year": " a year"}.get(unit, "")
        return f"${value:,.2f}{suffix}"
    if unit == "percent":
        return f"{value}%"
    return f"{value} {UNITS.get(unit, unit)}" if unit not in ("fraction",) else str(value)


@dataclass(frozen=True)
class RuleBook:
    rules: dict[str, Rule]
    _cache: dict[tuple[str, int], RuleValue] = field(default_factory=dict, compare=False)
    _first_month: dict[int, Month] = field(default_factory=dict, compare=False)
    # One object for each distinct value: every month of a dated value shares it, so caches
    # keyed by the values a computation used (benefits/programs/hud_rent.py) compare by identity.
    _values: dict[RuleValue, RuleValue] = field(default_factory=dict, compare=False)
    _by_state: dict[tuple[str, str, int], RuleValue | None] = field(
        default_factory=dict, compare=False
    )

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return remade(self)

    def rule(self, rule_id: str) -> Rule:
        try:
            return self.rules[rule_id]
        except KeyError:
            raise RuleError(f"no rule named '{rule_id}' in rules/") from None

    def at(self, rule_id: str, month: Month) -> RuleValue:
        """The value of a rule in force on the first day of `month`."""
        key = (rule_id, month.index)
        try:
            return self._cache[key]  # the engine asks for the same few values every month
        except KeyError:
            pass
        rule = self.rule(rule_id)
        if rule.by_state:
            raise RuleError(f"{rule_id} is a state table: use at_state(id, state, month)")
        day = month.first_day
        current: DatedValue | None = None
        for dated in rule.values:
            if dated.effective <= day:
                current = dated
            else:
                break
        if current is None:
            raise RuleError(
                f"{rule.label} ({rule_id}) has no value before {rule.values[0].effective}; "
                f"the projection cannot start before {Month.of(rule.values[0].effective)}"
            )
        found = rule_value(rule, current, month)
        found = self._values.setdefault(found, found)
        self._cache[key] = found
        return found

    def at_state(self, rule_id: str, state: str, month: Month) -> RuleValue | None:
        """A state table's value in force in `month`, or None when no sourced value exists."""
        key = (rule_id, state, month.index)
        try:
            return self._by_state[key]
        except KeyError:
            pass
        found = self._at_state(rule_id, state, month)
        if found is not None:
            found = self._values.setdefault(found, found)
        self._by_state[key] = found
        return found

    def _at_state(self, rule_id: str, state: str, month: Month) -> RuleValue | None:
        rule = self.rule(rule_id)
        current: DatedValue | None = None
        for dated in rule.by_state.get(state, ()):
            if dated.effective <= month.first_day:
                current = dated
            else:
                break
        if current is None or current.value is None:
            return None
        return rule_value(rule, current, month, state)

    def first_month(self) -> Month:
        """The first month for which every rule has a value."""
        found = self._first_month.get(0)
        if found is None:
            found = max(Month.of(r.values[0].effective) for r in self.rules.values() if r.values)
            self._first_month[0] = found
        return found


def rule_value(rule: Rule, dated: DatedValue, month: Month, state: str = "") -> RuleValue:
    """A dated value as used in `month`, with where it comes from in words."""
    assert dated.value is not None
    day = month.first_day
    carried = not rule.covers(day) and not (dated.through is not None and day <= dated.through)
    label = f"{rule.label} ({state})" if state else rule.label
    return RuleValue(
        id=rule.id,
        label=label,
        unit=rule.unit,
        value=dated.value,
        effective=dated.effective,
        source=dated.source,
        cite=rule.cite,
        carried_forward=carried,
        published_through=rule.published_through,
        origin="carried_forward" if carried else _origin(dated),
        basis=_basis(rule, dated, carried),
        overlay=dated.overlay,
    )


def _origin(dated: DatedValue) -> str:
    if dated.origin == "published" and dated.quality == "secondary":
        return "secondary"
    return dated.origin


def _basis(rule: Rule, dated: DatedValue, carried: bool) -> str:
    """How the value was obtained, as a step says it."""
    if dated.origin in ("overlay", "override"):
        how = f"from the local rules overlay {dated.overlay} (source: {dated.source})"
        if dated.origin == "override":
            how += ", overriding the packaged value"
    elif dated.origin == "computed":
        how = dated.basis
    elif dated.quality == "secondary":
        how = f"published by {rule.agency} (secondary source: {dated.source})"
    elif rule.published_through is None:
        how = "fixed by statute"
    else:
        how = f"published by {rule.agency}"
    if carried:
        since = (
            dated.effective.year
            if dated.effective.strftime("%m-%d") == "01-01"
            else dated.effective
        )
        return f"carried forward from {since} ({how}): not yet published"
    return how


def rules_dir() -> Path:
    """rules/ beside the package in a checkout, or benefits/_rules inside an installed wheel."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "_rules", here.parent / "rules"):
        if candidate.is_dir():
            return candidate
    raise RuleError(f"cannot find the rules folder near {here}")


def load_rules(
    directory: Path | None = None, overlays: Sequence[str | Path] | str | None = None
) -> RuleBook:
    """Read and validate every rule file (a duplicate id is an error), merge the local overlay
    files (benefits.rules_overlay), then add the years computed by formula (benefits.indexing)."""
    from .indexing import extend
    from .rule_files import parse_rule
    from .rules_overlay import apply_overlays, overlay_paths

    base = directory or rules_dir()
    read = load_yaml if directory else load_packaged_yaml  # the packaged files are trusted
    rules: dict[str, Rule] = {}
    for path in sorted(base.rglob("*.yaml")):
        if path.name.endswith(PROGRAM_TABLE_SUFFIX):
            continue  # a per-state program table, read by benefits.state_rules
        where = str(path.relative_to(base))
        rule = parse_rule(read(path.read_text(encoding="utf-8")), where)
        if rule.id in rules:
            raise RuleError(f"{where}: id '{rule.id}' is also in {rules[rule.id].path}")
        rules[rule.id] = rule
    if not rules:
        raise RuleError(f"no rule files in {base}")
    return RuleBook(extend(apply_overlays(rules, overlay_paths(overlays))))


def default_rules() -> RuleBook:
    """The packaged rule book plus the overlay named by BENEFITS_RULES_OVERLAY, if any; loaded
    once, and again when an overlay file changes."""
    from .rules_overlay import env_overlay, overlay_paths

    files = overlay_paths(env_overlay())
    return _cached_rules(tuple((str(p), p.stat().st_mtime_ns) for p in files))


@cache
def _cached_rules(files: tuple[tuple[str, int], ...]) -> RuleBook:
    return load_rules(overlays=[Path(name) for name, _ in files])


def main(argv: list[str] | None = None) -> int:
    """`python -m benefits.rules --check`: validate every rule file."""
    book = load_rules()
    for rule in book.rules.values():
        through = rule.published_through or "fixed by statute"
        if rule.by_state:
            known = sum(1 for table in rule.by_state.values() if any(v.value for v in table))
            shown = f"{len(rule.by_state)} states, {known} with values"
        else:
            last = rule.values[-1].value
            assert last is not None
            shown = format_value(last, rule.unit)
        print(f"{rule.id:48} {shown:>22}  through {through}")
    print(f"{len(book.rules)} rules OK")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
