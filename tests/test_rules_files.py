"""Every rule file loads, is sorted, cites its law and sources, and is used by the engine."""

from __future__ import annotations

import ast
import re
from datetime import date
from pathlib import Path

import pytest

from benefits.months import Month
from benefits.rule_files import parse_rule
from benefits.rules import RuleBook, RuleError, load_rules, rules_dir
from benefits.yamlio import DuplicateKeyError, load_yaml

PACKAGE = Path(__file__).resolve().parent.parent / "benefits"


def test_every_rule_file_loads_sorted_and_cited(rules: RuleBook) -> None:
    assert len(rules.rules) >= 15
    for rule in rules.rules.values():
        assert rule.law, rule.id
        for citation in rule.law:
            assert citation.cite and citation.url.startswith("https://"), rule.id
        tables = list(rule.by_state.values()) if rule.by_state else [rule.values]
        for table in tables:
            dates = [v.effective for v in table]
            assert dates == sorted(dates), rule.id
            for value in table:
                assert value.source.startswith(("https://", "http://")), (rule.id, value.effective)
        published = [v.effective for v in rule.values if v.origin == "published"]
        if rule.published_through is not None and published:
            assert rule.published_through >= published[-1], rule.id


# Rules whose later values could not be sourced: they carry forward, and every month says so
# (each file's notes say what is missing).
NOT_YET_SOURCED = {
    "census.poverty_threshold.one_person_under_65",  # Census thresholds after 2021
}


def test_yearly_amounts_cover_2024_to_2026(rules: RuleBook) -> None:
    for rule in rules.rules.values():
        if rule.published_through is None or rule.id == "ssa.awi":  # the index lags two years
            continue
        if rule.id in NOT_YET_SOURCED:
            continue
        for state, table in (rule.by_state or {"all": rule.values}).items():
            years = {v.effective.year for v in table}
            assert {2024, 2025, 2026} <= years, f"{rule.id} {state}: no entry for one of 2024-2026"


def test_every_state_is_in_every_state_table(rules: RuleBook) -> None:
    from benefits.scenario import STATES
    from benefits.state_rules import medicaid_table

    assert set(medicaid_table().states) == STATES
    for rule in rules.rules.values():
        if rule.by_state:
            assert set(rule.by_state) == STATES, f"{rule.id}: missing {STATES - set(rule.by_state)}"


def test_carried_forward_is_flagged(rules: RuleBook) -> None:
    value = rules.at("ssa.ssi.federal_benefit_rate.individual", Month(2028, 3))
    assert value.carried_forward and value.value == 1029
    assert not rules.at("ssa.ssi.federal_benefit_rate.individual", Month(2027, 12)).carried_forward
    assert not rules.at("ssa.ssi.general_income_exclusion", Month(2030, 1)).carried_forward


def test_month_before_first_value_is_an_error(rules: RuleBook) -> None:
    with pytest.raises(RuleError, match="no value before"):
        rules.at("ssa.sga.non_blind", Month(2020, 1))


def test_every_rule_id_in_code_exists_and_every_rule_is_used(rules: RuleBook) -> None:
    used: set[str] = set()
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and re.fullmatch(
                    r"(ssa|hud|cms|hhs|irs|usda|census|states)\.[a-z0-9_.]+|va\.[a-z_]+\.[a-z0-9_.]+",
                    node.value,
                )
            ):
                used.add(node.value)
    unknown = used - set(rules.rules)
    assert not unknown, f"rule ids used in code but missing from rules/: {unknown}"
    unused = set(rules.rules) - used - {"ssa.ssi.federal_benefit_rate.couple"}
    assert not unused, f"rule files never used by the engine: {unused}"


def test_no_float_in_the_engine() -> None:
    for path in PACKAGE.rglob("*.py"):
        if path.name == "ui_data.py":  # chart data for the screen: floats only for drawing
            continue
        tree = ast.parse(path.read_text())
        for node in ast.walk(tree):
            if isinstance(node, ast.Name) and node.id == "float":
                pytest.fail(f"{path.name}: uses float; money must be Decimal")
            if isinstance(node, ast.Constant) and isinstance(node.value, float):
                pytest.fail(f"{path.name}: float literal {node.value}")


def test_loader_refuses_bad_files() -> None:
    good = {
        "id": "x",
        "label": "X",
        "unit": "USD/month",
        "law": [{"cite": "20 CFR 1", "url": "https://example"}],
        "values": {date(2024, 1, 1): {"value": "1.00", "source": "https://s"}},
        "published_through": date(2024, 12, 31),
    }
    parse_rule(good, "good.yaml")
    with pytest.raises(RuleError, match="unit"):
        parse_rule({**good, "unit": "bananas"}, "f")
    with pytest.raises(RuleError, match="law"):
        parse_rule({**good, "law": []}, "f")
    with pytest.raises(RuleError, match="sorted"):
        parse_rule(
            {
                **good,
                "values": {
                    date(2025, 1, 1): {"value": "1", "source": "s"},
                    date(2024, 1, 1): {"value": "1", "source": "s"},
                },
            },
            "f",
        )
    with pytest.raises(RuleError, match="published_through"):
        parse_rule({**good, "published_through": date(2023, 1, 1)}, "f")
    with pytest.raises(RuleError, match="exactly one"):
        parse_rule({k: v for k, v in good.items() if k != "published_through"}, "f")
    with pytest.raises(DuplicateKeyError):
        load_yaml("a: 1\na: 2\n")


def test_yaml_numbers_are_exact() -> None:
    assert str(load_yaml("x: 0.1\n")["x"]) == "0.1"


def test_rules_dir_found_and_reloadable() -> None:
    assert load_rules(rules_dir()).rules
