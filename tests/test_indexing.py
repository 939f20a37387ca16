"""Indexed amounts from their statutory formulas (benefits/indexing.py).

Every published value that could be sourced (tests/data/indexing_published.yaml, 1984-2027 for
the SSI rates, 1995-2027 for the benefit base, 2001-2026 for SGA, ...) is reproduced exactly;
a packaged value that differs from its formula fails here.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest

from benefits.indexing import FORMULAS, compute
from benefits.months import Month
from benefits.rules import RuleBook
from benefits.yamlio import load_yaml

PUBLISHED = load_yaml(
    (Path(__file__).parent / "data" / "indexing_published.yaml").read_text(encoding="utf-8")
)


@pytest.mark.parametrize("rule_id", sorted(FORMULAS))
def test_formula_reproduces_every_published_value(rules: RuleBook, rule_id: str) -> None:
    published = {int(y): Decimal(v) for y, v in PUBLISHED[rule_id]["values"].items()}
    assert min(published) <= 2010 and max(published) >= 2026, rule_id
    computed = compute(rule_id, rules.rules, max(published))
    wrong = {y: (computed[y].value if y in computed else None, v) for y, v in published.items()}
    wrong = {y: pair for y, pair in wrong.items() if pair[0] != pair[1]}
    assert not wrong, f"{rule_id}: formula differs from the published value in {wrong}"


@pytest.mark.parametrize("rule_id", sorted(FORMULAS))
def test_every_packaged_value_equals_its_formula(rules: RuleBook, rule_id: str) -> None:
    rule = rules.rule(rule_id)
    computed = compute(rule_id, rules.rules, rule.values[-1].effective.year)
    for dated in rule.values:
        assert dated.value == computed[dated.effective.year].value, (rule_id, dated.effective)


def test_2027_amounts(rules: RuleBook) -> None:
    january = Month(2027, 1)
    expected = {
        "ssa.cola": ("3.6", "secondary"),
        "ssa.ssi.federal_benefit_rate.individual": ("1029.00", "secondary"),
        "ssa.ssi.federal_benefit_rate.couple": ("1544.00", "secondary"),
        "ssa.ssi.student_exclusion.monthly": ("2500.00", "secondary"),
        "ssa.ssi.student_exclusion.annual": ("10080.00", "secondary"),
        "ssa.contribution_and_benefit_base": ("192300.00", "secondary"),
        "ssa.sga.non_blind": ("1770.00", "computed"),
        "ssa.sga.blind": ("2950.00", "computed"),
        "ssa.ssdi.trial_work_threshold": ("1270.00", "computed"),
    }
    for rule_id, (value, origin) in expected.items():
        found = rules.at(rule_id, january)
        assert (found.value, found.origin) == (Decimal(value), origin), rule_id
        assert not found.carried_forward, rule_id


def test_2027_cola_is_the_cpi_w_rise_rounded_to_a_tenth() -> None:
    # Social Security Act 215(i)(1)(B), (i)(2)(A): Q3 2026 CPI-W average over Q3 2025's
    rise = (Decimal("328.746") / Decimal("317.265") - 1) * 100
    assert rise.quantize(Decimal("0.1"), ROUND_HALF_UP) == Decimal("3.6")


def test_fbr_keeps_the_unrounded_annual_amount(rules: RuleBook) -> None:
    # SSA's SSI.html: $11,604.53 (2025) -> $11,929.46 (2026); couple $17,404.87 -> $17,892.21
    single = compute("ssa.ssi.federal_benefit_rate.individual", rules.rules, 2027)
    couple = compute("ssa.ssi.federal_benefit_rate.couple", rules.rules, 2027)
    assert [single[y].unrounded for y in (2023, 2024, 2025, 2026)] == [
        Decimal("10970.44"),
        Decimal("11321.49"),
        Decimal("11604.53"),
        Decimal("11929.46"),
    ]
    assert couple[2026].unrounded == Decimal("17892.21")
    # 2027: 11,929.46 x 1.036 = 12,358.92; / 12 = 1,029.91, rounded down to $1,029
    assert single[2027].unrounded == Decimal("12358.92") and single[2027].value == 1029
    seie = compute("ssa.ssi.student_exclusion.annual", rules.rules, 2026)
    assert seie[2025].unrounded == Decimal("9464.33")  # SSA's studentEIE.html


def test_years_each_step_labels(rules: RuleBook) -> None:
    sga = rules.at("ssa.sga.non_blind", Month(2027, 6))
    assert sga.basis.startswith(
        "computed by 20 CFR 404.1574(b)(2) from the 2025 national average wage index ($72,800.33"
    )
    assert "$700 × 72,800.33 / 28,861.44 = $1,765.69" in sga.basis
    assert rules.at("ssa.sga.non_blind", Month(2026, 6)).basis == "published by SSA"
    later = rules.at("ssa.sga.non_blind", Month(2028, 2))
    assert later.carried_forward and later.origin == "carried_forward"
    assert later.basis.startswith("carried forward from 2027 (computed by 20 CFR 404.1574(b)(2)")
    assert later.basis.endswith(": not yet published")
    part_b = rules.at("cms.medicare.part_b_standard_premium", Month(2027, 1))
    assert part_b.carried_forward
    assert part_b.basis == "carried forward from 2026 (published by CMS): not yet published"
    assert rules.at("ssa.ssi.general_income_exclusion", Month(2027, 1)).basis == "fixed by statute"


def test_no_cola_no_increase_in_the_base_or_blind_sga(rules: RuleBook) -> None:
    # 42 U.S.C. 430(a); SSA 203(f)(8)(A): no COLA for December 2015, so 2016 stays at 2015's
    base = compute("ssa.contribution_and_benefit_base", rules.rules, 2016)
    blind = compute("ssa.sga.blind", rules.rules, 2016)
    assert base[2016].value == base[2015].value == Decimal("118500")
    assert blind[2016].value == blind[2015].value == Decimal("1820")
    # non-blind SGA follows the wage index regardless: $1,090 -> $1,130
    assert compute("ssa.sga.non_blind", rules.rules, 2016)[2016].value == Decimal("1130")
