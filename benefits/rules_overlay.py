"""A local rules overlay: files of the same format as rules/ that add or override dated values.

A planner or an agency keeps values the package does not have yet (a state's 1619(b) threshold,
a supplement amount, an official figure published after this release) in YAML files, one rule
id a file, each value with its `source`:

    id: ssa.ssi.threshold_1619b
    by_state:
      PA:
        2026-01-01: {value: "47472.00", source: "https://secure.ssa.gov/poms.nsf/lnx/0502302200"}

`--rules-overlay PATH` (a file or a folder of *.yaml) or the environment variable
BENEFITS_RULES_OVERLAY (paths separated by the system's path separator) names them. The files
are checked by the same loader as rules/, and every problem names the file and the key. A value
for a date the package already has a value for is an override and says so in each step.
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from .rule_files import parse_rule
from .rules import PROGRAM_TABLE_SUFFIX, DatedValue, Rule, RuleError
from .yamlio import DuplicateKeyError, load_yaml

ENV = "BENEFITS_RULES_OVERLAY"
OPTIONAL = {"label", "unit", "law", "published_through", "fixed_by_statute", "notes"}


def overlay_paths(spec: str | Path | Sequence[str | Path] | None) -> list[Path]:
    """The overlay files named by a path, a list of paths, or an os.pathsep-separated string."""
    if spec is None or spec == "":
        return []
    if isinstance(spec, (str, Path)):
        parts: Sequence[str | Path] = [p for p in str(spec).split(os.pathsep) if p]
    else:
        parts = spec
    files: list[Path] = []
    for part in parts:
        path = Path(part).expanduser()
        if path.is_dir():
            files += sorted(p for p in path.rglob("*.y*ml") if p.suffix in (".yaml", ".yml"))
        elif path.is_file():
            files.append(path)
        else:
            raise RuleError(f"rules overlay {path}: no such file or folder")
    return files


def overlay_file_for(folder: Path, rule_id: str) -> Path:
    """Where `write_value` keeps one rule's local values in an overlay folder (one file a rule)."""
    return folder / f"{rule_id}.yaml"


def env_overlay() -> str:
    return os.environ.get(ENV, "")


def apply_overlays(rules: dict[str, Rule], files: Sequence[Path]) -> dict[str, Rule]:
    """The packaged rules with every overlay file's values merged in, in order."""
    out = dict(rules)
    for path in files:
        out = apply_overlay_data(out, _read(path), path.name)
    return out


def apply_overlay_data(rules: dict[str, Rule], data: Any, name: str) -> dict[str, Rule]:
    """Merge one overlay file's content (already parsed) into `rules`."""
    rule_id = data.get("id") if isinstance(data, dict) else None
    if not isinstance(rule_id, str):
        raise RuleError(f"rules overlay {name}: missing 'id' (the id of a rule in rules/)")
    packaged = rules.get(rule_id)
    if packaged is None:
        close = difflib.get_close_matches(rule_id, list(rules), n=1)
        hint = f"; did you mean '{close[0]}'?" if close else ""
        raise RuleError(f"rules overlay {name}: id '{rule_id}' is not a rule in rules/{hint}")
    assert isinstance(data, dict)
    return {**rules, rule_id: merge(packaged, _parse(data, packaged, name), name)}


def _read(path: Path) -> Any:
    if path.name.endswith(PROGRAM_TABLE_SUFFIX):
        raise RuleError(f"rules overlay {path.name}: per-state program tables cannot be overlaid")
    try:
        return load_yaml(path.read_text(encoding="utf-8"))
    except (DuplicateKeyError, yaml.YAMLError, UnicodeDecodeError, OSError) as exc:
        raise RuleError(f"rules overlay {path.name}: cannot be read: {exc}") from None


def _parse(data: dict[str, Any], packaged: Rule, name: str) -> Rule:
    """Check an overlay file with the rules/ loader, filling what it may leave out."""
    where = f"rules overlay {name}"
    if "values" not in data and "by_state" not in data:
        raise RuleError(f"{where}: give 'values' (dated values) or 'by_state'")
    if packaged.by_state and "values" in data:
        raise RuleError(f"{where}: {packaged.id} is a state table: give 'by_state', not 'values'")
    if not packaged.by_state and "by_state" in data:
        raise RuleError(f"{where}: {packaged.id} is not a state table: give 'values'")
    if "unit" in data and data["unit"] != packaged.unit:
        raise RuleError(f"{where}: unit '{data['unit']}' differs from {packaged.unit} in rules/")
    full = {
        "label": packaged.label,
        "unit": packaged.unit,
        "law": [{"cite": c.cite, "url": c.url} for c in packaged.law],
        **{k: v for k, v in data.items() if k not in ("published_through", "fixed_by_statute")},
    }
    full["fixed_by_statute"] = True  # the overlay's published_through is read below
    rule = parse_rule(full, where)
    through = data.get("published_through")
    if through is not None and not isinstance(through, date):
        raise RuleError(f"{where}: published_through '{through}' is not a date (YYYY-MM-DD)")
    for state, values in rule.by_state.items():
        if state not in packaged.by_state:
            raise RuleError(f"{where}: '{state}' is not a state code in {packaged.id}")
        for value in values:
            if value.value is None:
                raise RuleError(f"{where}: {state} {value.effective} needs a value, not null")
    return replace(rule, published_through=through)


def merge(packaged: Rule, overlay: Rule, name: str) -> Rule:
    """Overlay values added to (or replacing, on the same date) the packaged ones; each overlay
    value is in force through the overlay's published_through, else for a year from its date
    (so one state's new value does not mark the other states' values as current)."""
    if packaged.by_state:
        tables = dict(packaged.by_state)
        for state, values in overlay.by_state.items():
            tables[state] = _merge_values(packaged.by_state[state], values, name, overlay)
        return replace(packaged, by_state=tables)
    return replace(packaged, values=_merge_values(packaged.values, overlay.values, name, overlay))


def _merge_values(
    packaged: tuple[DatedValue, ...], added: tuple[DatedValue, ...], name: str, overlay: Rule
) -> tuple[DatedValue, ...]:
    by_date = {v.effective: v for v in packaged}
    for value in added:
        before = by_date.get(value.effective)
        origin = "override" if before is not None and before.value is not None else "overlay"
        through = overlay.published_through or _one_year_from(value.effective)
        by_date[value.effective] = replace(value, origin=origin, overlay=name, through=through)
    return tuple(by_date[d] for d in sorted(by_date))


def _one_year_from(day: date) -> date:
    """Without a published_through, an overlay value is taken as in force for a year."""
    return date(day.year + 1, day.month, 1) - timedelta(days=1)


def write_value(
    path: Path,
    *,
    rule_id: str,
    effective: date,
    value: Decimal,
    source: str,
    state: str | None = None,
    note: str = "",
) -> Path:
    """Write (or replace) one dated value in an overlay file, keeping its other values.

    For the screen: a planner enters a missing 1619(b) threshold or supplement amount once, and
    every later projection reads it from this file. The file is checked before it is written.
    """
    data: dict[str, Any] = {"id": rule_id}
    if path.exists():
        data = _read(path)
        if not isinstance(data, dict) or data.get("id") != rule_id:
            raise RuleError(f"rules overlay {path.name}: holds another rule, not {rule_id}")
    entry: dict[str, Any] = {"value": str(value), "source": source}
    if note:
        entry["note"] = note
    if state is None:
        data.setdefault("values", {})[effective] = entry
    else:
        data.setdefault("by_state", {}).setdefault(state, {})[effective] = entry
    text = yaml.safe_dump(data, sort_keys=True, allow_unicode=True)
    from .rules import load_rules

    apply_overlay_data(dict(load_rules().rules), load_yaml(text), path.name)  # refuses bad values
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
