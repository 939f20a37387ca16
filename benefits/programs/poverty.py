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


def poverty_guideline(
    month: Month, state: str, size: int, rules: RuleBook
) -> tuple[Decimal, tuple[RuleValue, ...]]:
    """The annual guideline in force in `month` for a household of `size` people."""
    first_id, more_id = GUIDELINE_RULES.get(state, GUIDELINE_RULES["contiguous"])
    first, more = rules.at(first_id, month), rules.at(more_id, month)
    return first.value + more.value * (size - 1), (first, more)
