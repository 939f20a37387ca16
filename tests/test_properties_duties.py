"""Properties of the reporting duties, warnings and resources (benefits/duties.py)."""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from benefits import Scenario, project
from benefits.calendar import to_ics
from benefits.programs.reporting import SSA, tenth_of_next_month

from .strategies import scenario_data

SETTINGS = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def savers(draw: Any) -> Scenario:
    data = draw(scenario_data(ssi=True))
    data["savings"] = {
        "per_month": draw(st.sampled_from([Decimal("0.00"), Decimal("50.00"), Decimal("250.00")])),
        "able_per_month": draw(st.sampled_from([Decimal("0.00"), Decimal("300.00")])),
    }
    return Scenario.model_validate(data)


@SETTINGS
@given(s=savers())
def test_every_month_with_wages_and_ssi_has_an_ssa_report(s: Scenario) -> None:
    """SSI wages are reported within 10 days after the close of the month (20 CFR 416.714(a))."""
    for m in project(s).months:
        if m.wages_paid > 0 and m.ssi.status not in ("none", "terminated"):
            due = [r.due for r in m.reports if r.to == SSA and "wages paid" in r.what]
            assert due == [tenth_of_next_month(m.month)], (m.month, m.reports)


@SETTINGS
@given(s=savers())
def test_every_warning_and_report_has_a_citation(s: Scenario) -> None:
    projection = project(s)
    for m in projection.months:
        for w in m.warnings:
            assert w.cite.strip() and w.text.strip() and w.kind, w
        for r in m.reports:
            assert r.cite.strip() and r.to and r.due >= m.month.first_day, r
    for item in projection.incentives_to_check:
        assert item.cite and item.why and item.where


@SETTINGS
@given(s=savers())
def test_resources_never_fall_and_the_limit_stops_ssi(s: Scenario) -> None:
    """Savings only grow in the plan; a month that starts over the limit pays no SSI."""
    months = project(s).months
    counted = [m.resources.countable for m in months if m.resources]
    assert counted == sorted(counted)
    for m in months:
        assert m.resources is not None
        if m.resources.over_limit:
            assert m.ssi.payment == 0 and m.ssi.status in ("excess_resources", "terminated")


@SETTINGS
@given(s=savers())
def test_the_calendar_has_one_event_per_report_and_folded_lines(s: Scenario) -> None:
    projection = project(s)
    text = to_ics(projection, stamp=datetime(2026, 12, 1, tzinfo=UTC))
    reports = sum(len(m.reports) for m in projection.months)
    assert text.count("BEGIN:VEVENT") == reports == text.count("END:VEVENT")
    lines = text.split("\r\n")
    assert lines[0] == "BEGIN:VCALENDAR" and lines[-2] == "END:VCALENDAR" and lines[-1] == ""
    assert all(len(line.encode("utf-8")) <= 75 for line in lines)
