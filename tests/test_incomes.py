"""The income lines: declared once, and the CLI table, its footnote and net income follow them."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from pydantic import BaseModel

from benefits import Scenario, project
from benefits.incomes import LINES, amount, formula, in_net
from benefits.report import footnote, month_table, table_lines
from benefits.results import MonthResult


def _field(model: type[BaseModel], path: str) -> Any:
    """The annotation at a dotted path of a pydantic model (KeyError if there is none)."""
    annotation: Any = model
    for part in path.split("."):
        annotation = annotation.model_fields[part].annotation
    return annotation


def test_every_line_points_at_a_money_field_of_the_month() -> None:
    for line in LINES:
        if line.path is not None:
            assert "Decimal" in str(_field(MonthResult, line.path)), line.key
        if line.shown_with:
            _field(MonthResult, line.shown_with)
        assert line.sign in (-1, 0, 1) and line.short and line.words and line.color


def test_the_lines_are_the_public_net_income() -> None:
    """Pinned on purpose: adding an income means adding it here, in its place."""
    signs = {line.key: line.sign for line in in_net()}
    assert signs == {
        "wages": 1,
        "payroll": -1,
        "income_tax": -1,
        "ssi": 1,
        "ssp": 1,
        "ssdi": 1,
        "va_compensation": 1,
        "va_pension": 1,
        "part_b": -1,
        "medicaid_premium": -1,
        "snap": 1,
        "eitc": 1,
        "rent": -1,
    }


def test_footnote_names_every_line_and_nothing_as_not_modelled() -> None:
    """The CLI footnote once said income tax, the EITC, SNAP and supplements were 'not
    modelled yet' while Net included them."""
    text = footnote(list(LINES))
    assert "not modelled" not in text.lower()
    assert formula() in text
    for line in in_net():
        assert line.words in formula()


SCENARIO = {
    "name": "Everything at once",
    "start": "2026-12",
    "months": 15,
    "state": "CA",
    "person": {"birth_date": "1990-05-01"},
    "ssi": {},
    "ssdi": {"monthly_benefit": "300.00", "entitlement_month": "2020-01"},
    "jobs": [
        {
            "start": "2027-01-04",
            "hourly_wage": "15.00",
            "hours_per_week": "20",
            "pay_frequency": "biweekly",
            "first_payday": "2027-01-15",
        }
    ],
    "snap": {},
    "housing": {
        "program": "housing_choice_voucher",
        "gross_rent": "1400.00",
        "payment_standard": "1500.00",
        "next_annual_reexam": "2027-06",
    },
}


def test_the_table_has_a_column_for_every_line_that_is_not_zero() -> None:
    p = project(Scenario.model_validate(SCENARIO), explain=False)
    shown = table_lines(p.months)
    for line in in_net():
        if any(amount(p.months[i], line) not in (0, None) for i in range(len(p.months))):
            assert line in shown, line.key
    head = month_table(p).splitlines()[1]
    for line in shown:
        assert line.short in head
    assert {"snap", "rent", "ssp"} <= {line.key for line in shown}
    assert all(m.net_income == m.net_income.quantize(Decimal("0.01")) for m in p.months)
