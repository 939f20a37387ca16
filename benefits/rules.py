"""Rules as data: load rules/**/*.yaml into a frozen RuleBook and look values up by month.

Each rule file holds one amount the law sets, with its unit, its legal citation, and dated values
that each name their source. `RuleBook.at(rule_id, month)` returns the value in force in that
month; a month after the file's `published_through` reuses the last value and is flagged as
carried forward, so the output can say so. A month before the first value is an error.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

from .months import Month
from .yamlio import load_yaml

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


class RuleError(ValueError):
    """A rule file is malformed, or a rule was asked for a month it does not cover."""


@dataclass(frozen=True, slots=True)
class Citation:
    cite: str
    url: str


@dataclass(frozen=True, slots=True)
class DatedValue:
    effective: date
    value: Decimal | None  # None only in state tables: no sourced value for that period
    source: str
    note: str = ""


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

    @property
    def cite(self) -> str:
        return "; ".join(c.cite for c in self.law)


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

    def rule(self, rule_id: str) -> Rule:
        try:
            return self.rules[rule_id]
        except KeyError:
            raise RuleError(f"no rule named '{rule_id}' in rules/") from None

    def at(self, rule_id: str, month: Month) -> RuleValue:
        """The value of a rule in force on the first day of `month`."""
        key = (rule_id, month.index)
        found = self._cache.get(key)
        if found is not None:
            return found
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
        assert current.value is not None
        carried = rule.published_through is not None and day > rule.published_through
        found = RuleValue(
            id=rule.id,
            label=rule.label,
            unit=rule.unit,
            value=current.value,
            effective=current.effective,
            source=current.source,
            cite=rule.cite,
            carried_forward=carried,
            published_through=rule.published_through,
        )
        self._cache[key] = found
        return found

    def at_state(self, rule_id: str, state: str, month: Month) -> RuleValue | None:
        """A state table's value in force in `month`, or None when no sourced value exists."""
        key = (f"{rule_id}@{state}", month.index)
        if key in self._cache:
            return self._cache[key]
        found = self._at_state(rule_id, state, month)
        self._cache[key] = found  # type: ignore[assignment]
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
        carried = rule.published_through is not None and month.first_day > rule.published_through
        return RuleValue(
            id=rule.id,
            label=f"{rule.label} ({state})",
            unit=rule.unit,
            value=current.value,
            effective=current.effective,
            source=current.source,
            cite=rule.cite,
            carried_forward=carried,
            published_through=rule.published_through,
        )

    def first_month(self) -> Month:
        """The first month for which every rule has a value."""
        found = self._cache.get(("first_month", 0))
        if found is None:
            first = max(Month.of(r.values[0].effective) for r in self.rules.values() if r.values)
            self._cache[("first_month", 0)] = found = first  # type: ignore[assignment]
        return found  # type: ignore[return-value]


def _require(data: dict[str, Any], key: str, where: str) -> Any:
    if key not in data:
        raise RuleError(f"{where}: missing '{key}'")
    return data[key]


def parse_rule(data: Any, where: str) -> Rule:
    """Validate one rule file's content; every problem names the file and the fix."""
    if not isinstance(data, dict):
        raise RuleError(f"{where}: a rule file must be a mapping with id, label, unit, law, values")
    allowed = {
        "id",
        "label",
        "unit",
        "law",
        "values",
        "by_state",
        "published_through",
        "fixed_by_statute",
        "notes",
    }
    unknown = set(data) - allowed
    if unknown:
        raise RuleError(f"{where}: unknown key(s) {sorted(unknown)}; allowed: {sorted(allowed)}")
    unit = _require(data, "unit", where)
    if unit not in UNITS:
        raise RuleError(f"{where}: unknown unit '{unit}'; use one of {sorted(UNITS)}")
    law_items = _require(data, "law", where)
    if not law_items:
        raise RuleError(f"{where}: 'law' must cite at least one source")
    law = tuple(Citation(str(item["cite"]), str(item["url"])) for item in law_items)
    by_state: dict[str, tuple[DatedValue, ...]] = {}
    if "by_state" in data:
        if "values" in data:
            raise RuleError(f"{where}: give 'values' or 'by_state', not both")
        for state, dated in (data["by_state"] or {}).items():
            by_state[str(state)] = _dated_values(dated, f"{where} {state}", allow_null=True)
        if not by_state:
            raise RuleError(f"{where}: 'by_state' is empty")
        values: tuple[DatedValue, ...] = ()
        dates = sorted({v.effective for table in by_state.values() for v in table})
    else:
        values = _dated_values(_require(data, "values", where), where, allow_null=False)
        dates = [v.effective for v in values]
    fixed = bool(data.get("fixed_by_statute", False))
    through = data.get("published_through")
    if fixed == (through is not None):
        raise RuleError(
            f"{where}: give exactly one of 'published_through' (an indexed amount) "
            "or 'fixed_by_statute: true'"
        )
    if through is not None and through < dates[-1]:
        raise RuleError(f"{where}: published_through {through} is before the newest value")
    return Rule(
        id=str(_require(data, "id", where)),
        label=str(_require(data, "label", where)),
        unit=unit,
        law=law,
        values=values,
        published_through=through,
        path=where,
        by_state=by_state,
    )


def _dated_values(raw_values: Any, where: str, allow_null: bool) -> tuple[DatedValue, ...]:
    if not isinstance(raw_values, dict) or not raw_values:
        raise RuleError(f"{where}: 'values' must map effective dates to values")
    values: list[DatedValue] = []
    for effective, entry in raw_values.items():
        if not isinstance(effective, date):
            raise RuleError(f"{where}: '{effective}' is not a date (YYYY-MM-DD)")
        if not isinstance(entry, dict) or "value" not in entry or "source" not in entry:
            raise RuleError(f"{where}: {effective} needs 'value' and 'source'")
        raw = entry["value"]
        if raw is None and allow_null:
            values.append(
                DatedValue(effective, None, str(entry["source"]), str(entry.get("note", "")))
            )
            continue
        if isinstance(raw, bool) or not isinstance(raw, (str, int, Decimal)):
            raise RuleError(f"{where}: {effective} value must be an exact number (quote it)")
        values.append(
            DatedValue(
                effective, Decimal(str(raw)), str(entry["source"]), str(entry.get("note", ""))
            )
        )
    if [v.effective for v in values] != sorted(v.effective for v in values):
        raise RuleError(f"{where}: values must be sorted by date")
    return tuple(values)


def rules_dir() -> Path:
    """rules/ beside the package in a checkout, or benefits/_rules inside an installed wheel."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "_rules", here.parent / "rules"):
        if candidate.is_dir():
            return candidate
    raise RuleError(f"cannot find the rules folder near {here}")


def load_rules(directory: Path | None = None) -> RuleBook:
    """Read and validate every rule file; a duplicate id is an error."""
    base = directory or rules_dir()
    rules: dict[str, Rule] = {}
    for path in sorted(base.rglob("*.yaml")):
        if path.name.endswith(PROGRAM_TABLE_SUFFIX):
            continue  # a per-state program table, read by benefits.state_rules
        where = str(path.relative_to(base))
        rule = parse_rule(load_yaml(path.read_text(encoding="utf-8")), where)
        if rule.id in rules:
            raise RuleError(f"{where}: id '{rule.id}' is also in {rules[rule.id].path}")
        rules[rule.id] = rule
    if not rules:
        raise RuleError(f"no rule files in {base}")
    return RuleBook(rules)


@cache
def default_rules() -> RuleBook:
    """The rule book shipped with the package, loaded once."""
    return load_rules()


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
