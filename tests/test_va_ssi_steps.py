"""SSI's explanation shows the budget month's VA pension it counts, not only this month's."""

from __future__ import annotations

from decimal import Decimal as D

from benefits import Scenario, project


def test_budget_month_va_pension_is_a_step_with_its_amount() -> None:
    # Aid and attendance, SSDI $300, medical $100 a month. January 2026's payment is figured on
    # November 2025's income (20 CFR 416.420): $300 SSDI less $20, plus that month's own VA
    # pension in full (20 CFR 416.1124(c)(12)); the pension amounts themselves are checked by
    # hand in tests/cases/va. Here: the budget month's pension has its own step and total.
    scenario = Scenario.model_validate(
        {
            "name": "VA pension in SSI's budget month",
            "start": "2026-01",
            "months": 1,
            "state": "OH",
            "person": {"birth_date": "1948-03-01"},
            "ssi": {},
            "ssdi": {"monthly_benefit": "300.00"},
            "va": {"pension": "computed", "pension_rate": "aid_and_attendance"},
            "medical_expenses": "100.00",
        }
    )
    month = project(scenario).months[0]
    budget = [s for s in month.steps if s.rule == "ssi.va_pension" and "2025-11" in s.because]
    assert len(budget) == 1
    unearned = next(
        s for s in month.steps
        if s.rule == "ssi.countable_unearned_income" and "2025-11" in s.because
    )  # fmt: skip
    assert unearned.amount == D("280.00")  # $300 SSDI less the $20 general exclusion
    assert budget[0].amount is not None and budget[0].amount > unearned.amount
    assert f"= ${budget[0].amount:,.2f}" in budget[0].because
