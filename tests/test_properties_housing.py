"""Properties of HUD rent that hold for every household (24 CFR 5.628, 982.505)."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import HealthCheck, given, settings

from benefits import project
from benefits.months import Month
from benefits.rules import default_rules
from benefits.scenario import Scenario

from .strategies import housing_data

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
HALF_DOLLAR = Decimal("0.50")


def _minimum_rent(s: Scenario, month: Month) -> Decimal:
    """The agency's minimum rent, but $25 by rule in project-based Section 8 (24 CFR
    5.630(a)(3)), whatever the field says."""
    assert s.housing is not None
    if s.housing.program == "project_based_section8":
        return default_rules().at("hud.minimum_rent.other_section8", month).value
    return s.housing.minimum_rent


@SETTINGS
@given(data=housing_data())
def test_rent_rules_hold_every_month(data: dict) -> None:  # type: ignore[type-arg]
    s = Scenario.model_validate(data)
    assert s.housing is not None
    previous = None
    for m in project(s).months:
        h = m.housing
        # TTP: never below 30% of monthly adjusted income (it is rounded to the dollar at the
        # end) nor below the minimum rent
        assert h.total_tenant_payment >= h.adjusted_income * Decimal("0.30") / 12 - HALF_DOLLAR
        assert h.total_tenant_payment >= _minimum_rent(s, m.month)
        assert h.assistance >= 0 and h.tenant_rent >= 0 and h.utility_reimbursement >= 0
        if (
            s.housing.payment_standard is not None
            and s.housing.gross_rent <= s.housing.payment_standard
        ):
            assert h.family_share + h.assistance == s.housing.gross_rent
        assert (
            h.family_share - s.housing.utility_allowance == h.tenant_rent - h.utility_reimbursement
        )
        if previous is not None and h.reexam == "none":
            assert h.total_tenant_payment == previous.total_tenant_payment, m.month
        previous = h
