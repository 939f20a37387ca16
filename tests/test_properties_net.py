"""Net income is exactly its parts; payroll tax is the rate times each paycheck."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import HealthCheck, given, settings

from benefits import project
from benefits.incomes import amount, in_net
from benefits.scenario import Scenario

from .strategies import housing_data, scenarios

SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
RATE = Decimal("0.0765")


def _check(s: Scenario) -> None:
    for m in project(s, explain=False).months:
        # The oracle walks the income lines (benefits/incomes.py), as the CLI and screen do.
        expected = sum((line.sign * (amount(m, line) or 0) for line in in_net()), Decimal(0))
        assert m.net_income == expected, m.month
        checks = sum(len(e.paydays) for e in m.earnings)
        assert abs(m.taxes.payroll - m.wages_paid * RATE) <= Decimal("0.01") * checks
        assert m.taxes.payroll == m.taxes.social_security + m.taxes.medicare
        assert m.taxes.eitc >= 0 and m.taxes.income_tax_withheld >= 0 and m.snap.benefit >= 0


@SETTINGS
@given(s=scenarios())
def test_net_income_is_exactly_its_parts(s: Scenario) -> None:
    _check(s)


@SETTINGS
@given(data=housing_data())
def test_net_income_with_housing(data: dict) -> None:  # type: ignore[type-arg]
    _check(Scenario.model_validate(data))
