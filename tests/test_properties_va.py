"""VA pension properties (benefits/programs/va.py): the computed pension is whole dollars between
$0 and one twelfth of the maximum rate, never rises with income, never falls with medical
expenses or a higher rate, SSI's share is never more than the basic rate pays, and a change in
income counts from the month after it (38 U.S.C. 1521, 5112(b)(4), 5123; POMS SI 00830.308, .312).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benefits import project
from benefits.months import Month
from benefits.programs import va
from benefits.rules import RuleBook
from benefits.scenario import Scenario

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
MONEY = st.decimals(min_value=0, max_value=40000, places=2)
RATES = st.sampled_from(["basic", "housebound", "aid_and_attendance"])
FAMILIES = st.builds(va.Dependents, spouse=st.booleans(), children=st.integers(0, 4))
MONTHS = st.sampled_from([Month(2025, 3), Month(2025, 12), Month(2026, 6), Month(2027, 1)])


def _pension(
    rules: RuleBook, *, rate: str, family: va.Dependents, month: Month, income: Decimal,
    medical: Decimal,
) -> va.PensionYear:  # fmt: skip
    return va.computed_pension(
        month=month,
        rate=va.maximum_rate(rate=rate, family=family, month=month, rules=rules),
        income=va.FamilyIncome(income, Decimal(0), Decimal(0)),
        annual_medical_expenses=medical,
        rules=rules,
        ex=None,
    )


@SETTINGS
@given(rate=RATES, family=FAMILIES, month=MONTHS, income=MONEY, more=MONEY, medical=MONEY)
def test_pension_bounds_and_income(
    rules: RuleBook, rate: str, family: va.Dependents, month: Month, income: Decimal,
    more: Decimal, medical: Decimal,
) -> None:  # fmt: skip
    now = _pension(rules, rate=rate, family=family, month=month, income=income, medical=medical)
    assert now.monthly == now.monthly.to_integral_value()
    assert 0 <= now.monthly <= now.maximum_rate / 12
    assert 0 <= now.not_income_for_ssi <= now.monthly
    richer = _pension(
        rules, rate=rate, family=family, month=month, income=income + more, medical=medical
    )
    assert richer.monthly <= now.monthly
    sicker = _pension(
        rules, rate=rate, family=family, month=month, income=income, medical=medical + more
    )
    assert sicker.monthly >= now.monthly
    # SSI's share is what the basic rate would pay without the medical deduction, or less.
    basic = _pension(rules, rate="basic", family=family, month=month, income=income, medical=0)
    assert now.monthly - now.not_income_for_ssi <= basic.monthly


@SETTINGS
@given(family=FAMILIES, month=MONTHS, income=MONEY)
def test_higher_rates_pay_at_least_the_basic_rate(
    rules: RuleBook, family: va.Dependents, month: Month, income: Decimal
) -> None:
    pay = {
        r: _pension(rules, rate=r, family=family, month=month, income=income, medical=Decimal(0))
        for r in ("basic", "housebound", "aid_and_attendance")
    }
    assert pay["basic"].monthly <= pay["housebound"].monthly <= pay["aid_and_attendance"].monthly


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(day=st.integers(1, 28), month=st.integers(2, 5), pay=st.integers(100, 3000))
def test_a_new_job_changes_the_pension_from_the_month_after(day: int, month: int, pay: int) -> None:
    s = Scenario.model_validate(
        {
            "name": "VA pension and a job",
            "start": "2026-01",
            "months": 7,
            "state": "OH",
            "person": {"birth_date": "1980-01-01"},
            "ssdi": {"monthly_benefit": "700.00"},
            "va": {"pension": "computed"},
            "jobs": [
                {
                    "start": date(2026, month, day),
                    "monthly_gross": Decimal(pay),
                    "pay_frequency": "monthly",
                    "first_payday": date(2026, month, 28),
                }
            ],
        }
    )
    by_month = {m.month: m.va.pension for m in project(s, explain=False).months}
    started = Month(2026, month)
    assert by_month[started] == by_month[started.plus(-1)] == by_month[Month(2026, 1)]
    assert by_month[started.plus(1)] < by_month[started] or by_month[started] == 0
    assert by_month[started.plus(1)] == by_month[started.plus(2)]


def test_each_published_va_rate_is_the_last_times_the_cola_rounded_up(rules: RuleBook) -> None:
    """The rule behind the computed Decembers (38 CFR 3.29) holds for every pair of published
    values: 12/2024 = 12/2023 x 1.025 rounded up, in each MAPR category and the net worth
    limit; a packaged value that breaks it fails here."""
    from dataclasses import replace

    from benefits.indexing import VA_DECEMBER_RATES, series, va_december_rates

    cola = series(rules.rule("ssa.cola"))
    checked = 0
    for rule_id in VA_DECEMBER_RATES:
        rule = rules.rule(rule_id)
        published = [v for v in rule.values if v.origin == "published"]
        for before, after in zip(published, published[1:], strict=False):
            step = va_december_rates(
                replace(rule, values=(before,)), cola, before.effective.year + 1
            )
            assert step and step[0].value == after.value, (rule_id, after.effective)
            checked += 1
    assert checked >= 7
