"""The hours sweep's numbers-only path gives the same numbers as full projections."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from benefits import Scenario, incomes, load_scenario, project
from benefits.projection import numbers
from benefits.sweep import averages, sweep, with_hours

EXAMPLES = Path(__file__).resolve().parent.parent / "benefits" / "examples"
# Each example paid by the hour, and the voucher scenario: SSI, SSDI, HUD, SNAP, taxes.
HOURLY = [
    "concurrent_part_time",
    "ssi_part_time",
    "student_summer_job",
    "voucher_new_job",
    "blind_worker",
    "ssdi_full_time",
]
VOUCHER = Scenario.model_validate(
    {
        "name": "NY voucher",
        "start": "2027-01",
        "months": 30,
        "state": "NY",
        "person": {"birth_date": "1990-05-01"},
        "ssi": {},
        "ssdi": {"monthly_benefit": "600.00"},
        "jobs": [
            {
                "start": "2027-01-04",
                "hourly_wage": "15.00",
                "hours_per_week": "20",
                "pay_frequency": "biweekly",
                "first_payday": "2027-01-15",
            }
        ],
        "housing": {
            "program": "housing_choice_voucher",
            "gross_rent": "1500.00",
            "payment_standard": "1600.00",
            "utility_allowance": "100.00",
            "next_annual_reexam": "2027-06",
        },
        "snap": {},
    }
)


def _scenarios() -> list[Scenario]:
    found = [load_scenario(EXAMPLES / f"{name}.yaml") for name in HOURLY]
    return [s for s in found if s.jobs and s.jobs[0].hours_per_week is not None] + [VOUCHER]


@pytest.mark.parametrize("scenario", _scenarios(), ids=lambda s: s.name)
def test_numbers_equal_the_full_projection(scenario: Scenario) -> None:
    """Every net-income line, total and net income, SSI, SSDI and Medicaid of every month."""
    for hours in (Decimal(0), Decimal(12), Decimal("27.5"), Decimal(40)):
        leveled = with_hours(scenario, hours)
        full = project(leveled, explain=False).months
        lean = numbers(leveled)
        assert [m.month for m in lean] == [m.month for m in full]
        for a, b in zip(lean, full, strict=True):
            for line in incomes.in_net():
                assert line.path is not None
                assert incomes.value(a, line.path) == incomes.value(b, line.path), line.path
            assert (a.total_income, a.net_income) == (b.total_income, b.net_income)
            assert (a.ssi.status, a.ssdi.status) == (b.ssi.status, b.ssdi.status)
            assert (a.medicaid.covered, a.medicaid.basis) == (b.medicaid.covered, b.medicaid.basis)


@pytest.mark.parametrize("scenario", _scenarios(), ids=lambda s: s.name)
def test_sweep_rows_equal_full_projections(scenario: Scenario) -> None:
    levels = [Decimal(h) for h in (0, 5, 10, 20, 30, 40)]
    rows = sweep(scenario, levels)
    first = None
    for row, hours in zip(rows, levels, strict=True):
        full = project(with_hours(scenario, hours)).months
        avg = averages(project(with_hours(scenario, hours)))
        first = first or avg
        assert row.hours_per_week == hours
        assert (row.wages_paid, row.ssi, row.ssdi) == (avg["wages_paid"], avg["ssi"], avg["ssdi"])
        assert (row.total_income, row.net_income) == (avg["total_income"], avg["net_income"])
        assert row.net_income_change == avg["net_income"] - first["net_income"]
        assert row.months_medicaid_covered == sum(1 for m in full if m.medicaid.covered)
        assert row.medicaid_bases == sorted({m.medicaid.basis for m in full})
        assert row.months_ssi_paid == sum(1 for m in full if m.ssi.payment > 0)
        assert row.months_ssdi_paid == sum(1 for m in full if m.ssdi.payment > 0)
        assert row.ssi_statuses == sorted({m.ssi.status for m in full})
        assert row.ssdi_statuses == sorted({m.ssdi.status for m in full})
