"""Hypothesis strategies: realistic scenarios for the property tests."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from hypothesis import strategies as st

from benefits.months import Month
from benefits.scenario import STATES, Scenario

money = st.decimals(min_value=0, max_value=4000, places=2, allow_nan=False, allow_infinity=False)
wage = st.decimals(min_value=Decimal("7.25"), max_value=40, places=2)
hours = st.decimals(min_value=0, max_value=45, places=1)
months = st.builds(Month, st.integers(2026, 2027), st.integers(1, 12))


@st.composite
def jobs(draw: Any, start: Month) -> dict[str, Any]:
    begin = start.first_day + timedelta(days=draw(st.integers(-120, 400)))
    frequency = draw(st.sampled_from(["weekly", "biweekly", "semimonthly", "monthly"]))
    job: dict[str, Any] = {
        "start": begin,
        "pay_frequency": frequency,
        "first_payday": begin + timedelta(days=draw(st.integers(0, 20))),
    }
    if draw(st.booleans()):
        job["end"] = begin + timedelta(days=draw(st.integers(30, 700)))
    if draw(st.integers(0, 3)) == 0:
        job["monthly_gross"] = draw(money)
    else:
        job["hourly_wage"] = draw(wage)
        job["hours_per_week"] = draw(hours)
    return job


@st.composite
def scenario_data(
    draw: Any, ssi: bool | None = None, ssdi: bool | None = None, max_jobs: int = 2
) -> dict[str, Any]:
    start = draw(months)
    blind = draw(st.booleans())
    data: dict[str, Any] = {
        "name": "generated",
        "start": str(start),
        "months": draw(st.integers(1, 30)),
        "state": draw(st.sampled_from(sorted(STATES))),
        "person": {
            "birth_date": draw(st.dates(date(1950, 1, 1), date(2008, 12, 31))),
            "blind": blind,
            "student": draw(st.booleans()),
        },
        "jobs": draw(st.lists(jobs(start), max_size=max_jobs)),
        "work_expenses": {
            "irwe": draw(st.sampled_from([Decimal("0.00"), Decimal("75.00"), Decimal("300.00")])),
            "bwe": draw(st.sampled_from([Decimal("0.00"), Decimal("50.00")]))
            if blind
            else Decimal("0.00"),
        },
    }
    if ssi if ssi is not None else draw(st.booleans()):
        data["ssi"] = {
            "living_arrangement": draw(
                st.sampled_from(["own_household", "another_persons_household"])
            ),
            "other_unearned_income": draw(
                st.sampled_from([Decimal("0.00"), Decimal("10.00"), Decimal("250.00")])
            ),
        }
    if ssdi if ssdi is not None else draw(st.booleans()):
        used = draw(st.lists(st.integers(1, 70), max_size=9, unique=True))
        data["ssdi"] = {
            "monthly_benefit": draw(st.decimals(min_value=100, max_value=3000, places=2)),
            "twp_months_used": [str(start.plus(-k)) for k in used],
        }
        if draw(st.booleans()):
            data["ssdi"]["entitlement_month"] = str(start.plus(-draw(st.integers(1, 150))))
    if draw(st.integers(0, 4)) == 0:
        data["resources"] = draw(st.sampled_from([Decimal("1500.00"), Decimal("2500.00")]))
    return data


def scenarios(**kwargs: Any) -> st.SearchStrategy[Scenario]:
    return scenario_data(**kwargs).map(Scenario.model_validate)


def more_pay(scenario: Scenario, extra: Decimal) -> Scenario:
    """The same scenario with every job paying more (hourly wage or monthly amount)."""
    raised = []
    for job in scenario.jobs:
        if job.monthly_gross is not None:
            raised.append(job.model_copy(update={"monthly_gross": job.monthly_gross + extra}))
        else:
            assert job.hourly_wage is not None
            raised.append(job.model_copy(update={"hourly_wage": job.hourly_wage + extra}))
    return scenario.model_copy(update={"jobs": raised})


@st.composite
def housing_data(draw: Any) -> dict[str, Any]:
    """A scenario with HUD housing, household members and costs."""
    data = draw(scenario_data())
    start = Month.parse(data["start"])
    program = draw(
        st.sampled_from(
            [
                "housing_choice_voucher",
                "project_based_voucher",
                "public_housing",
                "project_based_section8",
            ]
        )
    )
    gross = draw(st.decimals(min_value=300, max_value=2500, places=2))
    housing: dict[str, Any] = {
        "program": program,
        "gross_rent": gross,
        "utility_allowance": draw(st.decimals(min_value=0, max_value=min(gross, 300), places=2)),
        "minimum_rent": draw(
            st.sampled_from([Decimal("0.00"), Decimal("25.00"), Decimal("50.00")])
        ),
        "next_annual_reexam": str(start.plus(draw(st.integers(0, 11)))),
        "interim_policy": draw(st.sampled_from(["decreases_only", "all_changes"])),
    }
    if draw(st.booleans()):
        housing["rules"] = draw(st.sampled_from(["pre_hotma", "hotma"]))
    if program in ("housing_choice_voucher", "project_based_voucher"):
        housing["payment_standard"] = draw(st.decimals(min_value=300, max_value=2500, places=2))
    data["housing"] = housing
    data["household"] = draw(
        st.lists(
            st.fixed_dictionaries(
                {
                    "age": st.integers(0, 80),
                    "relationship": st.sampled_from(
                        ["spouse", "child", "other_relative", "live_in_aide"]
                    ),
                    "disabled": st.booleans(),
                    "student": st.booleans(),
                    "earned_income": st.sampled_from([Decimal("0.00"), Decimal("900.00")]),
                    "unearned_income": st.sampled_from([Decimal("0.00"), Decimal("300.00")]),
                }
            ),
            max_size=3,
        )
    )
    data["medical_expenses"] = draw(
        st.sampled_from([Decimal("0.00"), Decimal("202.90"), Decimal("600.00")])
    )
    data["child_care_expenses"] = draw(st.sampled_from([Decimal("0.00"), Decimal("400.00")]))
    return data
