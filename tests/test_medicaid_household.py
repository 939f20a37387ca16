"""Medicaid's household: the buy-in's family size is said as an assumption with its limit (the
state table has no rule for who is in the family), and MAGI says whose income it counted."""

from __future__ import annotations

from benefits import Scenario, project

JOB = {"start": "2026-01-01", "monthly_gross": "2000.00", "pay_frequency": "monthly",
       "first_payday": "2026-01-31"}  # fmt: skip


def _steps(scenario: dict[str, object], rule: str) -> str:
    month = project(Scenario.model_validate(scenario)).months[0]
    return " ".join(s.because for s in month.steps if s.rule == rule)


def test_buy_in_says_the_family_size_it_assumed() -> None:
    # NY's buy-in: 250% of the 2026 guideline for 2, ($15,960 + $5,680) x 2.5 / 12 = $4,508.33.
    text = _steps(
        {"name": "ny buy-in", "start": "2026-03", "months": 1, "state": "NY",
         "person": {"birth_date": "1990-01-01"}, "jobs": [JOB],
         "household": [{"age": 5, "relationship": "child"}]},
        "medicaid.covered",
    )  # fmt: skip
    assert "250% of the poverty guideline for a family of 2 ($4,508.33 a month)" in text
    assert "the family is taken as the person and every household member listed" in text
    assert "check it" in text


def test_expansion_says_whose_income_it_counted() -> None:
    text = _steps(
        {"name": "ok magi", "start": "2026-03", "months": 1, "state": "OK",
         "person": {"birth_date": "1990-01-01"}, "jobs": [JOB],
         "household": [{"age": 16, "relationship": "child", "earned_income": "500.00",
                        "unearned_income": "50.00"},
                       {"age": 12, "relationship": "child", "earned_income": "100.00"}]},
        "medicaid.expansion",
    )  # fmt: skip
    assert "and dependents' $550.00" in text
    assert "a child aged 16 must file a tax return" in text
    assert "a child aged 12 need not file a tax return" in text
    assert "Social Security benefits count toward filing only when taxable" in text
