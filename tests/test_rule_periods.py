"""Rule periods (benefits/rule_periods.py): months of one period get every rule's same value."""

from __future__ import annotations

from pathlib import Path

import pytest

from benefits.months import Month
from benefits.rule_periods import periods
from benefits.rules import RuleBook, RuleError, default_rules, load_rules

# Overlay values are taken as in force through a date (benefits/rules_overlay.py), so a period
# also ends there: a state table's value and an override of a packaged value.
OVERLAYS = {
    "oh.yaml": """\
id: ssa.ssi.threshold_1619b
by_state:
  OH:
    2027-01-01: {value: "45000.00", source: "https://example.org/oh-chart-2027"}
""",
    "fbr.yaml": """\
id: ssa.ssi.federal_benefit_rate.individual
values:
  2027-01-01: {value: "1030.00", source: "https://example.org/agency-notice"}
""",
}


def _values(rules: RuleBook, month: Month) -> list[object]:
    """Every rule's value in `month` (every state of a state table), with where it is from."""
    found: list[object] = []
    for rule_id, rule in sorted(rules.rules.items()):
        if rule.by_state:
            found += [rules.at_state(rule_id, state, month) for state in sorted(rule.by_state)]
            continue
        try:
            found.append(rules.at(rule_id, month))
        except RuleError:  # before the rule's first value
            found.append(None)
    return found


def _overlaid(folder: Path) -> RuleBook:
    for name, text in OVERLAYS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return load_rules(overlays=[folder / name for name in OVERLAYS])


@pytest.mark.parametrize("overlaid", [False, True], ids=["packaged", "with overlays"])
def test_months_of_one_period_have_the_same_rule_values(overlaid: bool, tmp_path: Path) -> None:
    rules = _overlaid(tmp_path) if overlaid else default_rules()
    book = periods(rules)
    first = rules.first_month()
    months = [first.plus(i) for i in range(12 * 12)]  # past the last published value
    values = {m: _values(rules, m) for m in months}
    changes = 0
    for before, month in zip(months, months[1:], strict=False):
        same = book.of(before) == book.of(month)
        if same:
            assert values[before] == values[month], f"{before} and {month} share a period"
        changes += not same
    assert changes >= 10  # the COLA, the SNAP year, the premiums... each start a period


def test_a_rule_book_has_one_set_of_periods() -> None:
    rules = default_rules()
    assert periods(rules) is periods(rules)
