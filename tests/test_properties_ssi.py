"""Properties of SSI that hold for every scenario, not just the worked examples."""

from __future__ import annotations

from decimal import Decimal

from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st

from benefits import Projection, project
from benefits.io import parse_scenario_text, scenario_json, scenario_yaml
from benefits.months import Month
from benefits.programs.earnings import job_month
from benefits.scenario import Scenario

from .strategies import more_pay, scenarios

FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
extra = st.decimals(min_value=Decimal("0.01"), max_value=20, places=2)


@FAST
@given(s=scenarios(ssi=True, ssdi=False), extra=extra)
def test_more_pay_never_raises_ssi(s: Scenario, extra: Decimal) -> None:
    base, more = project(s, explain=False), project(more_pay(s, extra), explain=False)
    # The first months after a month of ineligibility are paid on their own income (20 CFR
    # 416.420(b)): more pay that makes a month ineligible can raise the next ones. Those months
    # are left out (a month paid on its own income, and the two after it).
    fresh = _after_ineligibility(base, more)
    for b, m in zip(base.months, more.months, strict=True):
        note(f"{m.month}: {b.ssi.payment} -> {m.ssi.payment}")
        assert m.wages_paid >= b.wages_paid
        if m.month not in fresh:
            assert m.ssi.payment <= b.ssi.payment


def _after_ineligibility(*projections: Projection) -> set[Month]:
    """Months paid on the income of the first month after ineligibility (20 CFR 416.420(b)):
    the first month, the second and the third of the cycle."""
    found = set()
    for p in projections:
        for m in p.months:
            if m.ssi.budget_month is not None and m.month.minus(m.ssi.budget_month) < 2:
                # the first (own income) or second month of the cycle, which may have begun
                # before start, and the months after it that are still paid on its income
                lag = m.month.minus(m.ssi.budget_month)
                found |= {m.month.plus(k) for k in range(3 - lag)}
    return found


def _wages_paid(s: Scenario, month: Month) -> Decimal:
    return sum(
        (job_month(i, job, month).wages_paid for i, job in enumerate(s.jobs)), Decimal("0.00")
    )


@FAST
@given(s=scenarios(ssi=True, ssdi=False), extra=extra)
def test_wages_plus_ssi_never_fall_when_pay_rises_within_ssi(s: Scenario, extra: Decimal) -> None:
    # A student is left out: more pay earlier in the year uses up the student exclusion's yearly
    # limit sooner, so a later month can lose a little of it (the law's design, not a cliff).
    s = s.model_copy(update={"person": s.person.model_copy(update={"student": False})})
    richer = more_pay(s, extra)
    base, more = project(s, explain=False), project(richer, explain=False)
    fresh = _after_ineligibility(base, more)
    for b, m in zip(base.months, more.months, strict=True):
        if m.ssi.payment == 0 or m.ssi.budget_month is None or m.month in fresh:
            continue  # outside SSI's range, or paid on the first months' own income
        month_rise = m.wages_paid - b.wages_paid
        budget_rise = _wages_paid(richer, m.ssi.budget_month) - _wages_paid(s, m.ssi.budget_month)
        note(f"{m.month}: wages +{month_rise}, budget month wages +{budget_rise}")
        if budget_rise > 2 * month_rise:
            continue  # fewer paydays this month than in its budget month: timing, not a cliff
        assert m.wages_paid + m.ssi.payment >= b.wages_paid + b.ssi.payment, m.month


@FAST
@given(s=scenarios())
def test_payments_are_never_negative_and_total_adds_up(s: Scenario) -> None:
    for m in project(s, explain=False).months:
        assert m.ssi.payment >= 0 and m.ssdi.payment >= 0
        assert m.total_income == (
            m.wages_paid + m.ssi.payment + (m.ssi.state_supplement or 0) + m.ssdi.payment
        )
        if m.ssi.status != "none":
            assert m.ssi.payment <= m.ssi.payment_standard


@FAST
@given(s=scenarios())
def test_saved_and_loaded_scenario_is_identical(s: Scenario) -> None:
    assert parse_scenario_text(scenario_json(s)) == s
    assert parse_scenario_text(scenario_yaml(s)) == s


@FAST
@given(s=scenarios())
def test_every_month_explains_its_payments(s: Scenario) -> None:
    for m in project(s).months:
        rules = {step.rule for step in m.steps}
        if m.ssi.status != "none":
            assert "ssi.payment" in rules
        if m.ssdi.status != "none":
            assert rules & {
                "ssdi.payment",
                "ssdi.trial_work_month",
                "ssdi.cessation",
                "ssdi.grace",
                "ssdi.termination",
            }


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(s=scenarios())
def test_projection_output_validates_against_its_own_schema(s: Scenario) -> None:
    """The engine builds output without re-validating (for speed); check it would validate."""
    projection = project(s)
    again = Projection.model_validate_json(projection.model_dump_json())
    assert again.model_dump_json() == projection.model_dump_json()
