"""Reading one rule file (rules/**/*.yaml): its content checked against the format, with every
problem naming the file and the fix (benefits/rules.py loads the files into a RuleBook).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from .rules import QUALITIES, UNITS, Citation, DatedValue, Rule, RuleError


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
        unknown = set(entry) - {"value", "source", "note", "quality"}
        if unknown:
            raise RuleError(
                f"{where}: {effective} has unknown key(s) {sorted(unknown)}; "
                "allowed: value, source, note, quality"
            )
        quality = str(entry.get("quality", "official"))
        if quality not in QUALITIES:
            raise RuleError(f"{where}: {effective} quality '{quality}': use one of {QUALITIES}")
        raw = entry["value"]
        if raw is None and allow_null:
            amount = None
        elif isinstance(raw, bool) or not isinstance(raw, (str, int, Decimal)):
            raise RuleError(f"{where}: {effective} value must be an exact number (quote it)")
        else:
            try:
                amount = Decimal(str(raw))
            except ArithmeticError:
                raise RuleError(f"{where}: {effective} value '{raw}' is not a number") from None
        values.append(
            DatedValue(effective, amount, str(entry["source"]), str(entry.get("note", "")), quality)
        )
    if [v.effective for v in values] != sorted(v.effective for v in values):
        raise RuleError(f"{where}: values must be sorted by date")
    return tuple(values)
