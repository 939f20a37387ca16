"""SNAP's amounts for a federal fiscal year, by household size: the maximum allotments, the
income limits and the standard deduction USDA adjusts each October 1 (7 U.S.C. 2014(c), (e),
2017(a); 7 CFR 273.9(a), (d), 273.10(e)(4)), and the other deduction and benefit values.
"""

from __future__ import annotations

from decimal import Decimal

from ..months import Month
from ..rules import RuleBook, RuleValue

TABLE_SIZES = 8  # USDA publishes sizes 1-8 and an amount for each person beyond 8

MAX_ALLOTMENT = {
    1: "usda.snap.max_allotment.size_1",
    2: "usda.snap.max_allotment.size_2",
    3: "usda.snap.max_allotment.size_3",
    4: "usda.snap.max_allotment.size_4",
    5: "usda.snap.max_allotment.size_5",
    6: "usda.snap.max_allotment.size_6",
    7: "usda.snap.max_allotment.size_7",
    8: "usda.snap.max_allotment.size_8",
}
MAX_ALLOTMENT_EACH_ADDITIONAL = "usda.snap.max_allotment.each_additional"

GROSS_INCOME_LIMIT = {
    1: "usda.snap.gross_income_limit.size_1",
    2: "usda.snap.gross_income_limit.size_2",
    3: "usda.snap.gross_income_limit.size_3",
    4: "usda.snap.gross_income_limit.size_4",
    5: "usda.snap.gross_income_limit.size_5",
    6: "usda.snap.gross_income_limit.size_6",
    7: "usda.snap.gross_income_limit.size_7",
    8: "usda.snap.gross_income_limit.size_8",
}
GROSS_INCOME_LIMIT_EACH_ADDITIONAL = "usda.snap.gross_income_limit.each_additional"

NET_INCOME_LIMIT = {
    1: "usda.snap.net_income_limit.size_1",
    2: "usda.snap.net_income_limit.size_2",
    3: "usda.snap.net_income_limit.size_3",
    4: "usda.snap.net_income_limit.size_4",
    5: "usda.snap.net_income_limit.size_5",
    6: "usda.snap.net_income_limit.size_6",
    7: "usda.snap.net_income_limit.size_7",
    8: "usda.snap.net_income_limit.size_8",
}
NET_INCOME_LIMIT_EACH_ADDITIONAL = "usda.snap.net_income_limit.each_additional"

# Households of more than six use the six-person standard deduction (7 U.S.C. 2014(e)(1)(A)).
STANDARD_DEDUCTION = {
    1: "usda.snap.standard_deduction.size_1",
    2: "usda.snap.standard_deduction.size_2",
    3: "usda.snap.standard_deduction.size_3",
    4: "usda.snap.standard_deduction.size_4",
    5: "usda.snap.standard_deduction.size_5",
    6: "usda.snap.standard_deduction.size_6",
}

EARNED_INCOME_DEDUCTION = "usda.snap.earned_income_deduction"
MEDICAL_THRESHOLD = "usda.snap.medical_deduction_threshold"
SHELTER_INCOME_SHARE = "usda.snap.shelter_income_share"
EXCESS_SHELTER_CAP = "usda.snap.excess_shelter_cap"
BENEFIT_REDUCTION_RATE = "usda.snap.benefit_reduction_rate"
MINIMUM_BENEFIT = "usda.snap.minimum_benefit"


def fiscal_year(month: Month) -> int:
    """The federal fiscal year of a month: FY2026 runs from 2025-10 through 2026-09."""
    return month.year + 1 if month.month >= 10 else month.year


def by_household_size(
    *, table: dict[int, str], each_additional: str | None, size: int, month: Month, rules: RuleBook
) -> tuple[Decimal, tuple[RuleValue, ...]]:
    """A USDA per-size amount: the table's own entry, or the largest size plus each person more.

    Without `each_additional`, sizes beyond the table use its largest entry.
    """
    if size < 1:
        raise ValueError(f"household_size must be at least 1, got {size}")
    largest = max(table)
    if size <= largest:
        found = rules.at(table[size], month)
        return found.value, (found,)
    top = rules.at(table[largest], month)
    if each_additional is None:
        return top.value, (top,)
    more = rules.at(each_additional, month)
    return top.value + more.value * (size - largest), (top, more)
