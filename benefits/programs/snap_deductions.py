"""SNAP's deductions from gross income (7 CFR 273.9(d)), in the order of 7 CFR 273.10(e)(1)(i):
the earned income deduction, the standard deduction, the medical deduction of elderly or
disabled members, the dependent care deduction, then the excess shelter deduction on the
income left after them. The income tests and the allotment are in benefits/programs/snap.py.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING

from ..explain import Explainer
from ..money import ZERO, cents, dollars, positive
from ..rules import RuleBook, RuleValue
from .snap_cola import (
    EARNED_INCOME_DEDUCTION,
    EXCESS_SHELTER_CAP,
    MEDICAL_THRESHOLD,
    SHELTER_INCOME_SHARE,
    STANDARD_DEDUCTION,
    by_household_size,
)

if TYPE_CHECKING:  # the household's figures; snap.py imports this module
    from .snap import SnapFacts

CITE_EARNED = "7 CFR 273.9(d)(2)"
CITE_STANDARD = "7 CFR 273.9(d)(1)"
CITE_MEDICAL = "7 CFR 273.9(d)(3)"
CITE_DEPENDENT_CARE = "7 CFR 273.9(d)(4)"
CITE_SHELTER = "7 CFR 273.9(d)(6)(ii); 7 CFR 273.10(e)(1)(i)"


def income_after_deductions(
    facts: SnapFacts, gross: Decimal, rules: RuleBook, ex: Explainer | None
) -> Decimal:
    """Income after the earned, standard, medical and dependent care deductions."""
    month, size = facts.month, facts.household_size
    # 2. Deductions before shelter (7 CFR 273.9(d)(1)-(4)).
    earned_share = rules.at(EARNED_INCOME_DEDUCTION, month)
    earned_deduction = facts.earned_income * earned_share.value
    standard, standard_uses = by_household_size(
        table=STANDARD_DEDUCTION, each_additional=None, size=size, month=month, rules=rules
    )
    if ex:
        ex.step(
            "snap.earned_income_deduction",
            f"Earned income deduction: {earned_share.value * 100:.0f}% of wages "
            f"{dollars(facts.earned_income)} = {dollars(earned_deduction)}.",
            cents(earned_deduction),
            CITE_EARNED,
            uses=(earned_share,),
        )
        ex.step(
            "snap.standard_deduction",
            f"Standard deduction for {size} person(s): {dollars(standard)}.",
            standard,
            CITE_STANDARD,
            uses=standard_uses,
        )
    medical = _medical_deduction(facts, rules, ex)
    deductions = earned_deduction + standard + medical + facts.dependent_care
    adjusted = positive(gross - deductions)
    if ex:
        if facts.dependent_care:
            ex.step(
                "snap.dependent_care_deduction",
                f"Dependent care deduction: {dollars(facts.dependent_care)}.",
                cents(facts.dependent_care),
                CITE_DEPENDENT_CARE,
            )
        ex.step(
            "snap.adjusted_income",
            f"Income after these deductions: {dollars(gross)} - {dollars(deductions)} = "
            f"{dollars(adjusted)}.",
            cents(adjusted),
            "7 CFR 273.9(d)(1)-(4); 7 CFR 273.10(e)(1)(i)",
        )

    return adjusted


def _medical_deduction(facts: SnapFacts, rules: RuleBook, ex: Explainer | None) -> Decimal:
    """Medical expenses of elderly or disabled members above the threshold (7 CFR 273.9(d)(3));
    no other member's expenses count."""
    threshold = rules.at(MEDICAL_THRESHOLD, facts.month)
    if not facts.elderly_or_disabled:
        if ex and facts.medical_expenses:
            ex.step(
                "snap.medical_deduction",
                "No medical deduction: only the expenses of elderly or disabled members count.",
                ZERO,
                CITE_MEDICAL,
            )
        return ZERO
    medical = positive(facts.medical_expenses - threshold.value)
    if ex:
        ex.step(
            "snap.medical_deduction",
            f"Medical expenses of the elderly or disabled member(s) "
            f"{dollars(facts.medical_expenses)} above "
            f"{dollars(threshold.value)}: {dollars(medical)}.",
            cents(medical),
            CITE_MEDICAL,
            uses=(threshold,),
        )
    return medical


def excess_shelter(
    facts: SnapFacts, adjusted: Decimal, rules: RuleBook, ex: Explainer | None
) -> Decimal:
    """The excess shelter deduction: shelter costs above half of the adjusted income."""
    month = facts.month
    # 3. Excess shelter deduction (7 CFR 273.9(d)(6)(ii)).
    half = rules.at(SHELTER_INCOME_SHARE, month)
    shelter_costs = facts.shelter_cost + facts.utility_allowance
    excess = positive(shelter_costs - adjusted * half.value)
    cap = rules.at(EXCESS_SHELTER_CAP, month)
    shelter_uses: tuple[RuleValue, ...] = (half,)
    capped = ""
    if facts.elderly_or_disabled:
        capped = " No cap applies: a member is elderly or disabled."
    else:
        shelter_uses = (half, cap)
        if excess > cap.value:
            capped = f" Capped at {dollars(cap.value)} (no member is elderly or disabled)."
            excess = cap.value
        else:
            capped = f" Within the cap of {dollars(cap.value)}."
    if ex:
        ex.step(
            "snap.excess_shelter_deduction",
            f"Shelter costs: rent {dollars(facts.shelter_cost)} + utility allowance "
            f"{dollars(facts.utility_allowance)} = {dollars(shelter_costs)}; the part above "
            f"half of {dollars(adjusted)} is {dollars(excess)}.{capped}",
            cents(excess),
            CITE_SHELTER,
            uses=shelter_uses,
        )

    return excess
