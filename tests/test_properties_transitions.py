"""Properties of the months where SSI and SSDI stop, restart or end (20 CFR 416.1335,
416.999-416.999d; POMS SI 00830.010)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benefits import project
from benefits.months import Month
from benefits.scenario import Scenario

from .strategies import scenario_data, scenarios

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def long_work(draw: Any) -> Scenario:
    """SSI with well-paid work for a year or more, then often none: suspension, termination."""
    data = draw(scenario_data(ssi=True, max_jobs=0))
    start = data["start"]
    first = draw(st.dates(min_value=_day(start, -60), max_value=_day(start, 60)))
    job: dict[str, Any] = {
        "start": first,
        "monthly_gross": draw(st.sampled_from(["1500.00", "2500.00", "4000.00"])),
        "pay_frequency": "monthly",
        "first_payday": first + timedelta(days=draw(st.integers(0, 25))),
    }
    if draw(st.booleans()):
        job["end"] = first + timedelta(days=draw(st.integers(300, 600)))
    data["jobs"] = [job]
    data["months"] = draw(st.integers(14, 40))
    if draw(st.booleans()):
        data["medicaid"] = {"threshold_1619b": draw(st.sampled_from(["20000.00", "60000.00"]))}
    if draw(st.booleans()):
        data["ssi"]["reinstatement_request"] = data["start"][:4] + "-12"
    return Scenario.model_validate(data)


def _day(month: str, days: int) -> date:
    return Month.parse(month).first_day + timedelta(days=days)


@SETTINGS
@given(s=long_work())
def test_ssi_never_restarts_after_termination_without_a_request(s: Scenario) -> None:
    assert s.ssi is not None
    months = project(s, explain=False).months
    ended = [m.month for m in months if m.ssi.status == "terminated"]
    if not ended:
        return
    request = s.ssi.reinstatement_request
    for m in months:
        if m.month >= ended[0] and (request is None or m.month <= request):
            assert m.ssi.status == "terminated", (m.month, m.ssi.status)
            assert m.ssi.payment == 0
            assert m.medicaid.basis != "1619b"


@SETTINGS
@given(s=long_work())
def test_termination_follows_twelve_months_without_eligibility_or_1619b(s: Scenario) -> None:
    months = project(s, explain=False).months
    for i, m in enumerate(months):
        if m.ssi.status == "terminated" and i >= 12 and months[i - 1].ssi.status != "terminated":
            for before in months[i - 12 : i]:
                assert before.ssi.payment == 0, before.month
                assert before.medicaid.basis != "1619b", before.month


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(s=scenarios(ssi=True, ssdi=True))
def test_an_ssdi_check_is_counted_by_ssi_in_the_month_it_arrives(s: Scenario) -> None:
    """SSDI for a month arrives the next month (POMS SI 00830.010): when SSDI stops, SSI can
    rise no earlier than the month the last check arrives, which still counts it."""
    months = project(s, explain=False).months
    for before, now in zip(months, months[1:], strict=False):
        if before.ssdi.payment > 0 and now.ssi.status not in ("none", "terminated"):
            counted = before.ssdi.payment - Decimal("20.00")
            assert now.ssi.countable_income_this_month >= counted, now.month
