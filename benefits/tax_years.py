"""Federal income tax and the EITC by tax year, for the months of a projection.

The year's return needs the whole year's wages and Social Security, including months before
`start` (wages from the jobs; SSDI taken at the benefit given for `start`) and after the last
projected month (SSDI as in the last month). Withholding is estimated by spreading the year's
tax over its wages; the EITC arrives with the refund in `taxes.refund_month` of the next year.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from .money import ZERO
from .months import Month
from .programs import income_tax
from .rules import RuleBook
from .scenario import Scenario


def qualifying_children(scenario: Scenario) -> int:
    """Children living with the person who qualify for the EITC (IRC 32(c)(3), 152(c)):
    under 19, or under 24 and a full-time student, or permanently disabled at any age."""
    return sum(
        1
        for m in scenario.household
        if m.relationship == "child" and (m.age < 19 or (m.student and m.age < 24) or m.disabled)
    )


def filing_status(scenario: Scenario) -> income_tax.FilingStatus:
    if scenario.taxes.filing_status != "auto":
        return scenario.taxes.filing_status
    return "head_of_household" if qualifying_children(scenario) else "single"


def tax_year_facts(
    year: int,
    scenario: Scenario,
    wages_paid: Callable[[Month], Decimal],
    ssdi_by_month: dict[Month, Decimal],
    age_at_year_end: int,
) -> income_tax.TaxYearFacts:
    """The year's return from the projection's months and the scenario's jobs."""
    months = [Month(year, m) for m in range(1, 13)]
    wages = sum((wages_paid(m) for m in months), ZERO)
    ssdi = ZERO
    if scenario.ssdi is not None and ssdi_by_month:
        first, last = min(ssdi_by_month), max(ssdi_by_month)
        for m in months:
            if m in ssdi_by_month:
                ssdi += ssdi_by_month[m]
            elif m < first:
                ssdi += scenario.ssdi.monthly_benefit
            else:
                ssdi += ssdi_by_month[last]
    return income_tax.TaxYearFacts(
        year=year,
        filing_status=filing_status(scenario),
        age=age_at_year_end,
        wages=wages,
        social_security_benefits=ssdi,
        other_income=ZERO,
        qualifying_children=min(qualifying_children(scenario), 3),
        investment_income=ZERO,
    )


def tax_years(
    years: set[int],
    scenario: Scenario,
    wages_paid: Callable[[Month], Decimal],
    ssdi_by_month: dict[Month, Decimal],
    age_at: Callable[[int], int],
    rules: RuleBook,
) -> dict[int, tuple[income_tax.TaxYearFacts, income_tax.TaxYearResult]]:
    found = {}
    for year in sorted(years):
        facts = tax_year_facts(year, scenario, wages_paid, ssdi_by_month, age_at(year))
        found[year] = (facts, income_tax.tax_year(facts, rules, None))
    return found
