"""HHS poverty guidelines by household size and region (42 U.S.C. 9902(2))."""

from __future__ import annotations

from decimal import Decimal

from ..months import Month
from ..rules import RuleBook, RuleValue

GUIDELINE_RULES = {
    "contiguous": (
        "hhs.poverty_guideline.contiguous.first_person",
        "hhs.poverty_guideline.contiguous.each_additional",
    ),
    "AK": (
        "hhs.poverty_guideline.alaska.first_person",
        "hhs.poverty_guideline.alaska.each_additional",
    ),
    "HI": (
        "hhs.poverty_guideline.hawaii.first_person",
        "hhs.poverty_guideline.hawaii.each_additional",
    ),
}


def msp_transition_month(month: Month, rules: RuleBook) -> bool:
    """A "transition month" for the Medicare Savings Programs' income (Social Security Act
    1905(p)(2)(D)(ii)): a month of a year through the month after the one in which that year's
    poverty guidelines are published. A year whose guidelines are not yet in the rules is taken
    as published in January, as HHS has published them (2024-2026)."""
    latest = rules.at(GUIDELINE_RULES["contiguous"][0], Month(month.year, 12))
    published = latest.effective.month if latest.effective.year == month.year else 1
    return month.month <= published + 1


def poverty_guideline(
    month: Month, state: str, size: int, rules: RuleBook
) -> tuple[Decimal, tuple[RuleValue, ...]]:
    """The annual guideline in force in `month` for a household of `size` people."""
    first_id, more_id = GUIDELINE_RULES.get(state, GUIDELINE_RULES["contiguous"])
    first, more = rules.at(first_id, month), rules.at(more_id, month)
    return first.value + more.value * (size - 1), (first, more)
