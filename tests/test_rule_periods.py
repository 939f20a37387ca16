"""Rule periods (benefits/rule_periods.py): months of one period get every rule's same value."""

from __future__ import annotations

from benefits.months import Month
from benefits.rule_periods import periods
from benefits.rules import RuleBook, RuleError, default_rules


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


def test_months_of_one_period_have_the_same_rule_values() -> None:
    rules = default_rules()
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
